// The shared journal when its server goes away or stops answering: a restart mid-session loses
// nothing acknowledged; a frozen server (SIGSTOP) is offline after a deadline, not after TCP's
// quarter of an hour, and never holds the desk's thread; a connection QtSql reopens by itself
// keeps the session's settings. Against a real PostgreSQL 15 server that this test starts.
#include "PgRoomTest.h"
#include "journal/BackgroundWatcher.h"
#include "journal/JournalWatcher.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTimer>

class TestPgConnection : public PgRoomTest {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startServer(); }
    void serverRestartLosesNothingAcknowledged();
    void serverThatStopsAnsweringIsCutOff();
    void readThatGetsNoAnswerIsCutOff();
    void desksWatcherNeverHoldsItsThread();
    void reopenedConnectionKeepsTheSessionSettings();

private:
    // A watcher on the room as its observer, beating every 100 ms.
    static cd::JournalWatcher::Options watching(const QString &uri, std::chrono::milliseconds answerTimeout)
    {
        auto location = cd::StoreLocation::parse(uri).value();
        location.user = QStringLiteral("watcher");
        cd::JournalWatcher::Options o{location, {}, -1, 100};
        o.answerTimeout = answerTimeout;
        return o;
    }
};

void TestPgConnection::serverRestartLosesNothingAcknowledged()
{
    const QString uri = room(QStringLiteral("restart"));
    auto journal = open(uri, QStringLiteral("duty"));
    const qint64 id = journal->createIncident(QStringLiteral("重启"), false, QJsonObject{{QStringLiteral("participants"), 10}}, m_clock.now()).value();
    cd::JournalWatcher watcher(watching(uri, std::chrono::milliseconds(3000)));
    QSignalSpy online(&watcher, &cd::JournalWatcher::onlineChanged);
    QVERIFY(!watcher.start());
    QList<qint64> acked;
    auto note = [&](int i) {
        return journal->append({id, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QString::number(i)}}, m_clock.now(), {}});
    };
    for (int i = 0; i < 5; ++i)
        acked << note(i).value();
    QTRY_COMPARE_WITH_TIMEOUT(watcher.lastSeq(), acked.last(), 2000);
    QVERIFY(m_pg->stop());
    // Down: the write is refused with a clear word and nothing half-written; the watcher says 离线.
    const auto refused = note(99);
    QVERIFY(!refused.ok());
    QCOMPARE(journal->lastFailure(), cd::StoreFailure::Offline);
    QVERIFY2(refused.error().contains(QStringLiteral("offline")) && refused.error().contains(QStringLiteral("Nothing was written")) &&
                 !refused.error().contains(QLatin1Char('\n')), // one line: the Chinese desk translates it whole
             qPrintable(refused.error()));
    QTRY_VERIFY_WITH_TIMEOUT(!online.isEmpty(), 3000);
    QCOMPARE(online.last().at(0).toBool(), false);
    QVERIFY(m_pg->start());
    // Back: the next write reconnects by itself; the watcher catches up and says so.
    for (int i = 5; i < 8; ++i) {
        const auto seq = note(i);
        QVERIFY2(seq.ok(), qPrintable(seq.error()));
        acked << seq.value();
    }
    QTRY_VERIFY_WITH_TIMEOUT(online.size() >= 2 && online.last().at(0).toBool(), 5000);
    QVERIFY2(online.last().at(1).toString().contains(QLatin1Char('3')), qPrintable(online.last().at(1).toString()));
    const auto check = journal->verify().value();
    QVERIFY(check.intact);
    QCOMPARE(check.events, 9);
    QSet<qint64> stored;
    for (const auto &e : journal->events(id).value())
        stored.insert(e.seq);
    for (qint64 s : acked)
        QVERIFY(stored.contains(s));
}

