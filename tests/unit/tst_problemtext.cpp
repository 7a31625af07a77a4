// What a Chinese desk shows when the journal refuses or fails (ui/ProblemText): the messages
// are made by the real code (the journal's role and entry-time checks, the SQLite and
// PostgreSQL error descriptions) and must come out in Chinese with their names and numbers.
#include "JournalFixture.h"

#include "DataLanguage.h"
#include "ProblemText.h"
#include "journal/EventKinds.h"
#include "journal/PostgresJournalStore.h"
#include "journal/Roles.h"
#include "journal/SqlErrors.h"

#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using cd::ProblemText::forDesk;

class TestProblemText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refusedForTheRole();
    void liaisonOfAnotherAgency();
    void lateEntryAndFutureTime();
    void databaseFailures();
    void serverRefusalAndOffline();
    void unknownAndChineseMessages();
    void englishDeskShowsMessagesAsTheyAre();

private:
    QTranslator m_zh;
};

namespace {

// A desk message is Chinese when no English sentence is left in it: at most names and paths.
bool hasEnglishWords(const QString &text)
{
    static const QRegularExpression words(QStringLiteral("\\b(the|may|not|was|is|of|and|written|refused|needed)\\b"));
    return words.match(text).hasMatch();
}

} // namespace

void TestProblemText::initTestCase()
{
    QVERIFY(m_zh.load(QStringLiteral(":/i18n/commanddesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_zh);
    cd::DataLanguage::setEnglish(false);
}

void TestProblemText::refusedForTheRole()
{
    JournalFixture f;
    const qint64 id = f.journal->createIncident(QStringLiteral("角色"), false, QJsonObject{{QStringLiteral("participants"), 300}}, f.clock.now()).value();
    f.signInAs(QStringLiteral("watcher"));
    const auto r = f.journal->append({id, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}}, f.clock.now(), {}});
    QVERIFY(!r);
    const QString shown = forDesk(r.error());
    QVERIFY2(shown.contains(QStringLiteral("watcher")) && shown.contains(cd::Roles::label(cd::Role::Observer)) &&
                 shown.contains(cd::EventKinds::label(QStringLiteral("note"))) && shown.contains(cd::Roles::label(cd::Role::DutyOperator)) &&
                 shown.contains(QStringLiteral("未写入任何内容")),
             qPrintable(shown));
    QVERIFY2(!hasEnglishWords(shown), qPrintable(shown));
}

void TestProblemText::liaisonOfAnotherAgency()
{
    JournalFixture f;
    const qint64 id = f.journal->createIncident(QStringLiteral("联络"), false, QJsonObject{{QStringLiteral("participants"), 300}}, f.clock.now()).value();
    f.signInAs(QStringLiteral("police"));
    const auto r = f.journal->append({id, QStringLiteral("duty_acknowledged"),
                                      QJsonObject{{QStringLiteral("plan"), QStringLiteral("mass-incident")},
                                                  {QStringLiteral("agency"), QStringLiteral("市人力社保局")}},
                                      f.clock.now(), {}});
    QVERIFY(!r);
    const QString shown = forDesk(r.error());
    QVERIFY2(shown.contains(QStringLiteral("市公安局")) && shown.contains(QStringLiteral("市人力社保局")) && shown.contains(QStringLiteral("联络员")),
             qPrintable(shown));
    QVERIFY2(!hasEnglishWords(shown), qPrintable(shown));
}

void TestProblemText::lateEntryAndFutureTime()
{
    JournalFixture f;
    const qint64 id = f.journal->createIncident(QStringLiteral("补录"), false, QJsonObject{{QStringLiteral("participants"), 300}}, f.clock.now()).value();
    const auto late = f.journal->append({id, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}},
                                         f.clock.now().addSecs(-2 * 3600), {}});
    QVERIFY(!late);
    const QString lateShown = forDesk(late.error());
    QVERIFY2(lateShown.contains(QStringLiteral("2小时")) && lateShown.contains(QStringLiteral("补录原因")), qPrintable(lateShown));
    QVERIFY2(!hasEnglishWords(lateShown), qPrintable(lateShown));

    const auto future = f.journal->append({id, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}},
                                           f.clock.now().addSecs(3600), {}});
    QVERIFY(!future);
    const QString futureShown = forDesk(future.error());
    QVERIFY2(futureShown.contains(QStringLiteral("1小时")) && futureShown.contains(QStringLiteral("不能记录")), qPrintable(futureShown));
    QVERIFY2(!hasEnglishWords(futureShown), qPrintable(futureShown));
}

