#pragma once

#include <QJsonObject>
#include <QString>

namespace cd {

class PlanLibrary;

// Event payloads in words, for the timeline and the CSV: never raw JSON. Facts read as the
// intake form names them ("阻断:城市交通 1 小时;参与人数:60"), other payloads key by key.
namespace FactsText {

QString facts(const QJsonObject &facts, const PlanLibrary &library);
QString payload(const QJsonObject &payload, const PlanLibrary &library);
QString hours(double h); // "1.5 小时"

} // namespace FactsText
} // namespace cd
