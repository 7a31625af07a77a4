// Live work never waits (issue 11), offscreen on a hand-moved wall clock: live incidents keep
// the wall clock while a drill runs and while a replay is open; an ended drill is frozen and
// off F6; alarms at due-soon and overdue sound, flash, repeat until acknowledged and the
// acknowledgement is in the journal; corrections from the timeline; confirmations that can be
// cancelled; the wall board at 1920×1080.
#include "AlarmBanner.h"
#include "AlarmRowDelegate.h"
#include "CorrectionDialog.h"
#include "JournalFixture.h"
#include "MainWindow.h"
#include "MilestoneConfirmDialog.h"
#include "ReplayWindow.h"
#include "WallBoard.h"
#include "alarm/AlarmCenter.h"
#include "drill/DrillController.h"
#include "drill/DrillRunner.h"
#include "drill/Scenario.h"
#include "geo/RegionMap.h"
#include "items/DemoIncidents.h"
#include "items/IncidentStore.h"
#include "items/IncidentTableModels.h"
#include "items/Presentation.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace {

// Screenshots to be looked at: into CD_SHOT_DIR if set, else the temporary folder (never the
// folder the test was started from, which may be the source tree).
QString shotPath(const QString &name)
{
    const QByteArray dir = qgetenv("CD_SHOT_DIR");
    return QDir(dir.isEmpty() ? QDir::tempPath() : QString::fromLocal8Bit(dir)).filePath(name);
}

// The sound sink of the tests: the offscreen platform plays nothing, so what is checked is
// that a sound was asked for, which one and how loud.
struct RecordingSound final : cd::AlarmSound {
    QList<Tone> played;
    double lastVolume = -1;
    void play(Tone tone, double volume) override
    {
        played << tone;
        lastVolume = volume;
    }
};

const QByteArray WageArrears40 = R"({"cause":"wage_arrears","participants":40,"county":"莲都区","urban":true,"location":{"lat":28.4553,"lon":119.9072}})";

struct Desk {
    JournalFixture journal;
    cd::RegionMap urban = cd::RegionMap::loadFile(QStringLiteral(":/geo/urban-area.geojson")).value();
    cd::IncidentStore store{testLibrary(), cd::WorkCalendar::builtin(), journal.clock, *journal.journal};
    std::unique_ptr<cd::MainWindow> window;
    RecordingSound sound;
    cd::Scenario scenario = cd::Scenario::load(QStringLiteral(":/drills/wage-arrears-liandu.json"), *testLibrary()).value();

    Desk()
    {
        (void)store.reload(); // this desk: 值班员甲 (zhijia, commander) at desk-1
        window = std::make_unique<cd::MainWindow>(store, cd::RegionMap::lishuiCounties(), urban);
        window->setAlarmSound(&sound);
        window->resize(1600, 1000);
        window->show();
    }
    // A live incident entered at this desk at the wall clock's now.
    qint64 live(const QByteArray &facts = WageArrears40)
    {
        const auto id = store.createIncident(QStringLiteral("实战欠薪聚集"), false, QJsonDocument::fromJson(facts).object(), {});
        if (!id)
            qFatal("createIncident: %s", qPrintable(id.error()));
        return id.value();
    }
    // A live incident reported at another desk (值班员乙 @ desk-2) on the same journal, as the
    // live update sees it.
    qint64 liveFromAnotherDesk(const QByteArray &facts = WageArrears40)
    {
        cd::Journal::Options o;
        o.path = journal.path;
        o.workstation = QStringLiteral("desk-2");
        auto other = cd::Journal::open(o, journal.clock, *testLibrary()).value();
        if (auto problem = other->useAccount(QStringLiteral("duty")))
            qFatal("sign in: %s", qPrintable(*problem));
        const qint64 id = other->createIncident(QStringLiteral("测试事件"), false, QJsonDocument::fromJson(facts).object(),
                                                JournalFixture::at("2026-11-22T03:10:00+08:00"))
                              .value();
        (void)store.applyAppended(other->events(id).value());
        return id;
    }
    qint64 drillIncident() const
    {
        for (const auto &s : store.incidents())
            if (s->exercise)
                return s->id;
        return 0;
    }
    QAbstractItemModel *deadlines() const { return window->deadlineTable()->model(); }
    int row(const QString &clause, const QString &action) const
    {
        for (int r = 0; r < deadlines()->rowCount(); ++r)
            if (deadlines()->index(r, cd::DeadlineModel::Clause).data().toString() == clause &&
                deadlines()->index(r, cd::DeadlineModel::Action).data().toString().startsWith(action))
                return r;
        return -1;
    }
    QString countdown(const QString &clause, const QString &action) const
    {
        const int r = row(clause, action);
        return r < 0 ? QStringLiteral("<no row>") : deadlines()->index(r, cd::DeadlineModel::Countdown).data().toString();
    }
    QString state(const QString &clause, const QString &action) const
    {
        const int r = row(clause, action);
        return r < 0 ? QStringLiteral("<no row>") : deadlines()->index(r, cd::DeadlineModel::Clause).data(cd::DeadlineModel::StateRole).toString();
    }
    QList<cd::StoredEvent> eventsOf(qint64 id, const char *kind) const
    {
        QList<cd::StoredEvent> out;
        for (const auto &e : journal.journal->events(id).value())
            if (e.kind == QLatin1String(kind))
                out << e;
        return out;
    }
};

