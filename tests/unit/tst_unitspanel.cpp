// The unit list dock, the dispatch dialog and the unit's details on the map (issue 16): what
// the operator does with units becomes journal events the fold reads back. Saves pictures at
// 1920×1080 and 1366×768 to CD_SHOT_DIR when set.
#include "JournalFixture.h"
#include "MainWindow.h"
#include "ReplayWindow.h"
#include "units/ReplayUnits.h"
#include "units/TrackPlayback.h"
#include "geo/RegionMap.h"
#include "items/IncidentStore.h"
#include "map/MapView.h"
#include "map/UnitLayer.h"
#include "map/UnitMapFeed.h"
#include "units/Geofence.h"
#include "units/DemoUnits.h"
#include "units/DispatchDialog.h"
#include "drill/UnitMovements.h"
#include "units/LiveFeed.h"
#include "units/PositionSourcesDialog.h"
#include "units/TrackStore.h"
#include "units/UnitDetailsPopup.h"
#include "units/UnitListModel.h"
#include "units/UnitsPanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QScopeGuard>

using namespace cd;

namespace {

const QGeoCoordinate Scene(28.4517, 119.9229); // 莲都区, in the urban area

QJsonObject factsAt(const QGeoCoordinate &c, int participants = 60)
{
    return QJsonObject{{QStringLiteral("cause"), QStringLiteral("wage_arrears")}, {QStringLiteral("county"), QStringLiteral("莲都区")},
                       {QStringLiteral("participants"), participants},
                       {QStringLiteral("location"), QJsonObject{{QStringLiteral("lat"), c.latitude()}, {QStringLiteral("lon"), c.longitude()}}}};
}

// A desk with the demo roster, one incident at the scene and a second 5 km north, and fixes
// of three units on their way (a patrol car 3 km out at 36 km/h, the 人社 working group 6 km
// out, an ambulance that went quiet 5 minutes ago).
struct UnitDesk {
    JournalFixture journal;
    IncidentStore store{testLibrary(), WorkCalendar::builtin(), journal.clock, *journal.journal};
    qint64 first = 0, second = 0;

    UnitDesk()
    {
        QList<NewEvent> roster;
        for (const Unit &u : DemoUnits::lishui().value())
            roster << NewEvent{CentreRegisterId, QStringLiteral("unit_added"), u.toPayload(), journal.clock.now(), {}};
        if (!journal.journal->appendBatch(roster))
            qFatal("roster");
        store.reload();
        first = store.createIncident(QStringLiteral("某工地欠薪聚集"), false, factsAt(Scene), {}).value();
        second = store.createIncident(QStringLiteral("某厂讨薪"), false, factsAt(Scene.atDistanceAndAzimuth(5000, 0), 35), {}).value();
        const QDateTime now = journal.clock.now();
        QList<UnitFix> fixes;
        for (int s = 60; s >= 0; --s) {
            QGeoPositionInfo car(Scene.atDistanceAndAzimuth(3000 + 10.0 * s, 45), now.addSecs(-s));
            car.setAttribute(QGeoPositionInfo::GroundSpeed, 10.0);
            fixes << UnitFix{QStringLiteral("LS-GA-01"), car};
            fixes << UnitFix{QStringLiteral("LS-RS-01"), QGeoPositionInfo(Scene.atDistanceAndAzimuth(6000, 200), now.addSecs(-s))};
            fixes << UnitFix{QStringLiteral("LS-120-01"), QGeoPositionInfo(Scene.atDistanceAndAzimuth(2000, 300), now.addSecs(-300 - s))};
        }
        if (!TrackStore(journal.journal->store()).append(fixes, QStringLiteral("test")))
            qFatal("fixes");
    }
    QList<StoredEvent> events(qint64 id, const QString &kind) const
    {
        QList<StoredEvent> out;
        for (const StoredEvent &e : journal.journal->events(id).value())
            if (e.kind == kind)
                out << e;
        return out;
    }
};

struct Panel {
    UnitDesk &desk;
    MapView map{desk.store, RegionMap::lishuiCounties()};
    UnitMapFeed feed{*desk.journal.journal, desk.journal.clock, *map.scene(), map.projection()};
    QStringList problems;
    UnitsPanel panel{desk.store, feed, [this](qint64 id, const QString &kind, const QJsonObject &p) {
                         if (const auto r = desk.store.record(id, kind, p); !r)
                             problems << r.error();
                     }};
    explicit Panel(UnitDesk &d)
        : desk(d)
    {
        feed.setSiteLookup([this](qint64 id) { const auto *s = desk.store.incident(id); return s ? s->facts.location : QGeoCoordinate(); });
        QObject::connect(&panel, &UnitsPanel::problem, &panel, [this](const QString &m) { problems << m; });
        feed.refresh();
    }
    const UnitBoardRow &row(const QString &unit) const { return *panel.model()->row(unit); }
    int rowIndex(const QString &unit) const
    {
        const auto &rows = panel.model()->rows();
        for (qsizetype i = 0; i < rows.size(); ++i)
            if (rows.at(i).unit.id == unit)
                return int(i);
        return -1;
    }
};

DispatchDialog *openDialog()
{
    return qobject_cast<DispatchDialog *>(QApplication::activeModalWidget());
}

} // namespace

class TestUnitsPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listShowsRosterWithStateAndFilter();
    void dispatchSeveralAndRetask();
    void dispatchWhileTheTasksCatchUpSeesThemAll();
    void arrivalOutlookWaitsForTheTasks();
    void dispatchDialogFromTheSelectedIncident();
    void dialogNarrowsToAnAgencyAndMarksRetasks();
    void operatorArrivalMeetsTheLeadersWindow();
    void arrivalRadiusIsAnEvent();
    void clickOnAUnitShowsItsDetails();
    void positionSourcesPlayARecordedLog();
    void playbackRebuildsPositionsAtACursor();
    void replayShowsTheUnitsMoving();
    void desktopWiringAndPictures_data();
    void desktopWiringAndPictures();
};

void TestUnitsPanel::listShowsRosterWithStateAndFilter()
{
    UnitDesk d;
    Panel p(d);
    QCOMPARE(p.panel.model()->rowCount(), 15); // the demo roster (resources/units/demo-lishui.csv)
    QCOMPARE(p.row(QStringLiteral("LS-GA-01")).fix, UnitBoardRow::Fix::Live);
    QCOMPARE(p.row(QStringLiteral("LS-120-01")).fix, UnitBoardRow::Fix::Stale); // quiet for 5 min > 2 min
    QCOMPARE(p.row(QStringLiteral("LS-GA-02")).fix, UnitBoardRow::Fix::None);
    QCOMPARE(p.row(QStringLiteral("LS-GA-01")).task, UnitBoardRow::Task::Available);
    QVERIFY(!p.row(QStringLiteral("LS-GA-01")).etaSeconds); // no task, no ETA
    // Only the police, in the list and on the map (the patrol car is the one with a fix).
    p.panel.setAgency(QStringLiteral("市公安局"));
    QCOMPARE(p.panel.table()->model()->rowCount(), 4); // 丽公巡01–03, 丽特警01
    QCOMPARE(p.feed.layer().shownCount(), 1);
    QCOMPARE(p.panel.agencyBox()->currentData().toString(), QStringLiteral("市公安局"));
    p.panel.setAgency({});
    QCOMPARE(p.panel.table()->model()->rowCount(), 15);
    QCOMPARE(p.feed.layer().shownCount(), 3);
    // One choice for the map and the list: two agencies ticked in Units → Agencies shown filter
    // the list to both and the box says so; choosing one in the box is what the menu then ticks.
    p.feed.setAgencies({QStringLiteral("市公安局"), QStringLiteral("市急救中心")});
    QCOMPARE(p.panel.table()->model()->rowCount(), 6); // 4 police + 丽急01–02
    QVERIFY2(p.panel.agencyBox()->currentText().startsWith(QStringLiteral("2 ")), qPrintable(p.panel.agencyBox()->currentText()));
    p.panel.agencyBox()->setCurrentIndex(p.panel.agencyBox()->findData(QStringLiteral("市人力社保局")));
    QCOMPARE(p.feed.shownAgencies(), QSet<QString>{QStringLiteral("市人力社保局")});
    QCOMPARE(p.panel.agencyBox()->findText(QStringLiteral("2 "), Qt::MatchStartsWith), -1); // the stand-in is gone
    p.feed.setAgencies({});
    QCOMPARE(p.panel.agencyBox()->currentIndex(), 0);
    QCOMPARE(p.panel.table()->model()->rowCount(), 15);
}

