#pragma once

#include "core/Result.h"
#include "drill/Scenario.h"

#include <QHash>
#include <QJsonObject>

#include <functional>

namespace cd {

class IncidentState;
class Journal;
class Clock;
class ManualClock;
class PlanLibrary;
class WorkCalendar;

// Plays a scenario into the journal as exercise incidents: each inject and each scripted
// response is appended at its scenario time on a hand-moved drill clock, so a run is
// deterministic. Then it scores the run against the plans (AfterAction).
class DrillRunner {
public:
    DrillRunner(const Scenario &scenario, Journal &journal, Clock &clock, const PlanLibrary &library, const WorkCalendar &calendar);

    // Headless: moves the clock (which must be a ManualClock) from step to step. `afterStep`
    // is called after every step with the clock at that step's time (tests use it to record
    // the live state).
    Result<QJsonObject> run(const QList<ScriptedResponse> &responses, const std::function<void()> &afterStep = {});
    const QHash<QString, qint64> &incidentIds() const { return m_ids; }

    // Delivers one inject at its scenario time (also used by the GUI's drill mode).
    Result<qint64> deliver(const Inject &inject);
    Result<qint64> play(const ScriptedResponse &response);

private:
    const Scenario &m_scenario;
    Journal &m_journal;
    Clock &m_clock;
    const PlanLibrary &m_library;
    const WorkCalendar &m_calendar;
    QHash<QString, qint64> m_ids; // scenario key -> incident id
};

// The after-action report of a drill: every reporting window of the scenario's incidents
// (met, late by how much, missed, still open at the end) and every expected player action
// (done, late, not done), with a summary score.
namespace AfterAction {
QJsonObject evaluate(const Scenario &scenario, const QHash<QString, qint64> &ids, Journal &journal, const PlanLibrary &library,
                     const WorkCalendar &calendar);
}

// A digest of an incident's state, to compare a replay with the live fold.
namespace StateDigest {
QString of(const IncidentState &state, const PlanLibrary &library);
}

} // namespace cd
