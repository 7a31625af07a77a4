#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

class PlanLibrary;
struct StoredEvent;

// The lifecycle event kinds and what each payload must carry. Checked before an event is
// written, so the journal never holds an event the fold cannot read.
namespace EventKinds {

const QStringList &all();
// Chinese label for timelines and reports.
QString label(const QString &kind);
// The problem with this payload for this kind, naming the field; nullopt when fine.
std::optional<QString> validate(const QString &kind, const QJsonObject &payload, const PlanLibrary &library);

// Where a kind may be recorded: in an incident, in the centre's register (CentreRegisterId),
// or in either (notes, corrections). A new centre-wide kind is one line in EventKinds.cpp.
enum class Scope { Incident, Centre, Any };
Scope scope(const QString &kind);
QString scopeId(Scope scope); // "incident", "centre", "any": as the PostgreSQL table holds it
// The problem with recording this kind under this incident id, or nullopt.
std::optional<QString> checkScope(const QString &kind, qint64 incidentId);

// Kinds that exist only in drills (exercise_inject).
bool exerciseOnly(const QString &kind);
// The problem with recording this event in an incident of this world (live or exercise):
// exercise-only kinds are refused in live incidents, also as a correction's replacement, so
// that nothing moves an event between the two worlds. nullopt when fine.
std::optional<QString> checkWorld(const QString &kind, const QJsonObject &payload, bool exerciseIncident);

// Fields the journal itself reads on any kind: the reason of a late entry (补录) and the delay
// it stamps (EntryTimeRule).
bool isEntryField(const QString &key);

// The report texts an `assessment` event may carry (scene, cause_analysis, trend, measures …).
const QStringList &assessmentFields();

// One line of plain words for a timeline or a report: "报告市政府", "参与人数=1200" …
QString describe(const StoredEvent &event, const PlanLibrary &library);

// Recipients of report_sent, and the milestone each one completes.
const QStringList &reportRecipients();

} // namespace EventKinds
} // namespace cd
