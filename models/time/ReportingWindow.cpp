#include "time/ReportingWindow.h"

namespace cd {

namespace {
const std::pair<ReportingWindow::Kind, const char *> KindNames[] = {
    {ReportingWindow::Kind::Minutes, "minutes"},         {ReportingWindow::Kind::WorkingDays, "working_days"},
    {ReportingWindow::Kind::Immediate, "immediate"},     {ReportingWindow::Kind::Timely, "timely"},
    {ReportingWindow::Kind::Requirement, "requirement"},
};
} // namespace

QString windowKindName(ReportingWindow::Kind kind)
{
    for (const auto &[k, name] : KindNames)
        if (k == kind)
            return QLatin1String(name);
    return {};
}

std::optional<ReportingWindow::Kind> windowKindFromName(const QString &name)
{
    for (const auto &[k, n] : KindNames)
        if (name == QLatin1String(n))
            return k;
    return std::nullopt;
}

} // namespace cd
