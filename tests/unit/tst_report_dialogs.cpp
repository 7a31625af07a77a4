// The report editor (draft, edits as events, sign-off) and the issued-reports list, offscreen.
#include "JournalFixture.h"
#include "IssuedReportsDialog.h"
#include "ReportEditorDialog.h"
#include "items/IncidentStore.h"
#include "report/IssuedReports.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

class TestReportDialogs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void editsAreEventsAndTheListShowsIssued()
    {
        JournalFixture f;
        const qint64 id = f.newIncident(R"j({"cause":"wage_arrears","participants":260,"county":"莲都区","address":"某工地门口"})j");
        cd::IncidentStore store(testLibrary(), cd::WorkCalendar::builtin(), f.clock, *f.journal);
        QVERIFY(store.reload().ok());
        cd::ReportEditorDialog editor(store, id, cd::ReportKind::Initial);
        auto *course = editor.findChild<QPlainTextEdit *>(QStringLiteral("course"));
        QVERIFY(course);
        QVERIFY(course->toPlainText().isEmpty());
        const auto labels = editor.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) { return l->text().contains(QStringLiteral("事件经过")); }));
        course->setPlainText(QStringLiteral("上午聚集，中午堵路。"));
        for (auto *b : editor.findChildren<QPushButton *>())
            if (b->text() == QLatin1String("Save edits"))
                b->click();
        const auto events = f.journal->events(id).value();
        QCOMPARE(events.last().kind, QStringLiteral("report_edited"));
        QCOMPARE(events.last().payload().value(QStringLiteral("text")).toString(), QStringLiteral("上午聚集，中午堵路。"));
        // The draft rebuilt from the journal alone has the edit.
        const auto state = f.state(id);
        QCOMPARE(cd::OfficialReport(state, *testLibrary(), {}).sections().at(1).text, QStringLiteral("上午聚集，中午堵路。"));

        cd::OfficialReportOptions o;
        o.signer = QStringLiteral("王五");
        QVERIFY(cd::IssuedReports::issue(*f.journal, state, *testLibrary(), o, f.clock.now()).ok());
        cd::IssuedReportsDialog list(*f.journal, id);
        auto *table = list.findChild<QTableWidget *>();
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("丽应指〔2026〕1号"));
        QCOMPARE(table->item(0, 7)->text(), QStringLiteral("yes"));
    }
};

QTEST_MAIN(TestReportDialogs)
#include "tst_report_dialogs.moc"
