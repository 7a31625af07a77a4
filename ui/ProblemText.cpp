#include "ProblemText.h"

#include "DataLanguage.h"
#include "journal/EventKinds.h"
#include "journal/Roles.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <functional>

namespace cd::ProblemText {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("cd::ProblemText", text); }

QString roleName(const QString &id)
{
    const auto role = Roles::fromId(id.trimmed());
    return role ? Roles::label(*role) : id.trimmed();
}

QString roleNames(const QString &ids) // "shift_leader, commander" → "带班领导、指挥长"
{
    QStringList names;
    for (const QString &id : ids.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (id.trimmed() != QLatin1String("none")) // the server's word when no role may
            names << roleName(id);
    return names.isEmpty() ? tr("none") : names.join(QStringLiteral("、"));
}

QString kindName(const QString &kind)
{
    const QString label = EventKinds::label(kind.trimmed());
    return label.isEmpty() ? kind.trimmed() : label;
}

// "1 h 5 min", "2 d 3 h", "30 s" → "1小时5分钟"
QString spanText(QString span)
{
    static const QRegularExpression unit(QStringLiteral("(\\d+) (d|h|min|s)\\b"));
    QString out;
    auto it = unit.globalMatch(span);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString u = m.captured(2);
        out += m.captured(1) + (u == QLatin1String("d") ? QStringLiteral("天") : u == QLatin1String("h") ? QStringLiteral("小时")
                                                          : u == QLatin1String("min")                     ? QStringLiteral("分钟")
                                                                                                          : QStringLiteral("秒"));
    }
    return out.isEmpty() ? span : out;
}

struct Pattern {
    QRegularExpression match;
    std::function<QString(const QRegularExpressionMatch &)> say;
};

QString server(const QString &text); // what the shared journal's server said

const QList<Pattern> &patterns()
{
    static const QList<Pattern> all{
        {QRegularExpression(QStringLiteral("^event (\\d+) of (\\d+): (.*)$")), [](const auto &m) {
             return tr("Event %1 of %2: %3").arg(m.captured(1), m.captured(2), forDesk(m.captured(3)));
         }},
        {QRegularExpression(QStringLiteral("^the shared journal (.+) cannot be reached \\(offline\\): (.*)\\. Nothing was written; "
                                           "CommandDesk reconnects by itself\\.$"),
                            QRegularExpression::DotMatchesEverythingOption),
         [](const auto &m) {
             return tr("The shared journal %1 cannot be reached (offline). Nothing was written; CommandDesk reconnects by itself.\n\n%2")
                 .arg(m.captured(1), m.captured(2));
         }},
        {QRegularExpression(QStringLiteral("^refused by (.+?): (.*?)\\.? Nothing was written\\.$")),
         [](const auto &m) { return tr("Refused by %1: %2. Nothing was written.").arg(m.captured(1), server(m.captured(2))); }},
        {QRegularExpression(QStringLiteral("^(\\S+) has the role (\\w+) \\((.*)\\) and may not record (\\w+) \\((.*)\\); needed: (.*)\\. "
                                           "Nothing was written\\.$")),
         [](const auto &m) {
             return tr("The account %1 has the role %2 and may not record %3; roles that may: %4. Nothing was written.")
                 .arg(m.captured(1), roleName(m.captured(2)), kindName(m.captured(4)), roleNames(m.captured(6)));
         }},
        {QRegularExpression(QStringLiteral("^(\\S+) is the liaison of (.+) and may not record duties of (.*)\\. Nothing was written\\.$")),
         [](const auto &m) {
             return tr("%1 is the liaison of %2 and may not record the duties of %3. Nothing was written.")
                 .arg(m.captured(1), m.captured(2), m.captured(3).isEmpty() ? tr("another agency") : m.captured(3));
         }},
        {QRegularExpression(QStringLiteral("^the account (\\S+) is disabled or has no CommandDesk account\\. Nothing was written\\.$")),
         [](const auto &m) { return tr("The account %1 is disabled or has no CommandDesk account. Nothing was written.").arg(m.captured(1)); }},
        {QRegularExpression(QStringLiteral("^(.+) has operator accounts: sign in first.*$")),
         [](const auto &m) { return tr("%1 has operator accounts: sign in first. Nothing was written.").arg(m.captured(1)); }},
        {QRegularExpression(QStringLiteral("^(.+) is locked by another program \\(waited (\\S+) s\\)\\. Nothing was written\\..*$")),
         [](const auto &m) {
             return tr("%1 is locked by another program (waited %2 s). Nothing was written. Close the other program using this "
                       "database (another CommandDesk, sqlite3 …) and try again.")
                 .arg(m.captured(1), m.captured(2));
         }},
        {QRegularExpression(QStringLiteral("^(.+) is read-only for this account\\. Nothing was written\\..*$")),
         [](const auto &m) {
             return tr("%1 is read-only for this account. Nothing was written. Check the file's permissions, or copy the database "
                       "somewhere writable.")
                 .arg(m.captured(1));
         }},
        {QRegularExpression(QStringLiteral("^(.+): recorded up to event (\\d+), but the server did not confirm that it reached its "
                                           "disk \\((.*)\\)\\. It is on the timeline: do not enter it again\\.$")),
         [](const auto &m) {
             return tr("%1: recorded up to event %2, but the server did not confirm that it reached its disk (%3). It is on the "
                       "timeline: do not enter it again.")
                 .arg(m.captured(1), m.captured(2), m.captured(3));
         }},
        {QRegularExpression(QStringLiteral("^(.+) did not answer within (\\d+) s and the connection was cut \\(offline\\)\\. Whether "
                                           "this entry was recorded is not known.*$")),
         [](const auto &m) {
             return tr("%1 did not answer within %2 s and the connection was cut (offline). Whether this entry was recorded is not "
                       "known: CommandDesk reconnects by itself and the timeline shows it if it was; look there before entering it "
                       "again.")
                 .arg(m.captured(1), m.captured(2));
         }},
        {QRegularExpression(QStringLiteral("^(.+): the disk is full .*$")), [](const auto &m) {
             return tr("%1: the disk is full (or the database reached its size limit). This entry was NOT recorded; the earlier "
                       "entries are safe. Free disk space, then enter it again.")
                 .arg(m.captured(1));
         }},
        {QRegularExpression(QStringLiteral("^payload\\.\\w+: required: the event happened (.+) before it is entered \\(more than "
                                           "the (.+) allowed\\), so it is a late entry.*$")),
         [](const auto &m) {
             return tr("The event happened %1 before it is entered (more than the %2 allowed): it is a late entry (补录) and needs a "
                       "reason.")
                 .arg(spanText(m.captured(1)), spanText(m.captured(2)));
         }},
        {QRegularExpression(QStringLiteral("^at: (\\S+) is (.+) after the time of entry (\\S+): an event cannot be recorded before it "
                                           "happens \\(clock differences up to (.+) are allowed\\)$")),
         [](const auto &m) {
             return tr("The event time is %1 after the time of entry: an event cannot be recorded before it happens (clock "
                       "differences up to %2 are allowed). Check the time entered and this computer's clock.")
                 .arg(spanText(m.captured(2)), spanText(m.captured(4)));
         }},
    };
    return all;
}

