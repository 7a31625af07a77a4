// Operators and roles on an SQLite journal through the CLI, the files a journal refuses to
// write into (empty, missing folders), read-only evidence copies, and live updates between
// processes on one file.
#include "CliRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class TestCliAccounts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_db = m_dir->filePath(QStringLiteral("cd.sqlite"));
    }
    void rolesDecideWhoRecordsWhat();
    void accountsAreManagedByAnAdmin();
    void emptyFileAndMissingFolderNeedInit();
    void readOnlyArchiveVerifiesAndStaysClean();
    void watchSeesAnotherProcessAppend();
    void copyCarriesTheAccounts();

private:
    CliRun cli(const QStringList &args, const QByteArray &in = {}) { return runCli(args + QStringList{QStringLiteral("--db"), m_db}, in); }
    void addUser(const char *login, const char *role, const char *display, const char *agency = nullptr, const char *as = "admin")
    {
        QStringList args{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), QLatin1String(login),
                         QStringLiteral("--role"), QLatin1String(role), QStringLiteral("--display"), QString::fromUtf8(display),
                         QStringLiteral("--password-stdin")};
        if (agency)
            args << QStringLiteral("--agency") << QString::fromUtf8(agency);
        if (as)
            args << QStringLiteral("--user") << QLatin1String(as);
        const auto r = cli(args, "secret\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    void setUpRoom()
    {
        QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("init")}).exitCode, 0);
        addUser("admin", "admin", "管理员", nullptr, nullptr); // the first account, by whoever holds the file
        addUser("duty", "duty_operator", "值班员甲");
        addUser("leader", "shift_leader", "带班领导乙");
        addUser("chief", "commander", "指挥长丙");
        addUser("police", "liaison", "公安联络员", "市公安局");
        addUser("watcher", "observer", "观察员丁");
    }
    qint64 eventCount()
    {
        return cli({QStringLiteral("verify")}).json().value(QStringLiteral("events")).toInteger();
    }
    CliRun event(const char *user, const char *kind, const QByteArray &payload)
    {
        return cli({QStringLiteral("incident"), QStringLiteral("event"), QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--kind"),
                    QLatin1String(kind), QStringLiteral("--payload"), QString::fromUtf8(payload), QStringLiteral("--user"), QLatin1String(user)});
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliAccounts::rolesDecideWhoRecordsWhat()
{
    setUpRoom();
    const QByteArray facts = R"j({"cause":"wage_arrears","participants":260,"county":"莲都区","urban":true})j";
    // Nobody signed in: refused (exit 5), nothing written.
    auto r = cli({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--facts"), QStringLiteral("-")}, facts);
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains("sign in first"), r.err.constData());
    QCOMPARE(eventCount(), 0);
    // An observer reads and writes nothing; the message names the roles that may.
    r = cli({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--facts"), QStringLiteral("-"), QStringLiteral("--user"),
             QStringLiteral("watcher")}, facts);
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains("observer") && r.err.contains("needed: duty_operator, shift_leader, commander"), r.err.constData());
    QCOMPARE(eventCount(), 0);
    // The duty operator records the report; the actor is the account, name and login.
    r = cli({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--facts"), QStringLiteral("-"), QStringLiteral("--user"),
             QStringLiteral("duty")}, facts);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Declaring a level is the shift leader's; ending the response the commander's.
    r = event("duty", "level_declared", R"j({"plan":"mass-incident","level":"III"})j");
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains("needed: shift_leader, commander"), r.err.constData());
    QCOMPARE(event("leader", "level_declared", R"j({"plan":"mass-incident","level":"III"})j").exitCode, 0);
    r = event("leader", "response_ended", "{}");
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains("needed: commander"), r.err.constData());
    // A duty operator may not withdraw the leader's declaration either (a correction re-decides it).
    r = event("duty", "correction", R"j({"corrects":2,"reason":"误操作"})j");
    QVERIFY2(r.exitCode != 0 && r.err.contains("may not correct a level_declared"), r.err.constData());
    // A liaison acknowledges their own agency's duty, and nobody else's.
    r = event("police", "duty_acknowledged", R"j({"plan":"mass-incident","agency":"市人力社保局"})j");
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains("liaison of 市公安局"), r.err.constData());
    QCOMPARE(event("police", "duty_acknowledged", R"j({"plan":"mass-incident","agency":"市公安局"})j").exitCode, 0);
    QCOMPARE(event("chief", "response_ended", "{}").exitCode, 0);
    QCOMPARE(eventCount(), 4);
    const auto shown = cli({QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("--id"), QStringLiteral("1")}).json();
    QStringList actors;
    for (const auto &e : shown.value(QStringLiteral("events")).toArray())
        actors << e.toObject().value(QStringLiteral("actor")).toString();
    QCOMPARE(actors, (QStringList{QStringLiteral("值班员甲 (duty)"), QStringLiteral("带班领导乙 (leader)"),
                                  QStringLiteral("公安联络员 (police)"), QStringLiteral("指挥长丙 (chief)")}));
    // The actor can no longer be typed in.
    r = cli({QStringLiteral("incident"), QStringLiteral("event"), QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--kind"),
             QStringLiteral("note"), QStringLiteral("--payload"), QStringLiteral(R"({"text":"x"})"), QStringLiteral("--actor"), QStringLiteral("张三")});
    QCOMPARE(r.exitCode, 2);
}

