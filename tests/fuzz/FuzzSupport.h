#pragma once
// Shared by the fuzz targets: the embedded plan library, loaded once per process, as every
// parser of outside input validates against it.
#include "plan/PlanLibrary.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace cd::fuzz {

inline const PlanLibrary &library()
{
    static const auto lib = [] {
        auto loaded = PlanLibrary::loadBuiltin();
        if (!loaded)
            std::abort(); // the embedded plans are broken: not a finding of the fuzzed parser
        return loaded.value();
    }();
    return *lib;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace cd::fuzz
