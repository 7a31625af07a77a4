// The dashboard, offscreen, as an operator uses it: create an incident through the form, see
// it on the map, in the list and graded; acknowledge a duty; watch a countdown change state
// on a hand-moved clock.
#include "DeskStyle.h"
#include "GradingView.h"
#include "IntakeForm.h"
#include "JournalFixture.h"
#include "MapFit.h"
#include "MainWindow.h"
#include "geo/RegionMap.h"
#include "items/IncidentStore.h"
#include "items/IncidentTableModels.h"
#include "items/Presentation.h"
#include "map/IncidentLayer.h"
#include "map/MapView.h"
#include "ReplayWindow.h"
#include "drill/DrillController.h"
#include "drill/Scenario.h"
#include "report/SituationReport.h"

#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QPointer>
#include <QPrinter>
#include <QStyle>
#include <QPaintEvent>
#include <QPixmapCache>
#include <QProcess>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

namespace {

struct Dashboard {
    JournalFixture journal;
    cd::RegionMap urban = cd::RegionMap::loadFile(QStringLiteral(":/geo/urban-area.geojson")).value();
    cd::IncidentStore store{testLibrary(), cd::WorkCalendar::builtin(), journal.clock, *journal.journal};
    cd::MainWindow window{store, cd::RegionMap::lishuiCounties(), urban};

    Dashboard()
    {
        journal.signInAs(QStringLiteral("duty")); // 值班员乙, a duty operator
        store.reload();
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
    }
    template <typename W> W *field(const char *name) { return qobject_cast<W *>(window.intake()->editor(QLatin1String(name))); }
    void fill(const char *cause, int participants)
    {
        auto *c = field<QComboBox>("cause");
        c->setCurrentIndex(c->findData(QLatin1String(cause)));
        field<QSpinBox>("participants")->setValue(participants);
    }
    bool saveNew()
    {
        const auto before = store.incidents().size();
        QTest::mouseClick(window.intake()->findChild<QPushButton *>(QStringLiteral("saveNew")), Qt::LeftButton);
        return store.incidents().size() == before + 1;
    }
    QString statusText() const
    {
        QStringList all;
        for (auto *l : window.statusBar()->findChildren<QLabel *>())
            all << l->text();
        return all.join(QLatin1Char('|'));
    }
};

// What a widget is asked to repaint, from its paint events.
class PaintedRegion : public QObject {
public:
    explicit PaintedRegion(QWidget *widget) { widget->installEventFilter(this); }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            region |= static_cast<QPaintEvent *>(event)->region();
        return false;
    }
    QRegion region;
};

} // namespace

class TestDashboard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void statusBarShowsJournalClockAndCalendar();
    void createIncidentThroughTheForm();
    void validationMessageNextToTheField();
    void acknowledgeADuty();
    void countdownChangesStateOnTheClock();
    void lateEntryIsNeverAPlainMet();
    void clickingAMarkerSelectsEverywhere();
    void aChangedMarkerRepaintsItsOwnSquare();
    void aLargeResetFillsTheMapOverSeveralTurns();
    void outlinesFromTheirCacheDrawAsWithout();
    void exerciseFilterAndMarker();
    void calendarWarningWhenCoverageEnds();
    void reportPrintsThroughQPrinter();
    void drillInjectsArriveThenReplayIsReadOnly();
    void themeChangesReuseOneStyle();
    void mapStaysFittedWhenTheAlarmBannerAppears();
};

// Each theme change used to create a Fusion QStyle nobody owned (and replaced the
// application's style too): the style must be created once and then kept.
void TestDashboard::themeChangesReuseOneStyle()
{
    Dashboard d;
    d.window.setDarkTheme(false);
    const QPointer<QStyle> style = QApplication::style();
    QVERIFY(qobject_cast<cd::DeskStyle *>(style.data())); // Fusion, its title-bar icons made once
    QCOMPARE(static_cast<QProxyStyle *>(style.data())->baseStyle()->name().toLower(), QStringLiteral("fusion"));
    const auto stylesBefore = qApp->findChildren<QStyle *>().size();
    for (int i = 0; i < 11; ++i) // ends dark
        d.window.setDarkTheme(i % 2 == 0);
    QVERIFY(!style.isNull());
    QCOMPARE(QApplication::style(), style.data());
    QCOMPARE(qApp->findChildren<QStyle *>().size(), stylesBefore);
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(0x1b, 0x22, 0x29)); // the last call was dark
    d.window.setDarkTheme(false);
    QCOMPARE(QApplication::palette().color(QPalette::Window), style->standardPalette().color(QPalette::Window));
}

