// The journal under real processes: SIGKILL in the middle of appends, two writers at once, a
// database locked by another program, a read-only file, unreadable files through the CLI.
// This executable doubles as its own helper process (`--helper MODE …`).
#include "JournalFixture.h"
#include "../cli/CliRunner.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>
#include <QTest>

#include <cstdio>
#include <unistd.h>

namespace {

int runHelper(const QStringList &args)
{
    const QString mode = args.value(0), path = args.value(1);
    if (mode == QLatin1String("hold-lock")) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
        db.setDatabaseName(path);
        if (!db.open() || !QSqlQuery(db).exec(QStringLiteral("BEGIN EXCLUSIVE")))
            return 1;
        std::printf("locked\n");
        std::fflush(stdout);
        QThread::msleep(args.value(2).toULong());
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return 0;
    }
    cd::SystemClock clock;
    cd::Journal::Options o;
    o.path = path;
    o.busyTimeoutMs = 20000;
    auto journal = cd::Journal::open(o, clock, *testLibrary());
    if (!journal) {
        std::fprintf(stderr, "%s\n", qPrintable(journal.error()));
        return 1;
    }
    if (auto problem = journal.value()->useAccount(QStringLiteral("zhijia"))) { // the fixture's operator
        std::fprintf(stderr, "%s\n", qPrintable(*problem));
        return 1;
    }
    const qint64 id = args.value(2).toLongLong();
    const int count = mode == QLatin1String("append-n") ? args.value(3).toInt() : 100000;
    for (int i = 0; i < count; ++i) {
        const auto seq = journal.value()->append({id, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QString::number(i)}},
                                                  clock.now(), {QStringLiteral("helper"), QString::number(QCoreApplication::applicationPid())}});
        if (!seq) {
            std::fprintf(stderr, "%s\n", qPrintable(seq.error()));
            return 1;
        }
        // Printed only after the append returned: this line is the acknowledgement.
        std::printf("ack %lld\n", static_cast<long long>(seq.value()));
        std::fflush(stdout);
    }
    return 0;
}

QProcess *startHelper(const QStringList &args, QObject *parent)
{
    auto *p = new QProcess(parent);
    p->start(QCoreApplication::applicationFilePath(), QStringList{QStringLiteral("--helper")} + args);
    if (!p->waitForStarted(10000))
        qFatal("helper did not start");
    return p;
}

QList<qint64> acks(const QByteArray &out)
{
    QList<qint64> seqs;
    for (const auto &line : out.split('\n'))
        if (line.startsWith("ack "))
            seqs << line.mid(4).toLongLong();
    return seqs;
}

} // namespace

class TestJournalProcess : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killedMidAppendLosesNoAcknowledgedEvent();
    void twoWritersAtOnce();
    void lockedDatabaseGivesClearMessage();
    void readOnlyFileUntouched();
    void cliRefusesDamagedAndNewerFiles();
};

void TestJournalProcess::killedMidAppendLosesNoAcknowledgedEvent()
{
    JournalFixture f;
    const qint64 id = f.newIncident(R"j({"participants":10})j");
    f.journal.reset();
    QList<qint64> acknowledged;
    const int rounds = 25;
    for (int round = 0; round < rounds; ++round) {
        QProcess *p = startHelper({QStringLiteral("append-loop"), f.path, QString::number(id)}, this);
        // Let it get going, then kill it at a random moment: possibly mid-transaction.
        QByteArray out;
        while (!out.contains("ack ") && p->waitForReadyRead(10000))
            out += p->readAllStandardOutput();
        QThread::msleep(QRandomGenerator::global()->bounded(5, 40));
        p->kill(); // SIGKILL
        p->waitForFinished(10000);
        out += p->readAllStandardOutput();
        acknowledged << acks(out);
        delete p;
    }
    QVERIFY(acknowledged.size() >= rounds);
    f.reopen();
    const auto check = f.journal->verify().value();
    QVERIFY2(check.intact, qPrintable(check.problem));
    QSet<qint64> stored;
    for (const auto &e : f.journal->events(id).value())
        stored.insert(e.seq);
    for (qint64 seq : acknowledged)
        QVERIFY2(stored.contains(seq), qPrintable(QStringLiteral("acknowledged event %1 lost").arg(seq)));
    QVERIFY(check.events >= acknowledged.size() + 1);
}

void TestJournalProcess::twoWritersAtOnce()
{
    JournalFixture f;
    const qint64 id = f.newIncident(R"j({"participants":10})j");
    f.journal.reset();
    QProcess *a = startHelper({QStringLiteral("append-n"), f.path, QString::number(id), QStringLiteral("120")}, this);
    QProcess *b = startHelper({QStringLiteral("append-n"), f.path, QString::number(id), QStringLiteral("120")}, this);
    QVERIFY(a->waitForFinished(120000));
    QVERIFY(b->waitForFinished(120000));
    QCOMPARE(a->exitCode(), 0);
    QCOMPARE(b->exitCode(), 0);
    const auto seqsA = acks(a->readAllStandardOutput()), seqsB = acks(b->readAllStandardOutput());
    QCOMPARE(seqsA.size(), 120);
    QCOMPARE(seqsB.size(), 120);
    f.reopen();
    const auto check = f.journal->verify().value();
    QVERIFY2(check.intact, qPrintable(check.problem));
    QCOMPARE(check.events, 241);
    QSet<qint64> all(seqsA.begin(), seqsA.end());
    all.unite(QSet<qint64>(seqsB.begin(), seqsB.end()));
    QCOMPARE(all.size(), 240); // no sequence number handed out twice
}