const QString IJClause = QStringLiteral("86号 3(1)");
const QString IJ = QStringLiteral("领导小组办公室作出案情初步判断"); // 20 min from the report
const QString LG = QStringLiteral("向领导小组报告");                 // 30 min from the report

// Runs `act` on the next modal dialog that opens (the confirmation, the correction).
template <typename Act> void onNextDialog(Act act)
{
    QTimer::singleShot(0, qApp, [act] {
        QWidget *w = QApplication::activeModalWidget();
        if (!w)
            return QTimer::singleShot(10, qApp, [act] { onNextDialog(act); });
        act(w);
    });
}

} // namespace

class TestLiveWork : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void liveWindowKeepsCountingWhileADrillRuns();
    void replayWindowLeavesTheDeskLive();
    void endedDrillIsFrozenAndOffF6();
    void interruptedDrillIsFrozenAtItsLastEvent();
    void demoIncidentsAreOutOfTheDefaultListAndF6();
    void alarmsSoundRepeatAndAreAcknowledgedInTheJournal();
    void overdueOutranksDueSoonAndLiveOutranksDrill();
    void anEventRescansOnlyItsIncident();
    void muteIsRecordedAndSilencesForItsTime();
    void confirmationCanBeCancelledWithoutWriting();
    void confirmationRecordsALateEntryAtItsTime();
    void lateEntryBeyondTheToleranceNeedsAReason();
    void correctionFromTheTimelineChangesTheWindow();
    void wallBoardAt1080p();
};

void TestLiveWork::liveWindowKeepsCountingWhileADrillRuns()
{
    Desk d;
    const qint64 live = d.live();
    QCOMPARE(d.store.worldOf(*d.store.incident(live)), cd::World::Live);
    QVERIFY(d.window->drill()->start(d.scenario).ok());
    d.window->drill()->setSpeed(60);
    const qint64 drill = d.drillIncident();
    QVERIFY(drill != 0);
    QCOMPARE(d.store.worldOf(*d.store.incident(drill)), cd::World::Drill);
    // The drill's incident is on the drill clock (2026-03-10), the live one on the wall clock.
    QCOMPARE(d.store.nowFor(*d.store.incident(drill)).date(), QDate(2026, 3, 10));
    QCOMPARE(d.store.nowFor(*d.store.incident(live)), d.journal.clock.now());

    d.store.select(live);
    QCOMPARE(d.state(IJClause, IJ), QStringLiteral("pending")); // not 等待起算
    QCOMPARE(d.countdown(IJClause, IJ), QStringLiteral("0:20:00"));
    // A real second at 60×: a drill minute passes, the live countdown does not move with it.
    const QDateTime drillBefore = d.store.nowFor(*d.store.incident(drill));
    QTest::qWait(1100);
    QVERIFY(drillBefore.secsTo(d.store.nowFor(*d.store.incident(drill))) >= 60);
    QCOMPARE(d.countdown(IJClause, IJ), QStringLiteral("0:20:00"));
    // Skipping the drill ahead does not touch it either; the wall clock does.
    d.window->drill()->pause();
    d.window->drill()->skipToNextInject();
    QCOMPARE(d.store.incident(drill)->facts.participants, 120);
    d.journal.clock.advance(5 * 60);
    QCOMPARE(d.countdown(IJClause, IJ), QStringLiteral("0:15:00"));
    const auto *list = d.window->incidentTable()->model();
    bool shown = false;
    for (int r = 0; r < list->rowCount(); ++r)
        if (list->index(r, 0).data(cd::IncidentListModel::IdRole).toLongLong() == live)
            shown = list->index(r, cd::IncidentListModel::NextDeadline).data().toString() == QStringLiteral("3(1) 0:15:00");
    QVERIFY(shown);

    // The drill's own windows run on its clock: 25 drill minutes after its report, its
    // 20-minute window is overdue there, while the live one still has 15 minutes.
    d.store.select(drill);
    QCOMPARE(d.state(IJClause, IJ), QStringLiteral("overdue"));
    // F6 goes to the live incident all the same: live work first.
    d.window->jumpToNextDeadline();
    QCOMPARE(d.store.selectedId(), live);
    // The live counts stay on the status bar, visible, beside the inject banner.
    auto *counts = d.window->statusBar()->findChild<QLabel *>(QStringLiteral("liveCounts"));
    QVERIFY(counts && counts->isVisible());
    QCOMPARE(counts->text(), QStringLiteral("Live 1 (open 1) · Exercises 1"));
    // A live event recorded during the drill carries wall time, a drill event drill time.
    QVERIFY(d.store.record(live, QStringLiteral("initial_judgment"), {}).ok());
    QCOMPARE(d.eventsOf(live, "initial_judgment").first().eventTime, d.journal.clock.now());
    QVERIFY(d.store.record(drill, QStringLiteral("initial_judgment"), {}).ok());
    QCOMPARE(d.eventsOf(drill, "initial_judgment").first().eventTime, d.scenario.at(25));
}

