#include "time/ShanghaiTime.h"

#include <QRegularExpression>

namespace cd {

const QTimeZone &shanghaiZone()
{
    static const QTimeZone zone = [] {
        QTimeZone z(QByteArrayLiteral("Asia/Shanghai"));
        return z.isValid() ? z : QTimeZone(8 * 3600);
    }();
    return zone;
}

QDateTime toShanghai(const QDateTime &t) { return t.toTimeZone(shanghaiZone()); }

QDate shanghaiDate(const QDateTime &t) { return toShanghai(t).date(); }

QString isoShanghai(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    // Formatted by hand: Qt prints a named zone's offset as "+08:00" only for OffsetFromUTC.
    return toShanghai(t).toOffsetFromUtc(8 * 3600).toString(Qt::ISODate);
}

QDateTime parseIsoWithOffset(const QString &text)
{
    static const QRegularExpression iso(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$)"));
    if (!iso.match(text).hasMatch())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace cd
