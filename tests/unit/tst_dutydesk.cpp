// The duty office on the dashboard (issue 17): the 值班 menu, the shift on duty in the status
// bar, the roster dialog (scheduling refused to a duty operator, a bad CSV writing nothing),
// the handover dialog confirmed by the incoming operator's sign-in, and the duty log dialog.
// With CD_SCREENSHOTS=DIR the dialogs are saved there as PNG to be looked at.
#include "JournalFixture.h"
#include "journal/Roles.h"
#include "journal/EventKinds.h"
#include "DutyLogDialog.h"
#include "DutyOffice.h"
#include "HandoverDialog.h"
#include "MainWindow.h"
#include "RosterDialog.h"
#include "geo/RegionMap.h"
#include "items/IncidentStore.h"

#include <QLabel>
#include <QMenuBar>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

namespace {

const QByteArray WageFacts = R"j({"cause":"wage_arrears","participants":40,"urban":true,"county":"莲都区","location":{"lat":28.45,"lon":119.92}})j";

void screenshot(QWidget &w, const char *name)
{
    const QString dir = qEnvironmentVariable("CD_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    w.show();
    QTest::qWait(50);
    w.grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

cd::Shift dayShift()
{
    cd::Shift s;
    s.date = QDate(2026, 11, 22);
    s.name = QStringLiteral("夜班");
    s.start = QTime(0, 0);
    s.end = QTime(8, 0);
    s.operators = {QStringLiteral("张三"), QStringLiteral("李四")};
    s.leader = QStringLiteral("王五");
    return s;
}

int registerEvents(JournalFixture &f) { return int(f.journal->events(cd::CentreRegisterId).value().size()); }

} // namespace

class TestDutyDesk : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void menuAndShiftOnDuty();
    void rosterDialogRefusesAndImports();
    void handoverConfirmedByTheIncomingOperator();
    void dutyLogDialogShowsTheDay();
};

// Screenshots are taken as the desk shows by default: in Chinese.
void TestDutyDesk::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("CD_SCREENSHOTS"))
        return;
    static QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/commanddesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&zh);
}

void TestDutyDesk::menuAndShiftOnDuty()
{
    JournalFixture f;
    cd::RegionMap urban = cd::RegionMap::loadFile(QStringLiteral(":/geo/urban-area.geojson")).value();
    cd::IncidentStore store{testLibrary(), cd::WorkCalendar::builtin(), f.clock, *f.journal};
    store.reload();
    cd::MainWindow window(store, cd::RegionMap::lishuiCounties(), urban);
    QVERIFY(window.findChild<QMenu *>(QStringLiteral("dutyMenu")));
    QLabel *label = window.dutyOffice()->shiftLabel();
    const bool zh = !qEnvironmentVariableIsEmpty("CD_SCREENSHOTS");
    QCOMPARE(label->text(), zh ? QStringLiteral("当班:排班表中无当前班次") : QStringLiteral("On duty: no shift in the roster"));
    QVERIFY(f.journal->append({cd::CentreRegisterId, QStringLiteral("shift_scheduled"), dayShift().toPayload(), f.clock.now(), {}}));
    window.dutyOffice()->updateShift(true);
    // 03:10 on the 22nd lies in the shift 00:00—08:00.
    QCOMPARE(label->text(), zh ? QStringLiteral("当班:夜班 张三、李四 · 带班 王五") : QStringLiteral("On duty: 夜班 张三、李四 · leader 王五"));
    window.resize(1400, 800);
    screenshot(window, "main-window");
    // A note for the next shift from the menu's action: in the register, flagged for the handover.
    QVERIFY(window.dutyOffice()->recordNote(QStringLiteral("明晨8时例会")));
    const cd::StoredEvent note = f.journal->events(cd::CentreRegisterId).value().last();
    QCOMPARE(note.kind, QStringLiteral("note"));
    QCOMPARE(note.payload().value(QLatin1String("next_shift")).toBool(), true);
    f.clock.setNow(JournalFixture::at("2026-11-22T08:00:00+08:00"));
    window.dutyOffice()->updateShift();
    QCOMPARE(label->text(), zh ? QStringLiteral("当班:排班表中无当前班次") : QStringLiteral("On duty: no shift in the roster"));
}