void TestLiveWork::replayWindowLeavesTheDeskLive()
{
    Desk d;
    const qint64 id = d.live();
    d.journal.clock.advance(10 * 60);
    QVERIFY(d.store.record(id, QStringLiteral("initial_judgment"), {}).ok());
    d.journal.clock.advance(60);
    cd::ReplayWindow *replay = d.window->startReplay(id);
    QVERIFY(replay && replay->isVisible());
    QVERIFY(replay->banner().contains(QStringLiteral("REPLAY")));
    replay->setCursor(cd::parseIsoWithOffset(QStringLiteral("2026-11-22T03:15:00+08:00")));
    // The replay sees the incident as it was at its cursor …
    QCOMPARE(replay->store().incident(id)->events.size(), 1);
    QVERIFY(!replay->store().record(id, QStringLiteral("note"), {{QStringLiteral("text"), QStringLiteral("x")}}).ok());
    replay->grab().save(shotPath(QStringLiteral("replay-window.png"))); // to be looked at
    // … and the desk stays live: all events, wall time, countdowns moving, alarms raised.
    QCOMPARE(d.store.incident(id)->events.size(), 2);
    QCOMPARE(d.store.nowFor(*d.store.incident(id)), d.journal.clock.now());
    d.store.select(id);
    QCOMPARE(d.state(IJClause, IJ), QStringLiteral("met"));
    QCOMPARE(d.countdown(IJClause, LG), QStringLiteral("0:19:00"));
    d.journal.clock.advance(12 * 60); // 03:33: the 30-minute window is due soon (last 7.5 min)
    QCOMPARE(d.countdown(IJClause, LG), QStringLiteral("0:07:00"));
    QCOMPARE(d.window->alarms()->queue().size(), 1);
    QCOMPARE(d.window->alarms()->top()->kind, cd::AlarmKind::DueSoon);
    // The replay did not move with the wall clock.
    QCOMPARE(replay->cursor(), cd::parseIsoWithOffset(QStringLiteral("2026-11-22T03:15:00+08:00")).toUTC());
    QVERIFY(d.store.record(id, QStringLiteral("note"), {{QStringLiteral("text"), QStringLiteral("during replay")}}).ok());
}

void TestLiveWork::endedDrillIsFrozenAndOffF6()
{
    Desk d;
    QVERIFY(d.window->drill()->start(d.scenario).ok());
    d.window->drill()->pause();
    const qint64 drill = d.drillIncident();
    d.window->drill()->runToEnd();
    d.window->drill()->stop();
    QCOMPARE(d.store.worldOf(*d.store.incident(drill)), cd::World::EndedDrill);
    // Its end is in the journal, at the drill's end.
    const auto ended = d.eventsOf(drill, "exercise_ended");
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.first().eventTime, d.scenario.end());
    QCOMPARE(d.store.nowFor(*d.store.incident(drill)), d.scenario.end());

    d.store.select(drill);
    // 86号 3(1): nobody made the initial judgment in this drill: missed, with the lateness
    // it had at the drill's end (180 − 20 min), whatever the wall clock does.
    QCOMPARE(d.state(IJClause, IJ), QStringLiteral("overdue"));
    const int r = d.row(IJClause, IJ);
    QCOMPARE(d.deadlines()->index(r, cd::DeadlineModel::State).data().toString(), QStringLiteral("未完成(超时)"));
    QCOMPARE(d.countdown(IJClause, IJ), QStringLiteral("结束时超时 2:40:00"));
    d.journal.clock.advance(3 * 86400);
    QCOMPARE(d.countdown(IJClause, IJ), QStringLiteral("结束时超时 2:40:00"));
    QVERIFY(d.window->alarms()->queue().isEmpty()); // no alarm from an ended drill

    // Out of the default list, which says so; the list says it ended instead of counting.
    auto *list = d.window->incidentTable()->model();
    QCOMPARE(list->rowCount(), 0);
    auto *hidden = d.window->findChild<QLabel *>(QStringLiteral("hiddenIncidents"));
    QVERIFY(hidden && hidden->isVisible());
    QVERIFY2(hidden->text().startsWith(QStringLiteral("1 ended drill")), qPrintable(hidden->text()));
    auto *filter = d.window->findChild<QComboBox *>();
    filter->setCurrentIndex(filter->findData(cd::IncidentFilterModel::All));
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(list->index(0, cd::IncidentListModel::NextDeadline).data().toString(), QStringLiteral("演练已结束"));
    filter->setCurrentIndex(filter->findData(cd::IncidentFilterModel::Current));

    // F6 skips it: nothing runs while only an ended drill is there …
    d.store.select(0);
    d.window->jumpToNextDeadline();
    QCOMPARE(d.store.selectedId(), qint64(0));
    // … and finds the live incident once there is one.
    const qint64 live = d.live();
    d.store.select(0);
    d.window->jumpToNextDeadline();
    QCOMPARE(d.store.selectedId(), live);
    QCOMPARE(list->rowCount(), 1);
    // Nothing more is written into a drill that has ended.
    const auto refused = d.store.record(drill, QStringLiteral("note"), {{QStringLiteral("text"), QStringLiteral("late")}});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("drill has ended")), qPrintable(refused.error()));
}