void TestUnitsPanel::dispatchSeveralAndRetask()
{
    UnitDesk d;
    Panel p(d);
    QVERIFY(p.panel.dispatch(d.first, {QStringLiteral("LS-GA-01"), QStringLiteral("LS-RS-01")}));
    QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.join(u'\n')));
    const auto sent = d.events(d.first, QStringLiteral("dispatched"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().payload().value(QStringLiteral("units")).toArray(),
             QJsonArray({QStringLiteral("LS-GA-01"), QStringLiteral("LS-RS-01")}));
    const UnitBoardRow &car = p.row(QStringLiteral("LS-GA-01"));
    QCOMPARE(car.task, UnitBoardRow::Task::EnRoute);
    QCOMPARE(car.incidentId, d.first);
    // 3000 m × 1.4 (road factor) / 10 m/s = 420 s: 7 min, in the list's ETA column.
    QVERIFY(car.etaSeconds);
    QVERIFY2(qAbs(*car.etaSeconds - 420) <= 1, qPrintable(QString::number(*car.etaSeconds)));
    const int row = p.rowIndex(QStringLiteral("LS-GA-01"));
    QCOMPARE(p.panel.model()->index(row, UnitListModel::Eta).data().toString(), QStringLiteral("7 min"));
    QCOMPARE(p.panel.model()->index(row, UnitListModel::State).data().toString(), QStringLiteral("En route"));
    QCOMPARE(p.panel.model()->index(row, UnitListModel::Task).data().toString(), QStringLiteral("Incident #%1").arg(d.first));
    // The fold of the incident names both units.
    QCOMPARE(d.store.incident(d.first)->units.size(), size_t(2));

    // Re-tasked to the second incident: the event says where it came from; the first keeps its history.
    QVERIFY(p.panel.dispatch(d.second, {QStringLiteral("LS-GA-01")}));
    const auto retask = d.events(d.second, QStringLiteral("dispatched"));
    QCOMPARE(retask.size(), 1);
    QCOMPARE(retask.first().payload().value(QStringLiteral("retasked_from")).toObject().value(QStringLiteral("LS-GA-01")).toInteger(), d.first);
    QCOMPARE(p.row(QStringLiteral("LS-GA-01")).incidentId, d.second);
    QCOMPARE(p.row(QStringLiteral("LS-RS-01")).incidentId, d.first);

    // A unit not in the roster: nothing written, the reason named.
    QVERIFY(!p.panel.dispatch(d.first, {QStringLiteral("NOBODY")}));
    QVERIFY2(p.problems.last().contains(QStringLiteral("NOBODY")), qPrintable(p.problems.last()));
    QCOMPARE(d.events(d.first, QStringLiteral("dispatched")).size(), 1);
}

void TestUnitsPanel::dispatchWhileTheTasksCatchUpSeesThemAll()
{
    // A journal longer than one slice of the map's catch-up, the car's dispatch after it: the
    // map's first look has not reached it yet, an operator's dispatch must.
    UnitDesk d;
    QList<NewEvent> notes;
    for (qint64 i = 0; i < 2 * UnitMapFeed::TaskSlice; ++i) // beyond two slices: the first look and one more
        notes << NewEvent{d.second, QStringLiteral("note"), {{QStringLiteral("text"), QStringLiteral("巡查")}}, d.journal.clock.now(), {}};
    QVERIFY(d.journal.journal->appendBatch(notes).ok());
    QVERIFY(d.journal.journal->append({d.first, QStringLiteral("dispatched"), {{QStringLiteral("units"), QJsonArray{QStringLiteral("LS-GA-01")}}},
                                       d.journal.clock.now(), {}}).ok());
    Panel p(d);
    QVERIFY(!p.feed.tasks().assignment(QStringLiteral("LS-GA-01"))); // the first slice ends before the dispatch
    QVERIFY(p.panel.dispatch(d.second, {QStringLiteral("LS-GA-01")}));
    const auto retask = d.events(d.second, QStringLiteral("dispatched"));
    QCOMPARE(retask.size(), 1);
    QCOMPARE(retask.first().payload().value(QStringLiteral("retasked_from")).toObject().value(QStringLiteral("LS-GA-01")).toInteger(), d.first);
    // Left to itself, a fresh map catches up a slice per turn and then shows the task.
    Panel q(d);
    QVERIFY(!q.feed.tasks().assignment(QStringLiteral("LS-GA-01")));
    auto carTask = [&q] {
        const UnitBoardRow *r = q.panel.model()->row(QStringLiteral("LS-GA-01"));
        return r ? r->incidentId : qint64(-1);
    };
    QTRY_COMPARE(carTask(), d.second);
}

