#pragma once

#include "directory/AgencyDirectory.h"

namespace cd {

class PlanLibrary;

namespace DemoDirectory {

// A demo directory: every member agency of the loaded plans with invented, clearly fictitious
// numbers (0578-5550xxxx duty phones, 0578-5551xxxx faxes, 1355550xxxx/1355551xxxx mobiles),
// invented names marked 示例, and every entry marked demo. For demonstrations and drills only.
QList<AgencyContact> fromPlans(const PlanLibrary &library);

} // namespace DemoDirectory
} // namespace cd
