#pragma once

#include "core/Result.h"
#include "drill/Scenario.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

namespace cd {

class Clock;
class ClockSwitch;
class DrillRunner;
class IncidentStore;
class SimulatedClock;

// Runs a drill in the dashboard: the program's clock switches to a simulated drill clock
// (pause, 1×/10×/60×, skip to the next inject), injects reach the journal of the exercise
// incidents at their scenario times, and the operator plays normally through the store.
class DrillController final : public QObject {
    Q_OBJECT
public:
    DrillController(IncidentStore &store, ClockSwitch &clock, QObject *parent = nullptr);
    ~DrillController() override;

    Result<bool> start(const Scenario &scenario);
    void stop(); // back to the wall clock
    void pause();
    void resume();
    void setSpeed(double factor);
    void skipToNextInject();
    void runToEnd(); // as fast as possible: every remaining inject, then the scenario's end
    bool isRunning() const { return m_drillClock != nullptr; }
    bool isPaused() const;
    const Scenario *scenario() const { return isRunning() ? &m_scenario : nullptr; }
    int delivered() const { return m_next; }
    QJsonObject afterAction() const;

Q_SIGNALS:
    void injectDelivered(const QString &when, const QString &from, const QString &to, const QString &synopsis);
    void stateChanged(); // started, paused, resumed, speed, stopped
    void problem(const QString &message);

private:
    void deliverDue();

    IncidentStore &m_store;
    ClockSwitch &m_clock;
    Clock *m_liveClock = nullptr;
    Scenario m_scenario;
    std::unique_ptr<SimulatedClock> m_drillClock;
    std::unique_ptr<DrillRunner> m_runner;
    int m_next = 0;
};

} // namespace cd