void TestJournalProcess::lockedDatabaseGivesClearMessage()
{
    JournalFixture f;
    const qint64 id = f.newIncident(R"j({"participants":10})j");
    f.journal.reset();
    const QByteArray before = JournalFixture::bytes(f.path);
    QProcess *holder = startHelper({QStringLiteral("hold-lock"), f.path, QStringLiteral("4000")}, this);
    QVERIFY(holder->waitForReadyRead(10000));
    QCOMPARE(holder->readAllStandardOutput().trimmed(), QByteArray("locked"));
    const auto r = runCli({QStringLiteral("incident"), QStringLiteral("event"), QStringLiteral("--db"), f.path, QStringLiteral("--id"),
                           QString::number(id), QStringLiteral("--kind"), QStringLiteral("note"), QStringLiteral("--payload"),
                           QStringLiteral("{\"text\":\"x\"}"), QStringLiteral("--busy-timeout"), QStringLiteral("300")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("is locked by another program (waited 0.3 s)"), r.err.constData());
    QVERIFY2(r.err.contains(f.path.toUtf8()), r.err.constData());
    holder->waitForFinished(10000);
    QCOMPARE(JournalFixture::bytes(f.path), before);
    f.reopen();
    QCOMPARE(f.journal->verify().value().events, 1);
}

void TestJournalProcess::readOnlyFileUntouched()
{
    JournalFixture f;
    const qint64 id = f.newIncident(R"j({"participants":10})j");
    f.journal.reset();
    QFile::setPermissions(f.dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                            QFileDevice::ReadOther | QFileDevice::ExeOther);
    QFile::setPermissions(f.path, QFileDevice::ReadOwner | QFileDevice::ReadOther);
    const QByteArray before = JournalFixture::bytes(f.path);
    QStringList cmd{QStringLiteral(CD_CLI_PATH), QStringLiteral("incident"), QStringLiteral("event"), QStringLiteral("--db"), f.path,
                    QStringLiteral("--id"), QString::number(id), QStringLiteral("--kind"), QStringLiteral("note"),
                    QStringLiteral("--payload"), QStringLiteral("{\"text\":\"x\"}"), QStringLiteral("--calendar-dir"), f.dir.path()};
    QProcess p;
    if (::geteuid() == 0) {
        // root may write anywhere: run the CLI as "nobody" to meet a real read-only file.
        if (!QFile::exists(QStringLiteral("/usr/bin/setpriv")))
            QSKIP("setpriv (util-linux) is needed to drop root for this test");
        p.start(QStringLiteral("/usr/bin/setpriv"),
                QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")} + cmd);
    } else {
        p.start(cmd.takeFirst(), cmd);
    }
    QVERIFY(p.waitForFinished(30000));
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains("is read-only for this account. Nothing was written."), err.constData());
    QCOMPARE(JournalFixture::bytes(f.path), before);
    QFile::setPermissions(f.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestJournalProcess::cliRefusesDamagedAndNewerFiles()
{
    QTemporaryDir dir;
    const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3") + QByteArray(1, '\0') + QByteArray(4096, '\x5a'));
    }
    const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mk"));
            db.setDatabaseName(newer);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE events (seq INTEGER)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(cd::Journal::ApplicationId)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 7")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("mk"));
    }
    for (const auto &[file, message] : {std::pair{damaged, QByteArray("is damaged or is not a database")},
                                        std::pair{newer, QStringLiteral("was written by a newer CommandDesk (journal schema 7; this program reads up to %1)")
                                                                   .arg(cd::Journal::SchemaVersion).toUtf8()}}) {
        const QByteArray before = JournalFixture::bytes(file);
        for (const QStringList &cmd : {QStringList{QStringLiteral("incident"), QStringLiteral("list")},
                                       QStringList{QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--facts"), QStringLiteral("-")},
                                       QStringList{QStringLiteral("verify")}}) {
            const auto r = runCli(cmd + QStringList{QStringLiteral("--db"), file}, "{}");
            QCOMPARE(r.exitCode, 1);
            QVERIFY(r.out.isEmpty());
            QVERIFY2(r.err.contains(message), r.err.constData());
            QCOMPARE(JournalFixture::bytes(file), before);
        }
    }
}

int main(int argc, char *argv[])
{
    if (argc >= 2 && qstrcmp(argv[1], "--helper") == 0) {
        QCoreApplication app(argc, argv);
        return runHelper(QCoreApplication::arguments().mid(2));
    }
    QCoreApplication app(argc, argv);
    TestJournalProcess test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_journal_process.moc"
