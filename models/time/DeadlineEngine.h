#pragma once

#include "plan/Grader.h"
#include "time/ReportingWindow.h"
#include "time/WorkCalendar.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QString>

#include <vector>

namespace cd {

// What has happened so far, as the journal knows it: when each milestone first happened, and
// the operator's rulings on conditional windows (true: the condition holds, false: ruled out).
struct Milestones {
    QHash<QString, QDateTime> at;         // milestone id -> first time (UTC): anchors run from it
    QHash<QString, QList<QDateTime>> all; // every time, in order: a window is met by the first one after its anchor
    QHash<QString, bool> rulings; // ruling id -> holds
    // Times entered late (补录, EntryTimeRule): milestone id -> time -> how many seconds after
    // it happened it was entered. A time also entered on time is not listed.
    QHash<QString, QMap<QDateTime, qint64>> lateEntries;
};

struct DueSoonPolicy {
    double fraction = 0.25;       // the last quarter of the window …
    qint64 maxSeconds = 10 * 60;  // … or the last 10 minutes, whichever is shorter
};

struct Deadline {
    enum class State {
        Waiting,  // its anchor has not happened yet
        Pending,
        DueSoon,
        Overdue,
        Met,     // completed on time (or completed, for windows without a number)
        MetLate,
        Open,    // "立即" / "及时" / a requirement: no number, not yet completed
        RuledOut // a conditional window the operator ruled out
    };

    QString planId;
    QString planRef; // "86号"
    const ReportingWindow *window = nullptr;
    QDateTime anchorAt;    // invalid while waiting
    QDateTime due;         // invalid for windows without a number
    QDateTime completedAt; // invalid while not completed
    bool covered = true;   // false when a working-day count ran past the calendar's years
    bool conditional = false; // has an operator condition not yet confirmed
    State state = State::Waiting;
    // > 0: the completion was a late entry (补录), entered this many seconds after completedAt.
    // A window it completes is never a plain "met": it is shown as completed by a late entry.
    qint64 completedEntryDelay = 0;

    QString key() const { return planId + QLatin1Char('/') + window->id; }
    qint64 secondsLeft(const QDateTime &now) const { return due.isValid() ? now.secsTo(due) : 0; }
    bool completedByLateEntry() const { return completedEntryDelay > 0 && completedAt.isValid(); }
    qint64 lateBySeconds() const { return due.isValid() && completedAt.isValid() ? due.secsTo(completedAt) : 0; }
};

QString deadlineStateName(Deadline::State state); // "pending", "due_soon", …

// The state of an already computed deadline at another moment: lets a list tick every second
// without refolding the incident.
Deadline::State deadlineStateAt(const Deadline &d, const QDateTime &now, const DueSoonPolicy &policy = {});

// Computes every reporting window of the applicable plans from the grading, the milestones,
// the calendar and the time: never stored, always derived.
class DeadlineEngine {
public:
    explicit DeadlineEngine(const WorkCalendar &calendar, DueSoonPolicy policy = {})
        : m_calendar(calendar), m_policy(policy) {}

    std::vector<Deadline> compute(const std::vector<PlanAssessment> &grading, const Facts &facts,
                                  const Milestones &milestones, const QDateTime &now) const;

private:
    const WorkCalendar &m_calendar;
    DueSoonPolicy m_policy;
};

} // namespace cd
