#include "report/ReportKind.h"

namespace cd {

std::optional<ReportKind> reportKindFromName(const QString &name)
{
    if (name == QLatin1String("initial"))
        return ReportKind::Initial;
    if (name == QLatin1String("followup"))
        return ReportKind::FollowUp;
    if (name == QLatin1String("final"))
        return ReportKind::Final;
    if (name == QLatin1String("disposal"))
        return ReportKind::Disposal;
    return std::nullopt;
}

QString reportKindName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Initial:
        return QStringLiteral("initial");
    case ReportKind::FollowUp:
        return QStringLiteral("followup");
    case ReportKind::Final:
        return QStringLiteral("final");
    case ReportKind::Disposal:
        return QStringLiteral("disposal");
    }
    return {};
}

QString reportKindTitle(ReportKind kind, int number)
{
    switch (kind) {
    case ReportKind::Initial:
        return QStringLiteral("首报");
    case ReportKind::FollowUp:
        return QStringLiteral("续报(第%1期)").arg(number);
    case ReportKind::Final:
        return QStringLiteral("终报");
    case ReportKind::Disposal:
        return QStringLiteral("处置报告");
    }
    return {};
}

} // namespace cd