void TestDashboard::drillInjectsArriveThenReplayIsReadOnly()
{
    QTemporaryDir dir;
    cd::ManualClock wall(QDateTime(QDate(2026, 11, 22), QTime(3, 10), Qt::UTC));
    cd::Journal::Options o;
    o.path = dir.filePath(QStringLiteral("drill.sqlite"));
    auto journal = cd::Journal::open(o, wall, *testLibrary()).value();
    cd::IncidentStore store(testLibrary(), cd::WorkCalendar::builtin(), wall, *journal);
    (void)store.reload();
    const auto urban = cd::RegionMap::loadFile(QStringLiteral(":/geo/urban-area.geojson")).value();
    cd::MainWindow window(store, cd::RegionMap::lishuiCounties(), urban);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto status = [&window] {
        QStringList all;
        for (auto *l : window.statusBar()->findChildren<QLabel *>())
            all << l->text() + l->toolTip();
        return all.join(QLatin1Char('|'));
    };

    const auto scenario = cd::Scenario::load(QStringLiteral(":/drills/wage-arrears-liandu.json"), *testLibrary()).value();
    QVERIFY(window.drill()->start(scenario).ok());
    window.drill()->pause(); // hold the drill clock still for the test
    QVERIFY(store.clocks().drillRunning());
    QCOMPARE(int(store.incidents().size()), 1); // the inject at minute 0 opened the exercise incident
    const qint64 id = store.incidents().front()->id;
    QVERIFY(store.incident(id)->exercise);
    QVERIFY2(status().contains(QStringLiteral("EXERCISE")) && status().contains(QStringLiteral("某工地约40名农民工聚集讨薪")), qPrintable(status()));
    QVERIFY2(status().contains(QStringLiteral("Drill 03-10 09:00:00")), qPrintable(status()));
    QVERIFY2(status().contains(QStringLiteral("Live 0 (open 0) · Exercises 1")), qPrintable(status()));

    window.drill()->skipToNextInject(); // minute 25: 120 claimants
    QCOMPARE(store.incident(id)->facts.participants, 120);
    QCOMPARE(window.drill()->clock()->now(), scenario.at(25));
    // The operator plays normally; the event carries drill time.
    QVERIFY(store.record(id, QStringLiteral("initial_judgment"), {}).ok());
    QCOMPARE(journal->events(id).value().last().eventTime, scenario.at(25));
    // A live incident entered during the drill keeps real time.
    const auto live = store.createIncident(QStringLiteral("实战事件"), false, QJsonObject{{QStringLiteral("participants"), 30}}, {});
    QVERIFY(live.ok());
    QCOMPARE(journal->events(live.value()).value().first().eventTime, wall.now());
    QVERIFY2(status().contains(QStringLiteral("Live 1 (open 1) · Exercises 1")), qPrintable(status()));
    // As fast as possible: every remaining inject arrives, in order, at its own time.
    window.drill()->runToEnd();
    QCOMPARE(window.drill()->delivered(), int(scenario.injects.size()));
    QCOMPARE(store.incident(id)->facts.injured, 2);
    QCOMPARE(window.drill()->afterAction().value(QStringLiteral("scenario")).toString(), QStringLiteral("wage-arrears-liandu"));
    window.drill()->stop();
    QVERIFY(!store.clocks().drillRunning());
    // The after-action report stays available once the drill has ended.
    QCOMPARE(window.drill()->afterAction().value(QStringLiteral("scenario")).toString(), QStringLiteral("wage-arrears-liandu"));

    // Replay, in its own window: the state at the cursor, and nothing can be written there.
    cd::ReplayWindow *replay = window.startReplay(id);
    QVERIFY(replay);
    replay->setCursor(scenario.at(10));
    QCOMPARE(replay->store().incident(id)->facts.participants, 40);
    QVERIFY(replay->grading()->toPlainText().contains(QStringLiteral("#%1").arg(id)));
    replay->setCursor(scenario.at(30));
    QCOMPARE(replay->store().incident(id)->facts.participants, 120);
    const auto refused = replay->store().record(id, QStringLiteral("note"), {{QStringLiteral("text"), QStringLiteral("x")}});
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().contains(QStringLiteral("read-only")));
    // Meanwhile the desk shows now: every inject has arrived.
    QCOMPARE(store.incident(id)->facts.participants, 260);
    replay->close();
}

