#pragma once

#include "journal/EntryTimeRule.h"
#include "journal/Event.h"
#include "plan/Facts.h"
#include "plan/Grader.h"
#include "time/DeadlineEngine.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <vector>

namespace cd {

class PlanLibrary;
class WorkCalendar;

// reported → verified → responding → response_ended → closed (→ post_report_submitted)
enum class IncidentStatus { Reported, Verified, Responding, ResponseEnded, Closed, PostReportSubmitted };
QString incidentStatusName(IncidentStatus status);  // "reported", …
QString incidentStatusLabel(IncidentStatus status); // "已接报", …

struct DutyState {
    QString plan;
    QString agency;
    QString clause;
    QString duty;
    QString reason;
    QString status = QStringLiteral("assigned"); // assigned / acknowledged / done
    QString by;   // who acknowledged or completed it
    QString person; // whom the acknowledging call reached at the agency (issue 17)
    QDateTime at; // when
};

// A responding unit as this incident's events name it (issue 16).
struct UnitTask {
    QString unit;
    QDateTime dispatchedAt;
    QDateTime arrivedAt;  // the first arrival
    QDateTime departedAt; // the last departure after it
    QString arrivalSource; // geofence / operator
    bool leader = false;   // it carried a responsible leader (86号 3(2))
};

// The state of one incident: a fold over its events, up to a cursor time. Nothing here is
// stored; the same events and cursor always give the same state.
class IncidentState {
public:
    struct Inputs {
        const PlanLibrary &library;
        const WorkCalendar &calendar;
    };
    // Folds `events` (one incident's, in sequence order) that happened at or before `cursor`
    // (invalid: all of them). Deadline states are evaluated at `now` (use the cursor in replay).
    static IncidentState fold(const QList<StoredEvent> &events, const Inputs &inputs, const QDateTime &cursor,
                              const QDateTime &now);
    // The same, keeping the events themselves instead of copies (a journal read handed over).
    static IncidentState fold(QList<StoredEvent> &&events, const Inputs &inputs, const QDateTime &cursor, const QDateTime &now);
    // Adds events appended after the last one folded, in place, at the cost of those events
    // alone (an append must not refold an incident of 100k events). Returns false, changing
    // nothing, when only a full fold is right: a correction (it rewrites what came before), a
    // state folded up to a cursor, or events that do not follow the last one folded.
    bool extend(const QList<StoredEvent> &appended, const Inputs &inputs, const QDateTime &now);

    qint64 id = 0;
    QString title;
    bool exercise = false;
    IncidentStatus status = IncidentStatus::Reported;
    Facts facts;
    QDateTime reportedAt;
    std::vector<PlanAssessment> grading;
    QHash<QString, QString> declaredLevels; // plan id -> level declared by the commander
    QStringList activatedPlans;
    std::vector<DutyState> duties;
    Milestones milestones;
    std::vector<Deadline> deadlines;
    QDateTime evaluatedAt; // the `now` the deadline states were computed for
    QList<StoredEvent> events; // the events folded, including corrections
    QSet<qint64> voided;       // events a correction withdrew or replaced
    QHash<QString, QString> assessment; // report texts, latest value of each field
    // Events entered late (补录): seq -> how late and why. A replacement made by a late
    // correction counts as entered when the correction was.
    QHash<qint64, EntryTimeRule::LateEntry> lateEntries;
    const QJsonObject &factsAsEntered() const { return factsJson; }
    // The running window (pending, due soon or overdue at `now`) that falls due first;
    // confirmed windows before unconfirmed conditional ones. nullptr when none runs.
    const Deadline *nextDeadline(const QDateTime &now) const;
    std::vector<UnitTask> units; // in the order first named
    double geofenceRadiusMetres = 300; // Geofence::DefaultRadiusMetres until a geofence_set
    int followUpsSent = 0;              // 续报 already sent (report_sent with report = followup)

private:
    QJsonObject factsJson;       // the facts as entered, merged event by event
    std::vector<DutyState> recordedDuties; // what the duty_* events said, before the plans' duties are merged in
    bool foldedToCursor = false;
    // Grading, duties and deadlines from what apply() collected: the same after a full fold
    // and after extend().
    void finish(const Inputs &inputs, const QDateTime &now);
    QDateTime reportedEventTime; // when the `reported` event happened
    // `lateBy`: > 0 when the event was entered that many seconds after it happened (补录).
    // What a fold takes from one event besides its times: the payload (empty when nothing
    // reads it) and whether it was a late entry.
    struct EventRead {
        QJsonObject payload;
        EntryTimeRule::LateEntry late;
    };
    static EventRead read(const StoredEvent &event, bool exercise, const EntryTimeRule::Policy &policy);
    // False for the kinds apply() handles by their time alone: a fold need not parse them.
    static bool applyReadsPayload(const QString &kind);
    void apply(const QString &kind, const QJsonObject &payload, const StoredEvent &event, const PlanLibrary &library, qint64 lateBy);
    void raise(IncidentStatus to);
    UnitTask &unitTask(const QString &unit);
    void markMilestone(const QString &id, const QDateTime &at, qint64 lateBy);
};

} // namespace cd
