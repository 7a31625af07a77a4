// The desk's live position sources (issue 16): a TCP gateway with $PCDU tags and a recorded log
// replayed as a live feed both reach the geofence through ArrivalWatch. Expected: from 1005 m
// at 36 km/h (10 m/s) the unit is 295 m out, inside the 300 m fence, 71 s after it sets off.
#include "JournalFixture.h"
#include "drill/UnitMovements.h"
#include "units/ArrivalWatch.h"
#include "units/DemoUnits.h"
#include "units/LiveFeed.h"
#include "units/TrackStore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <fcntl.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

namespace {

const QGeoCoordinate Scene(28.4517, 119.9229);

QByteArray drive(const QDateTime &start)
{
    cd::UnitMovement m;
    m.unit = QStringLiteral("LS-RS-01");
    m.dwellMinutes = 1;
    m.route = {{Scene.atDistanceAndAzimuth(1005, 180), 0}, {Scene, 36}};
    return cd::UnitMovements::nmea({m}, start);
}

struct Desk {
    JournalFixture f;
    qint64 incident = 0;
    QDateTime dispatchedAt;
    Desk()
    {
        QList<cd::NewEvent> roster;
        for (const cd::Unit &u : cd::DemoUnits::lishui().value())
            roster << cd::NewEvent{cd::CentreRegisterId, QStringLiteral("unit_added"), u.toPayload(), f.clock.now(), {}};
        if (!f.journal->appendBatch(roster))
            qFatal("roster");
        const QJsonObject facts{{QStringLiteral("cause"), QStringLiteral("wage_arrears")}, {QStringLiteral("participants"), 60},
                                {QStringLiteral("location"), QJsonObject{{QStringLiteral("lat"), Scene.latitude()}, {QStringLiteral("lon"), Scene.longitude()}}}};
        incident = f.journal->createIncident(QStringLiteral("测试"), false, facts, f.clock.now()).value();
        dispatchedAt = f.clock.now();
        if (!f.journal->append({incident, QStringLiteral("dispatched"), {{QStringLiteral("units"), QJsonArray{QStringLiteral("LS-RS-01")}}}, dispatchedAt, {}}))
            qFatal("dispatch");
    }
    QList<cd::StoredEvent> arrivals() const
    {
        QList<cd::StoredEvent> out;
        for (const auto &e : f.journal->events(incident).value())
            if (e.kind == QLatin1String("arrived"))
                out << e;
        return out;
    }
};

} // namespace

class TestLiveFeed : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesWhatTheOperatorTyped();
    void gatewayOverTcpRecordsArrival();
    void recordedLogPlaysAsALiveFeed();
    void offlineJournalHoldsTheFixesUntilBack();
    void serialReceiverOfOneUnit();
};

void TestLiveFeed::parsesWhatTheOperatorTyped()
{
    const auto tcp = cd::LiveFeed::parse(QStringLiteral(" tcp:10.0.0.5:4001 "));
    QVERIFY(tcp.ok());
    QCOMPARE(tcp->host, QStringLiteral("10.0.0.5"));
    QCOMPARE(tcp->port, quint16(4001));
    QVERIFY(tcp->unit.isEmpty());
    QVERIFY(cd::LiveFeed::parse(QStringLiteral("tcp:gateway")).error().contains(QStringLiteral("tcp:gateway: expected tcp:HOST:PORT")));
    QVERIFY(cd::LiveFeed::parse(QStringLiteral("tcp:gw:70000")).error().contains(QStringLiteral("port 1 to 65535")));
    QVERIFY(cd::LiveFeed::parse(QStringLiteral("serial:")).error().contains(QStringLiteral("device or file is missing")));
    QVERIFY(cd::LiveFeed::parse(QStringLiteral("ftp:x")).error().contains(QStringLiteral("tcp:HOST:PORT, serial:DEVICE or log:FILE")));
    const auto serial = cd::LiveFeed::parse(QStringLiteral("serial:/dev/ttyUSB0"), QStringLiteral("LS-GA-01"));
    QCOMPARE(serial->kind, cd::LiveFeed::Kind::Serial);
    QCOMPARE(serial->path, QStringLiteral("/dev/ttyUSB0"));
    QCOMPARE(serial->unit, QStringLiteral("LS-GA-01"));
}

