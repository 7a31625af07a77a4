// File → Settings: shows the user's settings over the centre's, marks and disables the keys
// the centre fixes, stores what the user changes and refuses a bad value without storing it.
#include "SettingsDialog.h"
#include "settings/CentreSettings.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace cd;

class TestSettingsDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lockedKeysAreShownAndDisabled();
    void changesAreStoredAndBadOnesRefused();

private:
    QTemporaryDir m_dir;
};

void TestSettingsDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CommandDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("commanddesk-test-settingsdialog"));
    QSettings().clear();
    const QString path = m_dir.filePath(QStringLiteral("centre.conf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[General]\nlocked=report/issuer\n[report]\nissuer=青田县应急管理局\ncontact=值班室 0578-0000000\n[alarms]\nvolume=40\n");
    f.close();
    qputenv("COMMANDDESK_CENTRE_CONF", path.toLocal8Bit());
}

void TestSettingsDialog::lockedKeysAreShownAndDisabled()
{
    SettingsDialog dialog;
    auto *issuer = dialog.findChild<QLineEdit *>(QStringLiteral("report/issuer"));
    QVERIFY(issuer);
    QVERIFY(!issuer->isEnabled());
    QCOMPARE(issuer->text(), QStringLiteral("青田县应急管理局"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("report/issuer#locked")));
    auto *contact = dialog.findChild<QLineEdit *>(QStringLiteral("report/contact"));
    QVERIFY(contact && contact->isEnabled());
    QCOMPARE(contact->text(), QString());                          // no value of the user's own
    QCOMPARE(contact->placeholderText(), QStringLiteral("值班室 0578-0000000")); // the centre's shows through
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("report/contact#locked")));
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("alarms/volume"))->value(), 40);
    if (const QString shot = qEnvironmentVariable("CD_SETTINGS_SCREENSHOT"); !shot.isEmpty()) { // to look at it, in Chinese
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/commanddesk_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        SettingsDialog shown;
        shown.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shown));
        QVERIFY(shown.grab().save(shot));
        QCoreApplication::removeTranslator(&zh);
    }
}

void TestSettingsDialog::changesAreStoredAndBadOnesRefused()
{
    {
        SettingsDialog dialog;
        dialog.findChild<QLineEdit *>(QStringLiteral("report/contact"))->setText(QStringLiteral("张三 13800000000"));
        dialog.findChild<QSpinBox *>(QStringLiteral("alarms/volume"))->setValue(70);
        QVERIFY2(dialog.apply(), qPrintable(dialog.lastErrors().join(QLatin1Char('\n'))));
    }
    auto s = CentreSettings::load();
    QCOMPARE(s.text(QStringLiteral("report/contact")), QStringLiteral("张三 13800000000"));
    QCOMPARE(s.value(QStringLiteral("alarms/volume")).toInt(), 70);
    QCOMPARE(s.text(QStringLiteral("report/issuer")), QStringLiteral("青田县应急管理局"));
    QVERIFY(!QSettings().contains(QStringLiteral("report/issuer"))); // locked: never written

    SettingsDialog dialog;
    auto *store = dialog.findChild<QLineEdit *>(QStringLiteral("journal/store"));
    QVERIFY(store);
    store->setText(QStringLiteral("relative/journal.sqlite"));
    QVERIFY(!dialog.apply());
    QCOMPARE(dialog.lastErrors().size(), 1);
    QVERIFY(dialog.lastErrors().front().contains(QStringLiteral("journal/store")));
    QVERIFY(!QSettings().contains(QStringLiteral("journal/store")));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
