#pragma once

#include "core/Result.h"
#include "drill/Scenario.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

#include "units/PositionFeed.h"

namespace cd {

class Clock;
class ArrivalWatch;
class DrillRunner;
class IncidentStore;
class SimulatedClock;

// Runs a drill in the dashboard beside live work: the drill has its own simulated clock
// (pause, 1×/10×/60×, skip to the next inject) that evaluates its exercise incidents only;
// live incidents keep the wall clock. Injects reach the journal of the exercise incidents at
// their scenario times, and the operator plays normally through the store. Stopping the drill
// records `exercise_ended` on each of its incidents: from then on they are frozen at that
// moment (met / late / missed), raise no alarm and leave the default list and F6.
class DrillController final : public QObject {
    Q_OBJECT
public:
    explicit DrillController(IncidentStore &store, QObject *parent = nullptr);
    ~DrillController() override;

    Result<bool> start(const Scenario &scenario);
    void stop();
    void pause();
    void resume();
    void setSpeed(double factor);
    void skipToNextInject();
    void runToEnd(); // as fast as possible: every remaining inject, then the scenario's end
    bool isRunning() const { return m_running; }
    bool isPaused() const;
    double speed() const;
    Clock *clock() const; // the drill clock while a drill runs, else nullptr
    // The scenario running, or the one that ran last (its after-action report stays available).
    const Scenario *scenario() const { return m_runner ? &m_scenario : nullptr; }
    int delivered() const { return m_next; }
    QJsonObject afterAction() const;

Q_SIGNALS:
    void injectDelivered(const QString &when, const QString &from, const QString &to, const QString &synopsis);
    void stateChanged(); // started, paused, resumed, speed, stopped
    void problem(const QString &message);

private:
    void deliverDue();
    void end(bool notify);

    IncidentStore &m_store;
    Scenario m_scenario;
    std::unique_ptr<SimulatedClock> m_drillClock;
    std::unique_ptr<DrillRunner> m_runner;
    // The scenario's scripted movements, played on the drill clock through the live pipeline.
    void moveUnits(const QDateTime &now);
    std::unique_ptr<ArrivalWatch> m_watch;
    QList<UnitFix> m_fixes;
    qsizetype m_nextFix = 0;
    int m_next = 0;
    bool m_running = false;
};

} // namespace cd
