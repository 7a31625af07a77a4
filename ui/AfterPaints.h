#pragma once

#include <QObject>

#include <functional>

namespace cd {

// Runs a call once the events already waiting are done, the window's pending repaint
// included: Qt posts its paint requests at low priority, behind every queued call, so a
// queued call would run before them and their paint would then come in one larger block.
// Posted at the same low priority, the call keeps its place behind them.
void afterPendingPaints(QObject *context, std::function<void()> call);

} // namespace cd
