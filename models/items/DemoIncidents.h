#pragma once

#include "core/Result.h"

namespace cd {

class Clock;
class Journal;

// `commanddesk --demo`: a few exercise incidents (marked 演练) of different plans and levels,
// written only into an empty journal. Returns how many were added.
Result<int> addDemoIncidents(Journal &journal, const Clock &clock);

} // namespace cd