void TestDutyDesk::rosterDialogRefusesAndImports()
{
    JournalFixture f;
    f.signInAs(QStringLiteral("duty")); // a duty operator does not keep the roster
    cd::RosterDialog dialog(*f.journal, f.clock);
    QVERIFY(!dialog.schedule(dayShift()));
    // Said at the desk with the kind's name (排班), not its id (ui/ProblemText).
    QVERIFY2(dialog.problem().contains(cd::EventKinds::label(QStringLiteral("shift_scheduled"))) &&
                 dialog.problem().contains(cd::Roles::label(cd::Role::ShiftLeader)),
             qPrintable(dialog.problem()));
    QCOMPARE(registerEvents(f), 0);
    f.signInAs(QStringLiteral("leader"));
    QVERIFY2(dialog.schedule(dayShift()), qPrintable(dialog.problem()));
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("张三、李四"));
    // A bad line: the line and column named, nothing written.
    const QString bad = f.dir.filePath(QStringLiteral("bad.csv"));
    QFile b(bad);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("date,shift,start,end,operators,leader\n2026-11-23,白班,08:00,20:00,张三,王五\n2026-11-23,夜班,20:00,08:00,,王五\n");
    b.close();
    QVERIFY(!dialog.importCsv(bad));
    QVERIFY2(dialog.problem().contains(QStringLiteral("bad.csv:3: column operators")), qPrintable(dialog.problem()));
    QCOMPARE(registerEvents(f), 1);
    const QString good = f.dir.filePath(QStringLiteral("good.csv"));
    QFile g(good);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("date,shift,start,end,operators,leader\n2026-11-23,白班,08:00,20:00,张三,王五\n2026-11-23,夜班,20:00,08:00,赵六,王五\n");
    g.close();
    QVERIFY2(dialog.importCsv(good), qPrintable(dialog.problem()));
    QCOMPARE(registerEvents(f), 3);
    QCOMPARE(dialog.table()->rowCount(), 3);
    dialog.table()->selectRow(2);
    QVERIFY2(dialog.cancelSelected(), qPrintable(dialog.problem()));
    QCOMPARE(dialog.table()->rowCount(), 2);
    screenshot(dialog, "roster-dialog");
}

void TestDutyDesk::handoverConfirmedByTheIncomingOperator()
{
    JournalFixture f;
    const qint64 id = f.newIncident(WageFacts);
    f.add(id, "note", R"j({"text":"请下一班联系企业负责人","next_shift":true})j", "2026-11-22T03:15:00+08:00");
    f.clock.setNow(JournalFixture::at("2026-11-22T03:20:00+08:00"));
    cd::IncidentStore store{testLibrary(), cd::WorkCalendar::builtin(), f.clock, *f.journal};
    store.reload();
    cd::HandoverDialog dialog(store, nullptr);
    QCOMPARE(dialog.outgoing(), QStringLiteral("值班员甲 (zhijia)"));
    using S = cd::HandoverSummary::Section;
    QCOMPARE(dialog.summary().section(S::OpenIncident).size(), 1);
    QCOMPARE(dialog.summary().section(S::Note).size(), 1);
    QVERIFY(dialog.findChild<QTextBrowser *>()->toPlainText().contains(QStringLiteral("请下一班联系企业负责人")));
    dialog.setRemarks(QStringLiteral("注意3时40分向领导小组报告"));
    screenshot(dialog, "handover-dialog");
    // The outgoing operator cannot confirm for the incoming one; a wrong password is refused.
    QVERIFY(!dialog.confirmAs(QStringLiteral("zhijia"), QStringLiteral("pw")));
    QVERIFY2(dialog.problem().contains(QStringLiteral("(zhijia)")), qPrintable(dialog.problem())); // still signed in
    QVERIFY(!dialog.confirmAs(QStringLiteral("duty"), QStringLiteral("wrong")));
    QCOMPARE(registerEvents(f), 0);
    QVERIFY2(dialog.confirmAs(QStringLiteral("duty"), QStringLiteral("pw")), qPrintable(dialog.problem()));
    const cd::StoredEvent e = f.journal->events(cd::CentreRegisterId).value().last();
    QCOMPARE(e.kind, QStringLiteral("handover"));
    QCOMPARE(e.actor, QStringLiteral("值班员乙 (duty)"));
    QCOMPARE(e.payload().value(QLatin1String("outgoing")).toString(), QStringLiteral("值班员甲 (zhijia)"));
    QCOMPARE(e.payload().value(QLatin1String("remarks")).toString(), QStringLiteral("注意3时40分向领导小组报告"));
}

void TestDutyDesk::dutyLogDialogShowsTheDay()
{
    JournalFixture f;
    f.clock.setNow(JournalFixture::at("2026-11-21T09:00:00+08:00"));
    const qint64 id = f.newIncident(WageFacts, "2026-11-21T10:00:00+08:00");
    f.add(id, "initial_judgment", "{}", "2026-11-21T10:15:00+08:00");
    f.newIncident(WageFacts, "2026-11-21T15:00:00+08:00", true);
    f.clock.setNow(JournalFixture::at("2026-11-22T09:00:00+08:00"));
    cd::IncidentStore store{testLibrary(), cd::WorkCalendar::builtin(), f.clock, *f.journal};
    store.reload();
    cd::DutyLogDialog dialog(store);
    // By default the day that ended at 08:00 today: the 21st.
    QCOMPARE(dialog.log().from(), JournalFixture::at("2026-11-21T08:00:00+08:00"));
    QCOMPARE(dialog.log().incidents().size(), 2);
    const QString shown = dialog.findChild<QTextBrowser *>()->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("【演练】#2")), qPrintable(shown));
    screenshot(dialog, "dutylog-dialog");
    dialog.showDay(QDate(2026, 11, 20), 8);
    QCOMPARE(dialog.log().incidents().size(), 0);
}

QTEST_MAIN(TestDutyDesk)
#include "tst_dutydesk.moc"
