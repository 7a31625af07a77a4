#include "journal/EntryTimeRule.h"

#include "journal/ChainHash.h"

#include <QByteArrayMatcher>
#include <QMutex>
#include <QSettings>

#include <cstring>

namespace cd {
namespace {

QMutex g_policyLock;
std::optional<EntryTimeRule::Policy> g_policy;

// "2 d 5 min", "47 s": the non-zero parts, largest first.
QString span(qint64 seconds)
{
    QStringList parts;
    const qint64 d = seconds / 86400, h = (seconds / 3600) % 24, m = (seconds / 60) % 60, s = seconds % 60;
    if (d)
        parts << QStringLiteral("%1 d").arg(d);
    if (h)
        parts << QStringLiteral("%1 h").arg(h);
    if (m)
        parts << QStringLiteral("%1 min").arg(m);
    if (s || parts.isEmpty())
        parts << QStringLiteral("%1 s").arg(s);
    return parts.join(QLatin1Char(' '));
}

} // namespace

bool EntryTimeRule::isImported(const QJsonObject &payload)
{
    return payload.value(QLatin1String("source")).toString() == QLatin1String("import");
}

EntryTimeRule::Policy EntryTimeRule::policy()
{
    QMutexLocker lock(&g_policyLock);
    if (!g_policy) {
        Policy p;
        const QSettings settings;
        bool ok = false;
        const double minutes = settings.value(QStringLiteral("journal/lateEntryToleranceMinutes")).toDouble(&ok);
        if (ok && minutes >= 0 && minutes <= 24 * 60)
            p.toleranceSeconds = qint64(minutes * 60);
        const qint64 skew = settings.value(QStringLiteral("journal/clockSkewSeconds")).toLongLong(&ok);
        if (ok && skew >= 0 && skew <= 3600)
            p.skewSeconds = skew;
        g_policy = p;
    }
    return *g_policy;
}

void EntryTimeRule::setPolicy(const Policy &policy)
{
    QMutexLocker lock(&g_policyLock);
    g_policy = policy;
}

std::optional<QString> EntryTimeRule::apply(NewEvent &event, const QDateTime &entered, const Policy &policy)
{
    const QLatin1String reasonKey(ReasonField), delayKey(DelayField);
    if (event.payload.contains(delayKey))
        return QStringLiteral("payload.%1: set by the journal (how late an entry was made), not by the caller").arg(delayKey);
    if (event.payload.contains(reasonKey) && !event.payload.value(reasonKey).isString())
        return QStringLiteral("payload.%1: must be text").arg(reasonKey);
    if (!event.at.isValid())
        return std::nullopt; // reported as missing by the journal
    const QDateTime reference = event.enteredAt.isValid() ? event.enteredAt : entered;
    if (!reference.isValid())
        return std::nullopt;
    const qint64 delay = event.at.secsTo(reference); // negative: dated after its entry
    if (-delay > policy.skewSeconds)
        return QStringLiteral("at: %1 is %2 after the time of entry %3: an event cannot be recorded before it happens "
                              "(clock differences up to %4 are allowed)")
            .arg(ChainHash::timeText(event.at), span(-delay), ChainHash::timeText(reference), span(policy.skewSeconds));
    if (delay <= policy.toleranceSeconds || event.kind == QLatin1String("reported") || isImported(event.payload))
        return std::nullopt; // an imported register's history is old by nature, not entered late
    if (event.payload.value(reasonKey).toString().trimmed().isEmpty())
        return QStringLiteral("payload.%1: required: the event happened %2 before it is entered (more than the %3 allowed), "
                              "so it is a late entry (补录) and needs a reason")
            .arg(reasonKey, span(delay), span(policy.toleranceSeconds));
    event.payload.insert(delayKey, delay);
    return std::nullopt;
}

EntryTimeRule::LateEntry EntryTimeRule::of(const StoredEvent &event, bool exerciseIncident, const Policy &policy)
{
    if (event.kind == QLatin1String("reported"))
        return {};
    return of(event, event.payload(), exerciseIncident, policy);
}

EntryTimeRule::LateEntry EntryTimeRule::of(const StoredEvent &event, const QJsonObject &p, bool exerciseIncident, const Policy &policy)
{
    LateEntry out;
    if (event.kind == QLatin1String("reported"))
        return out;
    if (isImported(p))
        return out;
    if (p.value(QLatin1String(DelayField)).isDouble()) {
        out.late = true;
        out.delaySeconds = p.value(QLatin1String(DelayField)).toInteger();
        out.reason = p.value(QLatin1String(ReasonField)).toString();
        return out;
    }
    // Written before the rule: a live event's entry time is real time and says it all. (A
    // drill's entry time is real time too, not drill time: it cannot be judged afterwards.)
    if (!exerciseIncident && event.eventTime.isValid() && event.entryTime.isValid() &&
        event.eventTime.secsTo(event.entryTime) > policy.toleranceSeconds) {
        out.late = true;
        out.delaySeconds = event.eventTime.secsTo(event.entryTime);
        out.reason = p.value(QLatin1String(ReasonField)).toString();
    }
    return out;
}

bool EntryTimeRule::needsPayload(const StoredEvent &event, bool exerciseIncident, const Policy &policy)
{
    if (event.kind == QLatin1String("reported"))
        return false;
    if (!exerciseIncident && event.eventTime.isValid() && event.entryTime.isValid() &&
        event.eventTime.secsTo(event.entryTime) > policy.toleranceSeconds)
        return true; // late by its times: the reason is in the payload
    // A key is written out in full unless escaped: look for the name, and for any \u escape.
    // One matcher built once (QByteArray::contains built its table on every call), and a
    // backslash looked for with memchr: two naive finds were a third of a 100k-event fold.
    static const QByteArrayMatcher quotedDelayKey('"' + QByteArray(DelayField) + '"');
    const char *text = event.payloadText.constData();
    const qsizetype size = event.payloadText.size();
    if (quotedDelayKey.indexIn(text, size) >= 0)
        return true;
    for (const char *slash = text; (slash = static_cast<const char *>(std::memchr(slash, '\\', size_t(text + size - slash)))) != nullptr; ++slash)
        if (slash + 1 < text + size && slash[1] == 'u')
            return true;
    return false;
}

QString EntryTimeRule::delayText(qint64 seconds)
{
    const qint64 d = seconds / 86400, h = (seconds / 3600) % 24, m = (seconds / 60) % 60;
    if (d > 0)
        return h > 0 ? QStringLiteral("%1 天 %2 小时").arg(d).arg(h) : QStringLiteral("%1 天").arg(d);
    if (h > 0)
        return m > 0 ? QStringLiteral("%1 小时 %2 分钟").arg(h).arg(m) : QStringLiteral("%1 小时").arg(h);
    return QStringLiteral("%1 分钟").arg(std::max<qint64>(1, m));
}

} // namespace cd
