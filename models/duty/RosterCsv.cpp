#include "duty/RosterCsv.h"

#include <QHash>
#include <QRegularExpression>

namespace cd::RosterCsv {
namespace {

const QStringList Columns = {QStringLiteral("date"), QStringLiteral("shift"), QStringLiteral("start"),
                             QStringLiteral("end"), QStringLiteral("operators"), QStringLiteral("leader")};

// One record (RFC 4180 quoting); nullopt on an unterminated quote.
std::optional<QStringList> splitRecord(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
            field += c;
            ++i;
        } else if (c == QLatin1Char('"') && (quoted || field.trimmed().isEmpty())) {
            quoted = !quoted;
        } else if (!quoted && c == QLatin1Char(',')) {
            fields << field.trimmed();
            field.clear();
        } else {
            field += c;
        }
    }
    if (quoted)
        return std::nullopt;
    fields << field.trimmed();
    return fields;
}

QString quoted(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')))
        return s;
    return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace

Result<QList<Shift>> parse(const QByteArray &csv, const QString &file)
{
    using R = Result<QList<Shift>>;
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1); // a spreadsheet's BOM
    const QStringList lines = text.split(QLatin1Char('\n'));
    QHash<QString, int> column;
    QHash<QString, int> seenAt; // date/shift -> line
    QList<Shift> out;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = QString(lines.at(n)).remove(QLatin1Char('\r'));
        const int lineNo = int(n + 1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const auto fields = splitRecord(line);
        if (!fields)
            return R::failure(QStringLiteral("%1:%2: a quoted field is not closed").arg(file).arg(lineNo));
        if (column.isEmpty()) {
            for (qsizetype i = 0; i < fields->size(); ++i) {
                const QString name = fields->at(i).toLower();
                if (!Columns.contains(name))
                    return R::failure(QStringLiteral("%1:%2: unknown column \"%3\" (known: %4)").arg(file).arg(lineNo).arg(fields->at(i), Columns.join(QStringLiteral(", "))));
                if (column.contains(name))
                    return R::failure(QStringLiteral("%1:%2: column \"%3\" appears twice").arg(file).arg(lineNo).arg(name));
                column.insert(name, int(i));
            }
            for (const QString &required : Columns.mid(0, 5))
                if (!column.contains(required))
                    return R::failure(QStringLiteral("%1:%2: the header has no column \"%3\"").arg(file).arg(lineNo).arg(required));
            continue;
        }
        if (fields->size() != column.size())
            return R::failure(QStringLiteral("%1:%2: %3 fields, the header has %4").arg(file).arg(lineNo).arg(fields->size()).arg(column.size()));
        auto field = [&](const char *name) { return column.contains(QLatin1String(name)) ? fields->at(column.value(QLatin1String(name))) : QString(); };
        auto bad = [&](const char *col, const QString &why) {
            return R::failure(QStringLiteral("%1:%2: column %3: %4").arg(file).arg(lineNo).arg(QLatin1String(col), why));
        };
        Shift s;
        s.date = QDate::fromString(field("date"), Qt::ISODate);
        if (!s.date.isValid())
            return bad("date", QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(field("date")));
        s.name = field("shift");
        if (s.name.isEmpty())
            return bad("shift", QStringLiteral("required (the shift's name, e.g. 白班)"));
        s.start = QTime::fromString(field("start"), QStringLiteral("HH:mm"));
        if (!s.start.isValid())
            return bad("start", QStringLiteral("\"%1\" is not a time of day (HH:mm)").arg(field("start")));
        s.end = QTime::fromString(field("end"), QStringLiteral("HH:mm"));
        if (!s.end.isValid())
            return bad("end", QStringLiteral("\"%1\" is not a time of day (HH:mm)").arg(field("end")));
        static const QRegularExpression separators(QStringLiteral("[、;；/]"));
        for (const QString &o : field("operators").split(separators, Qt::SkipEmptyParts))
            if (!o.trimmed().isEmpty())
                s.operators << o.trimmed();
        if (s.operators.isEmpty())
            return bad("operators", QStringLiteral("required (at least one duty operator; several separated by 、 ; or /)"));
        s.leader = field("leader");
        const QString key = s.date.toString(Qt::ISODate) + QLatin1Char('/') + s.name;
        if (seenAt.contains(key))
            return bad("shift", QStringLiteral("%1 %2 appears already on line %3").arg(s.date.toString(Qt::ISODate), s.name).arg(seenAt.value(key)));
        seenAt.insert(key, lineNo);
        out << s;
    }
    if (column.isEmpty())
        return R::failure(QStringLiteral("%1: empty file (expected a header: %2)").arg(file, Columns.join(QLatin1Char(','))));
    return out;
}

ImportPlan plan(const QList<Shift> &shifts, const DutyRoster &roster)
{
    ImportPlan p;
    for (const Shift &s : shifts) {
        const Shift *known = roster.shift(s.date, s.name);
        if (known && *known == s)
            ++p.unchanged;
        else
            p.scheduled << s.toPayload();
    }
    return p;
}

QByteArray write(const QList<Shift> &shifts)
{
    QString out = Columns.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const Shift &s : shifts)
        out += QStringList{s.date.toString(Qt::ISODate), quoted(s.name), s.start.toString(QStringLiteral("HH:mm")),
                           s.end.toString(QStringLiteral("HH:mm")), quoted(s.operators.join(QStringLiteral("、"))), quoted(s.leader)}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    return out.toUtf8();
}

} // namespace cd::RosterCsv
