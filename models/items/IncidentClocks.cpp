#include "items/IncidentClocks.h"

#include "time/Clock.h"

namespace cd {

QString worldName(World world)
{
    switch (world) {
    case World::Live:
        return QStringLiteral("live");
    case World::Drill:
        return QStringLiteral("drill");
    case World::EndedDrill:
        return QStringLiteral("ended_drill");
    case World::Exercise:
        return QStringLiteral("exercise");
    case World::Replay:
        return QStringLiteral("replay");
    }
    return {};
}

IncidentClocks::IncidentClocks(Clock &base, QObject *parent)
    : QObject(parent)
    , m_base(base)
{
    connect(&m_base, &Clock::timeChanged, this, &IncidentClocks::ticked);
}

bool IncidentClocks::isReplay() const { return m_base.mode() == Clock::Mode::Replay; }

void IncidentClocks::learn(qint64 id, const QList<StoredEvent> &events)
{
    m_facts.remove(id);
    learnAppended(id, events);
}

void IncidentClocks::learnAppended(qint64 id, const QList<StoredEvent> &events)
{
    Facts f = m_facts.value(id);
    for (const auto &e : events) {
        if (e.kind == QLatin1String("reported"))
            f.exercise = e.payload().value(QLatin1String("exercise")).toBool();
        else if (e.kind == QLatin1String("note") && !f.demo && e.payload().value(QLatin1String("demo")).toBool())
            f.demo = true; // the mark addDemoIncidents leaves
        else if (e.kind == QLatin1String("exercise_inject"))
            f.fromDrill = true;
        else if (e.kind == QLatin1String("exercise_ended") && !f.endedAt.isValid())
            f.endedAt = e.eventTime; // the first end counts: a drill ends once
        if (!f.lastEventAt.isValid() || e.eventTime > f.lastEventAt)
            f.lastEventAt = e.eventTime;
    }
    m_facts.insert(id, f);
}

void IncidentClocks::learnSummary(const IncidentSummary &summary)
{
    m_facts.insert(summary.id, Facts{summary.exercise, summary.demo, summary.fromDrill, summary.drillEndedAt, summary.lastEventAt});
}

void IncidentClocks::forget(qint64 id) { m_facts.remove(id); }

void IncidentClocks::startDrill(Clock &drillClock)
{
    endDrill();
    m_drill = &drillClock;
    m_drillTick = connect(m_drill, &Clock::timeChanged, this, &IncidentClocks::ticked);
    Q_EMIT drillChanged();
}

void IncidentClocks::addDrillIncident(qint64 id) { m_drillIds.insert(id); }

void IncidentClocks::endDrill()
{
    if (!m_drill)
        return;
    disconnect(m_drillTick);
    m_drill = nullptr;
    m_drillIds.clear();
    Q_EMIT drillChanged();
}

World IncidentClocks::worldOf(qint64 id) const
{
    if (isReplay())
        return World::Replay;
    const auto f = m_facts.constFind(id);
    if (f == m_facts.cend() || !f->exercise)
        return World::Live; // unknown means live: nothing may stop a real incident's clock
    // An exercise_ended event ends it even if the drill object still runs (a second desk).
    if (m_drill && m_drillIds.contains(id) && !f->endedAt.isValid())
        return World::Drill;
    if (f->fromDrill)
        return World::EndedDrill;
    return World::Exercise;
}

QDateTime IncidentClocks::frozenAt(qint64 id) const
{
    if (worldOf(id) != World::EndedDrill)
        return {};
    const Facts &f = m_facts[id];
    return f.endedAt.isValid() ? f.endedAt : f.lastEventAt;
}

QDateTime IncidentClocks::nowFor(qint64 id) const
{
    switch (worldOf(id)) {
    case World::Drill:
        return m_drill->now();
    case World::EndedDrill:
        return frozenAt(id);
    case World::Live:
    case World::Exercise:
    case World::Replay:
        break;
    }
    return m_base.now();
}

Clock *IncidentClocks::eventClock(qint64 id) const
{
    switch (worldOf(id)) {
    case World::Drill:
        return m_drill;
    case World::EndedDrill:
    case World::Replay:
        return nullptr;
    case World::Live:
    case World::Exercise:
        break;
    }
    return &m_base;
}

bool IncidentClocks::isRunning(qint64 id) const
{
    const World w = worldOf(id);
    return w == World::Live || w == World::Drill;
}

} // namespace cd