void TestUnitsPanel::arrivalOutlookWaitsForTheTasks()
{
    // The car sent to the first incident, then years of events, then re-tasked to the second:
    // the map's first look reads only the first dispatch, which is no longer true.
    UnitDesk d;
    const QJsonObject car{{QStringLiteral("units"), QJsonArray{QStringLiteral("LS-GA-01")}}};
    QVERIFY(d.journal.journal->append({d.first, QStringLiteral("dispatched"), car, d.journal.clock.now(), {}}).ok());
    QList<NewEvent> notes;
    for (qint64 i = 0; i < 2 * UnitMapFeed::TaskSlice; ++i)
        notes << NewEvent{d.second, QStringLiteral("note"), {{QStringLiteral("text"), QStringLiteral("巡查")}}, d.journal.clock.now(), {}};
    QVERIFY(d.journal.journal->appendBatch(notes).ok());
    QVERIFY(d.journal.journal->append({d.second, QStringLiteral("dispatched"), car, d.journal.clock.now(), {}}).ok());
    Panel p(d);
    QVERIFY(!p.feed.tasksCurrent());
    QCOMPARE(p.feed.tasks().assignment(QStringLiteral("LS-GA-01"))->incidentId, d.first); // half-way: the old task
    // No 86号 3(2) outlook from it: the car is not on its way to the first incident.
    QVERIFY(p.feed.etasTo(d.first).isEmpty());
    QVERIFY(p.feed.etasTo(d.second).isEmpty());
    // Caught up: the ETA is the car's, to the second incident, from its last fix at 10 m/s.
    QTRY_VERIFY(p.feed.tasksCurrent());
    QVERIFY(p.feed.etasTo(d.first).isEmpty());
    const auto *fix = p.feed.positions().position(QStringLiteral("LS-GA-01"));
    QVERIFY(fix);
    const qint64 expected = EtaEstimator::etaSeconds(fix->last.coordinate().distanceTo(d.store.incident(d.second)->facts.location), 10.0);
    QCOMPARE(p.feed.etasTo(d.second), (QHash<QString, qint64>{{QStringLiteral("LS-GA-01"), expected}}));
}

void TestUnitsPanel::dispatchDialogFromTheSelectedIncident()
{
    UnitDesk d;
    Panel p(d);
    d.store.select(d.first);
    // The unit selected in the list comes ticked; the operator ticks one more and sends both.
    const int row = p.rowIndex(QStringLiteral("LS-120-01"));
    p.panel.table()->selectRow(row);
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        DispatchDialog *dialog = openDialog();
        QVERIFY(dialog);
        seen = true;
        QCOMPARE(dialog->checkedUnits(), QStringList{QStringLiteral("LS-120-01")});
        for (int i = 0; i < dialog->list()->count(); ++i)
            if (dialog->list()->item(i)->data(Qt::UserRole).toString() == QLatin1String("LS-TJ-01"))
                dialog->list()->item(i)->setCheckState(Qt::Checked);
        dialog->accept();
    });
    p.panel.dispatchToSelected();
    QVERIFY(seen);
    const auto sent = d.events(d.first, QStringLiteral("dispatched"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().payload().value(QStringLiteral("units")).toArray(), QJsonArray({QStringLiteral("LS-TJ-01"), QStringLiteral("LS-120-01")}));
    // Cancelled: nothing written.
    QTimer::singleShot(0, this, [] {
        if (auto *dialog = openDialog())
            dialog->reject();
    });
    p.panel.dispatchToSelected();
    QCOMPARE(d.events(d.first, QStringLiteral("dispatched")).size(), 1);
}