void TestLiveWork::interruptedDrillIsFrozenAtItsLastEvent()
{
    // A drill whose program was killed has no exercise_ended: frozen at its last event.
    JournalFixture journal;
    const auto scenario = cd::Scenario::load(QStringLiteral(":/drills/wage-arrears-liandu.json"), *testLibrary()).value();
    cd::ManualClock drillClock(scenario.start, cd::Clock::Mode::Drill);
    cd::DrillRunner runner(scenario, *journal.journal, drillClock, *testLibrary(), cd::WorkCalendar::builtin());
    QVERIFY(runner.deliver(scenario.injects.at(0)).ok());
    QVERIFY(runner.deliver(scenario.injects.at(1)).ok()); // minute 25
    cd::IncidentStore store(testLibrary(), cd::WorkCalendar::builtin(), journal.clock, *journal.journal);
    (void)store.reload();
    const auto &s = *store.incidents().front();
    QCOMPARE(store.worldOf(s), cd::World::EndedDrill);
    QCOMPARE(store.nowFor(s), scenario.at(25));
    QVERIFY(!store.clocks().isRunning(s.id));
}

void TestLiveWork::demoIncidentsAreOutOfTheDefaultListAndF6()
{
    JournalFixture journal;
    QCOMPARE(cd::addDemoIncidents(*journal.journal, journal.clock).value(), 5);
    cd::IncidentStore store(testLibrary(), cd::WorkCalendar::builtin(), journal.clock, *journal.journal);
    (void)store.reload();
    for (const auto &s : store.incidents()) {
        QCOMPARE(store.worldOf(*s), cd::World::Exercise);
        QVERIFY(store.clocks().isDemo(s->id));
    }
    QVERIFY(store.nextDeadlineIncident() == nullptr);
    cd::IncidentListModel model(store);
    cd::IncidentFilterModel filter(store);
    filter.setSourceModel(&model);
    QCOMPARE(filter.filter(), cd::IncidentFilterModel::Current);
    QCOMPARE(filter.rowCount(), 0);
    filter.setFilter(cd::IncidentFilterModel::Exercise);
    QCOMPARE(filter.rowCount(), 5);

    // The filter reads the summaries directly; it keeps what the list's roles say. A live
    // incident and a closed one beside the demo ones, each filter in turn.
    // A new incident inserts its row; the 100k others are not reset (nor re-filtered).
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset), inserted(&model, &QAbstractItemModel::rowsInserted);
    const qint64 live = store.createIncident(QStringLiteral("live"), false, {{QStringLiteral("participants"), 40}}, journal.clock.now()).value();
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), store.rowOf(live));
    QCOMPARE(model.index(store.rowOf(live), 0).data(cd::IncidentListModel::IdRole).toLongLong(), live);
    const qint64 closed = store.createIncident(QStringLiteral("closed"), false, {{QStringLiteral("participants"), 40}}, journal.clock.now()).value();
    QVERIFY(store.record(closed, QStringLiteral("closed"), {{QStringLiteral("reason"), QStringLiteral("平息")}}).ok());
    using F = cd::IncidentFilterModel;
    for (const F::Filter f : {F::All, F::Live, F::Exercise, F::Open, F::Closed, F::Current}) {
        filter.setFilter(f);
        QSet<qint64> expected, shown;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex i = model.index(r, 0);
            const bool exercise = i.data(cd::IncidentListModel::ExerciseRole).toBool(), isClosed = i.data(cd::IncidentListModel::ClosedRole).toBool();
            const auto world = cd::World(i.data(cd::IncidentListModel::WorldRole).toInt());
            const bool wanted = f == F::All ? true : f == F::Live ? !exercise : f == F::Exercise ? exercise : f == F::Open ? !isClosed
                              : f == F::Closed ? isClosed
                                               : world == cd::World::Live || world == cd::World::Drill ||
                                                     (world == cd::World::Exercise && !i.data(cd::IncidentListModel::DemoRole).toBool());
            if (wanted)
                expected << i.data(cd::IncidentListModel::IdRole).toLongLong();
        }
        for (int r = 0; r < filter.rowCount(); ++r)
            shown << filter.index(r, 0).data(cd::IncidentListModel::IdRole).toLongLong();
        QCOMPARE(shown, expected);
        QCOMPARE(filter.indexOfIncident(live).isValid(), expected.contains(live));
        if (expected.contains(closed))
            QCOMPARE(filter.indexOfIncident(closed).data(cd::IncidentListModel::IdRole).toLongLong(), closed);
    }
    filter.setFilter(F::Closed);
    QCOMPARE(filter.rowCount(), 1);
    filter.setFilter(F::Current);
    QCOMPARE(filter.rowCount(), 2);
}

