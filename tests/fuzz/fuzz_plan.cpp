// Plan files (resources/plans/SCHEMA.md; --plans DIR overrides).
#include "FuzzSupport.h"
#include "plan/PlanLoader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const cd::PlanLoader loader(cd::fuzz::library().vocabulary());
    (void)loader.loadJson(cd::fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    return 0;
}
