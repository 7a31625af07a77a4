// Centre-wide settings: the centre's file is read before the user's own settings, locked
// keys win, a bad value is reported with its key and file and the default is used, and the
// documented file that the package installs lists every key with its default.
#include "settings/CentreSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

class TestCentreSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultsWithoutAFile();
    void centreValuesUnderTheUsersOwn();
    void lockedKeysWin();
    void badValuesNameKeyAndFile_data();
    void badValuesNameKeyAndFile();
    void badUserValueFallsBackToTheCentre();
    void environmentNamesTheFile();
    void shippedFileDocumentsEveryKey();

private:
    QString writeCentre(const QByteArray &ini);
    QTemporaryDir m_dir;
};

void TestCentreSettings::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CommandDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("commanddesk-test-settings"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("user")));
}

void TestCentreSettings::init()
{
    QSettings().clear();
}

QString TestCentreSettings::writeCentre(const QByteArray &ini)
{
    // A new name each time: QSettings caches what it read of a file.
    static int n = 0;
    const QString path = m_dir.filePath(QStringLiteral("centre-%1.conf").arg(++n));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write the centre file");
    f.write(ini);
    return path;
}

void TestCentreSettings::defaultsWithoutAFile()
{
    const auto s = CentreSettings::load(m_dir.filePath(QStringLiteral("missing.conf")));
    QVERIFY(s.problems().isEmpty());
    QCOMPARE(s.text(QStringLiteral("report/issuer")), QStringLiteral("丽水市应急指挥中心"));
    QCOMPARE(s.value(QStringLiteral("alarms/volume")).toInt(), 80);
    QCOMPARE(s.text(QStringLiteral("ui/language")), QStringLiteral("zh_CN"));
    QVERIFY(s.centreStore().endsWith(QStringLiteral("commanddesk.sqlite")));
}

void TestCentreSettings::centreValuesUnderTheUsersOwn()
{
    const QString path = writeCentre("[report]\nissuer=青田县应急管理局\nnumberPrefix=青应指\n[alarms]\nvolume=40\n"
                                     "[journal]\nstore=postgresql://desk@db.centre.local/commanddesk\n");
    auto s = CentreSettings::load(path);
    QVERIFY2(s.problems().isEmpty(), qPrintable(s.problems().join(QLatin1Char('\n'))));
    QCOMPARE(s.text(QStringLiteral("report/issuer")), QStringLiteral("青田县应急管理局"));
    QCOMPARE(s.text(QStringLiteral("report/numberPrefix")), QStringLiteral("青应指"));
    QCOMPARE(s.value(QStringLiteral("alarms/volume")).toInt(), 40);
    QVERIFY(s.setByCentre(QStringLiteral("alarms/volume")));
    QCOMPARE(s.centreStore(), QStringLiteral("postgresql://desk@db.centre.local/commanddesk"));
    // The user's own value wins over the centre's default, and clearing it brings that back.
    QCOMPARE(s.setUserValue(QStringLiteral("alarms/volume"), 65), std::nullopt);
    QCOMPARE(CentreSettings::load(path).value(QStringLiteral("alarms/volume")).toInt(), 65);
    QCOMPARE(s.setUserValue(QStringLiteral("alarms/volume"), QString()), std::nullopt);
    QCOMPARE(CentreSettings::load(path).value(QStringLiteral("alarms/volume")).toInt(), 40);
}

void TestCentreSettings::lockedKeysWin()
{
    const QString path = writeCentre("[General]\nlocked=report/issuer, alarms/volume\n[report]\nissuer=丽水市应急指挥中心\n");
    QSettings().setValue(QStringLiteral("report/issuer"), QStringLiteral("我的单位"));
    auto s = CentreSettings::load(path);
    QVERIFY2(s.problems().isEmpty(), qPrintable(s.problems().join(QLatin1Char('\n'))));
    QVERIFY(s.isLocked(QStringLiteral("report/issuer")));
    QVERIFY(s.isLocked(QStringLiteral("alarms/volume")));
    QVERIFY(!s.isLocked(QStringLiteral("report/contact")));
    QCOMPARE(s.text(QStringLiteral("report/issuer")), QStringLiteral("丽水市应急指挥中心"));
    QCOMPARE(s.value(QStringLiteral("alarms/volume")).toInt(), 80); // locked at its default
    const auto refused = s.setUserValue(QStringLiteral("alarms/volume"), 10);
    QVERIFY(refused && refused->contains(path));
    QVERIFY(!QSettings().contains(QStringLiteral("alarms/volume")));
}

