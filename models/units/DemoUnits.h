#pragma once

#include "core/Result.h"
#include "units/UnitRoster.h"

namespace cd::DemoUnits {

// The demo roster for Lishui (resources/units/demo-lishui.csv), every unit marked demo: a
// plausible centre's units with invented crews and numbers, for demonstrations and drills.
Result<QList<Unit>> lishui();

} // namespace cd::DemoUnits