QString server(const QString &text)
{
    static const QRegularExpression role(QStringLiteral("^the role (\\w+) may not record (\\w+); needed: (.*)$")),
        liaison(QStringLiteral("^(\\S+) is the liaison of (.+), not of (.*)$")),
        disabled(QStringLiteral("^the account (\\S+) is disabled$")),
        noAccount(QStringLiteral("^the database login (\\S+) has no CommandDesk account$")),
        scope(QStringLiteral("^(\\w+) may not be recorded under incident (\\d+) .*$"));
    if (const auto m = role.match(text); m.hasMatch())
        return tr("the role %1 may not record %2; roles that may: %3").arg(roleName(m.captured(1)), kindName(m.captured(2)), roleNames(m.captured(3)));
    if (const auto m = liaison.match(text); m.hasMatch())
        return tr("%1 is the liaison of %2, not of %3")
            .arg(m.captured(1), m.captured(2), m.captured(3) == QLatin1String("<NULL>") ? tr("another agency") : m.captured(3));
    if (const auto m = disabled.match(text); m.hasMatch())
        return tr("the account %1 is disabled").arg(m.captured(1));
    if (const auto m = noAccount.match(text); m.hasMatch())
        return tr("the database login %1 has no CommandDesk account").arg(m.captured(1));
    if (const auto m = scope.match(text); m.hasMatch())
        return tr("%1 may not be recorded under incident %2 (0 is the centre's register)").arg(kindName(m.captured(1)), m.captured(2));
    return text;
}

} // namespace

QString forDesk(const QString &message)
{
    if (DataLanguage::isEnglish() || message.isEmpty())
        return message;
    const QString trimmed = message.trimmed();
    for (const Pattern &p : patterns())
        if (const auto m = p.match.match(trimmed); m.hasMatch())
            return p.say(m);
    // Already the desk's own words (a tr() message, a plan's text): as it is.
    static const QRegularExpression han(QStringLiteral("^[^A-Za-z]*\\p{Han}"));
    if (han.match(trimmed).hasMatch())
        return message;
    return tr("The action did not go through. What the journal said (in English):") + QStringLiteral("\n\n") + message;
}

} // namespace cd::ProblemText
