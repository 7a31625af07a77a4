#pragma once

#include <cstdio>
#include <cstring>

namespace cd {

// The process's peak resident set (VmHWM) in kB, or -1 where /proc does not say. Header-only:
// the benchmarks' hello-world reads it the same way the GUI does.
inline long long peakRssKb()
{
    std::FILE *f = std::fopen("/proc/self/status", "r");
    if (!f)
        return -1;
    char line[256];
    long long kb = -1;
    while (std::fgets(line, sizeof line, f))
        if (std::strncmp(line, "VmHWM:", 6) == 0) {
            std::sscanf(line + 6, "%lld", &kb);
            break;
        }
    std::fclose(f);
    return kb;
}

} // namespace cd
