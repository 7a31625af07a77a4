// The clocks: a simulated drill clock runs at its speed and pauses; nothing but SystemClock
// reads the system time.
#include "time/Clock.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

class TestClock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void manualClockMovesOnlyWhenTold()
    {
        const QDateTime start(QDate(2026, 11, 22), QTime(3, 10), Qt::UTC);
        cd::ManualClock clock(start);
        QSignalSpy spy(&clock, &cd::Clock::timeChanged);
        QCOMPARE(clock.now(), start);
        clock.advance(90);
        QCOMPARE(clock.now(), start.addSecs(90));
        QCOMPARE(spy.count(), 1);
    }
    void simulatedClockSpeedAndPause()
    {
        const QDateTime start(QDate(2026, 11, 22), QTime(3, 10), Qt::UTC);
        cd::SimulatedClock clock(start);
        QVERIFY(clock.isPaused());
        QCOMPARE(clock.now(), start); // paused at creation
        clock.setSpeed(60);
        clock.resume();
        QTest::qWait(200); // ≥ 12 simulated seconds at 60×
        const qint64 ran = start.secsTo(clock.now());
        QVERIFY2(ran >= 11 && ran < 120, qPrintable(QString::number(ran)));
        clock.pause();
        const QDateTime frozen = clock.now();
        QTest::qWait(50);
        QCOMPARE(clock.now(), frozen);
        clock.jumpTo(start.addSecs(3600));
        QCOMPARE(clock.now(), start.addSecs(3600));
    }
    void onlySystemClockReadsSystemTime()
    {
        // Deadlines must be reproducible in drills and replay: no code reads the wall clock
        // except SystemClock::now().
        const QStringList forbidden = {QStringLiteral("currentDateTime"), QStringLiteral("currentMSecsSinceEpoch"),
                                       QStringLiteral("currentSecsSinceEpoch"), QStringLiteral("QDate::currentDate"),
                                       QStringLiteral("QTime::currentTime")};
        QStringList offenders;
        for (const char *dir : {"models", "ui", "app"}) {
            QDirIterator it(QStringLiteral(CD_SOURCE_DIR "/") + QLatin1String(dir), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(f.readAll());
                for (const auto &word : forbidden)
                    if (text.contains(word) && !path.endsWith(QLatin1String("time/Clock.cpp")))
                        offenders << path + QStringLiteral(": ") + word;
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