void TestLiveFeed::gatewayOverTcpRecordsArrival()
{
    Desk d;
    // The gateway's stream, with a corrupted sentence mixed in; the desk's clock two minutes on,
    // past the 30 s dwell of the arrival.
    QByteArray stream = drive(d.dispatchedAt);
    stream.insert(stream.indexOf("$GPRMC", 2000), "$GPRMC,000000.00,A,2826.0000,N,11955.0000,E,0.0,0.0,010126,,,A*00\r\n");
    d.f.clock.advance(120);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *peer = server.nextPendingConnection();
        peer->write(stream);
        peer->flush();
    });
    cd::ArrivalWatch watch(*d.f.journal, *testLibrary(), cd::WorkCalendar::builtin(), QStringLiteral("gateway"));
    cd::LiveFeed feed(watch, d.f.clock, cd::LiveFeed::parse(QStringLiteral("tcp:127.0.0.1:%1").arg(server.serverPort())).value());
    QSignalSpy status(&feed, &cd::LiveFeed::status);
    QVERIFY(feed.start().ok());
    QTRY_COMPARE(feed.counters().fixes, 1 + 101 + 60); // at the start, 100 s on the way and the last point, a minute there
    QCOMPARE(feed.counters().badChecksum, 1);
    const auto arrived = d.arrivals();
    QCOMPARE(arrived.size(), 1);
    QCOMPARE(arrived.first().eventTime, d.dispatchedAt.addSecs(71));
    QCOMPARE(arrived.first().payload().value(QStringLiteral("source")).toString(), QStringLiteral("geofence"));
    QVERIFY(status.size() >= 1 && status.first().first().toString().contains(QStringLiteral("127.0.0.1")));
    // Stored in the track table for the map and replay.
    QCOMPARE(cd::TrackStore(d.f.journal->store()).track(QStringLiteral("LS-RS-01"), d.dispatchedAt, d.dispatchedAt.addSecs(600)).value().size(), 162);
    feed.stop();
    QVERIFY(!feed.isRunning());
}