void TestPgConnection::serverThatStopsAnsweringIsCutOff()
{
    // A server that stops answering (hung, or a network that drops every packet) used to hold
    // the desk until TCP gave up, ~15 minutes. Now an append waits its deadline, then the desk
    // is offline, says honestly that the entry's fate is unknown, and the watcher says 离线.
    const QString uri = room(QStringLiteral("hung"));
    auto journal = open(uri, QStringLiteral("duty"), 1000);
    const qint64 id = journal->createIncident(QStringLiteral("无响应"), false, QJsonObject{{QStringLiteral("participants"), 10}}, m_clock.now()).value();
    cd::JournalWatcher watcher(watching(uri, std::chrono::milliseconds(1000)));
    QSignalSpy online(&watcher, &cd::JournalWatcher::onlineChanged);
    QVERIFY(!watcher.start());
    auto note = [&](const QString &text) {
        return journal->append({id, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), text}}, m_clock.now(), {}});
    };
    QVERIFY(note(QStringLiteral("之前")).ok());

    QVERIFY(m_pg->pause());
    QElapsedTimer waited;
    waited.start();
    const auto cut = note(QStringLiteral("无应答时录入"));
    const qint64 ms = waited.elapsed();
    QVERIFY(!cut.ok());
    QVERIFY2(ms >= 900 && ms < 5000, qPrintable(QString::number(ms))); // its deadline, not TCP's quarter of an hour
    QCOMPARE(journal->lastFailure(), cd::StoreFailure::Offline);
    QVERIFY2(cut.error().contains(QStringLiteral("did not answer within 1 s")) && cut.error().contains(QStringLiteral("is not known")) &&
                 !cut.error().contains(QStringLiteral("Nothing was written")),
             qPrintable(cut.error()));
    // The watcher's heartbeat meets the same silence: offline within its own deadline.
    QTRY_VERIFY_WITH_TIMEOUT(!online.isEmpty() && !online.last().at(0).toBool(), 4000);
    QVERIFY2(online.last().at(1).toString().contains(QStringLiteral("did not answer")), qPrintable(online.last().at(1).toString()));

    QVERIFY(m_pg->resume());
    // Back: the next append reconnects by itself. The cut append had reached the server, which
    // ran it when it woke: it is on the timeline, as the message said it might be.
    const auto after = note(QStringLiteral("恢复后"));
    QVERIFY2(after.ok(), qPrintable(after.error()));
    QTRY_VERIFY_WITH_TIMEOUT(online.size() >= 2 && online.last().at(0).toBool(), 5000);
    QStringList texts;
    for (const auto &e : journal->events(id).value())
        if (e.kind == QLatin1String("note"))
            texts << e.payload().value(QStringLiteral("text")).toString();
    QCOMPARE(texts.first(), QStringLiteral("之前"));
    QCOMPARE(texts.last(), QStringLiteral("恢复后"));
    QVERIFY(texts.size() == 2 || texts.size() == 3); // the cut one, if the server ran it
    QVERIFY(journal->verify().value().intact);
}

void TestPgConnection::readThatGetsNoAnswerIsCutOff()
{
    // An operator's read (the selected incident's events, on the UI thread) waited as long as
    // the server stayed silent. Now it waits the answer timeout and says so; the next read,
    // once the server is back, works on a connection opened again (no append needed first).
    const QString uri = room(QStringLiteral("silentread"));
    auto journal = open(uri, QStringLiteral("duty"), 1000);
    journal->setBoundReads(true); // as the desk sets it (main.cpp)
    const qint64 id = journal->createIncident(QStringLiteral("读取无响应"), false, QJsonObject{{QStringLiteral("participants"), 10}}, m_clock.now()).value();
    QCOMPARE(journal->events(id).value().size(), 1);

    QVERIFY(m_pg->pause());
    QElapsedTimer waited;
    waited.start();
    const auto cut = journal->events(id);
    const qint64 ms = waited.elapsed();
    QVERIFY(m_pg->resume());
    QVERIFY(!cut.ok());
    QVERIFY2(ms >= 900 && ms < 5000, qPrintable(QString::number(ms))); // its deadline, not TCP's
    QVERIFY2(cut.error().contains(QStringLiteral("did not answer within 1 s")) && cut.error().contains(QStringLiteral("Nothing was written")),
             qPrintable(cut.error()));

    // Back: read again, without any append in between.
    const auto again = journal->events(id);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->size(), 1);
    QCOMPARE(again->first().kind, QStringLiteral("reported"));
}