void TestLiveWork::alarmsSoundRepeatAndAreAcknowledgedInTheJournal()
{
    Desk d;
    cd::AlarmCenter &alarms = *d.window->alarms();
    QSignalSpy raised(&alarms, &cd::AlarmCenter::raised);
    // A live incident reported at another desk: a new-incident alarm here.
    const qint64 id = d.liveFromAnotherDesk();
    QCOMPARE(raised.count(), 1);
    QCOMPARE(alarms.top()->kind, cd::AlarmKind::NewIncident);
    QCOMPARE(d.sound.played, QList<cd::AlarmSound::Tone>{cd::AlarmSound::Tone::Warning});
    QCOMPARE(d.sound.lastVolume, 0.8);
    QVERIFY(d.window->alarmBanner()->isVisible());
    QVERIFY2(d.window->alarmBanner()->text().contains(QStringLiteral("新事件 · #%1").arg(id)), qPrintable(d.window->alarmBanner()->text()));
    QVERIFY(alarms.acknowledgeTop().ok());
    QVERIFY(!d.window->alarmBanner()->isVisible());
    d.sound.played.clear();

    // 86号 3(1): the 20-minute initial judgment is due soon in its last 5 minutes.
    d.journal.clock.advance(14 * 60);
    QCOMPARE(raised.count(), 1);
    d.journal.clock.advance(60); // 03:25
    QCOMPARE(raised.count(), 2);
    const cd::Alarm soon = *alarms.top();
    QCOMPARE(soon.kind, cd::AlarmKind::DueSoon);
    QCOMPARE(soon.clause, IJClause);
    QCOMPARE(soon.action, IJ);
    QCOMPARE(d.sound.played, QList<cd::AlarmSound::Tone>{cd::AlarmSound::Tone::Warning});
    // The banner names incident, window, clause and time left; the rows flash.
    const QString banner = d.window->alarmBanner()->text();
    QVERIFY2(banner.contains(QStringLiteral("即将到期 · #%1 测试事件").arg(id)) && banner.contains(IJClause + QLatin1Char(' ') + IJ) &&
                 banner.contains(QStringLiteral("0:05:00 left")),
             qPrintable(banner));
    QVERIFY(d.window->alarmBanner()->isFlashing());
    QVERIFY(alarms.isAlarming(id));
    auto *table = d.window->incidentTable();
    auto *flasher = qobject_cast<cd::AlarmRowDelegate *>(table->itemDelegate());
    QVERIFY(flasher && table->model()->rowCount() == 1);
    QVERIFY(flasher->isFlashing(table->model()->index(0, cd::IncidentListModel::Title)));
    d.store.select(id);
    auto *windows = qobject_cast<cd::AlarmRowDelegate *>(d.window->deadlineTable()->itemDelegate());
    QVERIFY(windows->isFlashing(d.deadlines()->index(d.row(IJClause, IJ), 0)));
    QVERIFY(!windows->isFlashing(d.deadlines()->index(d.row(IJClause, LG), 0)));

    // Repeats every 30 s of wall time until acknowledged.
    d.journal.clock.advance(10);
    QCOMPARE(d.sound.played.size(), 1);
    d.journal.clock.advance(20);
    QCOMPARE(d.sound.played.size(), 2);
    d.journal.clock.advance(30);
    QCOMPARE(d.sound.played.size(), 3);

    // Overdue at 03:30:01: the same window's alarm turns urgent.
    d.journal.clock.setNow(cd::parseIsoWithOffset(QStringLiteral("2026-11-22T03:30:01+08:00")));
    QCOMPARE(alarms.top()->kind, cd::AlarmKind::Overdue);
    QCOMPARE(alarms.queue().size(), 1); // replaces the due-soon one
    QCOMPARE(d.sound.played.last(), cd::AlarmSound::Tone::Urgent);
    QVERIFY(d.window->alarmBanner()->text().contains(QStringLiteral("overdue by 0:00:01")));

    // Acknowledged: an event (who, when, which alarm), and the sound stops.
    d.journal.clock.advance(5);
    const auto seq = alarms.acknowledgeTop();
    QVERIFY(seq.ok());
    const auto acks = d.eventsOf(id, "alarm_acknowledged");
    QCOMPARE(acks.size(), 2);
    const auto &ack = acks.last();
    QCOMPARE(ack.seq, seq.value());
    QCOMPARE(ack.actor, d.journal.journal->account().actorText()); // this desk's operator
    QVERIFY(ack.actor.startsWith(QStringLiteral("值班员甲")));
    QCOMPARE(ack.workstation, QStringLiteral("desk-1"));
    QCOMPARE(ack.eventTime, d.journal.clock.now());
    QCOMPARE(ack.payload().value(QStringLiteral("alarm")).toString(), QStringLiteral("overdue"));
    QCOMPARE(ack.payload().value(QStringLiteral("clause")).toString(), IJClause);
    QVERIFY(ack.payload().value(QStringLiteral("window")).toString().startsWith(QStringLiteral("wage-arrears/")));
    QCOMPARE(acks.first().payload().value(QStringLiteral("alarm")).toString(), QStringLiteral("new_incident"));
    QVERIFY(alarms.queue().isEmpty());
    const auto sounds = d.sound.played.size();
    d.journal.clock.advance(60);
    QCOMPARE(d.sound.played.size(), sounds);

    // A desk started later does not raise an alarm acknowledged in the journal again.
    cd::IncidentStore other(testLibrary(), cd::WorkCalendar::builtin(), d.journal.clock, *d.journal.journal);
    (void)other.reload();
    cd::AlarmCenter fresh(other);
    QCOMPARE(fresh.queue().size(), 0);
}

