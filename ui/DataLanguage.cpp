#include "DataLanguage.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cd {
namespace DataLanguage {
namespace {

bool g_english = false;

QString word(const QString &s)
{
    const QString t = QCoreApplication::translate("cd::DataLanguage", s.toUtf8().constData());
    return t;
}

} // namespace

void setEnglish(bool english) { g_english = english; }
bool isEnglish() { return g_english; }

QString text(const QString &s)
{
    if (!g_english || s.isEmpty())
        return s;
    if (const QString w = word(s); w != s)
        return w;
    // A duty acknowledged by a call (issue 17): "张三(电话确认) 值班员甲 11-22 03:15:00".
    if (static const QString phoned = QStringLiteral("(电话确认)"); s.contains(phoned))
        return QString(s).replace(phoned, QStringLiteral(" (by phone)"));
    // The unacknowledged-duty alarm (issue 17): "3个成员单位超过15分钟未确认职责:市公安局、…";
    // the agencies' names are the plans' own and stay as they are.
    static const QRegularExpression duties(QStringLiteral("^(\\d+)个成员单位超过(\\d+)分钟未确认职责:(.*)$"));
    if (const auto m = duties.match(s); m.hasMatch())
        return QStringLiteral("%1 member agencies have not acknowledged their duties within %2 min: %3")
            .arg(m.captured(1), m.captured(2), m.captured(3));
    static const QRegularExpression level(QStringLiteral("^([ⅠⅡⅢⅣ])级$"));
    if (const auto m = level.match(s); m.hasMatch()) {
        static const QString numerals = QStringLiteral("ⅠⅡⅢⅣ");
        static const char *codes[] = {"I", "II", "III", "IV"};
        return QStringLiteral("Level ") + QLatin1String(codes[numerals.indexOf(m.captured(1))]);
    }
    static const QRegularExpression days(QStringLiteral("^(−?)(\\d+)天(\\d\\d:\\d\\d)$"));
    if (const auto m = days.match(s); m.hasMatch())
        return QStringLiteral("%1%2d %3").arg(m.captured(1), m.captured(2), m.captured(3));
    // A milestone with its time: "接报(事件信息到达) 11-26 06:00:42".
    static const QRegularExpression timed(QStringLiteral("^(.+) (\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d)$"));
    if (const auto m = timed.match(s); m.hasMatch())
        return text(m.captured(1)) + QLatin1Char(' ') + m.captured(2);
    // A known word with something around it.
    struct Affix {
        const char *chinese;
        const char *english;
        bool prefix;
    };
    static const Affix affixes[] = {
        {"【演练】", "[Exercise] ", true},  {"(已更正)", " (corrected)", false}, {"结束时超时 ", "overdue at the end by ", true},
        {"结束时剩 ", "left at the end: ", true}, {"逾期 ", "late by ", true},   {" ⚠日历未覆盖", " ⚠ beyond the holiday calendar", false},
        {"(未发生)", " (not yet)", false},   {"起因:", "cause: ", true},          {"情形:", "condition: ", true},
        {"(预计到达晚于时限)", " (expected arrival past due)", false},
        {" 成员单位职责", " member agencies' duties", false}};
    for (const auto &a : affixes) {
        const QString c = QString::fromUtf8(a.chinese);
        if (a.prefix && s.startsWith(c) && s.size() > c.size())
            return QLatin1String(a.english) + text(s.mid(c.size()));
        if (!a.prefix && s.endsWith(c) && s.size() > c.size())
            return text(s.chopped(c.size())) + QLatin1String(a.english);
    }
    return s;
}

} // namespace DataLanguage

QVariant DataLanguageModel::data(const QModelIndex &index, int role) const
{
    const QVariant v = QIdentityProxyModel::data(index, role);
    if ((role == Qt::DisplayRole || role == Qt::ToolTipRole) && DataLanguage::isEnglish() && v.typeId() == QMetaType::QString)
        return DataLanguage::text(v.toString());
    return v;
}

} // namespace cd
