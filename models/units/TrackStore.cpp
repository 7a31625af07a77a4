#include "units/TrackStore.h"

#include "journal/ChainHash.h"
#include "journal/JournalStore.h"

#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace cd {

TrackStore::TrackStore(JournalStore &store)
    : m_store(store)
{
}

Result<int> TrackStore::append(const QList<UnitFix> &fixes, const QString &source)
{
    if (fixes.isEmpty())
        return 0;
    QSqlDatabase db = QSqlDatabase::database(m_store.connectionName());
    const QString where = m_store.location().display();
    if (!db.transaction())
        return Result<int>::failure(QStringLiteral("%1: storing positions: %2").arg(where, db.lastError().text()));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO unit_fixes (unit, fix_time, lat, lon, speed_mps, heading_deg, source) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    auto optional = [](const QGeoPositionInfo &i, QGeoPositionInfo::Attribute a) {
        return i.hasAttribute(a) && !std::isnan(i.attribute(a)) ? QVariant(i.attribute(a)) : QVariant(QMetaType(QMetaType::Double));
    };
    for (const UnitFix &f : fixes) {
        q.addBindValue(f.unit);
        q.addBindValue(ChainHash::timeText(f.info.timestamp()));
        q.addBindValue(f.info.coordinate().latitude());
        q.addBindValue(f.info.coordinate().longitude());
        q.addBindValue(optional(f.info, QGeoPositionInfo::GroundSpeed));
        q.addBindValue(optional(f.info, QGeoPositionInfo::Direction));
        q.addBindValue(source);
        if (!q.exec()) {
            const QString e = q.lastError().text();
            db.rollback();
            return Result<int>::failure(QStringLiteral("%1: storing positions: %2").arg(where, e));
        }
    }
    if (!db.commit())
        return Result<int>::failure(QStringLiteral("%1: storing positions: %2").arg(where, db.lastError().text()));
    return int(fixes.size());
}

Result<QList<QGeoPositionInfo>> TrackStore::track(const QString &unit, const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT fix_time, lat, lon, speed_mps, heading_deg FROM unit_fixes "
                             "WHERE unit = ? AND fix_time >= ? AND fix_time <= ? ORDER BY fix_time"));
    q.addBindValue(unit);
    q.addBindValue(ChainHash::timeText(from.toUTC()));
    q.addBindValue(ChainHash::timeText(to.toUTC()));
    if (!q.exec())
        return Result<QList<QGeoPositionInfo>>::failure(QStringLiteral("%1: reading track of %2: %3").arg(m_store.location().display(), unit, q.lastError().text()));
    QList<QGeoPositionInfo> out;
    while (q.next()) {
        QGeoPositionInfo i(QGeoCoordinate(q.value(1).toDouble(), q.value(2).toDouble()), ChainHash::parseTimeText(q.value(0).toString()));
        if (!q.value(3).isNull())
            i.setAttribute(QGeoPositionInfo::GroundSpeed, q.value(3).toDouble());
        if (!q.value(4).isNull())
            i.setAttribute(QGeoPositionInfo::Direction, q.value(4).toDouble());
        out << i;
    }
    return out;
}

Result<QList<UnitFix>> TrackStore::fixesAfter(const QDateTime &after) const
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT unit, fix_time, lat, lon, speed_mps, heading_deg FROM unit_fixes WHERE fix_time > ? ORDER BY fix_time"));
    q.addBindValue(ChainHash::timeText(after.toUTC()));
    if (!q.exec())
        return Result<QList<UnitFix>>::failure(QStringLiteral("%1: reading positions: %2").arg(m_store.location().display(), q.lastError().text()));
    QList<UnitFix> out;
    while (q.next()) {
        QGeoPositionInfo i(QGeoCoordinate(q.value(2).toDouble(), q.value(3).toDouble()), ChainHash::parseTimeText(q.value(1).toString()));
        if (!q.value(4).isNull())
            i.setAttribute(QGeoPositionInfo::GroundSpeed, q.value(4).toDouble());
        if (!q.value(5).isNull())
            i.setAttribute(QGeoPositionInfo::Direction, q.value(5).toDouble());
        out << UnitFix{q.value(0).toString(), i};
    }
    return out;
}

int TrackStore::retentionDays()
{
    bool ok = false;
    const int days = QSettings().value(QStringLiteral("units/trackRetentionDays")).toInt(&ok);
    return ok && days >= 1 && days <= 3650 ? days : RetentionDays;
}

Result<int> TrackStore::pruneBefore(const QDateTime &cutoff)
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
    q.prepare(QStringLiteral("DELETE FROM unit_fixes WHERE fix_time < ?"));
    q.addBindValue(ChainHash::timeText(cutoff.toUTC()));
    if (!q.exec())
        return Result<int>::failure(QStringLiteral("%1: pruning old positions: %2").arg(m_store.location().display(), q.lastError().text()));
    return q.numRowsAffected();
}

} // namespace cd
