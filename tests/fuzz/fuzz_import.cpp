// Import files (commanddesk-cli import): JSON lines from another register, checked line by line
// before anything is written.
#include "FuzzSupport.h"
#include "journal/ImportFile.h"

#include <QSet>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto parsed = cd::ImportFile::parse(cd::fuzz::bytes(data, size), cd::fuzz::library());
    if (parsed) {
        // What it accepts is a well-formed import: every incident opened once, first.
        QSet<QString> opened;
        for (const auto &e : parsed.value()) {
            if (e.kind == QLatin1String("reported") && !opened.contains(e.incidentKey))
                opened.insert(e.incidentKey);
            else if (!opened.contains(e.incidentKey) || e.line < 1 || !e.eventTime.isValid())
                __builtin_trap();
        }
    }
    return 0;
}
