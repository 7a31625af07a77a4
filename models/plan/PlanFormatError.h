#pragma once

#include <QString>

#include <stdexcept>

namespace cd {

// Thrown while reading a plan file; caught by PlanLoader, which adds the file name. The JSON
// path uses $.a.b[2] notation so that an editor of the file can go straight to the place.
class PlanFormatError : public std::runtime_error {
public:
    PlanFormatError(QString jsonPath, QString problem)
        : std::runtime_error(problem.toStdString()), m_path(std::move(jsonPath)), m_problem(std::move(problem))
    {
    }
    const QString &jsonPath() const { return m_path; }
    const QString &problem() const { return m_problem; }

private:
    QString m_path;
    QString m_problem;
};

} // namespace cd