void TestCentreSettings::badValuesNameKeyAndFile_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("name");
    QTest::newRow("volume") << QByteArray("[alarms]\nvolume=loud\n") << "alarms/volume" << "80";
    QTest::newRow("volume range") << QByteArray("[alarms]\nvolume=120\n") << "alarms/volume" << "80";
    QTest::newRow("language") << QByteArray("[ui]\nlanguage=fr\n") << "ui/language" << "zh_CN";
    QTest::newRow("store") << QByteArray("[journal]\nstore=relative/journal.sqlite\n") << "journal/store" << "";
    QTest::newRow("store url") << QByteArray("[journal]\nstore=mysql://x@y/z\n") << "journal/store" << "";
    QTest::newRow("missing file") << QByteArray("[map]\nurbanAreaFile=/nonexistent/urban.geojson\n") << "map/urbanAreaFile" << "";
    QTest::newRow("sound") << QByteArray("[alarms]\nurgentSound=/nonexistent/a.wav\n") << "alarms/urgentSound" << "";
    QTest::newRow("folder") << QByteArray("[calendar]\nnoticeFolder=/nonexistent/notices\n") << "calendar/noticeFolder" << "";
    QTest::newRow("empty issuer") << QByteArray("[report]\nissuer=\n") << "report/issuer" << "丽水市应急指挥中心";
    QTest::newRow("unknown key") << QByteArray("[report]\nisuer=x\n") << "report/isuer" << "";
    QTest::newRow("unknown locked") << QByteArray("[General]\nlocked=report/isuer\n") << "report/isuer" << "";
}

void TestCentreSettings::badValuesNameKeyAndFile()
{
    QFETCH(QByteArray, ini);
    QFETCH(QString, key);
    QFETCH(QString, name);
    const QString path = writeCentre(ini);
    const auto s = CentreSettings::load(path);
    QCOMPARE(s.problems().size(), 1);
    const QString problem = s.problems().front();
    QVERIFY2(problem.contains(key) && problem.contains(path), qPrintable(problem));
    if (CentreSettings::find(key)) // the program goes on with the default
        QCOMPARE(s.text(key), name);
}

void TestCentreSettings::badUserValueFallsBackToTheCentre()
{
    const QString path = writeCentre("[alarms]\nvolume=30\n");
    QSettings().setValue(QStringLiteral("alarms/volume"), QStringLiteral("very loud"));
    const auto s = CentreSettings::load(path);
    QCOMPARE(s.problems().size(), 1);
    QVERIFY2(s.problems().front().contains(QSettings().fileName()), qPrintable(s.problems().front()));
    QCOMPARE(s.value(QStringLiteral("alarms/volume")).toInt(), 30);
    auto writable = s;
    QVERIFY(writable.setUserValue(QStringLiteral("alarms/volume"), QStringLiteral("300")).has_value());
}

void TestCentreSettings::environmentNamesTheFile()
{
    const QString path = writeCentre("[report]\ncontact=值班电话 0578-0000000\n");
    qputenv("COMMANDDESK_CENTRE_CONF", path.toLocal8Bit());
    QCOMPARE(CentreSettings::centreFilePath(), path);
    QCOMPARE(CentreSettings::load().text(QStringLiteral("report/contact")), QStringLiteral("值班电话 0578-0000000"));
    qunsetenv("COMMANDDESK_CENTRE_CONF");
    QCOMPARE(CentreSettings::centreFilePath(), QStringLiteral("/etc/commanddesk/commanddesk.conf"));
}

void TestCentreSettings::shippedFileDocumentsEveryKey()
{
    QFile f(QStringLiteral(CD_SOURCE_DIR "/packaging/commanddesk.conf"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    // As shipped every key is commented out: the file changes nothing until a centre edits it.
    const auto shipped = CentreSettings::load(f.fileName());
    QVERIFY2(shipped.problems().isEmpty(), qPrintable(shipped.problems().join(QLatin1Char('\n'))));
    for (const auto &key : CentreSettings::keys()) {
        const QString group = key.name.section(QLatin1Char('/'), 0, 0), name = key.name.section(QLatin1Char('/'), 1);
        const qsizetype at = text.indexOf(QStringLiteral("[%1]").arg(group));
        QVERIFY2(at >= 0, qPrintable(group));
        const QString line = QStringLiteral("\n#%1=%2\n").arg(name, key.defaultValue.toString());
        QVERIFY2(text.indexOf(line, at) > at, qPrintable(key.name + QStringLiteral(": documented default missing")));
    }
}

QTEST_GUILESS_MAIN(TestCentreSettings)
#include "tst_centresettings.moc"
