#pragma once

#include "alarm/AlarmCenter.h"
#include "journal/Event.h"
#include "report/PagedDocument.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cd {

class IncidentState;
class PlanLibrary;

// What the outgoing shift hands to the incoming one at 交接班, generated from the journal:
// open incidents with their next reporting window, duties not yet acknowledged, reports due,
// alarms not yet acknowledged and the notes addressed to the next shift since the last
// handover. The outgoing operator adds remarks; the incoming one signs in and confirms, which
// records a `handover` event in the centre's register carrying these lines.
class HandoverSummary {
public:
    enum class Section { OpenIncident, UnacknowledgedDuty, ReportDue, Alarm, Note };
    struct Item {
        Section section;
        qint64 incidentId = 0; // 0: the centre's register
        bool exercise = false;
        QString text;   // one line, in the words the printout uses
        QDateTime due;  // invalid when none
    };
    struct Inputs {
        QList<const IncidentState *> incidents; // folded at `now`; closed ones are skipped
        QList<Alarm> alarms;                    // the desk's unacknowledged alarms (AlarmCenter::queue)
        QList<StoredEvent> registerEvents;      // the centre's register
        QDateTime now;
    };
    static HandoverSummary build(const Inputs &inputs, const PlanLibrary &library);

    const QList<Item> &items() const { return m_items; }
    QList<Item> section(Section s) const;
    static QString sectionTitle(Section s); // 在办事件 …
    QDateTime now() const { return m_now; }
    QDateTime lastHandoverAt() const { return m_lastHandoverAt; } // invalid: none yet
    QString lastHandoverBy() const { return m_lastHandoverBy; }
    QStringList lines() const; // "【在办事件】#3 …", as the handover event keeps them

    // The handover event's payload: who hands over, their remarks, the summary's lines.
    QJsonObject payload(const QString &outgoing, const QString &remarks) const;
    // The printout: 交接班记录 with every section, the remarks, and lines to sign.
    PagedDocument document(const QString &issuer, const QString &outgoing, const QString &remarks,
                           const QString &incoming = QString()) const;

private:
    QList<Item> m_items;
    QDateTime m_now;
    QDateTime m_lastHandoverAt;
    QString m_lastHandoverBy;
};

} // namespace cd