void TestLiveWork::anEventRescansOnlyItsIncident()
{
    // An event is scanned for its own incident's alarms; the others keep theirs.
    Desk d;
    const qint64 a = d.live(), b = d.live();
    d.journal.clock.advance(23 * 60); // each: the initial judgment overdue, the leading-group report due soon
    const auto &q = d.window->alarms()->queue();
    QCOMPARE(q.size(), 4);
    QVERIFY(d.store.record(a, QStringLiteral("initial_judgment"), {}).ok()); // a's 20-minute window met, late
    auto kinds = [&q](qint64 id) {
        QList<cd::AlarmKind> out;
        for (const auto &alarm : q)
            if (alarm.incidentId == id)
                out << alarm.kind;
        return out;
    };
    QCOMPARE(kinds(a), QList<cd::AlarmKind>{cd::AlarmKind::DueSoon});
    QCOMPARE(kinds(b), (QList<cd::AlarmKind>{cd::AlarmKind::Overdue, cd::AlarmKind::DueSoon}));
    // The clock's next scan looks at every incident and finds the same.
    d.journal.clock.advance(1);
    QCOMPARE(kinds(a), QList<cd::AlarmKind>{cd::AlarmKind::DueSoon});
    QCOMPARE(kinds(b).size(), 2);
}

void TestLiveWork::overdueOutranksDueSoonAndLiveOutranksDrill()
{
    Desk d;
    const qint64 id = d.live();
    QVERIFY(d.window->alarms()->queue().isEmpty()); // entered here: no new-incident alarm
    // 03:33: the initial judgment (20 min) is overdue, the leading-group report (30 min) due soon.
    d.journal.clock.advance(23 * 60);
    const auto &q = d.window->alarms()->queue();
    QCOMPARE(q.size(), 2);
    QCOMPARE(q.at(0).kind, cd::AlarmKind::Overdue);
    QCOMPARE(q.at(0).action, IJ);
    QCOMPARE(q.at(1).kind, cd::AlarmKind::DueSoon);
    QCOMPARE(q.at(1).action, LG);
    // A drill's alarms are marked and have their own sound, and queue after live ones.
    QVERIFY(d.window->drill()->start(d.scenario).ok());
    d.window->drill()->pause();
    QCOMPARE(q.size(), 3);
    QVERIFY(q.at(2).drill);
    QCOMPARE(q.at(2).kind, cd::AlarmKind::NewIncident);
    QCOMPARE(d.sound.played.last(), cd::AlarmSound::Tone::Urgent); // the top one is live and overdue
    QVERIFY(d.window->alarms()->acknowledge(q.at(0).serial).ok());
    QVERIFY(d.window->alarms()->acknowledge(q.at(0).serial).ok());
    QVERIFY(q.at(0).drill);
    d.journal.clock.advance(30);
    QCOMPARE(d.sound.played.last(), cd::AlarmSound::Tone::Drill);
    QVERIFY(d.window->alarmBanner()->text().startsWith(QStringLiteral("【演练】")));
    // The drill ends: its alarms go with it.
    d.window->drill()->stop();
    QVERIFY(d.window->alarms()->queue().isEmpty());
    Q_UNUSED(id);
}

void TestLiveWork::muteIsRecordedAndSilencesForItsTime()
{
    Desk d;
    const qint64 id = d.live();
    d.journal.clock.advance(15 * 60); // due soon
    QCOMPARE(d.sound.played.size(), 1);
    const auto muted = d.window->alarms()->muteFor(15);
    QVERIFY(muted.ok());
    QCOMPARE(muted.value(), 1);
    const auto events = d.eventsOf(id, "alarms_muted");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().payload().value(QStringLiteral("minutes")).toInt(), 15);
    QVERIFY(events.first().actor.startsWith(QStringLiteral("值班员甲")));
    for (int i = 0; i < 14; ++i)
        d.journal.clock.advance(60);
    QCOMPARE(d.sound.played.size(), 1); // silent, though the window turned overdue meanwhile
    QVERIFY(d.window->alarmBanner()->isVisible()); // the banner is never muted
    d.journal.clock.advance(61);
    QVERIFY(!d.window->alarms()->isMuted());
    QCOMPARE(d.sound.played.size(), 2);
    QVERIFY(!d.window->alarms()->muteFor(0).ok());
}

void TestLiveWork::confirmationCanBeCancelledWithoutWriting()
{
    Desk d;
    const qint64 id = d.live();
    const auto before = d.journal.journal->events(id).value().size();
    bool asked = false;
    QString heading;
    onNextDialog([&](QWidget *w) {
        asked = qobject_cast<cd::MilestoneConfirmDialog *>(w) != nullptr;
        heading = w->windowTitle();
        w->grab().save(shotPath(QStringLiteral("confirm-dialog.png"))); // to be looked at
        // The time it will be recorded at is shown: now, Beijing time.
        QCOMPARE(w->findChild<QDateTimeEdit *>(QStringLiteral("recordedAt"))->dateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                 QStringLiteral("2026-11-22 03:10:00"));
        QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("confirmCancel")), Qt::LeftButton);
    });
    d.window->record(QStringLiteral("closed"));
    QVERIFY(asked);
    QVERIFY2(heading.contains(QStringLiteral("结案")), qPrintable(heading));
    QCOMPARE(d.journal.journal->events(id).value().size(), before);
    // Report to the province asks too; to the city it does not.
    asked = false;
    onNextDialog([&](QWidget *w) {
        asked = true;
        QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("confirmCancel")), Qt::LeftButton);
    });
    d.window->record(QStringLiteral("report_sent"), {{QStringLiteral("to"), QStringLiteral("province")}});
    QVERIFY(asked);
    QCOMPARE(d.journal.journal->events(id).value().size(), before);
    d.window->record(QStringLiteral("report_sent"), {{QStringLiteral("to"), QStringLiteral("city")}});
    QCOMPARE(d.journal.journal->events(id).value().size(), before + 1);
}

