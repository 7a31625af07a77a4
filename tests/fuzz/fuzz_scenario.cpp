// Drill scenario files (drill run --scenario FILE, resources/drills/SCHEMA.md).
#include "FuzzSupport.h"
#include "drill/Scenario.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto s = cd::Scenario::fromJson(cd::fuzz::bytes(data, size), QStringLiteral("fuzz.json"), cd::fuzz::library());
    if (s) { // what loads must be playable: its times exist
        for (const auto &in : s->injects)
            if (!s->at(in.atMinutes).isValid())
                __builtin_trap();
        if (!s->end().isValid())
            __builtin_trap();
    }
    return 0;
}