void TestCliAccounts::accountsAreManagedByAnAdmin()
{
    QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("init")}).exitCode, 0);
    // The first account must be an administrator, or nobody could manage the others.
    auto r = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("duty"), QStringLiteral("--role"),
                  QStringLiteral("duty_operator"), QStringLiteral("--password-stdin")}, "pw\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("must be an administrator"), r.err.constData());
    addUser("admin", "admin", "管理员", nullptr, nullptr);
    addUser("duty", "duty_operator", "值班员甲");
    // Only an admin manages accounts: a duty operator is refused with exit 5.
    r = cli({QStringLiteral("user"), QStringLiteral("set-role"), QStringLiteral("--name"), QStringLiteral("duty"), QStringLiteral("--role"),
             QStringLiteral("commander"), QStringLiteral("--user"), QStringLiteral("duty")});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains("needs the role admin"), r.err.constData());
    // Unknown role, liaison without agency, a second account of the same name: bad input.
    r = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--role"),
             QStringLiteral("boss"), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-stdin")}, "pw\n");
    QCOMPARE(r.exitCode, 2);
    r = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--role"),
             QStringLiteral("liaison"), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-stdin")}, "pw\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--agency"), r.err.constData());
    r = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("duty"), QStringLiteral("--role"),
             QStringLiteral("observer"), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-stdin")}, "pw\n");
    QCOMPARE(r.exitCode, 2);
    // set-role and disable take effect: a disabled account cannot sign.
    r = cli({QStringLiteral("user"), QStringLiteral("set-role"), QStringLiteral("--name"), QStringLiteral("duty"), QStringLiteral("--role"),
             QStringLiteral("shift_leader"), QStringLiteral("--user"), QStringLiteral("admin")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("role")).toString(), QStringLiteral("shift_leader"));
    QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--name"), QStringLiteral("duty"), QStringLiteral("--user"),
                  QStringLiteral("admin")}).exitCode, 0);
    r = cli({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--facts"), QStringLiteral("-"), QStringLiteral("--user"),
             QStringLiteral("duty")}, R"({"participants":10})");
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains("disabled"), r.err.constData());
    const auto list = cli({QStringLiteral("user"), QStringLiteral("list")}).json().value(QStringLiteral("accounts")).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("login")).toString(), QStringLiteral("duty"));
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("disabled")).toBool(), true);
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("shift_leader"));
    // No password hash ever reaches the output.
    QVERIFY(!cli({QStringLiteral("user"), QStringLiteral("list")}).out.contains("pbkdf2"));
}

