// Shared presentation rules: level colours (Ⅰ red … Ⅳ blue, none grey) and countdown text.
#include "items/Presentation.h"

#include <QTest>

class TestPresentation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void countdown_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("1 h 52 min") << qint64(6720) << "1:52:00";
        QTest::newRow("zero") << qint64(0) << "0:00:00";
        QTest::newRow("late 2 min 10 s") << qint64(-130) << "−0:02:10";
        QTest::newRow("just under a day") << qint64(86399) << "23:59:59";
        QTest::newRow("9 days") << qint64(9 * 86400 + 20 * 3600 + 43 * 60 + 10) << "9天20:43";
        QTest::newRow("a day late") << qint64(-(86400 + 60)) << "−1天00:01";
    }
    void countdown()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(cd::Presentation::countdown(seconds), text);
    }
    void levelColours()
    {
        using cd::Level;
        const QColor red = cd::Presentation::levelColor(Level::I), orange = cd::Presentation::levelColor(Level::II),
                     yellow = cd::Presentation::levelColor(Level::III), blue = cd::Presentation::levelColor(Level::IV),
                     grey = cd::Presentation::levelColor(std::nullopt);
        QVERIFY(red.red() > 200 && red.green() < 60);
        QVERIFY(orange.red() > 200 && orange.green() > 100 && orange.green() < 160);
        QVERIFY(yellow.red() > 200 && yellow.green() > 180);
        QVERIFY(blue.blue() > 200 && blue.red() < 60);
        QCOMPARE(grey.red(), grey.blue());
        QCOMPARE(cd::Presentation::levelText(Level::II), QStringLiteral("Ⅱ级"));
        QCOMPARE(cd::Presentation::levelText(std::nullopt), QStringLiteral("未定级"));
    }
    void deadlineOrder()
    {
        using S = cd::Deadline::State;
        QVERIFY(cd::Presentation::deadlineRank(S::Overdue) < cd::Presentation::deadlineRank(S::DueSoon));
        QVERIFY(cd::Presentation::deadlineRank(S::DueSoon) < cd::Presentation::deadlineRank(S::Pending));
        QVERIFY(cd::Presentation::deadlineRank(S::Pending) < cd::Presentation::deadlineRank(S::Met));
    }
};

QTEST_GUILESS_MAIN(TestPresentation)
#include "tst_presentation.moc"
