// The duty office's windows (issue 17): the call dialog lists the directory's numbers in their
// order and refuses a reached call without a person; the directory window shows every member
// agency, records an edit as one contact_changed, and refuses a bad number naming row and
// field with nothing written. With CD_SHOTS=DIR set, both windows are saved there as PNG.
#include "CallDialog.h"
#include "DirectoryWindow.h"
#include "JournalFixture.h"
#include "MainWindow.h"
#include "alarm/AlarmCenter.h"
#include "DataLanguage.h"
#include "directory/DemoDirectory.h"
#include "directory/DirectoryCsv.h"
#include "geo/RegionMap.h"
#include "items/IncidentStore.h"
#include "items/IncidentTableModels.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace cd;

namespace {

const QByteArray WageArrears40 =
    R"({"cause":"wage_arrears","participants":40,"county":"莲都区","urban":true})";

void shoot(QWidget &w, const char *name)
{
    const QString dir = qEnvironmentVariable("CD_SHOTS");
    if (dir.isEmpty())
        return;
    w.show();
    QApplication::processEvents();
    w.grab().save(dir + QLatin1Char('/') + QLatin1String(name));
}

void importDemo(JournalFixture &f)
{
    const auto plan = DirectoryCsv::plan(DemoDirectory::fromPlans(*testLibrary()), AgencyDirectory());
    QList<NewEvent> events;
    for (const auto &p : plan->added)
        events << NewEvent{CentreRegisterId, QStringLiteral("contact_added"), p, f.clock.now(), {}};
    if (!f.journal->appendBatch(events))
        qFatal("demo directory");
}

} // namespace

class TestDutyOfficeUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Shots show the desk as it starts: in Chinese.
        if (!qEnvironmentVariableIsEmpty("CD_SHOTS") &&
            m_zh.load(QStringLiteral(":/i18n/commanddesk_zh_CN.qm")))
            QCoreApplication::installTranslator(&m_zh);
    }

    void callDialogListsTheNumbersInOrder()
    {
        JournalFixture f;
        importDemo(f);
        const qint64 id = f.newIncident(WageArrears40);
        const IncidentState s = f.state(id);
        const auto directory = AgencyDirectory::fold(f.journal->events(CentreRegisterId).value());
        const AgencyContact *c = directory.contact(QStringLiteral("市人力社保局"));
        QVERIFY(c);
        const DutyState *duty = nullptr;
        for (const auto &d : s.duties)
            if (d.plan == QLatin1String("wage-arrears") && d.agency == c->agency)
                duty = &d;
        QVERIFY(duty);
        CallDialog dialog(*duty, QStringLiteral("86号"), c, f.clock.now(), s.reportedAt);
        auto *numbers = dialog.findChild<QListWidget *>(QStringLiteral("callNumbers"));
        QCOMPARE(numbers->count(), int(c->dialOrder().size()));
        for (int i = 0; i < numbers->count(); ++i)
            QVERIFY(numbers->item(i)->text().startsWith(
                QStringLiteral("%1. %2").arg(i + 1).arg(c->dialOrder().at(i).number)));
        auto *number = dialog.findChild<QLineEdit *>(QStringLiteral("callNumber"));
        QCOMPARE(number->text(), c->dialOrder().first().number); // the first to try, chosen
        auto *record = dialog.findChild<QPushButton *>(QStringLiteral("callRecord"));
        QVERIFY(!record->isEnabled()); // reached (the default) without a person
        dialog.findChild<QLineEdit *>(QStringLiteral("callPerson"))->setText(QStringLiteral("张示例"));
        QVERIFY(record->isEnabled());
        numbers->setCurrentRow(1);
        QCOMPARE(number->text(), c->dialOrder().at(1).number);
        shoot(dialog, "call-dialog.png");
        DutyCall call = dialog.call();
        QCOMPARE(call.outcome, CallOutcome::Reached);
        QCOMPARE(call.person, QStringLiteral("张示例"));
        QCOMPARE(call.agency, QStringLiteral("市人力社保局"));
        dialog.findChild<QRadioButton *>(QStringLiteral("outcome_busy"))->click();
        dialog.findChild<QLineEdit *>(QStringLiteral("callPerson"))->clear();
        QVERIFY(record->isEnabled()); // busy needs no person
        QCOMPARE(dialog.call().outcome, CallOutcome::Busy);
    }

    void directoryWindowEditsAndRefuses()
    {
        JournalFixture f;
        DirectoryWindow empty(*f.journal, f.clock, *testLibrary());
        QCOMPARE(empty.table()->rowCount(), 63); // every member agency, none entered yet
        importDemo(f);
        DirectoryWindow window(*f.journal, f.clock, *testLibrary());
        QTableWidget *t = window.table();
        QCOMPARE(t->rowCount(), 63);
        int police = -1;
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, DirectoryWindow::Agency)->text() == QStringLiteral("市公安局"))
                police = r;
        QVERIFY(police >= 0);
        QVERIFY(!(t->item(police, DirectoryWindow::Agency)->flags() & Qt::ItemIsEditable));
        QVERIFY(t->item(police, DirectoryWindow::MemberOf)->text().contains(QStringLiteral("85号")));
        shoot(window, "directory-window.png");

        const auto before = f.journal->events(CentreRegisterId)->size();
        t->item(police, DirectoryWindow::LiaisonMobile)->setText(QStringLiteral("13555509999"));
        const auto saved = window.save();
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(saved.value(), 1);
        const auto events = f.journal->events(CentreRegisterId).value();
        QCOMPARE(events.size(), before + 1);
        QCOMPARE(events.last().kind, QStringLiteral("contact_changed"));
        QCOMPARE(events.last().payload().value(QLatin1String("liaison_mobile")).toString(),
                 QStringLiteral("13555509999"));

        // A bad number in one row and a good change in another: nothing is written.
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, DirectoryWindow::Agency)->text() == QStringLiteral("市公安局"))
                police = r;
        t->item(0, DirectoryWindow::Notes)->setText(QStringLiteral("改过"));
        t->item(police, DirectoryWindow::DutyPhone)->setText(QStringLiteral("问值班室"));
        const auto refused = window.save();
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("市公安局")) &&
                     refused.error().contains(QStringLiteral("duty_phone")),
                 qPrintable(refused.error()));
        QCOMPARE(f.journal->events(CentreRegisterId)->size(), before + 1);
    }

    void callFromTheDutyRowOfTheDesk()
    {
        JournalFixture f;
        importDemo(f);
        IncidentStore store(testLibrary(), WorkCalendar::builtin(), f.clock, *f.journal);
        QVERIFY(store.reload());
        const RegionMap urban = RegionMap::loadFile(QStringLiteral(":/geo/urban-area.geojson")).value();
        MainWindow window(store, RegionMap::lishuiCounties(), urban);
        window.resize(1600, 1000);
        window.show();
        const QDateTime reported = f.clock.now();
        const qint64 id = store
                              .createIncident(QStringLiteral("实战欠薪聚集"), false,
                                              QJsonDocument::fromJson(WageArrears40).object(), reported)
                              .value();
        store.select(id);
        QAbstractItemModel *duties = window.dutyTable()->model();
        int row = -1;
        for (int r = 0; r < duties->rowCount(); ++r)
            if (duties->index(r, DutyModel::Agency).data().toString() == QStringLiteral("市人力社保局"))
                row = r;
        QVERIFY(row >= 0);
        window.dutyTable()->setCurrentIndex(duties->index(row, 0));
        f.clock.setNow(reported.addSecs(5 * 60));
        // The duty row's 呼叫…: the dialog opens on the directory's first number; reached 张示例.
        bool filled = false;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<CallDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->findChild<QLineEdit *>(QStringLiteral("callPerson"))->setText(QStringLiteral("张示例"));
            filled = dialog->findChild<QLineEdit *>(QStringLiteral("callNumber"))->text() ==
                     QLatin1String("0578-55500015");
            shoot(*dialog, "call-dialog-desk.png");
            dialog->findChild<QPushButton *>(QStringLiteral("callRecord"))->click();
        });
        window.dutyTable()->findChild<QAction *>(QStringLiteral("callDuty"))->trigger();
        QVERIFY(filled);
        QCOMPARE(duties->index(row, DutyModel::Status).data().toString(), QStringLiteral("已确认"));
        QVERIFY2(duties->index(row, DutyModel::By)
                     .data()
                     .toString()
                     .startsWith(QStringLiteral("张示例(电话确认)")),
                 qPrintable(duties->index(row, DutyModel::By).data().toString()));
        // The other duties of 86号 (no levels) alarm 30 minutes after the report.
        f.clock.setNow(reported.addSecs(30 * 60));
        window.alarms()->scan();
        const auto &queue = window.alarms()->queue();
        const auto late = std::find_if(queue.cbegin(), queue.cend(), [](const Alarm &a) {
            return a.kind == AlarmKind::DutyUnacknowledged;
        });
        QVERIFY(late != queue.cend());
        QVERIFY(late->action.contains(QStringLiteral("市公安局")));
        const QStringList listed = late->action.split(QStringLiteral("、"));
        QVERIFY(listed.contains(QStringLiteral("市公安局")));
        QVERIFY(!listed.contains(QStringLiteral("市人力社保局")) &&
                !listed.first().endsWith(QStringLiteral("市人力社保局"))); // acknowledged by the call
        // In the English desk the alarm's own words are English; the agencies keep the plans' names.
        DataLanguage::setEnglish(true);
        const QString english = DataLanguage::text(late->action);
        const QString clause = DataLanguage::text(late->clause);
        DataLanguage::setEnglish(false);
        QVERIFY2(english.startsWith(QStringLiteral("%1 member agencies have not acknowledged their duties within 30 min: ").arg(listed.size())),
                 qPrintable(english));
        QVERIFY(english.endsWith(late->action.mid(late->action.indexOf(QLatin1Char(':')) + 1)));
        QCOMPARE(clause, QStringLiteral("86号 member agencies' duties"));
        QApplication::processEvents();
        shoot(window, "desk-duty-alarm.png");
    }

private:
    QTranslator m_zh;
};

QTEST_MAIN(TestDutyOfficeUi)
#include "tst_dutyoffice_ui.moc"
