// Issue 12, through the real binary: outputs never replace the journal or an existing file,
// a refused drill writes nothing, out-of-range workdays/speeds are refused, an implausible
// holiday notice is refused, and pure commands leave the home folder untouched.
#include "CliRunner.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(data);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Events in the journal, as `verify` counts them (-1: could not verify).
qint64 eventCount(const QString &db)
{
    const auto r = runCli({s("verify"), s("--db"), db});
    return r.exitCode == 0 ? r.json().value(s("events")).toInteger() : -1;
}

// A minute-long scenario: one incident at 0, a message at 1.
QByteArray tinyScenario(const char *start = "2026-03-10T09:00:00+08:00")
{
    return QByteArrayLiteral(R"j({"format":1,"id":"tiny","title":"tiny","start":")j") + start +
           R"j(","duration_minutes":1,"injects":[
              {"id":"a","at_minutes":0,"synopsis":"s","kind":"new_incident","incident":"A","title":"t","facts":{"cause":"wage_arrears","participants":40}},
              {"id":"b","at_minutes":1,"synopsis":"m","kind":"message","incident":"A","text":"x"}]})j";
}

} // namespace

class TestCliSafety : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_db = m_dir->filePath(s("cd.sqlite"));
        const auto r = runCli({s("incident"), s("new"), s("--db"), m_db, s("--facts"), s("-"), s("--at"), s("2026-11-22T03:10:00+08:00")},
                              R"j({"cause":"wage_arrears","participants":260,"county":"莲都区"})j");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(eventCount(m_db), qint64(1));
    }

    // --- item 1: outputs ---------------------------------------------------------------
    void outputNeverReplacesTheJournal_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("target"); // relative to the journal
        QTest::addColumn<bool>("force");
        for (const char *cmd : {"export-csv", "export-cap", "report", "drill"}) {
            const QString option = qstrcmp(cmd, "drill") == 0 ? s("--report") : s("--out");
            for (const char *suffix : {"", "-wal", "-shm"})
                for (const bool force : {false, true})
                    QTest::addRow("%s %s%s%s", cmd, "db", suffix, force ? " --force" : "") << s(cmd) << option << s(suffix) << force;
            QTest::addRow("%s via ./", cmd) << s(cmd) << option << s("./") << true;
            QTest::addRow("%s via symlink", cmd) << s(cmd) << option << s("symlink") << true;
            QTest::addRow("%s via hard link", cmd) << s(cmd) << option << s("hardlink") << true;
        }
    }
    void outputNeverReplacesTheJournal()
    {
        QFETCH(QString, command);
        QFETCH(QString, option);
        QFETCH(QString, target);
        QFETCH(bool, force);
        QString out = m_db + target;
        if (target == QLatin1String("./")) {
            out = m_dir->path() + s("/./cd.sqlite");
        } else if (target == QLatin1String("symlink")) {
            out = m_dir->filePath(s("link.csv"));
            QVERIFY(QFile::link(m_db, out));
        } else if (target == QLatin1String("hardlink")) {
            out = m_dir->filePath(s("hard.csv"));
            QCOMPARE(::link(QFile::encodeName(m_db).constData(), QFile::encodeName(out).constData()), 0);
        }
        const QByteArray before = readFile(m_db);
        const bool sidecarExisted = QFile::exists(out);
        QStringList args;
        if (command == QLatin1String("drill"))
            args = {s("drill"), s("run"), s("--scenario"), s(":/drills/wage-arrears-liandu.json")};
        else
            args = {command, s("--id"), s("1")};
        if (command == QLatin1String("report"))
            args << s("--kind") << s("initial");
        args << s("--db") << m_db << option << out;
        if (force)
            args << s("--force");
        const auto r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QFile::encodeName(out)) && r.err.contains("journal"), r.err.constData());
        QCOMPARE(readFile(m_db), before);
        QCOMPARE(QFile::exists(out), sidecarExisted || target.isEmpty() || target == QLatin1String("./") ||
                                         target == QLatin1String("symlink") || target == QLatin1String("hardlink"));
        QCOMPARE(eventCount(m_db), qint64(1)); // the drill did not run either
    }
    void outputRefusesAnExistingFileWithoutForce()
    {
        const QString out = m_dir->filePath(s("timeline.csv"));
        writeFile(out, "keep me");
        const QStringList base{s("export-csv"), s("--db"), m_db, s("--id"), s("1"), s("--out"), out};
        auto r = runCli(base);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QByteArray(QFile::encodeName(out) + ": already exists")) && r.err.contains("--force"), r.err.constData());
        QCOMPARE(readFile(out), QByteArray("keep me"));
        for (const QStringList &other : {QStringList{s("export-cap"), s("--db"), m_db, s("--id"), s("1"), s("--out"), out},
                                         QStringList{s("report"), s("--db"), m_db, s("--id"), s("1"), s("--kind"), s("initial"), s("--out"), out}}) {
            r = runCli(other);
            QCOMPARE(r.exitCode, 2);
            QCOMPARE(readFile(out), QByteArray("keep me"));
        }
        r = runCli(base + QStringList{s("--force")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(readFile(out).startsWith("\xEF\xBB\xBF")); // the CSV, with its BOM
        QCOMPARE(r.json().value(s("bytes")).toInteger(), readFile(out).size());
    }
    void outputIsWrittenWholeWithNothingLeftOver()
    {
        const QString out = m_dir->filePath(s("r.pdf"));
        const auto r = runCli({s("report"), s("--db"), m_db, s("--id"), s("1"), s("--kind"), s("initial"), s("--out"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(readFile(out).startsWith("%PDF-"));
        QVERIFY(readFile(out).trimmed().endsWith("%%EOF"));
        QCOMPARE(QFile(out).permissions() & QFileDevice::ReadOther, QFileDevice::ReadOther); // not a private temporary file
        const auto left = QDir(m_dir->path()).entryList({s("*.part")}, QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }
    void outputIntoAMissingFolderIsRefusedFirst()
    {
        const auto r = runCli({s("export-csv"), s("--db"), m_db, s("--id"), s("1"), s("--out"), m_dir->filePath(s("no/such/x.csv"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("does not exist"), r.err.constData());
        QVERIFY(!QFile::exists(m_dir->filePath(s("no"))));
    }

    // --- item 5: a refused drill writes nothing ----------------------------------------------
    void refusedDrillLeavesNothing_data()
    {
        QTest::addColumn<QByteArray>("scenario");
        QTest::addColumn<QByteArray>("responses");
        QTest::addColumn<QString>("message");
        QTest::newRow("correction of event 999")
            << QByteArray() << QByteArray(R"j({"responses":[{"at_minutes":5,"incident":"A","kind":"initial_judgment"},
                                              {"at_minutes":10,"incident":"A","kind":"correction","payload":{"corrects":999,"reason":"x"}}]})j")
            << s("responses[1].kind: a correction names a journal sequence number");
        QTest::newRow("scenario in 1960") << tinyScenario("1960-03-10T09:00:00+08:00") << QByteArray()
                                          << s("start/duration_minutes: the exercise must lie between 1970 and 2099");
        QTest::newRow("response before its incident")
            << QByteArray() << QByteArray(R"j({"responses":[{"at_minutes":0,"incident":"B","kind":"initial_judgment"}]})j")
            << s("responses[0].incident: no incident \"B\"");
        QTest::newRow("response as an array") << QByteArray() << QByteArray(R"j([{"at_minutes":5,"incident":"A","kind":"note"}])j")
                                              << s("$.responses: must be an object");
        QTest::newRow("facts the journal refuses")
            << QByteArray() << QByteArray(R"j({"responses":[{"at_minutes":5,"incident":"A","kind":"facts_updated","payload":{"facts":{"serious_injuries":50}}}]})j")
            << s("refused before anything was written");
    }
    void refusedDrillLeavesNothing()
    {
        QFETCH(QByteArray, scenario);
        QFETCH(QByteArray, responses);
        QFETCH(QString, message);
        QStringList args{s("drill"), s("run"), s("--db"), m_db, s("--scenario")};
        if (scenario.isEmpty()) {
            args << s("wage-arrears-liandu");
        } else {
            writeFile(m_dir->filePath(s("s.json")), scenario);
            args << m_dir->filePath(s("s.json"));
        }
        if (!responses.isEmpty()) {
            writeFile(m_dir->filePath(s("r.json")), responses);
            args << s("--responses") << m_dir->filePath(s("r.json"));
        }
        const QByteArray before = readFile(m_db);
        auto r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QCOMPARE(eventCount(m_db), qint64(1));
        QCOMPARE(readFile(m_db), before);
        // Into a journal that does not exist yet: not even the file is created.
        const QString fresh = m_dir->filePath(s("fresh.sqlite"));
        args[3] = fresh;
        r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(fresh));
    }

    // --- item 11: --speed ------------------------------------------------------------------
    void speedOutOfRange_data()
    {
        QTest::addColumn<QString>("speed");
        for (const char *bad : {"nan", "-0", "1e-300", "0.000001", "0", "inf", "-1", "1e3", "0x10", "", "4000", "0.5", " 10"})
            QTest::newRow(bad) << s(bad);
    }
    void speedOutOfRange()
    {
        QFETCH(QString, speed);
        writeFile(m_dir->filePath(s("s.json")), tinyScenario());
        const auto r = runCli({s("drill"), s("run"), s("--db"), m_db, s("--scenario"), m_dir->filePath(s("s.json")), s("--speed"), speed});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--speed: must be max or a factor of real time from 1 to 3600"), r.err.constData());
        QCOMPARE(eventCount(m_db), qint64(1));
    }
    void speedSixtyWaitsScaledTime()
    {
        writeFile(m_dir->filePath(s("s.json")), tinyScenario());
        QElapsedTimer t;
        t.start();
        const auto r = runCli({s("drill"), s("run"), s("--db"), m_db, s("--scenario"), m_dir->filePath(s("s.json")), s("--speed"), s("60")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(t.elapsed() >= 1000, qPrintable(QString::number(t.elapsed()))); // one drill minute at 60× is a second
        QCOMPARE(eventCount(m_db), qint64(1 + 3)); // reported + inject, then the message inject
    }

    // --- item 9: workdays range ---------------------------------------------------------
    void workdaysOutOfRange_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("add");
        QTest::addColumn<QString>("message");
        QTest::newRow("9999 + 3650") << s("9999-12-31") << s("3650") << s("--from: 9999-12-31 is outside the supported range 1970-01-01 to 2099-12-31");
        QTest::newRow("year 1") << s("0001-01-01") << s("1") << s("--from: 0001-01-01 is outside the supported range");
        QTest::newRow("1969") << s("1969-12-31") << s("1") << s("--from: 1969-12-31 is outside");
        QTest::newRow("result past 2099") << s("2099-12-31") << s("1") << s("1 working days after 2099-12-31 falls after 2099-12-31");
        QTest::newRow("3650 from 2090") << s("2090-01-01") << s("3650") << s("falls after 2099-12-31");
    }
    void workdaysOutOfRange()
    {
        QFETCH(QString, from);
        QFETCH(QString, add);
        QFETCH(QString, message);
        QTemporaryDir empty;
        const auto r = runCli({s("workdays"), s("--from"), from, s("--add"), add, s("--calendar-dir"), empty.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }
    void workdaysAtTheEdgesOfTheRange()
    {
        QTemporaryDir empty;
        auto r = runCli({s("workdays"), s("--from"), s("1970-01-01"), s("--add"), s("1"), s("--calendar-dir"), empty.path()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(s("date")).toString(), s("1970-01-02"));
        QCOMPARE(r.json().value(s("due")).toString(), s("1970-01-02T23:59:59+08:00")); // not local mean time
        QCOMPARE(r.json().value(s("covered")).toBool(), false);
        r = runCli({s("workdays"), s("--from"), s("2099-12-30"), s("--add"), s("1"), s("--calendar-dir"), empty.path()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(s("date")).toString(), s("2099-12-31"));
    }

    // --- item 10: calendar plausibility --------------------------------------------------
    void emptyNoticeIsRefused()
    {
        QTemporaryDir store;
        const QString file = m_dir->filePath(s("empty.json"));
        writeFile(file, R"j({"source":"x","coverage":{"first":"2004-01-01","last":"2026-10-07"},"holidays":[],"adjusted_workdays":[]})j");
        auto r = runCli({s("calendar"), s("import"), file, s("--replace"), s("--calendar-dir"), store.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("not a plausible holiday notice") && r.err.contains("2004: no 元旦, 春节, 劳动, 国庆") &&
                     r.err.contains("2025: no 元旦, 春节, 劳动, 国庆, 清明, 端午"),
                 r.err.constData());
        QVERIFY(QDir(store.path()).isEmpty());
        r = runCli({s("workdays"), s("--from"), s("2025-09-30"), s("--add"), s("1"), s("--calendar-dir"), store.path()});
        QCOMPARE(r.json().value(s("date")).toString(), s("2025-10-09")); // 国庆 still holidays
    }
    void noticeThatRemovesHolidaysNeedsReplace()
    {
        // The embedded 2025 notice without 2025-10-08 (the last day of the 国庆/中秋 break).
        QFile embedded(s(":/calendar/cn-public-holidays.json"));
        QVERIFY(embedded.open(QIODevice::ReadOnly));
        const auto all = QJsonDocument::fromJson(embedded.readAll()).object();
        QJsonArray holidays, adjusted;
        for (const auto &h : all.value(s("holidays")).toArray())
            if (h[s("date")].toString().startsWith(s("2025")) && h[s("date")].toString() != s("2025-10-08"))
                holidays.append(h);
        for (const auto &h : all.value(s("adjusted_workdays")).toArray())
            if (h[s("date")].toString().startsWith(s("2025")))
                adjusted.append(h);
        const QJsonObject notice{{s("source"), s("revised")},
                                 {s("coverage"), QJsonObject{{s("first"), s("2025-01-01")}, {s("last"), s("2025-12-31")}}},
                                 {s("holidays"), holidays},
                                 {s("adjusted_workdays"), adjusted}};
        const QString file = m_dir->filePath(s("2025.json"));
        writeFile(file, QJsonDocument(notice).toJson());
        QTemporaryDir store;
        auto r = runCli({s("calendar"), s("import"), file, s("--calendar-dir"), store.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("would remove 1 holiday(s) of the years 2025–2025") && r.err.contains("2025-10-08 国庆节") &&
                     r.err.contains("--replace"),
                 r.err.constData());
        QVERIFY(QDir(store.path()).isEmpty());
        r = runCli({s("calendar"), s("import"), file, s("--replace"), s("--calendar-dir"), store.path()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(s("removed_holidays")).toArray(), QJsonArray{s("2025-10-08 国庆节")});
        r = runCli({s("workdays"), s("--from"), s("2025-10-07"), s("--add"), s("1"), s("--calendar-dir"), store.path()});
        QCOMPARE(r.json().value(s("date")).toString(), s("2025-10-08"));
    }

    // --- item 13: pure commands write nothing -------------------------------------------
    void pureCommandsLeaveHomeEmpty()
    {
        QTemporaryDir home, work;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(s("HOME"), home.path());
        for (const char *xdg : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"})
            env.remove(s(xdg));
        const QByteArray facts = R"j({"cause":"wage_arrears","participants":260})j";
        const auto listHome = [&] {
            QStringList names;
            QDirIterator it(home.path(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext())
                names << it.next();
            return names;
        };
        QCOMPARE(runCli({s("grade"), s("--facts"), s("-")}, facts, env).exitCode, 0);
        QCOMPARE(runCli({s("plans")}, {}, env).exitCode, 0);
        QCOMPARE(runCli({s("workdays"), s("--from"), s("2025-09-30"), s("--add"), s("1")}, {}, env).exitCode, 0);
        QCOMPARE(runCli({s("verify"), s("--db"), m_db}, {}, env).exitCode, 0);
        QCOMPARE(runCli({s("incident"), s("list"), s("--db"), m_db}, {}, env).exitCode, 0);
        QCOMPARE(runCli({s("grade"), s("--facts"), s("-")}, "{", env).exitCode, 2);
        QVERIFY2(listHome().isEmpty(), qPrintable(listHome().join(QLatin1Char(' '))));
        // A command that changes the journal keeps its log (the check above could see one).
        QCOMPARE(runCli({s("incident"), s("new"), s("--db"), work.filePath(s("j.sqlite")), s("--facts"), s("-")}, facts, env).exitCode, 0);
        QVERIFY2(listHome().join(QLatin1Char(' ')).contains(s("commanddesk-cli.log")), qPrintable(listHome().join(QLatin1Char(' '))));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_cli_safety.moc"
