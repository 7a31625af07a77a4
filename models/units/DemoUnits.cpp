#include "units/DemoUnits.h"

#include "units/UnitCsv.h"

#include <QFile>

namespace cd::DemoUnits {

Result<QList<Unit>> lishui()
{
    const QString file = QStringLiteral(":/units/demo-lishui.csv");
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QList<Unit>>::failure(file + QStringLiteral(": missing from this build"));
    auto units = UnitCsv::parse(f.readAll(), file);
    if (!units)
        return units;
    for (Unit &u : units.value())
        u.demo = true;
    return units;
}

} // namespace cd::DemoUnits
