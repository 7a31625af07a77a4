// The main window opens offscreen with every plan in its browser.
#include "MainWindow.h"
#include "PlanBrowser.h"
#include "plan/PlanLibrary.h"
#include "time/Clock.h"

#include <QLabel>
#include <QStatusBar>

#include <QTest>

class TestGuiSmoke : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsEveryPlan()
    {
        const auto lib = cd::PlanLibrary::loadBuiltin().value();
        cd::ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(19, 10), Qt::UTC));
        cd::MainWindow window(lib, cd::WorkCalendar::builtin(), clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *browser = window.findChild<cd::PlanBrowser *>();
        QVERIFY(browser);
        QCOMPARE(browser->topLevelItemCount(), 4);
        QCOMPARE(browser->topLevelItem(0)->text(0), QStringLiteral("85号"));
        QVERIFY(browser->topLevelItem(0)->text(1).contains(QStringLiteral("丽政办发〔2020〕85号")));
        QVERIFY(!window.grab().isNull());
        auto labels = window.statusBar()->findChildren<QLabel *>();
        auto text = [&labels] {
            QStringList all;
            for (auto *l : labels)
                all << l->text();
            return all.join(QLatin1Char('|'));
        };
        // 03:10 Beijing time on 23 Nov; the calendar covers the next month.
        QVERIFY2(text().contains(QStringLiteral("2026-11-23 03:10:00")), qPrintable(text()));
        QVERIFY2(!text().contains(QStringLiteral("Monday–Friday")), qPrintable(text()));
    }
    void warnsWhenCalendarRunsOut()
    {
        const auto lib = cd::PlanLibrary::loadBuiltin().value();
        cd::ManualClock clock(QDateTime(QDate(2026, 12, 10), QTime(2, 0), Qt::UTC));
        cd::MainWindow window(lib, cd::WorkCalendar::builtin(), clock);
        QStringList all;
        for (auto *l : window.statusBar()->findChildren<QLabel *>())
            all << l->text();
        QVERIFY2(all.join(QLatin1Char('|')).contains(QStringLiteral("Holiday calendar ends with 2026")), qPrintable(all.join(QLatin1Char('|'))));
    }
};

QTEST_MAIN(TestGuiSmoke)
#include "tst_gui_smoke.moc"