void TestLiveWork::confirmationRecordsALateEntryAtItsTime()
{
    Desk d;
    const qint64 id = d.live();
    d.journal.clock.advance(40 * 60); // 03:50; the response really ended at 03:45
    onNextDialog([](QWidget *w) {
        auto *at = w->findChild<QDateTimeEdit *>(QStringLiteral("recordedAt"));
        auto *record = w->findChild<QPushButton *>(QStringLiteral("confirmRecord"));
        at->setDateTime(at->dateTime().addSecs(30 * 60)); // later than now: refused
        QVERIFY(!record->isEnabled());
        at->setDateTime(at->dateTime().addSecs(-35 * 60));
        QVERIFY(record->isEnabled());
        QTest::mouseClick(record, Qt::LeftButton);
    });
    d.window->record(QStringLiteral("response_ended"));
    const auto ended = d.eventsOf(id, "response_ended");
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.first().eventTime, cd::parseIsoWithOffset(QStringLiteral("2026-11-22T03:45:00+08:00")).toUTC());
    QCOMPARE(ended.first().entryTime, d.journal.clock.now());
}

// 12(4): set back more than the 5-minute tolerance, the milestone is a 补录 and cannot be
// recorded without a reason; the reason is kept in the event, the delay stamped by the journal.
void TestLiveWork::lateEntryBeyondTheToleranceNeedsAReason()
{
    Desk d;
    const qint64 id = d.live();
    d.journal.clock.advance(40 * 60); // 03:50; the response really ended at 03:20
    bool reasonShown = false, blockedWithoutReason = false;
    onNextDialog([&](QWidget *w) {
        auto *at = w->findChild<QDateTimeEdit *>(QStringLiteral("recordedAt"));
        auto *record = w->findChild<QPushButton *>(QStringLiteral("confirmRecord"));
        auto *reason = w->findChild<QLineEdit *>(QStringLiteral("lateEntryReason"));
        QVERIFY(reason && reason->isHidden()); // not asked for a time within the tolerance
        at->setDateTime(at->dateTime().addSecs(-30 * 60));
        reasonShown = !reason->isHidden();
        blockedWithoutReason = !record->isEnabled();
        reason->insert(QStringLiteral("现场03:20电话报告，值班员当时在处置另一起")); // typed (keyClicks is ASCII only)
        QVERIFY(record->isEnabled());
        w->grab().save(shotPath(QStringLiteral("late-entry-dialog.png"))); // to be looked at
        QTest::mouseClick(record, Qt::LeftButton);
    });
    d.window->record(QStringLiteral("response_ended"));
    QVERIFY(reasonShown);
    QVERIFY(blockedWithoutReason);
    const auto ended = d.eventsOf(id, "response_ended");
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.first().eventTime, cd::parseIsoWithOffset(QStringLiteral("2026-11-22T03:20:00+08:00")).toUTC());
    QCOMPARE(ended.first().payload().value(QStringLiteral("late_entry_reason")).toString(), QStringLiteral("现场03:20电话报告，值班员当时在处置另一起"));
    QCOMPARE(ended.first().payload().value(QStringLiteral("entry_delay_s")).toInteger(), 30 * 60);
}

void TestLiveWork::correctionFromTheTimelineChangesTheWindow()
{
    Desk d;
    const qint64 id = d.live();
    d.journal.clock.advance(5 * 60);
    QVERIFY(d.store.record(id, QStringLiteral("initial_judgment"), {}).ok());
    d.store.select(id);
    QCOMPARE(d.state(IJClause, IJ), QStringLiteral("met"));
    auto *timeline = d.window->timelineTable();
    auto selectKind = [&](const QString &label) {
        for (int r = 0; r < timeline->model()->rowCount(); ++r)
            if (timeline->model()->index(r, cd::TimelineModel::Kind).data().toString().startsWith(label)) {
                timeline->setCurrentIndex(timeline->model()->index(r, 0));
                return r;
            }
        return -1;
    };

    // Cancel writes nothing.
    QVERIFY(selectKind(QStringLiteral("作出案情初步判断")) >= 0);
    const auto before = d.journal.journal->events(id).value().size();
    onNextDialog([](QWidget *w) { QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("correctionCancel")), Qt::LeftButton); });
    d.window->correctSelectedEvent();
    QCOMPARE(d.journal.journal->events(id).value().size(), before);

    // Replace it: it really happened at 03:35, late.
    d.journal.clock.advance(30 * 60);
    onNextDialog([](QWidget *w) {
        auto *dialog = qobject_cast<cd::CorrectionDialog *>(w);
        QVERIFY(dialog);
        QVERIFY(!w->findChild<QPushButton *>(QStringLiteral("correctionRecord"))->isEnabled()); // no reason yet
        dialog->replaceButton()->setChecked(true);
        dialog->timeEdit()->setDateTime(QDateTime(QDate(2026, 11, 22), QTime(3, 35), Qt::UTC)); // shown as Beijing time
        dialog->reasonEdit()->setText(QStringLiteral("误记时间,实际03:35作出判断"));
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
        w->grab().save(shotPath(QStringLiteral("correction-dialog.png"))); // to be looked at
        QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("correctionRecord")), Qt::LeftButton);
    });
    d.window->correctSelectedEvent();
    const auto corrections = d.eventsOf(id, "correction");
    QCOMPARE(corrections.size(), 1);
    QCOMPARE(corrections.first().payload().value(QStringLiteral("replacement")).toObject().value(QStringLiteral("at")).toString(),
             QStringLiteral("2026-11-22T03:35:00+08:00"));
    QCOMPARE(d.state(IJClause, IJ), QStringLiteral("met_late"));
    QCOMPARE(d.countdown(IJClause, IJ), QStringLiteral("逾期 0:05:00"));
    // The corrected row stays, struck out.
    const int r = selectKind(QStringLiteral("作出案情初步判断"));
    QVERIFY(r >= 0);
    QVERIFY(timeline->model()->index(r, 0).data(cd::TimelineModel::VoidedRole).toBool());
    QVERIFY(timeline->model()->index(r, 0).data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(timeline->model()->index(r, cd::TimelineModel::Kind).data().toString().contains(QStringLiteral("已更正")));

    // Withdraw it: the window is open again — overdue now (03:45).
    onNextDialog([](QWidget *w) {
        auto *dialog = qobject_cast<cd::CorrectionDialog *>(w);
        dialog->withdrawButton()->setChecked(true);
        dialog->reasonEdit()->setText(QStringLiteral("误点,尚未作出判断"));
        QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("correctionRecord")), Qt::LeftButton);
    });
    d.window->correctSelectedEvent();
    QCOMPARE(d.eventsOf(id, "correction").size(), 2);
    QCOMPARE(d.state(IJClause, IJ), QStringLiteral("overdue"));
    // And so its alarm is raised.
    QVERIFY(d.window->alarms()->isAlarming(id));
}

