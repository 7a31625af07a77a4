#pragma once

#include <QJsonObject>
#include <QString>

namespace cd {

class PlanLibrary;

// Milestones that cannot be taken back by another click: ending the response, closing the
// incident, reporting to the province, declaring or changing a level. They are confirmed
// with the time they will be recorded at (a correction event is the only way back).
namespace ConfirmPolicy {
bool needsConfirmation(const QString &kind, const QJsonObject &payload);
// What is about to be recorded, in the operator's words: "应急响应结束", "报送:报告省政府(省应急指挥机构)".
QString describe(const QString &kind, const QJsonObject &payload, const PlanLibrary &library);
} // namespace ConfirmPolicy

} // namespace cd
