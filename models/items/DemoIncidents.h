#pragma once

#include "core/Result.h"

namespace cd {

class Clock;
class Journal;

// The workstation the --demo incidents are recorded from: how they are told apart (out of
// the default list, never on F6 or the wall board).
inline constexpr char DemoWorkstation[] = "demo";

// `commanddesk --demo`: a few exercise incidents (marked 演练) of different plans and levels,
// written only into an empty journal. Returns how many were added.
Result<int> addDemoIncidents(Journal &journal, const Clock &clock);

} // namespace cd