void TestDashboard::reportPrintsThroughQPrinter()
{
    // The print preview and the printer get the same pages as the PDF writer.
    Dashboard d;
    d.fill("other", 300);
    QVERIFY(d.saveNew());
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("p.pdf")));
    cd::ReportOptions o;
    o.preparedBy = QStringLiteral("值班员乙");
    const cd::SituationReport report(*d.store.selected(), *testLibrary(), cd::RegionMap::lishuiCounties(), o);
    QVERIFY(report.render(printer) >= 1);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {printer.outputFileName(), QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).remove(QLatin1Char(' ')).contains(QStringLiteral("填报人")));
}

void TestDashboard::statusBarShowsJournalClockAndCalendar()
{
    Dashboard d;
    // 03:10 Beijing time, 22 Nov 2026; the calendar covers the next month.
    QVERIFY2(d.statusText().contains(QStringLiteral("2026-11-22 03:10:00")), qPrintable(d.statusText()));
    QVERIFY2(d.statusText().contains(d.journal.path), qPrintable(d.statusText()));
    QVERIFY2(d.statusText().contains(QStringLiteral("Manual")), qPrintable(d.statusText()));
    QVERIFY(!d.statusText().contains(QStringLiteral("Monday–Friday")));
}

void TestDashboard::createIncidentThroughTheForm()
{
    Dashboard d;
    d.fill("wage_arrears", 260);
    // A click on the map: county detected from the polygons, urban flag proposed.
    d.window.intake()->setLocation(QGeoCoordinate(28.4553, 119.9072));
    QCOMPARE(d.field<QComboBox>("county")->currentData().toString(), QStringLiteral("莲都区"));
    QVERIFY(d.field<QCheckBox>("urban")->isChecked());
    QVERIFY(d.saveNew());

    const auto &s = *d.store.incidents().front(); // replaced by the next refold: keep the id
    const qint64 id = s.id;
    QCOMPARE(d.store.selectedId(), id);
    QCOMPARE(s.facts.participants, 260);
    // On the map, yellow for Ⅲ.
    QCOMPARE(d.window.map()->markerCount(), 1);
    QCOMPARE(d.window.map()->marker(s.id)->fill(), cd::Presentation::levelColor(cd::Level::III));
    // In the list, graded.
    auto *list = d.window.incidentTable()->model();
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(list->index(0, cd::IncidentListModel::Level).data().toString(), QStringLiteral("Ⅲ级"));
    QCOMPARE(list->index(0, cd::IncidentListModel::Plans).data().toString(), QStringLiteral("85号、86号"));
    QVERIFY(!list->index(0, cd::IncidentListModel::NextDeadline).data().toString().isEmpty());
    // Graded with the deciding clause and its text.
    const QString grading = d.window.grading()->toPlainText();
    QVERIFY2(grading.contains(QStringLiteral("Ⅲ级")) && grading.contains(QStringLiteral("2.3(1)")), qPrintable(grading));
    QVERIFY(grading.contains(QStringLiteral("参与人数在200人以上、1000人以下")));
    QVERIFY2(grading.contains(QStringLiteral("参与人数 reaches 1000 → Ⅱ级 (85号 2.2(1))")), qPrintable(grading));
    // And it is in the journal, recorded by this operator.
    const auto events = d.journal.journal->events(s.id).value();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.front().actor, QStringLiteral("值班员乙 (duty)"));

    // An update sends only the changed field.
    d.field<QSpinBox>("participants")->setValue(1300);
    QTest::mouseClick(d.window.intake()->findChild<QPushButton *>(QStringLiteral("saveUpdate")), Qt::LeftButton);
    const auto afterResult = d.journal.journal->events(id);
    QVERIFY2(afterResult.ok(), qPrintable(afterResult.error()));
    const auto after = afterResult.value();
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.last().payload().value(QStringLiteral("facts")).toObject().keys(), QStringList{QStringLiteral("participants")});
    QCOMPARE(d.window.map()->marker(id)->fill(), cd::Presentation::levelColor(cd::Level::II));
}