void TestUnitsPanel::dialogNarrowsToAnAgencyAndMarksRetasks()
{
    UnitDesk d;
    Panel p(d);
    QVERIFY(p.panel.dispatch(d.second, {QStringLiteral("LS-GA-02")}));
    DispatchDialog dialog(d.first, QStringLiteral("某工地欠薪聚集"), p.panel.model()->rows());
    dialog.setChecked({QStringLiteral("LS-120-01")});
    // From a duty row of 市公安局: only its units are listed; the ambulance ticked before stays ticked.
    dialog.setAgency(QStringLiteral("市公安局"));
    int shown = 0;
    QString retaskText;
    for (int i = 0; i < dialog.list()->count(); ++i) {
        const QListWidgetItem *item = dialog.list()->item(i);
        shown += !item->isHidden();
        if (item->data(Qt::UserRole).toString() == QLatin1String("LS-GA-02"))
            retaskText = item->text();
    }
    QCOMPARE(shown, 4);
    QCOMPARE(dialog.checkedUnits(), QStringList{QStringLiteral("LS-120-01")});
    QVERIFY2(retaskText.contains(QStringLiteral("#%1").arg(d.second)) && retaskText.contains(QStringLiteral("re-tasked")), qPrintable(retaskText));
    // An agency with no units in the roster (a duty of 市财政局): all units rather than none.
    dialog.setAgency(QStringLiteral("市财政局"));
    shown = 0;
    for (int i = 0; i < dialog.list()->count(); ++i)
        shown += !dialog.list()->item(i)->isHidden();
    QCOMPARE(shown, 15);
}

void TestUnitsPanel::operatorArrivalMeetsTheLeadersWindow()
{
    UnitDesk d;
    Panel p(d);
    // Not dispatched: nothing to arrive for.
    QVERIFY(!p.panel.markArrived(QStringLiteral("LS-RS-01")));
    QVERIFY(p.problems.last().contains(QStringLiteral("人社工作组")));
    QVERIFY(d.events(d.first, QStringLiteral("arrived")).isEmpty());

    QVERIFY(p.panel.dispatch(d.first, {QStringLiteral("LS-GA-01"), QStringLiteral("LS-RS-01")}));
    d.journal.clock.advance(20 * 60);
    // The patrol car at the scene does not meet 86号 3(2); the 人社 working group (a leader) does.
    QVERIFY(p.panel.markArrived(QStringLiteral("LS-GA-01")));
    const IncidentState *s = d.store.incident(d.first);
    QVERIFY(!s->milestones.at.contains(QStringLiteral("arrived")));
    QVERIFY(p.panel.markArrived(QStringLiteral("LS-RS-01")));
    s = d.store.incident(d.first);
    QVERIFY(s->milestones.at.contains(QStringLiteral("arrived")));
    for (const UnitTask &t : s->units) {
        QCOMPARE(t.arrivalSource, QStringLiteral("operator"));
        QCOMPARE(t.arrivedAt, d.journal.clock.now());
    }
    const auto arrived = d.events(d.first, QStringLiteral("arrived"));
    QCOMPARE(arrived.size(), 2);
    QCOMPARE(arrived.last().payload().value(QStringLiteral("leader")).toBool(), true);
    QCOMPARE(arrived.last().payload().value(QStringLiteral("source")).toString(), QStringLiteral("operator"));
    QCOMPARE(p.row(QStringLiteral("LS-RS-01")).task, UnitBoardRow::Task::OnScene);
    QVERIFY(!p.row(QStringLiteral("LS-RS-01")).etaSeconds); // on scene: no ETA
}

void TestUnitsPanel::arrivalRadiusIsAnEvent()
{
    UnitDesk d;
    Panel p(d);
    QCOMPARE(d.store.incident(d.first)->geofenceRadiusMetres, 300.0);
    QVERIFY(p.panel.setArrivalRadius(d.first, 450));
    QCOMPARE(d.store.incident(d.first)->geofenceRadiusMetres, 450.0);
    QCOMPARE(d.store.incident(d.second)->geofenceRadiusMetres, 300.0); // per incident
    QVERIFY(!p.panel.setArrivalRadius(d.first, 40)); // below 50 m: refused, nothing written
    QCOMPARE(d.events(d.first, QStringLiteral("geofence_set")).size(), 1);
    QVERIFY(p.problems.last().contains(QStringLiteral("40")));
}

