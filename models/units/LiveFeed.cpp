#include "units/LiveFeed.h"

#include "time/Clock.h"
#include "units/ArrivalWatch.h"

#include <QFile>
#include <QSocketNotifier>
#include <QTcpSocket>

#include <cerrno>
#include <unistd.h>

namespace cd {

Result<LiveFeed::Source> LiveFeed::parse(const QString &where, const QString &unit)
{
    using R = Result<Source>;
    Source s;
    s.unit = unit.trimmed();
    const QString w = where.trimmed();
    if (w.startsWith(QLatin1String("tcp:"))) {
        s.kind = Kind::Tcp;
        const QString rest = w.mid(4);
        const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const uint port = colon > 0 ? rest.mid(colon + 1).toUInt(&ok) : 0;
        if (colon <= 0 || !ok || port == 0 || port > 65535)
            return R::failure(QStringLiteral("%1: expected tcp:HOST:PORT (port 1 to 65535)").arg(w));
        s.host = rest.left(colon);
        s.port = quint16(port);
        return s;
    }
    if (w.startsWith(QLatin1String("serial:")) || w.startsWith(QLatin1String("log:"))) {
        s.kind = w.startsWith(QLatin1String("serial:")) ? Kind::Serial : Kind::Log;
        s.path = w.mid(s.kind == Kind::Serial ? 7 : 4);
        if (s.path.isEmpty())
            return R::failure(QStringLiteral("%1: the device or file is missing").arg(w));
        return s;
    }
    return R::failure(QStringLiteral("%1: a position source is tcp:HOST:PORT, serial:DEVICE or log:FILE").arg(w.isEmpty() ? QStringLiteral("(empty)") : w));
}

LiveFeed::LiveFeed(ArrivalWatch &watch, const Clock &clock, Source source, QObject *parent)
    : QObject(parent)
    , m_watch(watch)
    , m_clock(clock)
    , m_source(std::move(source))
    , m_feed(m_source.unit, m_source.unit.isEmpty() ? PositionFeed::Tagging::Tagged : PositionFeed::Tagging::Untagged)
{
}

LiveFeed::~LiveFeed() { stop(); }

Result<bool> LiveFeed::start()
{
    stop();
    m_running = true;
    if (m_source.kind == Kind::Tcp) {
        connectTcp();
        return true;
    }
    auto *file = new QFile(m_source.path, this);
    if (!file->open(m_source.kind == Kind::Serial ? QIODevice::ReadOnly | QIODevice::Unbuffered : QIODevice::ReadOnly)) {
        const QString why = file->errorString();
        delete file;
        m_running = false;
        return Result<bool>::failure(QStringLiteral("%1: cannot open: %2").arg(m_source.path, why));
    }
    m_device = file;
    if (m_source.kind == Kind::Serial) {
        // A tty has no end: read whenever the descriptor has bytes.
        m_notifier = std::make_unique<QSocketNotifier>(file->handle(), QSocketNotifier::Read);
        // One read(2) per wake-up: it returns what the line has delivered. (QIODevice::read on an
        // unbuffered file loops for the whole count and would block the desk on a quiet line.)
        connect(m_notifier.get(), &QSocketNotifier::activated, this, [this, fd = file->handle()] {
            char buffer[4096];
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n > 0)
                read(QByteArray(buffer, qsizetype(n)));
            else if (n == 0 || (errno != EAGAIN && errno != EINTR)) { // unplugged: say so, stop reading
                m_notifier->setEnabled(false); // not deleted here: this is its own signal
                Q_EMIT status(tr("%1 closed").arg(m_source.path));
            }
        });
        Q_EMIT status(tr("reading %1").arg(m_source.path));
        return true;
    }
    // Simulation: the whole log through the same checks, then played at its own pace from now.
    const QByteArray log = file->readAll();
    file->close();
    if (m_source.unit.isEmpty() && PositionFeed::taggingOf(log) == PositionFeed::Tagging::Untagged) {
        m_running = false;
        return Result<bool>::failure(QStringLiteral("%1: the log names no unit ($PCDU): choose the unit it belongs to").arg(m_source.path));
    }
    m_log = m_feed.addData(log.endsWith('\n') ? log : log + '\n');
    if (m_log.isEmpty()) {
        m_running = false;
        return Result<bool>::failure(QStringLiteral("%1: no valid fix in the log (%2 lines, %3 dropped)").arg(m_source.path).arg(m_feed.counters().lines).arg(m_feed.counters().dropped()));
    }
    const qint64 shift = m_log.first().info.timestamp().secsTo(m_clock.now());
    for (UnitFix &f : m_log)
        f.info.setTimestamp(f.info.timestamp().addSecs(shift));
    m_next = 0;
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &LiveFeed::pump, Qt::UniqueConnection);
    m_timer.start();
    Q_EMIT status(tr("simulation: %n fix(es) to play", nullptr, int(m_log.size())));
    pump();
    return true;
}

