#include "directory/DirectoryCsv.h"

#include <QHash>

namespace cd::DirectoryCsv {
namespace {

// One CSV record (RFC 4180 quoting); `ok` false on an unterminated quote.
QStringList splitRecord(const QString &line, bool *ok)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c != QLatin1Char('"'))
                field += c;
            else if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"'))
                field += line.at(++i);
            else
                quoted = false;
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field.trimmed();
            field.clear();
        } else {
            field += c;
        }
    }
    *ok = !quoted;
    fields << field.trimmed();
    return fields;
}

QString quoted(const QString &v)
{
    if (!v.contains(QLatin1Char(',')) && !v.contains(QLatin1Char('"')) && !v.contains(QLatin1Char('\n')) &&
        v.trimmed() == v)
        return v;
    return QLatin1Char('"') + QString(v).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QStringList list(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

std::optional<bool> parseFlag(const QString &text)
{
    static const QStringList yes{QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("yes"),
                                 QStringLiteral("是")};
    static const QStringList no{QString(), QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("no"),
                                QStringLiteral("否")};
    if (yes.contains(text.toLower()))
        return true;
    if (no.contains(text.toLower()))
        return false;
    return std::nullopt;
}

} // namespace

const QStringList &columns()
{
    static const QStringList c{QStringLiteral("agency"),
                               QStringLiteral("duty_phone"),
                               QStringLiteral("fax"),
                               QStringLiteral("liaison"),
                               QStringLiteral("liaison_mobile"),
                               QStringLiteral("deputy"),
                               QStringLiteral("deputy_mobile"),
                               QStringLiteral("other_phones"),
                               QStringLiteral("call_order"),
                               QStringLiteral("notes"),
                               QStringLiteral("demo")};
    return c;
}

Result<QList<AgencyContact>> parse(const QByteArray &csv, const QString &file)
{
    using R = Result<QList<AgencyContact>>;
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1); // a BOM from a spreadsheet
    const QStringList lines = text.split(QLatin1Char('\n'));
    QHash<QString, int> column;
    QList<AgencyContact> out;
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
                if (!columns().contains(name))
                    return R::failure(QStringLiteral("%1:%2: unknown column \"%3\" (known: %4)")
                                          .arg(file)
                                          .arg(lineNo)
                                          .arg(fields.at(i), columns().join(QStringLiteral(", "))));
                if (column.contains(name))
                    return R::failure(
                        QStringLiteral("%1:%2: column \"%3\" appears twice").arg(file).arg(lineNo).arg(name));
                column.insert(name, int(i));
            }
            if (!column.contains(QStringLiteral("agency")))
                return R::failure(
                    QStringLiteral("%1:%2: the header has no column \"agency\"").arg(file).arg(lineNo));
            continue;
        }
        if (fields.size() != column.size())
            return R::failure(QStringLiteral("%1:%2: %3 fields, the header has %4")
                                  .arg(file)
                                  .arg(lineNo)
                                  .arg(fields.size())
                                  .arg(column.size()));
        auto field = [&](const char *name) {
            return column.contains(QLatin1String(name)) ? fields.at(column.value(QLatin1String(name)))
                                                        : QString();
        };
        AgencyContact c;
        c.agency = field("agency");
        c.dutyPhone = field("duty_phone");
        c.fax = field("fax");
        c.liaison = field("liaison");
        c.liaisonMobile = field("liaison_mobile");
        c.deputy = field("deputy");
        c.deputyMobile = field("deputy_mobile");
        c.otherPhones = list(field("other_phones"));
        c.callOrder = list(field("call_order"));
        c.notes = field("notes");
        const auto demo = parseFlag(field("demo"));
        if (!demo)
            return R::failure(
                QStringLiteral("%1:%2: column demo: \"%3\" is not 1/0, true/false, yes/no or 是/否")
                    .arg(file)
                    .arg(lineNo)
                    .arg(field("demo")));
        c.demo = *demo;
        // The directory's own checks, with the line in front.
        if (const auto problem = AgencyDirectory().addition(c); !problem)
            return R::failure(QStringLiteral("%1:%2: column %3").arg(file).arg(lineNo).arg(problem.error()));
        if (seenAt.contains(c.agency))
            return R::failure(QStringLiteral("%1:%2: column agency: %3 appears already on line %4")
                                  .arg(file)
                                  .arg(lineNo)
                                  .arg(c.agency)
                                  .arg(seenAt.value(c.agency)));
        seenAt.insert(c.agency, lineNo);
        out << c;
    }
    if (column.isEmpty())
        return R::failure(QStringLiteral("%1: empty file (expected a header: %2)")
                              .arg(file, columns().join(QLatin1Char(','))));
    return out;
}

QByteArray write(const QList<AgencyContact> &contacts)
{
    QString out = columns().join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const AgencyContact &c : contacts) {
        const QStringList row{c.agency,
                              c.dutyPhone,
                              c.fax,
                              c.liaison,
                              c.liaisonMobile,
                              c.deputy,
                              c.deputyMobile,
                              c.otherPhones.join(QLatin1Char(';')),
                              c.callOrder.join(QLatin1Char(';')),
                              c.notes,
                              c.demo ? QStringLiteral("1") : QStringLiteral("0")};
        QStringList cells;
        for (const QString &v : row)
            cells << quoted(v);
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

Result<ImportPlan> plan(const QList<AgencyContact> &contacts, const AgencyDirectory &directory)
{
    ImportPlan p;
    for (const AgencyContact &c : contacts) {
        if (!directory.contact(c.agency)) {
            auto added = directory.addition(c);
            if (!added)
                return Result<ImportPlan>::failure(added.error());
            p.added << added.value();
            continue;
        }
        const auto changed = directory.change(c);
        if (!changed)
            return Result<ImportPlan>::failure(changed.error());
        if (changed->has_value())
            p.changed << changed->value();
        else
            ++p.unchanged;
    }
    return p;
}

} // namespace cd::DirectoryCsv