void TestUnitsPanel::clickOnAUnitShowsItsDetails()
{
    UnitDesk d;
    Panel p(d);
    QVERIFY(p.panel.dispatch(d.first, {QStringLiteral("LS-GA-01")}));
    p.map.resize(900, 600);
    p.map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&p.map));
    p.map.zoomBy(12);
    p.map.centerOn(p.map.projection().project(Scene));
    p.panel.watchMap(p.map);
    QApplication::processEvents();
    UnitMarkerItem *marker = p.feed.layer().marker(QStringLiteral("LS-GA-01"));
    QVERIFY(marker && marker->isVisible());
    const QPoint at = p.map.mapFromScene(marker->pos());
    QTest::mouseClick(p.map.viewport(), Qt::LeftButton, {}, at);
    auto popups = p.panel.findChildren<UnitDetailsPopup *>();
    QCOMPARE(popups.size(), 1);
    const QString text = popups.first()->text();
    for (const QString &want : {QStringLiteral("丽公巡01"), QStringLiteral("王某某 李某某"), QStringLiteral("138-0000-0101"),
                                QStringLiteral("#%1 某工地欠薪聚集").arg(d.first), QStringLiteral("En route"), QStringLiteral("ETA: 7 min")})
        QVERIFY2(text.contains(want), qPrintable(want + QStringLiteral(" not in ") + text));
    popups.first()->close();
    QApplication::processEvents();
    // A click beside the units is the map's: no popup.
    QTest::mouseClick(p.map.viewport(), Qt::LeftButton, {}, at + QPoint(200, 150));
    QApplication::processEvents();
    QCOMPARE(p.panel.findChildren<UnitDetailsPopup *>().size(), 0);
}

void TestUnitsPanel::positionSourcesPlayARecordedLog()
{
    UnitDesk d;
    Panel p(d);
    QVERIFY(p.panel.dispatch(d.first, {QStringLiteral("LS-GA-02")}));
    // The Units menu leads to the sources; the serial and log rows offer the roster's units.
    QMenu menu;
    p.panel.addMenuActions(menu);
    QVERIFY(menu.actions().size() >= 4);
    PositionSourcesDialog *dialog = p.panel.showPositionSources();
    QCOMPARE(dialog->unitBox(PositionSourcesDialog::Simulation)->count(), 1 + 15);
    // A bad address is named in its row and starts nothing.
    dialog->whereEdit(PositionSourcesDialog::Gateway)->setText(QStringLiteral("gateway-without-port"));
    QVERIFY(!dialog->toggle(PositionSourcesDialog::Gateway));
    QVERIFY2(dialog->statusText(PositionSourcesDialog::Gateway).contains(QStringLiteral("tcp:HOST:PORT")), qPrintable(dialog->statusText(PositionSourcesDialog::Gateway)));
    // A recorded drive of 丽公巡02 (no tags: the unit is chosen) from 1005 m south at 36 km/h.
    UnitMovement m;
    m.unit = QStringLiteral("LS-GA-02");
    m.dwellMinutes = 1;
    m.route = {{Scene.atDistanceAndAzimuth(1005, 180), 0}, {Scene, 36}};
    QTemporaryDir dir;
    QFile log(dir.filePath(QStringLiteral("drive.nmea")));
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write(UnitMovements::nmea({m}, JournalFixture::at("2025-06-01T08:00:00+08:00")).replace("$PCDU,LS-GA-02*", "$GPTXT,x*"));
    log.close();
    dialog->whereEdit(PositionSourcesDialog::Simulation)->setText(log.fileName());
    dialog->unitBox(PositionSourcesDialog::Simulation)->setCurrentIndex(dialog->unitBox(PositionSourcesDialog::Simulation)->findData(QStringLiteral("LS-GA-02")));
    const QDateTime start = d.journal.clock.now();
    QVERIFY2(dialog->toggle(PositionSourcesDialog::Simulation), qPrintable(dialog->statusText(PositionSourcesDialog::Simulation)));
    LiveFeed *feed = dialog->feed(PositionSourcesDialog::Simulation);
    for (int s = 0; s < 200 && feed->isRunning(); ++s) {
        d.journal.clock.advance(1);
        feed->pump();
    }
    QVERIFY(!feed->isRunning());
    QCOMPARE(dialog->statusText(PositionSourcesDialog::Simulation), QStringLiteral("simulation finished"));
    QVERIFY(dialog->findChildren<QPushButton *>().last()->text() == QStringLiteral("Play")); // ready to play again
    const auto arrived = d.events(d.first, QStringLiteral("arrived"));
    QCOMPARE(arrived.size(), 1);
    QCOMPARE(arrived.first().eventTime, start.addSecs(71));
    QCOMPARE(arrived.first().payload().value(QStringLiteral("unit")).toString(), QStringLiteral("LS-GA-02"));
    // The list reads the arrival back; the map has the unit where the log left it.
    p.feed.refresh();
    QCOMPARE(p.row(QStringLiteral("LS-GA-02")).task, UnitBoardRow::Task::OnScene);
    QVERIFY(p.feed.positions().position(QStringLiteral("LS-GA-02")));
    if (const QByteArray shots = qgetenv("CD_SHOT_DIR"); !shots.isEmpty()) {
        dialog->show();
        QApplication::processEvents();
        dialog->grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/units-sources.png"));
    }
}

