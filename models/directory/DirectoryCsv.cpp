#include "directory/DirectoryCsv.h"

#include "core/CsvTable.h"

#include <QHash>

namespace cd::DirectoryCsv {
namespace {

QStringList list(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
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
    const auto table = CsvTable::parse(csv, file, columns(), {QStringLiteral("agency")});
    if (!table)
        return R::failure(table.error());
    QList<AgencyContact> out;
    QHash<QString, int> seenAt;
    for (const CsvTable::Row &row : table->rows()) {
        auto field = [&](const char *name) { return table->value(row, QLatin1StringView(name)); };
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
        const auto demo = CsvTable::flag(field("demo"));
        if (!demo)
            return R::failure(table->where(row) + QStringLiteral("column demo: \"%1\" is not %2").arg(field("demo"), CsvTable::flagWords()));
        c.demo = *demo;
        // The directory's own checks, with the line in front.
        if (const auto problem = AgencyDirectory().addition(c); !problem)
            return R::failure(table->where(row) + QStringLiteral("column ") + problem.error());
        if (seenAt.contains(c.agency))
            return R::failure(table->where(row) +
                              QStringLiteral("column agency: %1 appears already on line %2").arg(c.agency).arg(seenAt.value(c.agency)));
        seenAt.insert(c.agency, row.line);
        out << c;
    }
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
            cells << CsvTable::quoted(v);
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
