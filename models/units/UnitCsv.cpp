#include "units/UnitCsv.h"

#include "core/CsvTable.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace cd::UnitCsv {

Result<QList<Unit>> parse(const QByteArray &csv, const QString &file)
{
    using R = Result<QList<Unit>>;
    static const QStringList known{QStringLiteral("unit"), QStringLiteral("callsign"), QStringLiteral("agency"), QStringLiteral("kind"),
                                   QStringLiteral("crew"), QStringLiteral("phone"), QStringLiteral("leader")};
    const auto table = CsvTable::parse(csv, file, known, {QStringLiteral("unit"), QStringLiteral("agency"), QStringLiteral("kind")});
    if (!table)
        return R::failure(table.error());
    QList<Unit> out;
    QHash<QString, int> seenAt;
    for (const CsvTable::Row &row : table->rows()) {
        auto field = [&](const char *name) { return table->value(row, QLatin1StringView(name)); };
        Unit u;
        u.id = field("unit");
        u.callsign = field("callsign");
        u.agency = field("agency");
        u.kind = field("kind");
        u.crew = field("crew");
        u.phone = field("phone");
        const auto leader = CsvTable::flag(field("leader"));
        if (!leader)
            return R::failure(table->where(row) + QStringLiteral("column leader: \"%1\" is not %2").arg(field("leader"), CsvTable::flagWords()));
        u.leader = *leader;
        // The roster's own checks, with the line in front.
        if (const auto problem = UnitRoster().addition(u); !problem)
            return R::failure(table->where(row) + QStringLiteral("column ") + problem.error());
        if (seenAt.contains(u.id))
            return R::failure(table->where(row) + QStringLiteral("column unit: %1 appears already on line %2").arg(u.id).arg(seenAt.value(u.id)));
        seenAt.insert(u.id, row.line);
        out << u;
    }
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
