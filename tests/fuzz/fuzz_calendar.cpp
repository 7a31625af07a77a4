// Holiday notices (calendar import FILE, File → Import holiday calendar).
#include "FuzzSupport.h"
#include "time/CalendarStore.h"
#include "time/WorkCalendar.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto c = cd::WorkCalendar::fromJson(cd::fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    if (c) { // what parses must merge and count
        (void)cd::CalendarStore::checkImport(cd::WorkCalendar::builtin(), c.value());
        const auto merged = cd::WorkCalendar::merged(cd::WorkCalendar::builtin(), c.value());
        (void)merged.addWorkingDays(QDate(c->firstYear(), 1, 1), 10);
        (void)merged.addWorkingDays(QDate(2025, 9, 30), 1);
    }
    return 0;
}
