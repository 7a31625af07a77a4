#pragma once

#include "core/Result.h"

namespace cd {

class Clock;
class Journal;

// `commanddesk --demo`: a few exercise incidents (marked 演练) of different plans and levels,
// written only into an empty journal. Returns how many were added. Each carries a note with
// `"demo": true` right after its report: that is how they are told apart (out of the default
// list, never on F6, no alarm) now that the journal signs events with the desk's account.
Result<int> addDemoIncidents(Journal &journal, const Clock &clock);

} // namespace cd