void TestLiveWork::wallBoardAt1080p()
{
    Desk d;
    // Three live incidents of different ages: overdue, due soon, running; a drill beside them.
    d.journal.clock.setNow(cd::parseIsoWithOffset(QStringLiteral("2026-11-22T02:40:00+08:00")));
    const qint64 old = d.live();
    d.journal.clock.setNow(cd::parseIsoWithOffset(QStringLiteral("2026-11-22T03:05:00+08:00")));
    const qint64 mid = d.live(R"({"cause":"petition","participants":1200,"at_key_site":true,"county":"莲都区","urban":true})");
    d.journal.clock.setNow(cd::parseIsoWithOffset(QStringLiteral("2026-11-22T03:10:00+08:00")));
    const qint64 fresh = d.live(R"({"cause":"resource_dispute","participants":350,"group_fight":true,"injured":4,"serious_injuries":1,"county":"青田县"})");
    QVERIFY(d.window->drill()->start(d.scenario).ok());
    d.window->drill()->pause();
    d.window->drill()->skipToNextInject();

    cd::WallBoard *board = d.window->openWallBoard();
    board->resize(1920, 1080);
    QVERIFY(board->digitPixelSize() >= 80);
    const auto &tiles = board->liveTiles();
    QVERIFY(tiles.size() >= 5);
    // Most urgent first: the oldest incident's overdue windows, longest overdue first.
    QCOMPARE(tiles.front().incidentId, old);
    QCOMPARE(tiles.front().state, cd::Deadline::State::Overdue);
    QCOMPARE(tiles.front().big, QStringLiteral("−0:10:00")); // 86号 3(1) initial judgment, due 03:00
    for (size_t i = 1; i < tiles.size(); ++i) {
        QVERIFY(!tiles[i].drill);
        QVERIFY(cd::Presentation::deadlineRank(tiles[i - 1].state) <= cd::Presentation::deadlineRank(tiles[i].state));
    }
    QVERIFY(std::any_of(tiles.cbegin(), tiles.cend(), [mid](const cd::WallTile &t) { return t.incidentId == mid; }));
    // 59号 4.2 "立即": no number, shown as such.
    QVERIFY(std::any_of(tiles.cbegin(), tiles.cend(), [fresh](const cd::WallTile &t) {
        return t.incidentId == fresh && t.big == QStringLiteral("立即") && t.dueTo.contains(QStringLiteral("省"));
    }));
    // The drill only in its own strip.
    QVERIFY(!board->drillTiles().empty());
    for (const auto &t : board->drillTiles())
        QVERIFY(t.drill);
    const QImage shot = board->grab().toImage();
    QCOMPARE(shot.size(), QSize(1920, 1080));
    const QString file = shotPath(QStringLiteral("wallboard-1080p.png"));
    QVERIFY(shot.save(file));
    qInfo("wall board screenshot: %s", qPrintable(file));
    // The first tile (top left) is painted in the overdue red.
    QCOMPARE(shot.pixelColor(60, int(shot.height() * 0.2)), QColor(0xb7, 0x1c, 0x1c));

    // It follows the journal: a window met elsewhere leaves the board.
    const auto count = tiles.size();
    QVERIFY(d.store.record(old, QStringLiteral("initial_judgment"), {}).ok());
    QCOMPARE(board->liveTiles().size(), count - 1);
    QCOMPARE(board->liveTiles().front().state, cd::Deadline::State::DueSoon);
}

QTEST_MAIN(TestLiveWork)
#include "tst_livework.moc"