void TestLiveFeed::recordedLogPlaysAsALiveFeed()
{
    Desk d;
    // Recorded on another day; played from now, a second at a time.
    const QDateTime recorded = JournalFixture::at("2025-06-01T08:00:00+08:00");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("drive.nmea"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(drive(recorded));
    out.close();
    cd::ArrivalWatch watch(*d.f.journal, *testLibrary(), cd::WorkCalendar::builtin(), QStringLiteral("simulation"));
    cd::LiveFeed feed(watch, d.f.clock, cd::LiveFeed::parse(QStringLiteral("log:") + path).value());
    QVERIFY(feed.start().ok());
    QCOMPARE(feed.pending(), 162 - 1); // the first fix is played at once
    for (int s = 0; s < 200 && feed.isRunning(); ++s) {
        d.f.clock.advance(1);
        feed.pump();
    }
    QVERIFY(!feed.isRunning());
    const auto arrived = d.arrivals();
    QCOMPARE(arrived.size(), 1);
    QCOMPARE(arrived.first().eventTime, d.dispatchedAt.addSecs(71)); // today, not the day it was recorded
    QCOMPARE(arrived.first().entryTime, d.dispatchedAt.addSecs(71 + 30));

    // A log of one unit without tags needs the unit named.
    QFile plain(dir.filePath(QStringLiteral("plain.nmea")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write(drive(recorded).replace("$PCDU,LS-RS-01*", "$GPTXT,xx*"));
    plain.close();
    cd::LiveFeed untagged(watch, d.f.clock, cd::LiveFeed::parse(QStringLiteral("log:") + plain.fileName()).value());
    QVERIFY(untagged.start().error().contains(QStringLiteral("plain.nmea: the log names no unit")));
    QVERIFY(cd::LiveFeed(watch, d.f.clock, cd::LiveFeed::parse(QStringLiteral("log:/nonexistent.nmea")).value()).start().error().contains(QStringLiteral("/nonexistent.nmea: cannot open")));
}

void TestLiveFeed::offlineJournalHoldsTheFixesUntilBack()
{
    // The shared journal goes offline for 40 s of the drive: the feed keeps running and holds
    // what it receives, then stores all of it, once each and in order, when it is back.
    Desk d;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("drive.nmea"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(drive(JournalFixture::at("2025-06-01T08:00:00+08:00")));
    out.close();
    cd::ArrivalWatch watch(*d.f.journal, *testLibrary(), cd::WorkCalendar::builtin(), QStringLiteral("simulation"));
    cd::LiveFeed feed(watch, d.f.clock, cd::LiveFeed::parse(QStringLiteral("log:") + path).value());
    QSignalSpy status(&feed, &cd::LiveFeed::status);
    QSignalSpy failed(&feed, &cd::LiveFeed::failed);
    QVERIFY(feed.start().ok());
    auto play = [&](int seconds) {
        for (int s = 0; s < seconds; ++s) {
            d.f.clock.advance(1);
            feed.pump();
        }
    };
    auto stored = [&] {
        return cd::TrackStore(d.f.journal->store()).track(QStringLiteral("LS-RS-01"), d.dispatchedAt.addSecs(-60), d.dispatchedAt.addSecs(600)).value().size();
    };
    play(20);
    QCOMPARE(stored(), 21); // the first fix and 20 s
    d.f.journal->setServerUnreachable(QStringLiteral("the server did not answer within 3 s"));
    play(40);
    QVERIFY(feed.isRunning());
    QVERIFY(failed.isEmpty());
    QCOMPARE(stored(), 21);
    QCOMPARE(status.last().first().toString(), QStringLiteral("journal offline: 40 fix(es) waiting to be stored"));
    d.f.journal->setServerUnreachable(std::nullopt);
    play(1);
    QCOMPARE(stored(), 21 + 40 + 1);
    for (int s = 0; s < 200 && feed.isRunning(); ++s)
        play(1);
    QVERIFY(!feed.isRunning());
    QCOMPARE(stored(), 162); // every fix of the drive, none twice
    QCOMPARE(d.arrivals().size(), 1);
    QVERIFY(failed.isEmpty());
}

void TestLiveFeed::serialReceiverOfOneUnit()
{
    // A pseudo-terminal stands in for the receiver's serial line: what the "receiver" writes on
    // the master side arrives on the device the feed reads, untagged, as the chosen unit's.
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    QVERIFY(grantpt(master) == 0 && unlockpt(master) == 0);
    const QString device = QString::fromLocal8Bit(ptsname(master));
    termios raw{};
    const int slave = ::open(ptsname(master), O_RDWR | O_NOCTTY);
    QVERIFY(slave >= 0);
    tcgetattr(slave, &raw);
    cfmakeraw(&raw); // bytes as they come, no line discipline
    tcsetattr(slave, TCSANOW, &raw);
    Desk d;
    d.f.clock.advance(120);
    cd::ArrivalWatch watch(*d.f.journal, *testLibrary(), cd::WorkCalendar::builtin(), QStringLiteral("serial"));
    cd::LiveFeed feed(watch, d.f.clock, cd::LiveFeed::parse(QStringLiteral("serial:") + device, QStringLiteral("LS-RS-01")).value());
    QVERIFY2(feed.start().ok(), qPrintable(device));
    const QByteArray stream = drive(d.dispatchedAt).replace("$PCDU,LS-RS-01*", "$GPTXT,x*");
    for (qsizetype at = 0; at < stream.size(); at += 1024) { // in pieces, as a line delivers it
        const QByteArray piece = stream.mid(at, 1024);
        QCOMPARE(::write(master, piece.constData(), size_t(piece.size())), ssize_t(piece.size()));
        QTest::qWait(5);
    }
    QTRY_COMPARE(feed.counters().fixes, 162);
    QCOMPARE(d.arrivals().size(), 1);
    QCOMPARE(d.arrivals().first().eventTime, d.dispatchedAt.addSecs(71));
    feed.stop();
    ::close(slave);
    ::close(master);
}

QTEST_MAIN(TestLiveFeed)
#include "tst_livefeed.moc"
