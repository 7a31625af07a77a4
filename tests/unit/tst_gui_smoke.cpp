// The main window opens offscreen with every plan in its browser.
#include "MainWindow.h"
#include "PlanBrowser.h"
#include "plan/PlanLibrary.h"

#include <QTest>

class TestGuiSmoke : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsEveryPlan()
    {
        const auto lib = cd::PlanLibrary::loadBuiltin().value();
        cd::MainWindow window(lib);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *browser = window.findChild<cd::PlanBrowser *>();
        QVERIFY(browser);
        QCOMPARE(browser->topLevelItemCount(), 4);
        QCOMPARE(browser->topLevelItem(0)->text(0), QStringLiteral("85号"));
        QVERIFY(browser->topLevelItem(0)->text(1).contains(QStringLiteral("丽政办发〔2020〕85号")));
        QVERIFY(!window.grab().isNull());
    }
};

QTEST_MAIN(TestGuiSmoke)
#include "tst_gui_smoke.moc"
