#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

class PlanLibrary;

// The lifecycle event kinds and what each payload must carry. Checked before an event is
// written, so the journal never holds an event the fold cannot read.
namespace EventKinds {

const QStringList &all();
// Chinese label for timelines and reports.
QString label(const QString &kind);
// The problem with this payload for this kind, naming the field; nullopt when fine.
std::optional<QString> validate(const QString &kind, const QJsonObject &payload, const PlanLibrary &library);

// Recipients of report_sent, and the milestone each one completes.
const QStringList &reportRecipients();

} // namespace EventKinds
} // namespace cd
