// The help table is the one source of --help, `help COMMAND` and the manual page: every
// command the dispatcher accepts has an entry and every entry a command, every option a
// form's parser accepts is described and nothing else, in Chinese and in English.
#include "CliRunner.h"
#include "cli/CliHelp.h"
#include "cli/Dispatch.h"

#include <QRegularExpression>
#include <QSet>

using namespace cd;

namespace {

bool hasCjk(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

void checkText(const help::Text &t, const QString &where)
{
    QString en = QString::fromUtf8(t.en);
    const QString zh = QString::fromUtf8(t.zh);
    QVERIFY2(!en.isEmpty() && !zh.isEmpty(), qPrintable(where));
    QVERIFY2(hasCjk(zh), qPrintable(where + QStringLiteral(": the Chinese text has no Chinese")));
    QVERIFY2(!hasCjk(en.remove(QRegularExpression(QStringLiteral("[首续终报演练姓名]")))), qPrintable(where + QStringLiteral(": English text")));
}

} // namespace

class TestCliHelp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dispatcherAndHelpAgree();
    void everyTextInBothLanguages();
    void formsDescribeWhatTheParserAccepts_data();
    void formsDescribeWhatTheParserAccepts();
    void helpCommandFollowsLanguage();
    void helpAndVersion();
    void manPage();
};

void TestCliHelp::dispatcherAndHelpAgree()
{
    QStringList dispatched;
    for (const auto &[name, run] : cli::dispatchTable())
        dispatched << name;
    QStringList documented = cli::cliCommandNames();
    dispatched.sort();
    documented.sort();
    QCOMPARE(documented, dispatched);
}

void TestCliHelp::everyTextInBothLanguages()
{
    QSet<QString> described;
    for (const help::Option &o : cli::cliOptions() + cli::cliGlobalOptions()) {
        QVERIFY2(!described.contains(QLatin1String(o.name)), o.name); // described once
        described << QLatin1String(o.name);
        checkText(o.text, QLatin1String(o.name));
    }
    for (const auto &f : cli::cliCommands()) {
        checkText(f.summary, QLatin1String(f.command));
        for (const QString &o : f.options)
            QVERIFY2(described.contains(o), qPrintable(QLatin1String(f.command) + QStringLiteral(": ") + o + QStringLiteral(" is not described")));
    }
    for (const auto &e : cli::cliExitCodes() + cli::cliEnvironment() + cli::cliFiles())
        checkText(e.text, QLatin1String(e.name));
    QCOMPARE(cli::cliExitCodes().size(), 6); // 0 … 5 (CliIo.h ExitCode)
}

void TestCliHelp::formsDescribeWhatTheParserAccepts_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("documented");
    QSet<QString> seen;
    for (const auto &f : cli::cliCommands()) {
        QStringList args{QLatin1String(f.command)};
        if (f.sub && QLatin1String(f.command) != QLatin1String("calendar")) // calendar's word is positional
            args << QLatin1String(f.sub);
        if (seen.contains(args.join(QLatin1Char(' '))))
            continue;
        seen << args.join(QLatin1Char(' '));
        QStringList documented = f.options;
        documented.sort();
        QTest::newRow(qPrintable(args.join(QLatin1Char(' ')))) << args << documented;
    }
}

void TestCliHelp::formsDescribeWhatTheParserAccepts()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, documented);
    const auto r = runCli(args + QStringList{QStringLiteral("--no-such-option")});
    QCOMPARE(r.exitCode, 2);
    static const QRegularExpression takes(QStringLiteral("this command takes: ([^)]*)\\)"));
    const auto m = takes.match(QString::fromUtf8(r.err));
    QVERIFY2(m.hasMatch(), r.err.constData());
    QStringList accepted = m.captured(1).split(QStringLiteral(", "));
    accepted.sort();
    QCOMPARE(documented, accepted);
}

void TestCliHelp::helpCommandFollowsLanguage()
{
    for (const QString &name : cli::cliCommandNames()) {
        const auto en = runCli({QStringLiteral("help"), name, QStringLiteral("--lang"), QStringLiteral("en")});
        const auto zh = runCli({QStringLiteral("--lang=zh_CN"), QStringLiteral("help"), name});
        QCOMPARE(en.exitCode, 0);
        QCOMPARE(zh.exitCode, 0);
        QVERIFY2(!hasCjk(QString::fromUtf8(en.out).remove(QRegularExpression(QStringLiteral("[首续终报演练姓名]")))), en.out.constData());
        QVERIFY2(hasCjk(QString::fromUtf8(zh.out)), zh.out.constData());
        for (const auto &f : cli::cliCommands())
            if (name == QLatin1String(f.command))
                for (const QString &o : f.options)
                    QVERIFY2(en.out.contains(o.toUtf8()) && zh.out.contains(o.toUtf8()), qPrintable(name + QLatin1Char(' ') + o));
        // COMMAND --help is the same text.
        QCOMPARE(runCli({name, QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")}).out, en.out);
    }
    const auto unknown = runCli({QStringLiteral("help"), QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
}

void TestCliHelp::helpAndVersion()
{
    const auto en = runCli({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(en.exitCode, 0);
    QVERIFY(en.out.startsWith("usage: commanddesk-cli"));
    for (const char *needle : {"exit codes:", "COMMANDDESK_USER", "COMMANDDESK_CENTRE_CONF", "  5\n", "user set-role", "db copy"})
        QVERIFY2(en.out.contains(needle), needle);
    const auto zh = runCli({QStringLiteral("--help")}); // HOME is the test's: no setting, Chinese
    QVERIFY2(zh.out.contains("退出码"), zh.out.constData());
    const auto version = runCli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith(QByteArray("commanddesk-cli " CD_VERSION "\n")), version.out.constData());
}

void TestCliHelp::manPage()
{
    for (const char *lang : {"en", "zh_CN"}) {
        const auto r = runCli({QStringLiteral("--man"), QStringLiteral("--lang"), QLatin1String(lang)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(".TH COMMANDDESK-CLI 1"));
        for (const QString &name : cli::cliCommandNames())
            QVERIFY2(r.out.contains(QByteArray("\n.B ").append(QString(name).replace(QLatin1Char('-'), QStringLiteral("\\-")).toUtf8())), qPrintable(name));
        for (const auto &o : cli::cliOptions())
            QVERIFY2(r.out.contains(QString::fromLatin1(o.name).replace(QLatin1Char('-'), QStringLiteral("\\-")).toUtf8()), o.name);
        // man renders it, as lintian does (a locale set): the zh_CN page once made groff spin.
        QProcess man;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        man.setProcessEnvironment(env);
        QTemporaryDir dir; // where the package puts it: man reads the page's language from the path
        const QString folder = dir.filePath(qstrcmp(lang, "en") == 0 ? QStringLiteral("usr/share/man/man1") : QStringLiteral("usr/share/man/zh_CN/man1"));
        QVERIFY(QDir().mkpath(folder));
        QFile page(folder + QStringLiteral("/commanddesk-cli.1"));
        QVERIFY(page.open(QIODevice::WriteOnly) && page.write(r.out) == r.out.size());
        page.close();
        man.start(QStringLiteral("man"), {QStringLiteral("-E"), QStringLiteral("UTF-8"), QStringLiteral("-l"), QStringLiteral("-Tutf8"),
                                          QStringLiteral("-Z"), page.fileName()});
        if (!man.waitForStarted())
            QSKIP("man is not installed here");
        const bool done = man.waitForFinished(20000);
        if (!done)
            man.kill();
        QVERIFY2(done && man.exitCode() == 0, lang);
    }
}

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_cli_help.moc"