void TestPgConnection::desksWatcherNeverHoldsItsThread()
{
    // The desk's watcher waits for the server on a thread of its own. With the server frozen,
    // its heartbeat and its reconnects wait there; the desk's event loop keeps turning and
    // still hears 离线 within the deadline, and back online after.
    const QString uri = room(QStringLiteral("background"));
    auto journal = open(uri, QStringLiteral("duty"));
    const qint64 id = journal->createIncident(QStringLiteral("后台监听"), false, QJsonObject{{QStringLiteral("participants"), 10}}, m_clock.now()).value();
    auto watcher = std::make_unique<cd::BackgroundWatcher>(watching(uri, std::chrono::milliseconds(1000)));
    QSignalSpy appended(watcher.get(), &cd::BackgroundWatcher::appended);
    QSignalSpy online(watcher.get(), &cd::BackgroundWatcher::onlineChanged);
    QSignalSpy failed(watcher.get(), &cd::BackgroundWatcher::startFailed);
    watcher->start();
    QTest::qWait(300); // the watcher's connection opens on its thread, then reads from the head
    const qint64 seq = journal->append({id, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QStringLiteral("经后台线程")}}, m_clock.now(), {}}).value();
    QTRY_VERIFY_WITH_TIMEOUT(!appended.isEmpty(), 3000);
    QCOMPARE(appended.last().at(0).value<QList<cd::StoredEvent>>().last().seq, seq);
    QVERIFY(failed.isEmpty());

    QVERIFY(m_pg->pause());
    // A 20 ms timer on this thread: the longest gap between its ticks while the server is frozen.
    QElapsedTimer since;
    since.start();
    qint64 last = 0, longestGap = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longestGap = std::max(longestGap, since.elapsed() - last);
        last = since.elapsed();
    });
    tick.start(20);
    QTRY_VERIFY_WITH_TIMEOUT(!online.isEmpty() && !online.last().at(0).toBool(), 4000);
    QTest::qWait(1500); // offline, the watcher retries: its connects wait on its thread too
    tick.stop();
    QVERIFY2(online.last().at(1).toString().contains(QStringLiteral("did not answer")), qPrintable(online.last().at(1).toString()));
    QVERIFY2(longestGap < 250, qPrintable(QStringLiteral("the event loop stood still for %1 ms").arg(longestGap)));

    QVERIFY(m_pg->resume());
    QTRY_VERIFY_WITH_TIMEOUT(online.last().at(0).toBool(), 8000);
    QElapsedTimer stopping;
    stopping.start();
    watcher.reset(); // stops the thread and closes the connection there
    QVERIFY(stopping.elapsed() < 2000);
    QVERIFY(journal->verify().value().intact);
}

void TestPgConnection::reopenedConnectionKeepsTheSessionSettings()
{
    // QtSql reopens a lost connection by itself on the next query. The session's settings
    // travel in the connection string, so the reopened one is still in UTC (the journal's
    // texts) and still commits without waiting (appends are made durable by cd_flush()).
    const QString uri = room(QStringLiteral("reopen"));
    auto journal = open(uri, QStringLiteral("duty"));
    const QString name = journal->store().connectionName();
    auto show = [&name](const char *setting) {
        QSqlQuery q(QSqlDatabase::database(name)); // opens it again when closed, as QtSql does
        return q.exec(QStringLiteral("SHOW %1").arg(QLatin1String(setting))) && q.next() ? q.value(0).toString() : QString();
    };
    QCOMPARE(show("TimeZone"), QStringLiteral("UTC"));
    QCOMPARE(show("synchronous_commit"), QStringLiteral("off"));
    QSqlDatabase::database(name, false).close();
    QCOMPARE(show("TimeZone"), QStringLiteral("UTC"));
    QCOMPARE(show("synchronous_commit"), QStringLiteral("off"));
    const qint64 id = journal->createIncident(QStringLiteral("重连"), false, QJsonObject{{QStringLiteral("participants"), 10}}, m_clock.now()).value();
    QVERIFY(journal->append({id, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}}, m_clock.now(), {}}).ok());
    QVERIFY(journal->verify().value().intact);
}

QTEST_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"