void TestDashboard::aChangedMarkerRepaintsItsOwnSquare()
{
    // One incident regraded on a map of many: the map repaints that marker's square, not the
    // whole layer (100k markers at a big centre).
    Dashboard d;
    QList<qint64> ids;
    for (int i = 0; i < 20; ++i) {
        const QJsonObject facts{{QStringLiteral("participants"), 300},
                                {QStringLiteral("cause"), QStringLiteral("wage_arrears")},
                                {QStringLiteral("location"), QJsonObject{{QStringLiteral("lat"), 28.2 + 0.02 * i}, {QStringLiteral("lon"), 119.5 + 0.03 * i}}}};
        ids << d.store.createIncident(QStringLiteral("事件%1").arg(i), false, facts, d.journal.clock.now()).value();
    }
    d.store.select(0);
    QTest::qWait(50);
    auto *map = d.window.map();
    PaintedRegion painted(map->viewport());
    QVERIFY(d.store.record(ids.at(10), QStringLiteral("facts_updated"), {{QStringLiteral("facts"), QJsonObject{{QStringLiteral("participants"), 1300}}}}).ok());
    QApplication::processEvents();
    QCOMPARE(map->marker(ids.at(10))->fill(), cd::Presentation::levelColor(cd::Level::II));
    const QRect repainted = painted.region.boundingRect();
    const QPoint at = map->mapFromScene(map->marker(ids.at(10))->pos());
    const QString what = QStringLiteral("repainted %1×%2 at %3,%4; marker at %5,%6")
                             .arg(repainted.width()).arg(repainted.height()).arg(repainted.x()).arg(repainted.y()).arg(at.x()).arg(at.y());
    QVERIFY2(repainted.contains(at), qPrintable(what));
    QVERIFY2(repainted.width() <= 60 && repainted.height() <= 60, qPrintable(what));
}

