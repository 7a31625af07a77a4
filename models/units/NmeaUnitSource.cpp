#include "units/NmeaUnitSource.h"

#include <QFile>
#include <QNmeaPositionInfoSource>
#include <QTcpSocket>

namespace cd {

Result<std::unique_ptr<NmeaUnitSource>> NmeaUnitSource::open(const QString &unit, const QString &where, QObject *parent)
{
    using R = Result<std::unique_ptr<NmeaUnitSource>>;
    if (where.startsWith(QLatin1String("tcp:"))) {
        const QString hostPort = where.mid(4);
        const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const int port = colon > 0 ? hostPort.mid(colon + 1).toInt(&ok) : 0;
        if (!ok || port < 1 || port > 65535)
            return R::failure(QStringLiteral("%1: expected tcp:HOST:PORT").arg(where));
        auto *socket = new QTcpSocket;
        socket->connectToHost(hostPort.left(colon), quint16(port));
        return R(std::make_unique<NmeaUnitSource>(unit, socket, false, parent));
    }
    const bool serial = where.startsWith(QLatin1String("serial:"));
    const bool log = where.startsWith(QLatin1String("log:"));
    if (!serial && !log)
        return R::failure(QStringLiteral("%1: a position source is tcp:HOST:PORT, serial:DEVICE or log:FILE").arg(where));
    auto *file = new QFile(where.mid(serial ? 7 : 4));
    if (!file->open(QIODevice::ReadOnly)) {
        const QString problem = QStringLiteral("%1: cannot open: %2").arg(file->fileName(), file->errorString());
        delete file;
        return R::failure(problem);
    }
    return R(std::make_unique<NmeaUnitSource>(unit, file, log, parent));
}

NmeaUnitSource::NmeaUnitSource(QString unit, QIODevice *device, bool simulation, QObject *parent)
    : QObject(parent)
    , m_unit(std::move(unit))
    , m_device(device)
    , m_source(new QNmeaPositionInfoSource(simulation ? QNmeaPositionInfoSource::SimulationMode : QNmeaPositionInfoSource::RealTimeMode, this))
{
    m_device->setParent(this);
    m_source->setDevice(m_device);
    connect(m_source, &QGeoPositionInfoSource::positionUpdated, this, &NmeaUnitSource::accept);
    connect(m_source, &QGeoPositionInfoSource::errorOccurred, this, [this](QGeoPositionInfoSource::Error e) {
        if (e != QGeoPositionInfoSource::NoError)
            Q_EMIT failed(QStringLiteral("%1: position source error %2").arg(m_unit).arg(int(e)));
    });
}

NmeaUnitSource::~NmeaUnitSource() = default;

void NmeaUnitSource::start() { m_source->startUpdates(); }

void NmeaUnitSource::accept(const QGeoPositionInfo &info)
{
    if (!info.isValid() || !info.coordinate().isValid())
        return;
    if (m_last.isValid()) {
        const double dt = double(m_last.timestamp().msecsTo(info.timestamp())) / 1000.0;
        if (dt <= 0 || m_last.coordinate().distanceTo(info.coordinate()) / dt > PositionFeed::MaxSpeedMps) {
            ++m_dropped;
            return;
        }
    }
    m_last = info;
    ++m_fixes;
    Q_EMIT fix(UnitFix{m_unit, info});
}

} // namespace cd
