#include "alarm/AlarmCenter.h"

#include "items/IncidentStore.h"
#include "journal/IncidentState.h"
#include "journal/Journal.h"
#include "settings/CentreSettings.h"
#include "time/Clock.h"
#include "time/ShanghaiTime.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSettings>

#include <functional>
#include <utility>

namespace cd {

QString alarmKindName(AlarmKind kind)
{
    switch (kind) {
    case AlarmKind::NewIncident:
        return QStringLiteral("new_incident");
    case AlarmKind::DutyUnacknowledged:
        return QStringLiteral("duty_unacknowledged");
    case AlarmKind::DueSoon:
        return QStringLiteral("due_soon");
    case AlarmKind::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

QString alarmKindLabel(AlarmKind kind)
{
    switch (kind) {
    case AlarmKind::NewIncident:
        return QStringLiteral("新事件");
    case AlarmKind::DutyUnacknowledged:
        return QStringLiteral("职责未确认");
    case AlarmKind::DueSoon:
        return QStringLiteral("即将到期");
    case AlarmKind::Overdue:
        return QStringLiteral("已超时");
    }
    return {};
}

AlarmSettings AlarmSettings::load()
{
    QSettings s;
    AlarmSettings a;
    const auto centre = CentreSettings::load(); // read once: it parses the centre's and the user's files
    // The volume may be set (or fixed) by the centre: settings/CentreSettings layers it.
    a.volume = std::clamp(centre.value(QStringLiteral("alarms/volume")).toInt(), 0, 100);
    a.repeatSeconds = std::clamp(s.value(QStringLiteral("alarms/repeatSeconds"), a.repeatSeconds).toInt(), 5, 600);
    a.soundNewIncident = s.value(QStringLiteral("alarms/soundNewIncident"), a.soundNewIncident).toBool();
    a.soundDueSoon = s.value(QStringLiteral("alarms/soundDueSoon"), a.soundDueSoon).toBool();
    a.soundOverdue = s.value(QStringLiteral("alarms/soundOverdue"), a.soundOverdue).toBool();
    a.soundDrill = s.value(QStringLiteral("alarms/soundDrill"), a.soundDrill).toBool();
    a.ackLimits = AckLimits::from(centre);
    return a;
}

void AlarmSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("alarms/volume"), volume);
    s.setValue(QStringLiteral("alarms/repeatSeconds"), repeatSeconds);
    s.setValue(QStringLiteral("alarms/soundNewIncident"), soundNewIncident);
    s.setValue(QStringLiteral("alarms/soundDueSoon"), soundDueSoon);
    s.setValue(QStringLiteral("alarms/soundOverdue"), soundOverdue);
    s.setValue(QStringLiteral("alarms/soundDrill"), soundDrill);
}

AlarmCenter::AlarmCenter(IncidentStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(&store, &IncidentStore::ticked, this, &AlarmCenter::scan);
    // A recorded event changes its own incident's windows only: at 100k incidents a scan of
    // every running one on each event was 11 ms of the operator's click.
    connect(&store, &IncidentStore::incidentChanged, this, [this](qint64 id) { scanIncidents(id); });
    // After a reset, on the next turn: the store's listeners (the list, the map) take 100k
    // incidents in first, and the scan of the running ones is an event of its own, not part of
    // one 20 ms block. Whoever needs the queue before then runs it at once (catchUp()).
    connect(&store, &IncidentStore::incidentsReset, this, [this] {
        m_scanAfterReset = true;
        QMetaObject::invokeMethod(this, &AlarmCenter::catchUp, Qt::QueuedConnection);
    });
    connect(&store, &IncidentStore::incidentAdded, this, &AlarmCenter::onAdded);
    connect(&store.clocks(), &IncidentClocks::drillChanged, this, &AlarmCenter::scan);
    scan(); // windows already due soon or overdue when the desk starts
}

void AlarmCenter::setSettings(const AlarmSettings &settings) { m_settings = settings; }

bool AlarmCenter::isAlarming(qint64 incidentId) const
{
    return std::any_of(m_queue.cbegin(), m_queue.cend(), [incidentId](const Alarm &a) { return a.incidentId == incidentId; });
}

bool AlarmCenter::isAlarming(qint64 incidentId, const QString &windowKey) const
{
    return std::any_of(m_queue.cbegin(), m_queue.cend(),
                       [&](const Alarm &a) { return a.incidentId == incidentId && a.windowKey == windowKey; });
}

qint64 AlarmCenter::secondsLeft(const Alarm &alarm) const
{
    const IncidentState *s = m_store.incident(alarm.incidentId);
    return s && alarm.due.isValid() ? m_store.nowFor(*s).secsTo(alarm.due) : 0;
}

bool AlarmCenter::acknowledgedInJournal(const IncidentState &s, AlarmKind kind, const QString &windowKey) const
{
    for (const auto &e : s.events) {
        if (e.kind != QLatin1String("alarm_acknowledged") || s.voided.contains(e.seq))
            continue;
        const auto p = e.payload();
        if (p.value(QLatin1String("alarm")).toString() == alarmKindName(kind) && p.value(QLatin1String("window")).toString() == windowKey)
            return true;
    }
    return false;
}

bool AlarmCenter::comesBefore(const Alarm &a, const Alarm &b)
{
    if (a.drill != b.drill)
        return !a.drill; // live work first, always
    if (a.kind != b.kind)
        return static_cast<int>(a.kind) > static_cast<int>(b.kind);
    return a.serial > b.serial; // newest first
}

void AlarmCenter::raise(Alarm alarm)
{
    alarm.serial = m_nextSerial++;
    alarm.raisedAt = m_store.clock().now();
    if (m_scanning) { // merged into the queue once, when the scan ends
        m_raisedInScan.push_back(std::move(alarm));
        return;
    }
    // Inserted where it belongs in the sorted queue.
    m_queue.insert(std::lower_bound(m_queue.begin(), m_queue.end(), alarm, &AlarmCenter::comesBefore), alarm);
    Q_EMIT raised(alarm);
}

void AlarmCenter::mergeRaisedInScan()
{
    // A start-up scan raises hundreds: an insert each into the sorted queue moved the queue's
    // tail each time (12 ms of taking 100k incidents in); one sort of the lot instead.
    if (m_raisedInScan.empty())
        return;
    const std::vector<Alarm> raisedNow = std::exchange(m_raisedInScan, {});
    m_queue.reserve(m_queue.size() + qsizetype(raisedNow.size()));
    for (const Alarm &a : raisedNow)
        m_queue.append(a);
    std::sort(m_queue.begin(), m_queue.end(), &AlarmCenter::comesBefore);
    for (const Alarm &a : raisedNow)
        Q_EMIT raised(a);
}

void AlarmCenter::onAdded(qint64 id)
{
    const IncidentState *s = m_store.incident(id);
    if (s && m_store.clocks().isRunning(id) && !s->events.isEmpty() && !m_store.isReplay()) {
        // An incident this operator has just entered needs no alarm at this desk.
        const auto &reported = s->events.front();
        const bool mine = reported.actor == m_store.journal().account().actorText() && reported.workstation == m_store.journal().workstation();
        // A drill's incidents are opened by its injects, never by the operator's own hand.
        const bool drill = m_store.worldOf(*s) == World::Drill;
        if ((drill || !mine) && !acknowledgedInJournal(*s, AlarmKind::NewIncident, QString())) {
            Alarm a;
            a.kind = AlarmKind::NewIncident;
            a.incidentId = id;
            a.title = s->title;
            a.drill = drill;
            raise(a);
            Q_EMIT queueChanged();
            ring(true);
        }
    }
    scanIncidents(id);
}

void AlarmCenter::scan() { scanIncidents(0); }

void AlarmCenter::catchUp()
{
    if (m_scanAfterReset)
        scan();
}

void AlarmCenter::scanIncidents(qint64 only)
{
    if (m_scanning || m_store.isReplay())
        return;
    if (only == 0)
        m_scanAfterReset = false; // this is the scan a reset asked for
    m_scanning = true;
    const auto before = m_queue.size();
    bool raisedAny = false, removedAny = false;
    QSet<QString> present;
    QSet<qint64> running;
    auto drop = [this, &removedAny](const std::function<bool(const Alarm &)> &which) {
        const auto n = m_queue.removeIf(which);
        removedAny = removedAny || n > 0;
    };
    auto covered = [only](qint64 id) { return only == 0 || id == only; };
    // Incidents with an alarm waiting: only theirs can be dropped. Asking the whole queue for
    // each window of each running incident was most of a start-up scan at 100k incidents.
    QSet<qint64> alarmed;
    for (const Alarm &a : std::as_const(m_queue))
        alarmed.insert(a.incidentId);
    for (const auto &sp : m_store.incidents()) {
        const IncidentState &s = *sp;
        if (!covered(s.id) || !m_store.clocks().isRunning(s.id))
            continue; // ended drills, stand-alone exercises: no alarm
        running.insert(s.id);
        const QDateTime now = m_store.nowFor(s);
        const bool drill = m_store.worldOf(s) == World::Drill;
        raisedAny = scanDuties(s, now, drill, alarmed.contains(s.id), present) || raisedAny;
        for (const auto &d : s.deadlines) {
            if (!d.due.isValid())
                continue; // 立即 / 及时 / requirements: no moment turns them due
            const QString key = d.key();
            const QString seenKey = QString::number(s.id) + QLatin1Char('/') + key;
            const auto state = deadlineStateAt(d, now);
            const int previous = m_seen.value(seenKey, -1);
            m_seen.insert(seenKey, static_cast<int>(state));
            present.insert(seenKey);
            auto alarmFor = [&](AlarmKind kind) {
                Alarm a;
                a.kind = kind;
                a.incidentId = s.id;
                a.title = s.title;
                a.drill = drill;
                a.windowKey = key;
                a.clause = d.planRef + QLatin1Char(' ') + d.window->clause;
                a.action = d.window->action;
                a.due = d.due;
                return a;
            };
            const int dueSoon = static_cast<int>(Deadline::State::DueSoon), overdue = static_cast<int>(Deadline::State::Overdue);
            if (state == Deadline::State::Overdue) {
                if (previous != overdue) {
                    if (alarmed.contains(s.id)) // overdue replaces due soon
                        drop([&](const Alarm &a) { return a.incidentId == s.id && a.windowKey == key; });
                    if (!acknowledgedInJournal(s, AlarmKind::Overdue, key)) {
                        raise(alarmFor(AlarmKind::Overdue));
                        raisedAny = true;
                    }
                }
            } else if (state == Deadline::State::DueSoon) {
                if (previous != dueSoon && previous != overdue && !acknowledgedInJournal(s, AlarmKind::DueSoon, key)) {
                    raise(alarmFor(AlarmKind::DueSoon));
                    raisedAny = true;
                }
            } else {
                // Met, ruled out, or moved back by a correction: nothing left to warn about.
                if (alarmed.contains(s.id))
                    drop([&](const Alarm &a) { return a.incidentId == s.id && a.windowKey == key; });
            }
        }
    }
    // Alarms of incidents that stopped running (a drill ended) or windows that went away.
    drop([&](const Alarm &a) {
        return covered(a.incidentId) &&
               (!running.contains(a.incidentId) ||
                (!a.windowKey.isEmpty() && !present.contains(QString::number(a.incidentId) + QLatin1Char('/') + a.windowKey)));
    });
    const QString ownKeys = only ? QString::number(only) + QLatin1Char('/') : QString();
    for (auto it = m_seen.begin(); it != m_seen.end();)
        it = present.contains(it.key()) || !it.key().startsWith(ownKeys) ? std::next(it) : m_seen.erase(it);
    if (m_mutedUntil.isValid() && !isMuted()) {
        m_mutedUntil = QDateTime();
        Q_EMIT mutedChanged(false);
    }
    m_scanning = false;
    mergeRaisedInScan();
    if (raisedAny || removedAny || m_queue.size() != before)
        Q_EMIT queueChanged();
    ring(raisedAny);
}

bool AlarmCenter::scanDuties(const IncidentState &s, const QDateTime &now, bool drill, bool hasAlarms, QSet<QString> &present)
{
    // Grouped by plan: 85号 alone names 39 agencies, one alarm each would bury the banner.
    QMap<QString, QList<UnacknowledgedDuty>> byPlan;
    for (const UnacknowledgedDuty &d : DutyCalls::overdueAcknowledgements(s, now, m_settings.ackLimits))
        byPlan[d.plan] << d;
    bool raisedAny = false;
    for (auto it = byPlan.cbegin(); it != byPlan.cend(); ++it) {
        const QString key = QStringLiteral("duty_ack/") + it.key();
        present.insert(QString::number(s.id) + QLatin1Char('/') + key);
        const bool queued = hasAlarms && isAlarming(s.id, key);
        if (queued || acknowledgedInJournal(s, AlarmKind::DutyUnacknowledged, key))
            continue;
        QString planRef = it.key();
        for (const auto &a : s.grading)
            if (a.plan && a.plan->id == it.key())
                planRef = a.plan->shortRef;
        QStringList agencies;
        QDateTime due = it->first().due;
        for (const UnacknowledgedDuty &d : *it) {
            agencies << d.agency;
            due = std::min(due, d.due);
        }
        Alarm a;
        a.kind = AlarmKind::DutyUnacknowledged;
        a.incidentId = s.id;
        a.title = s.title;
        a.drill = drill;
        a.windowKey = key;
        a.clause = planRef + QStringLiteral(" 成员单位职责");
        a.action = QStringLiteral("%1个成员单位超过%2分钟未确认职责:%3")
                       .arg(agencies.size())
                       .arg(it->first().minutes)
                       .arg(agencies.join(QStringLiteral("、")));
        a.due = due;
        raise(a);
        raisedAny = true;
    }
    return raisedAny;
}

void AlarmCenter::ring(bool force)
{
    if (m_queue.isEmpty() || !m_sound)
        return; // without a sink yet, the first tick after one is set sounds at once
    const QDateTime now = m_store.clock().now();
    if (!force && m_lastRing.isValid() && m_lastRing.secsTo(now) < m_settings.repeatSeconds)
        return;
    m_lastRing = now;
    if (isMuted())
        return;
    // The most urgent alarm whose kind the operator wants to hear.
    for (const auto &a : m_queue) {
        const bool wanted = a.drill ? m_settings.soundDrill
                            : a.kind == AlarmKind::Overdue ? m_settings.soundOverdue
                            : a.kind == AlarmKind::DueSoon || a.kind == AlarmKind::DutyUnacknowledged ? m_settings.soundDueSoon
                                                           : m_settings.soundNewIncident;
        if (!wanted)
            continue;
        const auto tone = a.drill ? AlarmSound::Tone::Drill : a.kind == AlarmKind::Overdue ? AlarmSound::Tone::Urgent : AlarmSound::Tone::Warning;
        m_sound->play(tone, m_settings.volume / 100.0);
        return;
    }
}

Result<qint64> AlarmCenter::acknowledge(qint64 serial)
{
    const auto it = std::find_if(m_queue.cbegin(), m_queue.cend(), [serial](const Alarm &a) { return a.serial == serial; });
    if (it == m_queue.cend())
        return Result<qint64>::failure(tr("That alarm is no longer waiting."));
    const Alarm alarm = *it; // the queue may change while the event is written
    QJsonObject payload{{QStringLiteral("alarm"), alarmKindName(alarm.kind)}, {QStringLiteral("raised_at"), isoShanghai(alarm.raisedAt)}};
    if (!alarm.windowKey.isEmpty()) {
        payload.insert(QStringLiteral("window"), alarm.windowKey);
        payload.insert(QStringLiteral("clause"), alarm.clause);
        payload.insert(QStringLiteral("window_label"), alarm.action);
    }
    const auto seq = m_store.record(alarm.incidentId, QStringLiteral("alarm_acknowledged"), payload);
    if (!seq)
        return seq; // not written: the alarm stays
    m_queue.removeIf([serial](const Alarm &a) { return a.serial == serial; });
    Q_EMIT queueChanged();
    return seq;
}

Result<qint64> AlarmCenter::acknowledgeTop()
{
    if (m_queue.isEmpty())
        return Result<qint64>::failure(tr("No alarm is waiting."));
    return acknowledge(m_queue.front().serial);
}

Result<int> AlarmCenter::muteFor(int minutes)
{
    if (minutes < 1 || minutes > 24 * 60)
        return Result<int>::failure(tr("Mute for 1 to 1440 minutes."));
    const QDateTime until = m_store.clock().now().addSecs(qint64(minutes) * 60);
    QList<qint64> ids;
    for (const auto &s : m_store.incidents()) {
        const World w = m_store.worldOf(*s);
        if ((w == World::Live && static_cast<int>(s->status) < static_cast<int>(IncidentStatus::Closed)) || w == World::Drill)
            ids << s->id;
    }
    int written = 0;
    for (const qint64 id : ids) {
        const auto r = m_store.record(id, QStringLiteral("alarms_muted"),
                                      {{QStringLiteral("minutes"), minutes}, {QStringLiteral("until"), isoShanghai(until)}});
        if (!r)
            return Result<int>::failure(tr("The mute could not be recorded for incident %1, so the alarms were not muted: %2").arg(id).arg(r.error()));
        ++written;
    }
    m_mutedUntil = until;
    Q_EMIT mutedChanged(true);
    return written;
}

void AlarmCenter::unmute()
{
    if (!m_mutedUntil.isValid())
        return;
    m_mutedUntil = QDateTime();
    m_lastRing = QDateTime(); // the next scan sounds at once
    Q_EMIT mutedChanged(false);
    ring(true);
}

bool AlarmCenter::isMuted() const { return m_mutedUntil.isValid() && m_store.clock().now() < m_mutedUntil; }

} // namespace cd