void TestDashboard::outlinesFromTheirCacheDrawAsWithout()
{
    // The county and neighbour outlines are drawn from a cache at the view's scale: the map must
    // look as when they are drawn each time, in both palettes and once zoomed.
    Dashboard d;
    auto *map = d.window.map();
    QList<QGraphicsPathItem *> outlines;
    for (QGraphicsItem *item : map->scene()->items())
        if (auto *path = qgraphicsitem_cast<QGraphicsPathItem *>(item))
            outlines << path;
    QCOMPARE(outlines.size(), qsizetype(cd::RegionMap::lishuiCounties().regions().size() + map->neighbourCount()));
    for (auto *o : std::as_const(outlines))
        QCOMPARE(o->cacheMode(), QGraphicsItem::DeviceCoordinateCache); // as the map draws them
    QVERIFY(QPixmapCache::cacheLimit() >= 48 * 1024); // room for them zoomed in, on a 2× screen too
    auto picture = [&](QGraphicsItem::CacheMode mode) {
        for (auto *o : std::as_const(outlines))
            o->setCacheMode(mode);
        QTest::qWait(10);
        return map->viewport()->grab().toImage();
    };
    for (const bool dark : {false, true}) {
        d.window.applyTheme(dark);
        for (const double zoom : {1.0, 2.5}) {
            map->fitCity();
            map->zoomBy(zoom);
            const QImage cached = picture(QGraphicsItem::DeviceCoordinateCache);
            const QImage drawn = picture(QGraphicsItem::NoCache);
            QVERIFY(!cached.isNull());
            QCOMPARE(cached.size(), drawn.size());
            // Antialiased edges composited from a pixmap round a level or two differently.
            int worst = 0;
            for (int y = 0; y < cached.height(); ++y)
                for (int x = 0; x < cached.width(); ++x) {
                    const QRgb a = cached.pixel(x, y), b = drawn.pixel(x, y);
                    worst = std::max({worst, std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
                }
            QVERIFY2(worst <= 3, qPrintable(QStringLiteral("dark %1, zoom %2: a channel differs by %3").arg(dark).arg(zoom).arg(worst)));
        }
    }
}

void TestDashboard::aLargeResetFillsTheMapOverSeveralTurns()
{
    // Taking 100k incidents in, the map syncs a turn's worth of rows at a time (20k; 5 here),
    // so the UI thread keeps turning. Whatever happens meanwhile (a new incident, another
    // reset) the map ends with one marker per located incident, each where its facts put it.
    Dashboard d;
    auto facts = [](int i) {
        return QJsonObject{{QStringLiteral("participants"), 300},
                           {QStringLiteral("cause"), QStringLiteral("wage_arrears")},
                           {QStringLiteral("location"), QJsonObject{{QStringLiteral("lat"), 28.1 + 0.02 * i}, {QStringLiteral("lon"), 119.4 + 0.03 * i}}}};
    };
    // Written behind the store's back (as another desk would): the map is empty until the reset.
    QList<qint64> ids;
    for (int i = 0; i < 12; ++i)
        ids << d.journal.newIncident(QJsonDocument(facts(i)).toJson(QJsonDocument::Compact));
    const qint64 unseen = d.journal.newIncident(R"j({"cause":"other","participants":60,"location":{"lat":28.6,"lon":120.1}})j");
    d.journal.add(ids.at(3), "facts_updated", R"j({"facts":{"location":{"lat":28.05,"lon":119.9}}})j", "2026-11-22T03:20:00+08:00");
    auto *map = d.window.map();
    QCOMPARE(map->markerCount(), 0);

    map->setSyncRowsPerTurn(5);
    QSignalSpy synced(map, &cd::MapView::markersSynced);
    d.store.reload();
    QVERIFY(map->isSyncing());
    QCOMPARE(synced.count(), 0);
    // A new incident while the map is still empty of the rest: set from the store, then again
    // when the sync reaches its row, one marker all the same.
    const qint64 during = d.store.createIncident(QStringLiteral("途中"), false, facts(20), d.journal.clock.now()).value();
    QTRY_VERIFY(!map->isSyncing());
    QCOMPARE(synced.count(), 1);
    QCOMPARE(map->markerCount(), 14);
    // A second reset part of the way through a third: it starts again from the first row.
    d.store.reload();
    QCoreApplication::processEvents();
    d.store.reload();
    QVERIFY(map->isSyncing());
    const qint64 later = d.store.createIncident(QStringLiteral("途中二"), false, facts(21), d.journal.clock.now()).value();
    QTRY_VERIFY(!map->isSyncing());
    QCOMPARE(synced.count(), 2);
    QCOMPARE(map->markerCount(), 15);
    const auto &proj = map->projection();
    QCOMPARE(map->marker(ids.at(3))->pos(), proj.project(QGeoCoordinate(28.05, 119.9)));
    QCOMPARE(map->marker(unseen)->pos(), proj.project(QGeoCoordinate(28.6, 120.1)));
    QCOMPARE(map->marker(during)->pos(), proj.project(QGeoCoordinate(28.1 + 0.4, 119.4 + 0.6)));
    QCOMPARE(map->marker(later)->pos(), proj.project(QGeoCoordinate(28.1 + 0.42, 119.4 + 0.63)));
    QCOMPARE(map->marker(ids.at(11))->pos(), proj.project(QGeoCoordinate(28.1 + 0.22, 119.4 + 0.33)));
}

void TestDashboard::validationMessageNextToTheField()
{
    Dashboard d;
    d.fill("other", 300);
    d.field<QSpinBox>("injured")->setValue(1);
    d.field<QSpinBox>("serious_injuries")->setValue(2);
    QVERIFY(!d.saveNew());
    QVERIFY2(d.window.intake()->fieldError(QStringLiteral("serious_injuries")).contains(QStringLiteral("more than injured")),
             qPrintable(d.window.intake()->fieldError(QStringLiteral("serious_injuries"))));
    QVERIFY(d.store.incidents().empty()); // nothing written
    d.field<QSpinBox>("serious_injuries")->setValue(1);
    QVERIFY(d.saveNew());
    QVERIFY(d.window.intake()->fieldError(QStringLiteral("serious_injuries")).isEmpty());
}

void TestDashboard::acknowledgeADuty()
{
    Dashboard d;
    d.fill("other", 300);
    QVERIFY(d.saveNew());
    auto *duties = d.window.dutyTable();
    int police = -1;
    for (int r = 0; r < duties->model()->rowCount(); ++r)
        if (duties->model()->index(r, 1).data().toString() == QStringLiteral("市公安局"))
            police = r;
    QVERIFY(police >= 0);
    QCOMPARE(duties->model()->index(police, 5).data().toString(), QStringLiteral("已分派"));
    duties->setCurrentIndex(duties->model()->index(police, 0));
    d.journal.clock.advance(60);
    d.window.acknowledgeSelectedDuty();
    QCOMPARE(duties->model()->index(police, 5).data().toString(), QStringLiteral("已确认"));
    QVERIFY(duties->model()->index(police, 6).data().toString().startsWith(QStringLiteral("值班员乙 (duty) 11-22 03:11")));
    const auto last = d.journal.journal->events(d.store.selectedId()).value().last();
    QCOMPARE(last.kind, QStringLiteral("duty_acknowledged"));
    QCOMPARE(last.payload().value(QStringLiteral("agency")).toString(), QStringLiteral("市公安局"));
}

void TestDashboard::countdownChangesStateOnTheClock()
{
    Dashboard d;
    d.fill("wage_arrears", 40); // 86号 3(1): 20 min to the initial judgment
    QVERIFY(d.saveNew());
    auto *table = d.window.deadlineTable();
    auto *model = table->model();
    auto stateOf = [model](const QString &clause, const QString &action) {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data().toString() == clause && model->index(r, 1).data().toString().startsWith(action))
                return std::pair{r, model->index(r, 0).data(cd::DeadlineModel::StateRole).toString()};
        return std::pair{-1, QString()};
    };
    const QString clause = QStringLiteral("86号 3(1)"), action = QStringLiteral("领导小组办公室作出案情初步判断");
    QCOMPARE(stateOf(clause, action).second, QStringLiteral("pending"));
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    d.journal.clock.advance(14 * 60); // 03:24: 6 min left
    QCOMPARE(stateOf(clause, action).second, QStringLiteral("pending"));
    QCOMPARE(model->index(stateOf(clause, action).first, 4).data().toString(), QStringLiteral("0:06:00"));
    d.journal.clock.advance(60); // 03:25: the last 5 minutes (25 % of 20)
    QCOMPARE(stateOf(clause, action).second, QStringLiteral("due_soon"));
    QVERIFY(resets.count() >= 1);
    d.journal.clock.advance(6 * 60); // 03:31: overdue, pinned on top
    QCOMPARE(stateOf(clause, action), (std::pair{0, QStringLiteral("overdue")}));
    QCOMPARE(model->index(0, 4).data().toString(), QStringLiteral("−0:01:00"));
    QCOMPARE(model->index(0, 5).data().toString(), QStringLiteral("已超时"));
}

void TestDashboard::lateEntryIsNeverAPlainMet()
{
    Dashboard d;
    d.fill("wage_arrears", 40);
    QVERIFY(d.saveNew());
    const qint64 id = d.store.selectedId();
    // Two days later the report to the leading group, "sent at 03:15", is typed in (补录).
    d.journal.clock.advance(2 * 86400 + 5 * 60);
    const QDateTime at = JournalFixture::at("2026-11-22T03:15:00+08:00");
    QVERIFY(!d.store.record(id, QStringLiteral("report_sent"), {{QStringLiteral("to"), QStringLiteral("leading_group")}}, at).ok());
    QVERIFY(d.store.record(id, QStringLiteral("report_sent"),
                           {{QStringLiteral("to"), QStringLiteral("leading_group")}, {QStringLiteral("late_entry_reason"), QStringLiteral("电话报告补录")}}, at)
                .ok());
    auto *model = d.window.deadlineTable()->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 1).data().toString() == QStringLiteral("向领导小组报告"))
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, 0).data(cd::DeadlineModel::StateRole).toString(), QStringLiteral("met"));
    QCOMPARE(model->index(row, 5).data().toString(), QStringLiteral("按时（补录，录入晚 2 天）"));
    if (qEnvironmentVariableIsSet("CD_TEST_SCREENSHOTS"))
        d.window.deadlineTable()->grab().save(qEnvironmentVariable("CD_TEST_SCREENSHOTS") + QStringLiteral("/deadlines-late-entry.png"));
}

