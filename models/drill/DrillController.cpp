#include "drill/DrillController.h"

#include "drill/DrillRunner.h"
#include "items/IncidentStore.h"
#include "time/Clock.h"
#include "time/ShanghaiTime.h"

namespace cd {

DrillController::DrillController(IncidentStore &store, ClockSwitch &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
}

DrillController::~DrillController() { stop(); }

Result<bool> DrillController::start(const Scenario &scenario)
{
    if (isRunning())
        stop();
    m_scenario = scenario;
    m_next = 0;
    m_drillClock = std::make_unique<SimulatedClock>(scenario.start);
    m_runner = std::make_unique<DrillRunner>(m_scenario, m_store.journal(), *m_drillClock, m_store.library(), m_store.calendar());
    connect(m_drillClock.get(), &Clock::timeChanged, this, &DrillController::deliverDue);
    m_liveClock = &m_clock.source();
    m_clock.use(*m_drillClock);
    deliverDue(); // what arrives at minute 0
    m_drillClock->resume();
    Q_EMIT stateChanged();
    return true;
}

void DrillController::stop()
{
    if (!m_drillClock)
        return;
    m_drillClock->pause();
    m_clock.use(*m_liveClock); // back to the clock the switch had before the drill
    m_runner.reset();
    m_drillClock.reset();
    Q_EMIT stateChanged();
}

bool DrillController::isPaused() const { return m_drillClock && m_drillClock->isPaused(); }

void DrillController::pause()
{
    if (m_drillClock) {
        m_drillClock->pause();
        Q_EMIT stateChanged();
    }
}

void DrillController::resume()
{
    if (m_drillClock) {
        m_drillClock->resume();
        Q_EMIT stateChanged();
    }
}

void DrillController::setSpeed(double factor)
{
    if (m_drillClock) {
        m_drillClock->setSpeed(factor);
        Q_EMIT stateChanged();
    }
}

void DrillController::skipToNextInject()
{
    if (m_drillClock && m_next < m_scenario.injects.size())
        m_drillClock->jumpTo(m_scenario.at(m_scenario.injects.at(m_next).atMinutes));
}

void DrillController::deliverDue()
{
    if (!m_runner)
        return;
    const QDateTime now = m_drillClock->now();
    while (m_next < m_scenario.injects.size() && m_scenario.at(m_scenario.injects.at(m_next).atMinutes) <= now) {
        const Inject &in = m_scenario.injects.at(m_next++);
        if (const auto r = m_runner->deliver(in); !r) {
            Q_EMIT problem(tr("Drill inject %1 could not be recorded: %2").arg(in.id, r.error()));
            continue;
        }
        (void)m_store.refresh(m_runner->incidentIds().value(in.incident));
        Q_EMIT injectDelivered(toShanghai(now).toString(QStringLiteral("HH:mm")), in.from, in.to, in.synopsis);
    }
}

void DrillController::runToEnd()
{
    if (m_drillClock) {
        m_drillClock->pause();
        m_drillClock->jumpTo(m_scenario.end());
        Q_EMIT stateChanged();
    }
}

QJsonObject DrillController::afterAction() const
{
    if (!m_runner)
        return {};
    return AfterAction::evaluate(m_scenario, m_runner->incidentIds(), m_store.journal(), m_store.library(), m_store.calendar());
}

} // namespace cd
