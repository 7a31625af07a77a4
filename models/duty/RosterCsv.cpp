#include "duty/RosterCsv.h"

#include "core/CsvTable.h"

#include <QHash>
#include <QRegularExpression>

namespace cd::RosterCsv {
namespace {

const QStringList Columns = {QStringLiteral("date"), QStringLiteral("shift"), QStringLiteral("start"),
                             QStringLiteral("end"), QStringLiteral("operators"), QStringLiteral("leader")};

} // namespace

Result<QList<Shift>> parse(const QByteArray &csv, const QString &file)
{
    using R = Result<QList<Shift>>;
    const auto table = CsvTable::parse(csv, file, Columns, Columns.mid(0, 5));
    if (!table)
        return R::failure(table.error());
    QHash<QString, int> seenAt; // date/shift -> line
    QList<Shift> out;
    for (const CsvTable::Row &row : table->rows()) {
        auto field = [&](const char *name) { return table->value(row, QLatin1StringView(name)); };
        auto bad = [&](const char *col, const QString &why) {
            return R::failure(table->where(row) + QStringLiteral("column %1: %2").arg(QLatin1String(col), why));
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
        seenAt.insert(key, row.line);
        out << s;
    }
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
        out += QStringList{s.date.toString(Qt::ISODate), CsvTable::quoted(s.name), s.start.toString(QStringLiteral("HH:mm")),
                           s.end.toString(QStringLiteral("HH:mm")), CsvTable::quoted(s.operators.join(QStringLiteral("、"))), CsvTable::quoted(s.leader)}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    return out.toUtf8();
}

} // namespace cd::RosterCsv
