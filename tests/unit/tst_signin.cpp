// Signing in at a shared desk, the status bar's word on who signs and whether the journal is
// reachable, and live refresh between two connections to one SQLite file.
#include "JournalFixture.h"
#include "ConnectionStatus.h"
#include "SignInDialog.h"
#include "items/IncidentStore.h"
#include "journal/JournalWatcher.h"

#include <QApplication>
#include <QSignalSpy>
#include <QLineEdit>
#include <QTest>

class TestSignIn : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wrongPasswordKeepsTheDialogOpen();
    void handoverSignsTheNextEventsWithTheNewOperator();
    void statusBarSaysOfflineInRed();
    void anotherConnectionsAppendIsRefoldedHere();
};

namespace {
// The fixture's accounts carry one-round hashes of "pw".
std::optional<QString> attempt(cd::Journal &j, const QString &login, const QString &password) { return j.signIn(login, password); }
} // namespace

void TestSignIn::wrongPasswordKeepsTheDialogOpen()
{
    JournalFixture f;
    cd::Journal::Options o;
    o.path = f.path;
    auto journal = cd::Journal::open(o, f.clock, *testLibrary()).value();
    QVERIFY(journal->needsSignIn());
    cd::SignInDialog dialog(journal->path(), QString(), [&](const QString &l, const QString &p) { return attempt(*journal, l, p); });
    dialog.show();
    dialog.submit(QStringLiteral("duty"), QStringLiteral("wrong"));
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.problem().contains(QStringLiteral("wrong password")), qPrintable(dialog.problem()));
    QVERIFY(journal->needsSignIn());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("password"))->text(), QString()); // not kept
    dialog.submit(QStringLiteral("duty"), QStringLiteral("pw"));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!journal->needsSignIn());
    QCOMPARE(journal->account().display, QStringLiteral("值班员乙"));
}

void TestSignIn::handoverSignsTheNextEventsWithTheNewOperator()
{
    JournalFixture f;
    f.signInAs(QStringLiteral("duty"));
    const qint64 id = f.newIncident(R"j({"participants":10})j");
    cd::ConnectionStatus status(*f.journal);
    QVERIFY2(status.text().contains(QStringLiteral("值班员乙")), qPrintable(status.text()));
    // 交接班: the incoming shift leader signs in on the same window, no restart.
    QVERIFY(!f.journal->signIn(QStringLiteral("leader"), QStringLiteral("pw")));
    status.refresh();
    QVERIFY2(status.text().contains(QStringLiteral("带班领导")), qPrintable(status.text()));
    f.add(id, "note", R"j({"text":"接班"})j", "2026-11-22T03:20:00+08:00");
    const auto events = f.journal->events(id).value();
    QCOMPARE(events.first().actor, QStringLiteral("值班员乙 (duty)"));
    QCOMPARE(events.last().actor, QStringLiteral("带班领导 (leader)"));
    // A disabled account cannot sign in.
    f.tamper({QStringLiteral("UPDATE accounts SET disabled = 1 WHERE login = 'chief'")});
    QVERIFY(f.journal->signIn(QStringLiteral("chief"), QStringLiteral("pw")).value_or(QString()).contains(QStringLiteral("disabled")));
}

void TestSignIn::statusBarSaysOfflineInRed()
{
    JournalFixture f;
    cd::ConnectionStatus status(*f.journal);
    QVERIFY(status.isOnline());
    status.setOnline(false, QStringLiteral("server closed the connection"));
    QVERIFY(!status.isOnline());
    QVERIFY(status.styleSheet().contains(QStringLiteral("#c62828")));
    QVERIFY(status.toolTip().contains(QStringLiteral("server closed the connection")));
    status.setOnline(true, QStringLiteral("Back online"));
    QVERIFY(status.styleSheet().isEmpty());
}

void TestSignIn::anotherConnectionsAppendIsRefoldedHere()
{
    JournalFixture f;
    const qint64 id = f.newIncident(R"j({"cause":"wage_arrears","participants":260})j");
    // Desk B: its own journal connection and store on the same file, and a watcher.
    cd::Journal::Options o;
    o.path = f.path;
    auto bJournal = cd::Journal::open(o, f.clock, *testLibrary()).value();
    cd::IncidentStore b(testLibrary(), cd::WorkCalendar::builtin(), f.clock, *bJournal);
    QVERIFY(b.reload().ok());
    cd::JournalWatcher watcher({cd::StoreLocation::parse(f.path).value(), {}, -1, 100});
    QObject::connect(&watcher, &cd::JournalWatcher::appended, &b, [&b](const QList<cd::StoredEvent> &e) { (void)b.applyAppended(e); });
    QVERIFY(!watcher.start());
    QSignalSpy changed(&b, &cd::IncidentStore::incidentChanged);
    QSignalSpy added(&b, &cd::IncidentStore::incidentAdded);
    f.add(id, "facts_updated", R"j({"facts":{"participants":1200}})j", "2026-11-22T03:20:00+08:00");
    QVERIFY(changed.wait(2000));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(b.incident(id)->events.size(), 2);
    const qint64 second = f.newIncident(R"j({"participants":30})j");
    QVERIFY(added.wait(2000));
    QCOMPARE(added.first().first().toLongLong(), second);
    QCOMPARE(changed.size(), 1); // only the incidents that received events were refolded
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
