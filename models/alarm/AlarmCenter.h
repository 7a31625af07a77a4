#pragma once

#include "core/Result.h"
#include "directory/DutyCalls.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <vector>

namespace cd {

class IncidentState;
class IncidentStore;

// Why an alarm was raised. Overdue outranks due-soon outranks duties not acknowledged in time
// (issue 17) outrank a new incident.
enum class AlarmKind { NewIncident, DutyUnacknowledged, DueSoon, Overdue };
QString alarmKindName(AlarmKind kind);  // "new_incident", "duty_unacknowledged", "due_soon", "overdue"
QString alarmKindLabel(AlarmKind kind); // "新事件", "职责未确认", "即将到期", "已超时"

struct Alarm {
    qint64 serial = 0; // this desk's running number, newest highest
    AlarmKind kind = AlarmKind::NewIncident;
    qint64 incidentId = 0;
    QString title;
    bool drill = false; // an exercise incident of the running drill: marked 演练, its own sound
    QString windowKey;  // plan/window; duty_ack/plan for duties not acknowledged; empty for a new incident
    QString clause;     // "86号 3(1)"
    QString action;     // the window's text: "向领导小组报告"
    QDateTime due;
    QDateTime raisedAt; // wall time
};

// What the operator chose: how loud, how often, which alarms make a sound.
struct AlarmSettings {
    int volume = 80;          // percent
    int repeatSeconds = 30;   // an unacknowledged alarm sounds again after this long
    bool soundNewIncident = true;
    bool soundDueSoon = true;
    bool soundOverdue = true;
    bool soundDrill = true;
    AckLimits ackLimits; // how long a duty may wait for acknowledgement (centre settings duty/…)
    static AlarmSettings load();  // QSettings "alarms/…"
    void save() const;
};

// Where sounds go: QSoundEffect in the application, a recorder in tests (the offscreen test
// platform has no audio; what is tested is that the sound was asked for).
class AlarmSound {
public:
    enum class Tone { Urgent, Warning, Drill };
    virtual ~AlarmSound() = default;
    virtual void play(Tone tone, double volume) = 0; // volume 0..1
};

// The alarms of one desk: every live window entering due-soon or turning overdue, and every
// new live incident (from another desk or a drill inject), queued until someone
// acknowledges them. Live alarms come before drill alarms, overdue before due-soon before
// new incidents, newest first. While any alarm waits, its sound is asked for again every
// `repeatSeconds` of wall time unless muted. An acknowledgement is a journal event
// (alarm_acknowledged: who, when, which alarm); so is muting (alarms_muted). Ended drills,
// stand-alone exercises and replays raise nothing.
class AlarmCenter final : public QObject {
    Q_OBJECT
public:
    explicit AlarmCenter(IncidentStore &store, QObject *parent = nullptr);

    void setSound(AlarmSound *sound) { m_sound = sound; } // not owned; nullptr: silent
    void setSettings(const AlarmSettings &settings);
    const AlarmSettings &settings() const { return m_settings; }

    const QList<Alarm> &queue() const { return m_queue; } // most urgent first
    const Alarm *top() const { return m_queue.isEmpty() ? nullptr : &m_queue.front(); }
    bool isAlarming(qint64 incidentId) const;
    bool isAlarming(qint64 incidentId, const QString &windowKey) const;
    // Time left on the alarm's own incident clock (negative: overdue).
    qint64 secondsLeft(const Alarm &alarm) const;

    Result<qint64> acknowledge(qint64 serial); // the journal sequence number of the acknowledgement
    Result<qint64> acknowledgeTop();
    // Silences the sound (not the banner) for `minutes`; recorded on every open live incident
    // and every incident of the running drill. Returns how many events were written.
    Result<int> muteFor(int minutes);
    void unmute();
    bool isMuted() const;
    QDateTime mutedUntil() const { return m_mutedUntil; }

    // Looks at every incident again (the store's signals call it; public for tests).
    void scan();
    // The scan a reset of the store asked for, now rather than on the next turn: for whoever
    // reads the queue right after a reset (the desk choosing the incident the banner names).
    void catchUp();

Q_SIGNALS:
    void raised(const cd::Alarm &alarm);
    void queueChanged();
    void mutedChanged(bool muted);

private:
    // The running incidents' windows and duties raise or drop their alarms: every incident
    // (only == 0), or just the one whose events changed.
    void scanIncidents(qint64 only);
    void raise(Alarm alarm);
    void mergeRaisedInScan();
    void ring(bool force);
    // The queue's order: live before drill; overdue, due soon, unacknowledged duties, new;
    // newest first within each.
    static bool comesBefore(const Alarm &a, const Alarm &b);
    void onAdded(qint64 id);
    // Raises one alarm per plan whose duties wait for acknowledgement past their limit.
    // hasAlarms: the incident had an alarm queued when the scan began (else none is asked for).
    bool scanDuties(const IncidentState &s, const QDateTime &now, bool drill, bool hasAlarms, QSet<QString> &present);
    bool acknowledgedInJournal(const IncidentState &s, AlarmKind kind, const QString &windowKey) const;

    IncidentStore &m_store;
    AlarmSound *m_sound = nullptr;
    AlarmSettings m_settings;
    QList<Alarm> m_queue;
    QHash<QString, int> m_seen; // "incident/plan/window" -> last Deadline::State seen
    qint64 m_nextSerial = 1;
    QDateTime m_lastRing;
    QDateTime m_mutedUntil;
    bool m_scanning = false;
    bool m_scanAfterReset = false;
    std::vector<Alarm> m_raisedInScan; // raised by the scan running, merged at its end
};

} // namespace cd