void TestDashboard::clickingAMarkerSelectsEverywhere()
{
    Dashboard d;
    d.fill("other", 300);
    d.window.intake()->setLocation(QGeoCoordinate(28.1392, 120.2899)); // 青田
    QVERIFY(d.saveNew());
    const qint64 first = d.store.selectedId();
    d.fill("other", 1200);
    d.window.intake()->setLocation(QGeoCoordinate(28.0747, 119.1415)); // 龙泉
    QVERIFY(d.saveNew());
    QVERIFY(d.store.selectedId() != first);
    d.window.map()->fitCity();
    QApplication::processEvents();
    auto *view = d.window.map();
    const QPoint at = view->mapFromScene(view->marker(first)->pos());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(d.store.selectedId(), first);
    QCOMPARE(d.window.incidentTable()->currentIndex().data(cd::IncidentListModel::IdRole).toLongLong(), first);
    QVERIFY(d.window.grading()->toPlainText().contains(QStringLiteral("#%1").arg(first)));
}

void TestDashboard::exerciseFilterAndMarker()
{
    Dashboard d;
    d.fill("other", 300);
    d.window.intake()->setLocation(QGeoCoordinate(28.45, 119.92));
    QVERIFY(d.saveNew());
    d.window.intake()->startNew();
    d.fill("other", 250);
    d.window.intake()->setLocation(QGeoCoordinate(28.66, 120.09));
    d.field<QCheckBox>("exercise")->setChecked(true);
    QVERIFY(d.saveNew());
    const qint64 drill = d.store.selectedId();
    QVERIFY(d.window.map()->marker(drill)->isExercise());
    auto *filter = d.window.findChild<QComboBox *>();
    QVERIFY(filter);
    filter->setCurrentIndex(filter->findData(cd::IncidentFilterModel::Exercise));
    QCOMPARE(d.window.incidentTable()->model()->rowCount(), 1);
    QVERIFY(d.window.incidentTable()->model()->index(0, 1).data().toString().startsWith(QStringLiteral("【演练】")));
    filter->setCurrentIndex(filter->findData(cd::IncidentFilterModel::Live));
    QCOMPARE(d.window.incidentTable()->model()->rowCount(), 1);
    // The status bar marks an exercise while one is selected, and only then.
    d.store.select(drill);
    QVERIFY(d.statusText().contains(QStringLiteral("EXERCISE")));
    // White on the exercise blue, in the light theme and the dark one.
    for (const bool dark : {false, true}) {
        d.window.applyTheme(dark);
        auto *badge = d.window.statusBar()->findChild<QLabel *>(QStringLiteral("exerciseBadge"));
        QVERIFY(badge && !badge->isHidden());
        const QImage shown = badge->grab().toImage();
        QCOMPARE(shown.pixelColor(1, 1), QColor(0x1f, 0x78, 0xd1));
        int white = 0;
        for (int y = 0; y < shown.height(); ++y)
            for (int x = 0; x < shown.width(); ++x)
                white += shown.pixelColor(x, y) == QColor(Qt::white);
        QVERIFY2(white > 20, qPrintable(QString::number(white))); // the word itself
    }
    d.window.applyTheme(false);
    d.store.select(d.store.incidents().front()->id);
    QVERIFY(!d.statusText().contains(QStringLiteral("EXERCISE")));
}

