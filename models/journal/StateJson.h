#pragma once

#include "journal/EntryTimeRule.h"
#include "journal/IncidentState.h"
#include "journal/IncidentSummary.h"

#include <QJsonObject>

namespace cd {

class PlanLibrary;

// The JSON of `commanddesk-cli incident show`: everything the dashboard shows for an incident.
namespace StateJson {

QJsonObject event(const StoredEvent &e, bool voided);
// With "backdated": true, "entry_delay_s" and "reason" for a late entry (补录).
QJsonObject event(const StoredEvent &e, bool voided, const EntryTimeRule::LateEntry &late);
QJsonObject incident(const IncidentState &state, const PlanLibrary &library);
QJsonObject summary(const IncidentState &state); // one row of `incident list`
// The same row from the summary projection, for an incident without unfinished windows (so
// without a next deadline at any later time).
QJsonObject summary(const IncidentSummary &summary);

} // namespace StateJson
} // namespace cd
