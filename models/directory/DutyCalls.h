#pragma once

#include "core/Result.h"
#include "journal/Event.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace cd {

class CentreSettings;
class IncidentState;

// How a call to a member agency about its duty went.
enum class CallOutcome { Reached, NoAnswer, Busy, MessageLeft };

// A call the operator is about to record.
struct DutyCall {
    QString plan;
    QString agency;
    QString number; // the number dialled
    CallOutcome outcome = CallOutcome::NoAnswer;
    QString person; // who answered (required when reached), or with whom a message was left
    QString note;
    QDateTime at; // when the call was made (UTC)
};

// A call as the journal holds it (agency_called), for the timeline and the reports' annex.
struct LoggedCall {
    qint64 seq = 0;
    QDateTime at;
    QString actor; // the operator who called
    QString plan;
    QString agency;
    QString number;
    CallOutcome outcome = CallOutcome::NoAnswer;
    QString person;
    QString note;
};

// A duty still waiting for acknowledgement past the centre's limit.
struct UnacknowledgedDuty {
    QString plan;
    QString agency;
    QString clause;
    QDateTime since; // when the duty started running (see DutyCalls::overdueAcknowledgements)
    QDateTime due;
    int minutes = 0;
};

// How long a duty may wait for acknowledgement: duty/ackMinutesMajor at level Ⅰ/Ⅱ,
// duty/ackMinutesOther otherwise (CentreSettings; 15 and 30 by default).
struct AckLimits {
    int majorMinutes = 15;
    int otherMinutes = 30;
    static AckLimits from(const CentreSettings &settings);
};

namespace DutyCalls {

QString outcomeId(CallOutcome outcome);    // reached, no_answer, busy, message
QString outcomeLabel(CallOutcome outcome); // 已接通, 无人接听, 占线, 已留言
std::optional<CallOutcome> outcomeFromId(const QString &id);
const QStringList &outcomeIds();

// The events that record this call on the incident, in order, or why not (naming the field):
// always an agency_called; a reached call on a duty not yet acknowledged also a
// duty_acknowledged naming the person reached. Written together (Journal::appendBatch), so a
// reached call never stands without its acknowledgement.
Result<QList<NewEvent>> events(const IncidentState &state, const DutyCall &call);

// Every call recorded on this incident and not withdrawn by a correction, oldest first.
QList<LoggedCall> logged(const IncidentState &state);

// Duties of running plans still only assigned `limits` minutes after they began to run: a duty
// assigned by hand from its duty_assigned, a plan's duty from its plan's level declaration or
// activation, else from the report of the incident.
QList<UnacknowledgedDuty> overdueAcknowledgements(const IncidentState &state, const QDateTime &now,
                                                  const AckLimits &limits);

} // namespace DutyCalls
} // namespace cd
