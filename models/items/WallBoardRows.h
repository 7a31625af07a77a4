#pragma once

#include "items/IncidentClocks.h"
#include "time/DeadlineEngine.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace cd {

class IncidentStore;

// One tile of the wall board: an open reporting window of an incident, as read from 5 m.
struct WallTile {
    qint64 incidentId = 0;
    QString title;
    QString level;  // "Ⅱ级", "未定级"
    QString clause; // "86号 3(1)"
    QString action; // the window: "向领导小组报告"
    QString dueTo;  // the office a report is due to: "报告领导小组"; empty when the action names who acts
    QDateTime due;  // invalid for 立即 / 及时
    qint64 secondsLeft = 0;
    Deadline::State state = Deadline::State::Pending;
    QString big;    // what the big digits say: "0:12:05", "−0:03:10", "立即"
    bool drill = false;
    bool conditional = false;
};

// The wall board's content, computed from the store: every open window (pending, due soon,
// overdue, or 立即/及时 not yet done) of every incident of one world — live incidents on the
// wall clock, or the running drill's on its clock — most urgent first: overdue (longest
// overdue first), due soon, pending (least time left first), then windows with no number.
namespace WallTiles {
std::vector<WallTile> of(const IncidentStore &store, World world);
}

} // namespace cd
