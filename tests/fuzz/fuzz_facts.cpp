// Facts JSON of the grading contract (grade --facts, incident new, intake form).
#include "FuzzSupport.h"
#include "plan/FactsParser.h"
#include "plan/Grader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const cd::FactsParser parser(cd::fuzz::library());
    const auto facts = parser.parse(cd::fuzz::bytes(data, size));
    if (facts) // whatever the parser accepts, the grader must take
        (void)cd::Grader(cd::fuzz::library()).grade(facts.value());
    return 0;
}
