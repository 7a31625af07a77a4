#pragma once

#include "plan/FactsParser.h"
#include "plan/Grader.h"
#include "plan/PlanLibrary.h"

#include <QTest>

// Shared by the grading tests: the embedded plan library and a one-line way to grade facts
// written as JSON text (the same form the CLI reads).
inline std::shared_ptr<const cd::PlanLibrary> testLibrary()
{
    static const auto library = [] {
        auto lib = cd::PlanLibrary::loadBuiltin();
        if (!lib)
            qFatal("plan library failed to load: %s", qPrintable(lib.error()));
        return lib.value();
    }();
    return library;
}

inline cd::Facts factsFrom(const QByteArray &json)
{
    const auto facts = cd::FactsParser(*testLibrary()).parse(json);
    if (!facts)
        qFatal("test facts rejected: %s", qPrintable(facts.error()));
    return facts.value();
}

inline cd::PlanAssessment assessmentFor(const QByteArray &factsJson, const QString &planId)
{
    for (auto &a : cd::Grader(*testLibrary()).grade(factsFrom(factsJson)))
        if (a.plan->id == planId)
            return a;
    qFatal("no plan %s", qPrintable(planId));
}
