#pragma once

#include "plan/Grader.h"
#include "time/DeadlineEngine.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cd {

class PlanLibrary;

// The JSON shapes of the CLI contract (`commanddesk-cli plans`, `grade`). Kept in the core so
// the GUI, reports and tests see exactly what scripts see.
namespace AssessmentJson {

QJsonObject planAssessment(const PlanAssessment &a, const std::vector<Deadline> &deadlines = {});
QJsonObject grading(const std::vector<PlanAssessment> &assessments, const std::vector<Deadline> &deadlines = {});
QJsonObject deadline(const Deadline &d, const FactVocabulary &vocab);
QJsonObject planCatalogue(const PlanLibrary &library);

} // namespace AssessmentJson
} // namespace cd
