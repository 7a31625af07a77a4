#pragma once

#include <QString>

#include <optional>

namespace cd {

// 首报, 续报 (numbered), 终报 (85号 5.1.2(2)(5)), and the disposal report of 86号 5.1(2).
enum class ReportKind { Initial, FollowUp, Final, Disposal };

std::optional<ReportKind> reportKindFromName(const QString &name); // initial|followup|final|disposal
QString reportKindName(ReportKind kind);
QString reportKindTitle(ReportKind kind, int number); // "首报", "续报(第2期)", …

// The typeface of printed reports. WenQuanYi Zen Hei rather than Noto CJK: Noto maps CJK
// radicals and unified ideographs to one glyph, and Qt's PDF text map then yields radicals
// (⼈ for 人), so officials could not search or copy the text of a report.
namespace ReportFont {
inline QString family() { return QStringLiteral("WenQuanYi Zen Hei"); }
} // namespace ReportFont

} // namespace cd
