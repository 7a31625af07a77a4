#pragma once

#include "core/Result.h"
#include "units/PositionFeed.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QIODevice;
class QNmeaPositionInfoSource;

namespace cd {

// One unit's positions through Qt Positioning: a QNmeaPositionInfoSource over
//   - a TCP connection to a vehicle terminal or a gateway ("tcp:HOST:PORT", real time),
//   - a serial receiver ("serial:/dev/ttyUSB0", real time; the line's speed is set with
//     stty beforehand, as Debian's gpsd documentation does),
//   - a recorded log ("log:FILE", simulation: replayed at the pace of its own timestamps).
// The fixes Qt Positioning gives go through the same impossible-jump check as PositionFeed
// and come out as UnitFix, the input of UnitTracker and UnitPositions. A multiplexed gateway
// feed ($PCDU tags) is read line by line with PositionFeed instead (UnitFeedReader).
class NmeaUnitSource final : public QObject {
    Q_OBJECT
public:
    static Result<std::unique_ptr<NmeaUnitSource>> open(const QString &unit, const QString &where, QObject *parent = nullptr);
    // Over any device (tests, a gateway's per-unit stream); takes ownership of it.
    NmeaUnitSource(QString unit, QIODevice *device, bool simulation, QObject *parent = nullptr);
    ~NmeaUnitSource() override;
    void start();
    const QString &unit() const { return m_unit; }
    qint64 fixes() const { return m_fixes; }
    qint64 dropped() const { return m_dropped; } // impossible jumps and going back in time

Q_SIGNALS:
    void fix(const cd::UnitFix &fix);
    void failed(const QString &message);

private:
    void accept(const QGeoPositionInfo &info);
    QString m_unit;
    QIODevice *m_device;
    QNmeaPositionInfoSource *m_source;
    QGeoPositionInfo m_last;
    qint64 m_fixes = 0;
    qint64 m_dropped = 0;
};

} // namespace cd
