#include "units/UnitCsv.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace cd::UnitCsv {
namespace {

// One CSV record (RFC 4180 quoting); `ok` false on an unterminated quote.
QStringList splitRecord(const QString &line, bool *ok)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    *ok = true;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field.trimmed();
            field.clear();
        } else {
            field += c;
        }
    }
    if (quoted)
        *ok = false;
    fields << field.trimmed();
    return fields;
}

std::optional<bool> parseFlag(const QString &text)
{
    static const QStringList yes{QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("是")};
    static const QStringList no{QString(), QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("否")};
    if (yes.contains(text.toLower()))
        return true;
    if (no.contains(text.toLower()))
        return false;
    return std::nullopt;
}

} // namespace

Result<QList<Unit>> parse(const QByteArray &csv, const QString &file)
{
    using R = Result<QList<Unit>>;
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1); // a BOM from a spreadsheet
    const QStringList lines = text.split(QLatin1Char('\n'));
    static const QStringList known{QStringLiteral("unit"), QStringLiteral("callsign"), QStringLiteral("agency"), QStringLiteral("kind"),
                                   QStringLiteral("crew"), QStringLiteral("phone"), QStringLiteral("leader")};
    QHash<QString, int> column;
    QList<Unit> out;
    QHash<QString, int> seenAt;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = QString(lines.at(n)).remove(QLatin1Char('\r'));
        const int lineNo = int(n + 1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        bool ok = true;
        const QStringList fields = splitRecord(line, &ok);
        if (!ok)
            return R::failure(QStringLiteral("%1:%2: a quoted field is not closed").arg(file).arg(lineNo));
        if (column.isEmpty()) {
            for (qsizetype i = 0; i < fields.size(); ++i) {
                const QString name = fields.at(i).toLower();
                if (!known.contains(name))
                    return R::failure(QStringLiteral("%1:%2: unknown column \"%3\" (known: %4)").arg(file).arg(lineNo).arg(fields.at(i), known.join(QStringLiteral(", "))));
                if (column.contains(name))
                    return R::failure(QStringLiteral("%1:%2: column \"%3\" appears twice").arg(file).arg(lineNo).arg(name));
                column.insert(name, int(i));
            }
            for (const char *required : {"unit", "agency", "kind"})
                if (!column.contains(QLatin1String(required)))
                    return R::failure(QStringLiteral("%1:%2: the header has no column \"%3\"").arg(file).arg(lineNo).arg(QLatin1String(required)));
            continue;
        }
        if (fields.size() != column.size())
            return R::failure(QStringLiteral("%1:%2: %3 fields, the header has %4").arg(file).arg(lineNo).arg(fields.size()).arg(column.size()));
        auto field = [&](const char *name) { return column.contains(QLatin1String(name)) ? fields.at(column.value(QLatin1String(name))) : QString(); };
        Unit u;
        u.id = field("unit");
        u.callsign = field("callsign");
        u.agency = field("agency");
        u.kind = field("kind");
        u.crew = field("crew");
        u.phone = field("phone");
        const auto leader = parseFlag(field("leader"));
        if (!leader)
            return R::failure(QStringLiteral("%1:%2: column leader: \"%3\" is not 1/0, true/false, yes/no or 是/否").arg(file).arg(lineNo).arg(field("leader")));
        u.leader = *leader;
        // The roster's own checks, with the line in front.
        if (const auto problem = UnitRoster().addition(u); !problem)
            return R::failure(QStringLiteral("%1:%2: column %3").arg(file).arg(lineNo).arg(problem.error()));
        if (seenAt.contains(u.id))
            return R::failure(QStringLiteral("%1:%2: column unit: %3 appears already on line %4").arg(file).arg(lineNo).arg(u.id).arg(seenAt.value(u.id)));
        seenAt.insert(u.id, lineNo);
        out << u;
    }
    if (column.isEmpty())
        return R::failure(QStringLiteral("%1: empty file (expected a header: %2)").arg(file, known.join(QLatin1Char(','))));
    return out;
}

Result<ImportPlan> plan(const QList<Unit> &units, const UnitRoster &roster)
{
    ImportPlan p;
    for (const Unit &u : units) {
        const Unit *known = roster.unit(u.id);
        if (!known || known->retired) {
            auto added = roster.addition(u);
            if (!added)
                return Result<ImportPlan>::failure(added.error());
            p.added << added.value();
            continue;
        }
        const auto changed = roster.change(u);
        if (!changed)
            return Result<ImportPlan>::failure(changed.error());
        if (changed->has_value())
            p.changed << changed->value();
        else
            ++p.unchanged;
    }
    return p;
}

} // namespace cd::UnitCsv