void TestProblemText::databaseFailures()
{
    const QString path = QStringLiteral("/srv/commanddesk/journal.sqlite");
    struct Case {
        int sqliteCode;
        QString expected;
    };
    // SQLITE_BUSY, SQLITE_READONLY, SQLITE_FULL as the driver reports them.
    for (const Case &c : {Case{5, QStringLiteral("锁定（已等待 5 秒）")}, Case{8, QStringLiteral("只读")}, Case{13, QStringLiteral("磁盘已满")}}) {
        const QString message = cd::describeDbError(path, QSqlError(QString(), QStringLiteral("error"), QSqlError::StatementError,
                                                                    QString::number(c.sqliteCode)),
                                                    5000);
        const QString shown = forDesk(message);
        QVERIFY2(shown.contains(path) && shown.contains(c.expected), qPrintable(shown));
        QVERIFY2(!hasEnglishWords(shown), qPrintable(shown));
    }
}

void TestProblemText::serverRefusalAndOffline()
{
    // The shared journal's server words its refusal itself (cd_append); the client adds where.
    const QString server = QStringLiteral("refused by postgresql://duty@dbhost/commanddesk: the role observer may not record note; "
                                          "needed: commander, duty_operator, liaison, shift_leader. Nothing was written.");
    const QString shown = forDesk(server);
    QVERIFY2(shown.contains(QStringLiteral("postgresql://duty@dbhost/commanddesk")) && shown.contains(cd::Roles::label(cd::Role::Observer)) &&
                 shown.contains(cd::Roles::label(cd::Role::ShiftLeader)) && shown.contains(cd::EventKinds::label(QStringLiteral("note"))),
             qPrintable(shown));
    QVERIFY2(!hasEnglishWords(shown), qPrintable(shown));

    // libpq explains a lost connection over several indented lines.
    const QString detail = QStringLiteral("server closed the connection unexpectedly\n\tThis probably means the server terminated "
                                          "abnormally\n\tbefore or while processing the request.");
    const QString offline = forDesk(cd::PostgresJournalStore::offlineMessage(QStringLiteral("postgresql://duty@dbhost/commanddesk"), detail));
    QVERIFY2(offline.contains(QStringLiteral("离线")) && offline.contains(QStringLiteral("自动重新连接")) &&
                 offline.contains(detail), // the technical detail, kept below
             qPrintable(offline));

    // An append the server committed but whose flush failed: recorded, not to be entered again.
    const QString unconfirmed = forDesk(cd::PostgresJournalStore::notConfirmedMessage(QStringLiteral("postgresql://duty@dbhost/commanddesk"),
                                                                                      42, QStringLiteral("terminating connection")));
    QVERIFY2(unconfirmed.contains(QStringLiteral("第 42 条")) && unconfirmed.contains(QStringLiteral("请勿重复录入")), qPrintable(unconfirmed));

    // An append cut off unanswered: its fate unknown, and where to look.
    const QString unanswered = forDesk(cd::PostgresJournalStore::unansweredMessage(QStringLiteral("postgresql://duty@dbhost/commanddesk"), 8));
    QVERIFY2(unanswered.contains(QStringLiteral("8 秒内无应答")) && unanswered.contains(QStringLiteral("无法确定")) &&
                 unanswered.contains(QStringLiteral("时间线")) && !unanswered.contains(QStringLiteral("did not answer")),
             qPrintable(unanswered));

    // The scope refusal keeps what 0 is; a refusal where no role may names none.
    const QString scope = forDesk(QStringLiteral("refused by postgresql:///cd?host=/run/postgresql: unit_added may not be recorded under "
                                                 "incident 7 (0 is the centre's register). Nothing was written."));
    QVERIFY2(scope.contains(QStringLiteral("0 号为中心登记簿")) && scope.contains(cd::EventKinds::label(QStringLiteral("unit_added"))),
             qPrintable(scope));
    QVERIFY2(!hasEnglishWords(scope), qPrintable(scope));
}

void TestProblemText::unknownAndChineseMessages()
{
    const QString unknown = QStringLiteral("payload.radius_m: required (metres, 50 to 5000)");
    const QString shown = forDesk(unknown);
    QVERIFY2(shown.startsWith(QStringLiteral("操作未完成")) && shown.endsWith(unknown), qPrintable(shown));
    const QString chinese = QStringLiteral("请先选择一个事件（在地图或列表中）。");
    QCOMPARE(forDesk(chinese), chinese);
}

void TestProblemText::englishDeskShowsMessagesAsTheyAre()
{
    cd::DataLanguage::setEnglish(true);
    const QString message = cd::describeDbError(QStringLiteral("/tmp/j.sqlite"),
                                                QSqlError(QString(), QStringLiteral("error"), QSqlError::StatementError, QStringLiteral("13")), 5000);
    QCOMPARE(forDesk(message), message);
    cd::DataLanguage::setEnglish(false);
}

QTEST_MAIN(TestProblemText)
#include "tst_problemtext.moc"
