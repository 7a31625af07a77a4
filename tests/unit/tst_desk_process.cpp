// The desk's own program, run as a benchmark or a package check runs it: `commanddesk
// --screenshot` on a journal starts, prints its first frame and the loaded desk, saves the
// picture and ends; on a file it cannot read as a journal it says so and ends at once (no
// dialog waits for a click nobody will make), leaving the file as it was.
#include "TestFacts.h"
#include "journal/Journal.h"
#include "time/Clock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct DeskRun {
    int exitCode = -1;
    QString output; // standard output and error together
    qint64 ms = -1;
};

// In a home of its own: the desk remembers its last journal and writes its log there.
DeskRun runDesk(const QTemporaryDir &home, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Under the sanitizer suite: Qt's own allocations kept until exit are not this test's subject.
    if (env.contains(QStringLiteral("ASAN_OPTIONS")))
        env.insert(QStringLiteral("ASAN_OPTIONS"), env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":detect_leaks=0"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral(CD_GUI_PATH), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    if (!p.waitForStarted(10000))
        qFatal("cannot start %s", CD_GUI_PATH);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {-2, QString::fromUtf8(p.readAll()), t.elapsed()};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll()), t.elapsed()};
}

QByteArray sha256Of(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestDeskProcess : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void startsAndSavesTheDesk()
    {
        QTemporaryDir home, work;
        const QString db = work.filePath(QStringLiteral("journal.sqlite"));
        {
            cd::ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(3, 10), Qt::UTC));
            cd::Journal::Options o;
            o.path = db;
            auto journal = cd::Journal::open(o, clock, *testLibrary()).value();
            const QJsonObject facts{{QStringLiteral("participants"), 800}, {QStringLiteral("cause"), QStringLiteral("other")},
                                    {QStringLiteral("location"), QJsonObject{{QStringLiteral("lat"), 28.45}, {QStringLiteral("lon"), 119.92}}}};
            QVERIFY(journal->createIncident(QStringLiteral("市行政中心周边聚集"), false, facts, clock.now(), {}));
        }
        const QString png = work.filePath(QStringLiteral("desk.png"));
        const DeskRun run = runDesk(home, {QStringLiteral("--db"), db, QStringLiteral("--screenshot"), png, QStringLiteral("--size"), QStringLiteral("1366x768")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        // What bench_startup reads: the first frame to a tenth of a millisecond, then the loaded desk.
        QVERIFY2(QRegularExpression(QStringLiteral("first frame after \\d+\\.\\d ms, peak RSS \\d+ kB")).match(run.output).hasMatch(), qPrintable(run.output));
        QVERIFY2(QRegularExpression(QStringLiteral("desk loaded after \\d+ ms, peak RSS \\d+ kB, longest event \\d+\\.\\d ms \\(")).match(run.output).hasMatch(),
                 qPrintable(run.output));
        QVERIFY(run.output.indexOf(QStringLiteral("first frame after")) < run.output.indexOf(QStringLiteral("desk loaded after")));
        const QImage saved(png);
        QCOMPARE(saved.size(), QSize(1366, 768));
    }

    void refusesAFileThatIsNoJournalAndEndsAtOnce()
    {
        QTemporaryDir home, work;
        const QString db = work.filePath(QStringLiteral("notes.sqlite"));
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x')); // not an SQLite file at all
        }
        const QByteArray before = sha256Of(db);
        const DeskRun run = runDesk(home, {QStringLiteral("--db"), db, QStringLiteral("--screenshot"), work.filePath(QStringLiteral("desk.png"))});
        QCOMPARE(run.exitCode, 1); // not -2: no dialog held it until the timeout
        QVERIFY2(run.output.contains(QStringLiteral("The incident journal could not be opened:")), qPrintable(run.output));
        QVERIFY2(run.output.contains(db), qPrintable(run.output)); // which file
        QCOMPARE(sha256Of(db), before);                          // never overwritten
        QVERIFY(!QFile::exists(work.filePath(QStringLiteral("desk.png"))));
        QVERIFY2(run.ms < 60000, qPrintable(QString::number(run.ms)));
    }
};

QTEST_GUILESS_MAIN(TestDeskProcess)
#include "tst_desk_process.moc"