// The map's view at the sizes a desk gives it (1366×768: 540×510, wider than the city's shape;
// 1920×1080: 960×870; a 600×300 strip), fitted: the whole city, none of it under the legend,
// whichever side limits the scale. When the alarm banner takes 52 px above it, a map still
// showing the fit (an incident selected in sight does not move it) is fitted again; a map the
// operator zoomed stays as the operator left it.
void TestDashboard::mapStaysFittedWhenTheAlarmBannerAppears()
{
    Dashboard d;
    cd::MapView map(d.store, cd::RegionMap::lishuiCounties());
    for (const QSize size : {QSize(540, 510), QSize(960, 870), QSize(600, 300)}) {
        const QString at = QStringLiteral("at %1×%2").arg(size.width()).arg(size.height());
        map.resize(size);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        map.fitCity();
        QVERIFY2(cityPlacement(map).isEmpty(), qPrintable(cityPlacement(map) + QLatin1Char(' ') + at));
        map.resize(size.width(), size.height() - 52); // the banner appears
        QApplication::processEvents();
        QVERIFY2(cityPlacement(map).isEmpty(), qPrintable(cityPlacement(map) + QStringLiteral(" with the banner ") + at));
        map.resize(size); // and goes
        QApplication::processEvents();
        QVERIFY2(cityPlacement(map).isEmpty(), qPrintable(cityPlacement(map) + QStringLiteral(" after the banner ") + at));
    }
    // An incident selected near the edge of the fitted view: its ring is in sight, so the view
    // does not move, and it is still fitted again when the banner comes.
    map.resize(540, 510);
    QApplication::processEvents();
    map.fitCity();
    const QGeoCoordinate nearEdge = map.projection().unproject(map.mapToScene(QPoint(25, map.viewport()->height() / 2)));
    const qint64 id = d.journal.newIncident(QStringLiteral(R"({"cause":"other","county":"龙泉市","participants":300,"location":{"lat":%1,"lon":%2}})")
                                                .arg(nearEdge.latitude(), 0, 'f', 6)
                                                .arg(nearEdge.longitude(), 0, 'f', 6)
                                                .toUtf8());
    QVERIFY(d.store.reload());
    QApplication::processEvents();
    QVERIFY(map.marker(id));
    const QPointF fitted = map.mapToScene(map.viewport()->rect().center());
    d.store.select(id);
    QCOMPARE(map.mapToScene(map.viewport()->rect().center()), fitted);
    map.resize(540, 458);
    QApplication::processEvents();
    QVERIFY2(cityPlacement(map).isEmpty(), qPrintable(cityPlacement(map) + QStringLiteral(" with an incident selected")));

    // Zoomed by the operator: the banner coming and going leaves the map as it was.
    map.zoomBy(1.4);
    const double zoomed = map.transform().m11();
    const QPointF topLeft = map.mapToScene(QPoint(0, 0));
    map.resize(600, 248);
    QApplication::processEvents();
    QCOMPARE(map.transform().m11(), zoomed);
    QVERIFY((map.mapToScene(QPoint(0, 0)) - topLeft).manhattanLength() < 2 / zoomed);
}

void TestDashboard::calendarWarningWhenCoverageEnds()
{
    Dashboard d;
    d.journal.clock.setNow(QDateTime(QDate(2026, 12, 10), QTime(2, 0), Qt::UTC));
    cd::MainWindow later(d.store, cd::RegionMap::lishuiCounties(), d.urban);
    QStringList all;
    for (auto *l : later.statusBar()->findChildren<QLabel *>())
        all << l->text();
    QVERIFY2(all.join(QLatin1Char('|')).contains(QStringLiteral("Holiday calendar ends with 2026")), qPrintable(all.join(QLatin1Char('|'))));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
