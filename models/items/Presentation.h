#pragma once

#include "plan/Level.h"
#include "time/DeadlineEngine.h"

#include <QColor>
#include <QString>

#include <optional>

namespace cd {

class IncidentState;

// How levels, states and countdowns look, shared by map, tables and reports so the same
// thing is always the same colour and the same words.
namespace Presentation {

QColor levelColor(std::optional<Level> level); // Ⅰ red, Ⅱ orange, Ⅲ yellow, Ⅳ blue, none grey
QString levelText(std::optional<Level> level); // "Ⅱ级", "未定级"
std::optional<Level> highestLevel(const IncidentState &state);
QString countdown(qint64 seconds);             // "1:52:03", "−0:02:10"
QColor deadlineColor(Deadline::State state);
QString deadlineStateText(Deadline::State state); // Chinese
// "（补录，录入晚 2 天）" when the window was completed (`state` Met or MetLate) by a late
// entry; empty otherwise.
QString lateEntryNote(const Deadline &d, Deadline::State state);
// The state in words, never a plain "按时完成" for a late entry: "按时（补录，录入晚 2 天）".
QString deadlineOutcomeText(const Deadline &d, Deadline::State state);
// Sort rank for the deadline table: overdue first, then due soon, pending, waiting/open, done.
int deadlineRank(Deadline::State state);
QString planRefs(const IncidentState &state); // "85号、86号"
// A window of an ended drill, as it stood at the drill's end: 按时完成 / 逾期完成 / 未完成 / 结束时未到期.
QString drillOutcomeText(Deadline::State stateAtEnd);
// Its countdown column, fixed at the end: "结束时超时 0:12:00", "结束时剩 0:05:00", "逾期 0:03:00".
QString frozenCountdown(Deadline::State stateAtEnd, qint64 secondsLeftAtEnd, qint64 lateBySeconds);

} // namespace Presentation
} // namespace cd
