// The registers' CSV files from spreadsheets (contact directory, unit roster): whatever the
// bytes, a clear error or rows; what the directory accepts survives a round trip unchanged.
#include "FuzzSupport.h"
#include "directory/DirectoryCsv.h"
#include "units/UnitCsv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray csv = cd::fuzz::bytes(data, size);
    (void)cd::UnitCsv::parse(csv, QStringLiteral("fuzz.csv"));
    const auto contacts = cd::DirectoryCsv::parse(csv, QStringLiteral("fuzz.csv"));
    if (contacts) {
        const QByteArray written = cd::DirectoryCsv::write(contacts.value());
        const auto again = cd::DirectoryCsv::parse(written, QStringLiteral("again.csv"));
        if (!again || cd::DirectoryCsv::write(again.value()) != written)
            __builtin_trap(); // write() made something parse() reads differently
    }
    return 0;
}
