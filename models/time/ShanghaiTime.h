#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace cd {

// Times are stored in UTC and shown and counted in Asia/Shanghai (no DST since 1991, so a
// fixed +08:00 is the fallback when the system has no zone database).
const QTimeZone &shanghaiZone();
QDateTime toShanghai(const QDateTime &t);
QDate shanghaiDate(const QDateTime &t);
// ISO 8601 with the +08:00 offset, e.g. "2026-11-24T23:59:59+08:00".
QString isoShanghai(const QDateTime &t);
// Parses ISO 8601 that carries an offset (or Z); invalid QDateTime otherwise.
QDateTime parseIsoWithOffset(const QString &text);

} // namespace cd
