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
// Sort rank for the deadline table: overdue first, then due soon, pending, waiting/open, done.
int deadlineRank(Deadline::State state);
QString planRefs(const IncidentState &state); // "85号、86号"

} // namespace Presentation
} // namespace cd
