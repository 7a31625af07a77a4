#pragma once

#include "duty/DutyRoster.h"
#include "journal/Event.h"
#include "report/PagedDocument.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace cd {

class PlanLibrary;
class WorkCalendar;
struct IncidentSummary;

// The daily duty log (值班日志) of one duty day, read from the journal alone: the shifts of the
// roster and who recorded events, incidents received with their level and plans, reports
// sent and the reporting windows that fell due or were completed (met / late / missed),
// calls made, handovers, drills (every line of an exercise incident is marked 演练) and notes.
class DutyLog {
public:
    // A duty day runs from `startHour` on `date` to the same hour the next day (Asia/Shanghai).
    static QDateTime dayStart(const QDate &date, int startHour); // UTC
    // The day that ended most recently at `now`: yesterday 08:00 to today 08:00 by default.
    static QDate lastCompleteDay(const QDateTime &now, int startHour);

    // Whether an incident can have anything in the log of [from, to), from its list summary:
    // not if reported after the day, nor if quiet since longer before it than any window
    // runs (QuietDays, checked against the plans in tst_dutyoffice) with every window
    // finished. Callers fold only the others: a log of one day must not fold a centre's whole
    // history (2.5 s at 100k incidents).
    static constexpr int QuietDays = 60;
    static bool mayConcern(const IncidentSummary &s, const QDateTime &from, const QDateTime &to);

    struct Line {
        QDateTime at;
        qint64 incidentId = 0; // 0: the centre's register
        bool exercise = false;
        QString text;          // in the printout's words
        QJsonObject json;      // the same for --json
    };
    struct Inputs {
        const PlanLibrary &library;
        const WorkCalendar &calendar;
        // Visits every incident's events (Journal::forEachIncident); nullptr: none.
        std::function<void(const std::function<void(const QList<StoredEvent> &)> &)> forEachIncident;
        QList<StoredEvent> registerEvents;
        // The present: a day still running is judged as it stands now (a window due later today
        // is not yet missed). Invalid: judged at the day's end.
        QDateTime now = {};
    };
    static DutyLog build(const QDate &date, int startHour, const Inputs &inputs);

    // Event kinds listed under calls: agency_called (a call and its outcome, issue 17), any
    // other kind named call…, and duty_acknowledged, which records that an agency was reached —
    // except the acknowledgement a reached call writes beside itself (via: call), listed once.
    static bool isCallKind(const QString &kind);
    static bool isCall(const QString &kind, const QJsonObject &payload);

    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }
    QDateTime asOf() const { return m_asOf; } // the day's end, or now while it runs
    const QList<Shift> &shifts() const { return m_shifts; }
    const QStringList &operators() const { return m_operators; } // who signed events, in order seen
    const QList<Line> &incidents() const { return m_incidents; }
    const QList<Line> &reports() const { return m_reports; }
    const QList<Line> &windows() const { return m_windows; }
    const QList<Line> &calls() const { return m_calls; }
    const QList<Line> &handovers() const { return m_handovers; }
    const QList<Line> &drills() const { return m_drills; }
    const QList<Line> &notes() const { return m_notes; }

    QJsonObject toJson() const;
    PagedDocument document(const QString &issuer) const;

private:
    QDateTime m_from, m_to, m_asOf;
    QDate m_date;
    QList<Shift> m_shifts;
    QStringList m_operators;
    QList<Line> m_incidents, m_reports, m_windows, m_calls, m_handovers, m_drills, m_notes;
};

} // namespace cd
