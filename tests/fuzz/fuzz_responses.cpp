// Scripted drill responses (drill run --responses FILE), checked against a shipped scenario.
#include "FuzzSupport.h"
#include "drill/Scenario.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const cd::Scenario scenario = [] {
        auto s = cd::Scenario::load(QStringLiteral(":/drills/wage-arrears-liandu.json"), cd::fuzz::library());
        if (!s)
            std::abort();
        return s.value();
    }();
    (void)cd::Scenario::responsesFromJson(cd::fuzz::bytes(data, size), QStringLiteral("fuzz.json"), scenario, cd::fuzz::library());
    return 0;
}