void TestUnitsPanel::playbackRebuildsPositionsAtACursor()
{
    const QDateTime t0(QDate(2026, 11, 21), QTime(19, 0), Qt::UTC);
    QList<QGeoPositionInfo> track;
    for (int s = 0; s <= 600; ++s) // eastwards at 10 m/s for 10 minutes
        track << QGeoPositionInfo(Scene.atDistanceAndAzimuth(10.0 * s, 90), t0.addSecs(s));
    TrackPlayback p;
    p.addTrack(QStringLiteral("A"), track);
    QCOMPARE(p.fixCount(), 601);
    QVERIFY(!p.at(t0.addSecs(-1)).position(QStringLiteral("A"))); // not yet seen
    const UnitPositions at300 = p.at(t0.addSecs(300));
    QVERIFY(qAbs(at300.position(QStringLiteral("A"))->last.coordinate().distanceTo(Scene) - 3000) < 0.5);
    QCOMPARE(at300.position(QStringLiteral("A"))->trail.size(), 13); // the 2-minute trail, a point every 10 s
    // Backwards: rebuilt, not carried forward.
    QVERIFY(qAbs(p.at(t0.addSecs(100)).position(QStringLiteral("A"))->last.coordinate().distanceTo(Scene) - 1000) < 0.5);
    // After the track ends the unit stays at its last fix and reads stale 2 minutes on.
    const UnitPositions later = p.at(t0.addSecs(900));
    QCOMPARE(later.position(QStringLiteral("A"))->last.timestamp(), t0.addSecs(600));
    QVERIFY(later.isStale(QStringLiteral("A"), t0.addSecs(900)));
}

void TestUnitsPanel::replayShowsTheUnitsMoving()
{
    UnitDesk d;
    const QDateTime dispatchAt = d.journal.clock.now();
    QVERIFY(d.store.record(d.first, QStringLiteral("dispatched"), {{QStringLiteral("units"), QJsonArray{QStringLiteral("LS-RS-01")}}}).ok());
    // The 人社 working group drives in from 6 km at 20 m/s over five minutes (fixes after the dispatch).
    QList<UnitFix> fixes;
    for (int s = 1; s <= 300; ++s)
        fixes << UnitFix{QStringLiteral("LS-RS-01"), QGeoPositionInfo(Scene.atDistanceAndAzimuth(6000 - 20.0 * s, 200), dispatchAt.addSecs(s))};
    QVERIFY(TrackStore(d.journal.journal->store()).append(fixes, QStringLiteral("test")).ok());
    d.journal.clock.advance(300);
    QVERIFY(d.store.record(d.first, QStringLiteral("arrived"), {{QStringLiteral("unit"), QStringLiteral("LS-RS-01")}, {QStringLiteral("source"), QStringLiteral("operator")}}).ok());

    auto *replay = new ReplayWindow(d.store, d.first);
    QVERIFY(replay->isValid());
    ReplayUnits *units = replay->units();
    QVERIFY(units);
    QCOMPARE(units->units(), QStringList{QStringLiteral("LS-RS-01")});
    replay->setCursor(dispatchAt.addSecs(100));
    UnitMarkerItem *marker = units->layer().marker(QStringLiteral("LS-RS-01"));
    QVERIFY(marker && marker->isVisible());
    QCOMPARE(marker->pos(), replay->map()->projection().project(Scene.atDistanceAndAzimuth(6000 - 2000, 200)));
    QVERIFY(marker->toolTip().contains(QStringLiteral("en route")));
    replay->setCursor(dispatchAt.addSecs(300));
    QCOMPARE(marker->pos(), replay->map()->projection().project(Scene.atDistanceAndAzimuth(0, 200)));
    QVERIFY(marker->toolTip().contains(QStringLiteral("on scene")));
    replay->setCursor(dispatchAt.addSecs(50)); // back again
    QCOMPARE(marker->pos(), replay->map()->projection().project(Scene.atDistanceAndAzimuth(5000, 200)));
    // At the dispatch it is where the desk's earlier fixes left it (6 km out, UnitDesk).
    replay->setCursor(dispatchAt);
    QCOMPARE(marker->pos(), replay->map()->projection().project(Scene.atDistanceAndAzimuth(6000, 200)));
    replay->setCursor(dispatchAt.addSecs(200));
    if (const QByteArray dir = qgetenv("CD_SHOT_DIR"); !dir.isEmpty()) {
        replay->resize(1320, 800);
        replay->show();
        QVERIFY(QTest::qWaitForWindowExposed(replay));
        replay->findChild<QTabWidget *>()->setCurrentWidget(replay->map());
        QApplication::processEvents();
        replay->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/units-replay.png"));
    }
    replay->close();
}

