// The report editor (draft, edits as events, sign-off) and the issued-reports list, offscreen.
#include "JournalFixture.h"
#include "IssuedReportsDialog.h"
#include "ReportEditorDialog.h"
#include "items/IncidentStore.h"
#include "report/IssuedReports.h"
#include "report/OfficialReport.h"

#include <QLabel>
#include <QLineEdit>
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
        // The headings carry the numbers the page will print: 一、 first; the optional 其他需要报告的
        // 事项 is not printed while empty and takes the next number once it has text.
        const auto numbered = cd::OfficialReport::printedHeadings(cd::OfficialReport(f.state(id), *testLibrary(), {}).sections());
        auto *other = editor.findChild<QLabel *>(QStringLiteral("heading-other"));
        QVERIFY(other);
        QVERIFY2(other->text().contains(QStringLiteral("not printed while empty")), qPrintable(other->text()));
        QVERIFY(numbered.first().startsWith(QStringLiteral("一、")));
        QVERIFY(numbered.last().isEmpty());
        const int level1 = int(std::count_if(numbered.begin(), numbered.end(), [](const QString &h) { return h.contains(QStringLiteral("、")); }));
        static const QString numerals = QStringLiteral("一二三四五六七八九十");
        editor.findChild<QPlainTextEdit *>(QStringLiteral("other"))->setPlainText(QStringLiteral("无"));
        QVERIFY2(other->text().contains(QString(numerals.at(level1)) + QStringLiteral("、其他需要报告的事项")), qPrintable(other->text()));
        editor.findChild<QPlainTextEdit *>(QStringLiteral("other"))->clear();
        course->setPlainText(QStringLiteral("上午聚集，中午堵路。"));
        for (auto *b : editor.findChildren<QPushButton *>())
            if (b->text() == QLatin1String("Save edits"))
                b->click();
        const auto events = f.journal->events(id).value();
        QCOMPARE(events.last().kind, QStringLiteral("report_edited"));
        QCOMPARE(events.last().payload().value(QStringLiteral("text")).toString(), QStringLiteral("上午聚集，中午堵路。"));
        // The draft rebuilt from the journal alone has the edit.
        const auto state = f.state(id);
        const auto sections = cd::OfficialReport(state, *testLibrary(), {}).sections();
        const auto courseSection = std::find_if(sections.begin(), sections.end(), [](const cd::ReportSection &s) { return s.key == QLatin1String("course"); });
        QCOMPARE(courseSection->text, QStringLiteral("上午聚集，中午堵路。"));

        // 印发 before 签发 is refused and says why; 签发 records the sign-off of the draft.
        auto *status = editor.findChild<QLabel *>(QStringLiteral("status"));
        editor.findChild<QPushButton *>(QStringLiteral("issue"))->click();
        QVERIFY2(status->text().contains(QStringLiteral("has not been signed off")), qPrintable(status->text()));
        editor.findChild<QLineEdit *>(QStringLiteral("signer"))->setText(QStringLiteral("王五"));
        // The text for empty items, changed here, is journalled with the edits.
        editor.findChild<QLineEdit *>(QStringLiteral("placeholder"))->setText(QStringLiteral("待核实后续报"));
        editor.findChild<QPushButton *>(QStringLiteral("signoff"))->click();
        auto after = f.journal->events(id).value();
        QCOMPARE(after.last().kind, QStringLiteral("report_signed_off"));
        QCOMPARE(after.at(after.size() - 2).payload().value(QStringLiteral("section")).toString(), QStringLiteral("placeholder"));
        QCOMPARE(cd::OfficialReport(f.state(id), *testLibrary(), {}).placeholder(), QStringLiteral("待核实后续报"));
        // An edit after the sign-off: 印发 is refused until it is signed off again.
        course->setPlainText(QStringLiteral("上午聚集，中午堵路，下午散去。"));
        editor.findChild<QPushButton *>(QStringLiteral("issue"))->click();
        QVERIFY2(status->text().contains(QStringLiteral("changed after 王五 signed it off")), qPrintable(status->text()));
        if (qEnvironmentVariableIsSet("CD_TEST_SCREENSHOTS")) // for a look: the editor with its refusal
            editor.grab().save(qEnvironmentVariable("CD_TEST_SCREENSHOTS") + QStringLiteral("/report-editor.png"));

        cd::OfficialReportOptions o;
        o.signer = QStringLiteral("王五");
        QVERIFY(cd::IssuedReports::signOff(*f.journal, f.state(id), *testLibrary(), o, f.clock.now()).ok());
        QVERIFY(cd::IssuedReports::issue(*f.journal, f.state(id), *testLibrary(), o, f.clock.now()).ok());
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