void TestCliAccounts::emptyFileAndMissingFolderNeedInit()
{
    // A zero-byte file (a failed copy) is neither a journal nor written into without --init.
    QFile empty(m_db);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    for (const QStringList &cmd : {QStringList{QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--facts"), QStringLiteral("-")},
                                   QStringList{QStringLiteral("incident"), QStringLiteral("list")},
                                   QStringList{QStringLiteral("verify")}}) {
        const auto r = cli(cmd, R"({"participants":10})");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("empty file (0 bytes)"), r.err.constData());
        QCOMPARE(QFileInfo(m_db).size(), 0);
        QVERIFY(!QFileInfo::exists(m_db + QStringLiteral("-wal")));
    }
    auto r = cli({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--facts"), QStringLiteral("-"), QStringLiteral("--init")},
                 R"({"participants":10})");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // A mistyped folder is not created.
    const QString nested = m_dir->filePath(QStringLiteral("no/such/folder/cd.sqlite"));
    r = runCli({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--facts"), QStringLiteral("-"), QStringLiteral("--db"), nested},
               R"({"participants":10})");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("does not exist") && r.err.contains("--init"), r.err.constData());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("no"))));
    r = runCli({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--facts"), QStringLiteral("-"), QStringLiteral("--db"), nested,
                QStringLiteral("--init")}, R"({"participants":10})");
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestCliAccounts::readOnlyArchiveVerifiesAndStaysClean()
{
    QCOMPARE(cli({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--facts"), QStringLiteral("-")}, R"({"participants":10})").exitCode, 0);
    // An evidence copy in a folder this account cannot write (CI runs as root: use nobody).
    const QString archive = m_dir->filePath(QStringLiteral("archive"));
    QVERIFY(QDir().mkpath(archive));
    const QString copy = archive + QStringLiteral("/evidence.sqlite");
    QVERIFY(QFile::copy(m_db, copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QFile::setPermissions(archive, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther |
                                       QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ExeOther);
    QProcess p;
    const bool asNobody = ::getuid() == 0;
    if (asNobody)
        p.start(QStringLiteral("setpriv"), {QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups"),
                                            QStringLiteral(CD_CLI_PATH), QStringLiteral("verify"), QStringLiteral("--db"), copy});
    else
        p.start(QStringLiteral(CD_CLI_PATH), {QStringLiteral("verify"), QStringLiteral("--db"), copy});
    QVERIFY(p.waitForFinished(30000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("intact")).toBool());
    QCOMPARE(QDir(archive).entryList(QDir::Files), QStringList{QStringLiteral("evidence.sqlite")}); // no -wal, no -shm
    QFile::setPermissions(archive, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestCliAccounts::watchSeesAnotherProcessAppend()
{
    QCOMPARE(cli({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--facts"), QStringLiteral("-")}, R"({"participants":10})").exitCode, 0);
    QProcess watch;
    watch.start(QStringLiteral(CD_CLI_PATH), {QStringLiteral("watch"), QStringLiteral("--db"), m_db, QStringLiteral("--from-seq"), QStringLiteral("1")});
    QVERIFY(watch.waitForStarted());
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (!out.contains('\n') && t.elapsed() < 10000 && watch.waitForReadyRead(500))
        out += watch.readAllStandardOutput();
    // The existing event first, from --from-seq.
    QCOMPARE(QJsonDocument::fromJson(out.split('\n').first()).object().value(QStringLiteral("seq")).toInt(), 1);
    // Another process appends; the watcher prints it within 2 s.
    QCOMPARE(cli({QStringLiteral("incident"), QStringLiteral("event"), QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--kind"),
                  QStringLiteral("note"), QStringLiteral("--payload"), QStringLiteral(R"({"text":"现场平稳"})")}).exitCode, 0);
    t.restart();
    while (out.count('\n') < 2 && t.elapsed() < 2000)
        if (watch.waitForReadyRead(100))
            out += watch.readAllStandardOutput();
    const qint64 seen = t.elapsed();
    watch.kill();
    watch.waitForFinished();
    const auto second = QJsonDocument::fromJson(out.split('\n').value(1)).object();
    QVERIFY2(second.value(QStringLiteral("seq")).toInt() == 2, out.constData());
    QCOMPARE(second.value(QStringLiteral("kind")).toString(), QStringLiteral("note"));
    QCOMPARE(second.value(QStringLiteral("incident")).toInt(), 1);
    for (const char *key : {"actor", "workstation", "event_time", "entry_time"})
        QVERIFY2(second.contains(QLatin1String(key)), key);
    QVERIFY2(seen < 2000, qPrintable(QString::number(seen)));
}


void TestCliAccounts::copyCarriesTheAccounts()
{
    // A copy of a desk's file keeps its operators: the same logins, roles, agencies, disabled
    // flags and password hashes, or the copy would open to anyone.
    setUpRoom();
    QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--name"), QStringLiteral("watcher"), QStringLiteral("--user"),
                  QStringLiteral("admin")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--facts"), QStringLiteral("-"), QStringLiteral("--user"),
                  QStringLiteral("duty")}, R"({"participants":120,"cause":"other"})").exitCode, 0);
    const QString copy = m_dir->filePath(QStringLiteral("copy.sqlite"));
    auto r = runCli({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), m_db, QStringLiteral("--to"), copy});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("accounts")).toInt(), 6);
    QCOMPARE(r.json().value(QStringLiteral("accounts_not_copied")).toInt(), 0);
    QVERIFY(r.json().value(QStringLiteral("verified")).toBool());
    auto accountsOf = [](const QString &file) {
        QStringList rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(file);
            if (db.open()) {
                QSqlQuery q(QStringLiteral("SELECT login, display, role, agency, disabled, password_hash FROM accounts ORDER BY login"), db);
                while (q.next()) {
                    QStringList row;
                    for (int c = 0; c < 6; ++c)
                        row << q.value(c).toString();
                    rows << row.join(QLatin1Char('|'));
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return rows;
    };
    const QStringList original = accountsOf(m_db);
    QCOMPARE(original.size(), 6);
    QCOMPARE(accountsOf(copy), original);
    // In the copy: the duty operator records, the disabled observer is refused, an unknown login too.
    r = runCli({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--facts"), QStringLiteral("-"), QStringLiteral("--user"),
                QStringLiteral("duty"), QStringLiteral("--db"), copy}, R"({"participants":30,"cause":"other"})");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--facts"), QStringLiteral("-"), QStringLiteral("--user"),
                QStringLiteral("watcher"), QStringLiteral("--db"), copy}, R"({"participants":30,"cause":"other"})");
    QCOMPARE(r.exitCode, 5);
    r = runCli({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--facts"), QStringLiteral("-"), QStringLiteral("--user"),
                QStringLiteral("nobody"), QStringLiteral("--db"), copy}, R"({"participants":30,"cause":"other"})");
    QVERIFY(r.exitCode != 0);
}

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cli_accounts.moc"