void TestUnitsPanel::desktopWiringAndPictures_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("chinese");
    QTest::newRow("1920x1080") << QSize(1920, 1080) << false;
    QTest::newRow("1366x768") << QSize(1366, 768) << false;
    QTest::newRow("1920x1080 zh") << QSize(1920, 1080) << true; // the default desk language
    QTest::newRow("1366x768 zh") << QSize(1366, 768) << true;
}

void TestUnitsPanel::desktopWiringAndPictures()
{
    QFETCH(QSize, size);
    QFETCH(bool, chinese);
    QTranslator zh;
    if (chinese) {
        QVERIFY(zh.load(QStringLiteral(":/i18n/commanddesk_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
    }
    const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&zh); });
    UnitDesk d;
    const RegionMap urban = RegionMap::loadFile(QStringLiteral(":/geo/urban-area.geojson")).value();
    MainWindow window(d.store, RegionMap::lishuiCounties(), urban);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *panel = window.findChild<UnitsPanel *>();
    QVERIFY(panel);
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("units"));
    QVERIFY(dock);
    dock->raise();
    // The duty table's context menu dispatches for the duty's agency.
    auto *dispatchForDuty = window.dutyTable()->findChild<QAction *>(QStringLiteral("dispatchForDuty"));
    QVERIFY(dispatchForDuty && window.dutyTable()->actions().contains(dispatchForDuty));
    d.store.select(d.first);
    window.dutyTable()->setCurrentIndex(window.dutyTable()->model()->index(0, 0));
    QApplication::processEvents();
    QVERIFY(panel->dispatch(d.first, {QStringLiteral("LS-GA-01"), QStringLiteral("LS-RS-01")}));
    panel->refresh();
    QApplication::processEvents();
    const QByteArray dir = qgetenv("CD_SHOT_DIR");
    const QString tag = QStringLiteral("%1x%2%3").arg(size.width()).arg(size.height()).arg(chinese ? QStringLiteral("-zh") : QString());
    if (chinese) // the list's words in Chinese
        QCOMPARE(panel->model()->headerData(UnitListModel::CallSign, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("呼号"));
    if (!dir.isEmpty())
        window.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/units-window-%1.png").arg(tag));
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        DispatchDialog *dialog = openDialog();
        QVERIFY(dialog);
        seen = true;
        if (!dir.isEmpty())
            dialog->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/units-dispatch-%1.png").arg(tag));
        dialog->reject();
    });
    dispatchForDuty->trigger();
    QVERIFY(seen);
    const QPoint centre = window.map()->mapToGlobal(window.map()->rect().center());
    UnitDetailsPopup *popup = panel->showDetails(QStringLiteral("LS-RS-01"), centre);
    QVERIFY(popup);
    QVERIFY(popup->text().contains(QStringLiteral("86号 3(2)")));
    QVERIFY(popup->text().contains(chinese ? QStringLiteral("电话:138-0000-0141") : QStringLiteral("Phone: 138-0000-0141")));
    QApplication::processEvents();
    if (!dir.isEmpty())
        popup->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/units-popup-%1.png").arg(tag));
    popup->close();
}

QTEST_MAIN(TestUnitsPanel)
#include "tst_unitspanel.moc"
