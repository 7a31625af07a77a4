#pragma once

#include "core/Result.h"
#include "plan/Facts.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace cd {

class PlanLibrary;

// Turns the facts JSON of the CLI contract into Facts, rejecting anything an operator could
// have mistyped: every message starts with the field it is about.
class FactsParser {
public:
    explicit FactsParser(const PlanLibrary &library) : m_library(library) {}

    Result<Facts> parse(const QByteArray &json) const;
    Result<Facts> parse(const QJsonObject &object) const;
    // An update carries only the changed fields: each is checked on its own, and the checks
    // across fields (serious ≤ injured) wait for the merged facts.
    std::optional<QString> checkUpdate(const QJsonObject &update) const;
    // The facts after an update: a null value clears the field.
    static QJsonObject merged(QJsonObject current, const QJsonObject &update);

    // Counts above this are treated as typing errors (the city has about 2.5 million people).
    static constexpr qint64 MaxCount = 10'000'000;
    // A blockage or stoppage longer than a year is a typing error too.
    static constexpr double MaxHours = 24.0 * 366;

private:
    const PlanLibrary &m_library;
};

} // namespace cd
