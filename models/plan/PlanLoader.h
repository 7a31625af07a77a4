#pragma once

#include "core/Result.h"
#include "plan/Plan.h"

#include <functional>

#include <QByteArray>
#include <QString>

namespace cd {

class FactVocabulary;
namespace detail {
class Reader;
}

// Reads one plan file (format documented in resources/plans/SCHEMA.md) and validates all of
// it before returning: a plan either loads whole or not at all. Error messages read
// "<file>: <json path>: <problem>".
class PlanLoader {
public:
    explicit PlanLoader(const FactVocabulary &vocab) : m_vocab(vocab) {}

    Result<Plan> loadFile(const QString &file) const;
    Result<Plan> loadJson(const QByteArray &json, const QString &fileNameForMessages) const;

    static constexpr int FormatVersion = 1;

private:
    Plan parse(const QByteArray &json) const; // throws PlanFormatError
    std::vector<ReportingWindow> readWindows(
        const detail::Reader &root, const std::function<Condition(const QString &, const QString &)> &named) const;
    const FactVocabulary &m_vocab;
};

} // namespace cd