void LiveFeed::stop()
{
    m_timer.stop();
    m_notifier.reset();
    if (m_device) {
        m_device->disconnect(this);
        m_device->close();
        m_device->deleteLater();
    }
    m_device = nullptr;
    m_running = false;
}

void LiveFeed::connectTcp()
{
    auto *socket = new QTcpSocket(this);
    m_device = socket;
    connect(socket, &QTcpSocket::connected, this, [this] { Q_EMIT status(tr("connected to %1:%2").arg(m_source.host).arg(m_source.port)); });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket->readAll()); });
    // Dropped or refused: try again shortly, as long as the operator has not stopped it.
    auto retry = [this, socket] {
        if (!m_running || m_device != socket)
            return;
        Q_EMIT status(tr("%1 — reconnecting in %2 s").arg(socket->errorString()).arg(ReconnectSeconds));
        m_device = nullptr;
        socket->deleteLater();
        QTimer::singleShot(ReconnectSeconds * 1000, this, [this] {
            if (m_running && !m_device)
                connectTcp();
        });
    };
    connect(socket, &QTcpSocket::disconnected, this, retry);
    connect(socket, &QTcpSocket::errorOccurred, this, retry);
    socket->connectToHost(m_source.host, m_source.port);
}

void LiveFeed::read(const QByteArray &data)
{
    deliver(m_feed.addData(data));
}

void LiveFeed::pump()
{
    const QDateTime now = m_clock.now();
    QList<UnitFix> due;
    while (m_next < m_log.size() && m_log.at(m_next).info.timestamp() <= now)
        due << m_log.at(m_next++);
    deliver(due);
    if (m_running && m_source.kind == Kind::Log && m_next >= m_log.size() && m_waiting.isEmpty()) {
        m_timer.stop();
        m_running = false;
        Q_EMIT status(tr("simulation finished"));
    }
}

void LiveFeed::deliver(const QList<UnitFix> &fixes)
{
    if (fixes.isEmpty() && m_waiting.isEmpty())
        return;
    // Held while the shared journal is offline and stored, in order, once it is back: a
    // server restart must not end the feed (and leave a gap in the tracks) until an operator
    // notices and starts it again.
    m_waiting += fixes;
    if (const auto added = m_watch.add(m_waiting); !added) {
        if (m_watch.lastAddWaitsForServer()) {
            if (m_waiting.size() > MaxWaiting) // the oldest go first: where a unit is now matters most
                m_waiting.remove(0, m_waiting.size() - MaxWaiting);
            Q_EMIT status(tr("journal offline: %n fix(es) waiting to be stored", nullptr, int(m_waiting.size())));
            return;
        }
        m_waiting.clear();
        stop();
        Q_EMIT failed(added.error());
        return;
    }
    const int stored = int(m_waiting.size());
    m_waiting.clear();
    Q_EMIT fixesAdded(stored);
}

} // namespace cd
