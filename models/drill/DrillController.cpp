#include "drill/DrillController.h"

#include "units/ArrivalWatch.h"

#include "drill/DrillRunner.h"
#include "items/IncidentStore.h"
#include "journal/Journal.h"
#include "time/Clock.h"
#include "time/ShanghaiTime.h"

#include <QSignalBlocker>

namespace cd {

DrillController::DrillController(IncidentStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

// The window is going away: the drill's end is still written to the journal (so its
// incidents are frozen at the next start), but nothing is refolded or signalled.
DrillController::~DrillController() { end(false); }

Result<bool> DrillController::start(const Scenario &scenario)
{
    if (isRunning())
        stop();
    m_scenario = scenario;
    m_next = 0;
    m_runner.reset(); // it refers to the old clock
    m_drillClock = std::make_unique<SimulatedClock>(scenario.start);
    m_runner = std::make_unique<DrillRunner>(m_scenario, m_store.journal(), *m_drillClock, m_store.library(), m_store.calendar());
    m_fixes = m_scenario.movements.isEmpty() ? QList<UnitFix>() : PositionFeed().addData(UnitMovements::nmea(m_scenario.movements, m_scenario.start));
    m_nextFix = 0;
    m_watch = std::make_unique<ArrivalWatch>(m_store.journal(), m_store.library(), m_store.calendar(), QStringLiteral("drill:") + m_scenario.id);
    m_watch->setEntryClock(m_drillClock.get());
    // The director may jump the drill clock past an arrival: then it is entered late, and says why.
    m_watch->setLateEntryReason(QStringLiteral("演练 %1 预设的力量行进,演练时钟走到时录入").arg(m_scenario.id));
    connect(m_drillClock.get(), &Clock::timeChanged, this, &DrillController::deliverDue);
    m_running = true;
    m_store.clocks().startDrill(*m_drillClock); // only this drill's incidents read this clock
    deliverDue(); // what arrives at minute 0
    m_drillClock->resume();
    Q_EMIT stateChanged();
    return true;
}

void DrillController::stop() { end(true); }

void DrillController::end(bool notify)
{
    if (!m_running)
        return;
    m_running = false;
    m_drillClock->pause();
    const QDateTime endedAt = std::min(m_drillClock->now(), m_scenario.end());
    const EventAuthor author{QStringLiteral("演练导调"), QStringLiteral("drill")};
    const auto ids = m_runner->incidentIds();
    for (const qint64 id : ids) {
        const auto r = m_store.journal().append({id, QStringLiteral("exercise_ended"),
                                                 QJsonObject{{QStringLiteral("scenario"), m_scenario.id}}, endedAt, author,
                                                 endedAt}); // entered on the drill clock it ends
        if (!r && notify)
            Q_EMIT problem(tr("The end of the drill could not be recorded for incident %1: %2").arg(id).arg(r.error()));
    }
    if (!notify) {
        const QSignalBlocker quiet(&m_store.clocks()); // the window listening is being destroyed
        m_store.clocks().endDrill();
        return;
    }
    m_store.clocks().endDrill();
    for (const qint64 id : ids)
        (void)m_store.refresh(id); // now frozen at the drill's end
    Q_EMIT stateChanged();
}

bool DrillController::isPaused() const { return m_running && m_drillClock->isPaused(); }
double DrillController::speed() const { return m_drillClock ? m_drillClock->speed() : 1.0; }
Clock *DrillController::clock() const { return m_running ? m_drillClock.get() : nullptr; }

void DrillController::pause()
{
    if (m_running) {
        m_drillClock->pause();
        Q_EMIT stateChanged();
    }
}

void DrillController::resume()
{
    if (m_running && m_drillClock->now() < m_scenario.end()) {
        m_drillClock->resume();
        Q_EMIT stateChanged();
    }
}

void DrillController::setSpeed(double factor)
{
    if (m_running) {
        m_drillClock->setSpeed(factor);
        Q_EMIT stateChanged();
    }
}

void DrillController::skipToNextInject()
{
    if (m_running && m_next < m_scenario.injects.size())
        m_drillClock->jumpTo(m_scenario.at(m_scenario.injects.at(m_next).atMinutes));
}

void DrillController::deliverDue()
{
    if (!m_running)
        return;
    const QDateTime now = m_drillClock->now();
    while (m_next < m_scenario.injects.size() && m_scenario.at(m_scenario.injects.at(m_next).atMinutes) <= now) {
        const Inject &in = m_scenario.injects.at(m_next++);
        if (const auto r = m_runner->deliver(in); !r) {
            Q_EMIT problem(tr("Drill inject %1 could not be recorded: %2").arg(in.id, r.error()));
            continue;
        }
        const qint64 id = m_runner->incidentIds().value(in.incident);
        m_store.clocks().addDrillIncident(id); // before the refold: it decides the clock
        (void)m_store.refresh(id);
        Q_EMIT injectDelivered(toShanghai(now).toString(QStringLiteral("HH:mm")), in.from, in.to, in.synopsis);
    }
    moveUnits(now);
    if (now >= m_scenario.end() && !m_drillClock->isPaused()) {
        // The scenario is over: the drill clock holds at its end until the drill is stopped.
        m_drillClock->pause();
        m_drillClock->jumpTo(m_scenario.end());
        Q_EMIT stateChanged();
    }
}

void DrillController::moveUnits(const QDateTime &now)
{
    QList<UnitFix> due;
    while (m_nextFix < m_fixes.size() && m_fixes.at(m_nextFix).info.timestamp() <= now)
        due << m_fixes.at(m_nextFix++);
    if (due.isEmpty() || !m_watch)
        return;
    if (const auto added = m_watch->add(due); !added) {
        Q_EMIT problem(tr("Drill unit movements could not be recorded: %1").arg(added.error()));
        m_nextFix = m_fixes.size(); // said once, not every tick
        return;
    }
    for (const qint64 id : m_runner->incidentIds())
        (void)m_store.refresh(id); // an arrival may have been recorded
}

void DrillController::runToEnd()
{
    if (m_running) {
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
