// The desk's first frame (issue 13): MainWindow::Build::FrameFirst paints the map view (blank),
// the menus' titles, the status bar and every dock in its place before the map's outlines and
// the docks' contents exist, then builds them on the turns after it. What must hold: nothing is missing
// once they are in (the selected incident in the form, the list and the grading; the counties
// fitted as in a window built whole), nothing moves (the docks' geometry equals a window built
// whole), and a window never shown is completed on demand, once, and fitted once shown.
#include "AlarmBanner.h"
#include "DeskStyle.h"
#include "GradingView.h"
#include "IntakeForm.h"
#include "JournalFixture.h"
#include "MapFit.h"
#include "MainWindow.h"
#include "map/MapView.h"
#include "alarm/AlarmCenter.h"
#include "drill/Scenario.h"
#include "geo/RegionMap.h"
#include "items/IncidentStore.h"
#include "items/IncidentTableModels.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

#include <functional>

namespace {

const QByteArray urgentFacts = R"j({"cause":"wage_arrears","county":"莲都区","participants":60,"location":{"lat":28.45,"lon":119.92}})j";
const QByteArray quietFacts = R"j({"cause":"other","county":"龙泉市","participants":300,"location":{"lat":28.07,"lon":119.14}})j";

const char *const dockNames[] = {"incidents", "intake", "grading", "deadlines", "duties", "timeline", "plans", "units"};
const char *const shownDockNames[] = {"incidents", "intake", "grading", "deadlines", "duties", "timeline"}; // 预案, 处置力量: tabs behind 定级

struct Room {
    JournalFixture journal;
    cd::RegionMap urban = cd::RegionMap::loadFile(QStringLiteral(":/geo/urban-area.geojson")).value();
    cd::IncidentStore store{testLibrary(), cd::WorkCalendar::builtin(), journal.clock, *journal.journal};

    std::unique_ptr<cd::MainWindow> window(cd::MainWindow::Build build)
    {
        return std::make_unique<cd::MainWindow>(store, cd::RegionMap::lishuiCounties(), urban, nullptr, build);
    }
};

QDockWidget *dockOf(cd::MainWindow &w, const char *name)
{
    return w.findChild<QDockWidget *>(QLatin1String(name), Qt::FindDirectChildrenOnly);
}

// Records, at each paint of the map, whether its outlines and the window's contents existed.
class MapPaints final : public QObject {
public:
    struct Seen {
        bool outlines, complete;
        bool operator==(const Seen &) const = default;
    };
    explicit MapPaints(cd::MainWindow &w)
        : m_window(w)
    {
        w.map()->viewport()->installEventFilter(this);
    }
    QList<Seen> seen;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            seen << Seen{m_window.map()->hasOutlines(), m_window.isComplete()};
        return QObject::eventFilter(watched, event);
    }

private:
    cd::MainWindow &m_window;
};

} // namespace

class TestDeskStart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear(); // the default layout, not one a previous run saved
    }

    void firstFrameHasEveryDockThenTheirContents()
    {
        Room room;
        room.journal.newIncident(quietFacts);
        const qint64 urgent = room.journal.newIncident(urgentFacts); // 86号 3(1)'s 20 min window: the one selected
        room.store.reload();
        auto w = room.window(cd::MainWindow::Build::FrameFirst);
        QCOMPARE(room.store.selectedId(), urgent);
        // Before the first frame: every dock titled and placed, each holding an empty panel,
        // and the map a blank view.
        QVERIFY(!w->isComplete());
        QVERIFY(!w->map()->hasOutlines());
        QCOMPARE(w->map()->seatCount(), 0);
        QCOMPARE(w->map()->neighbourCount(), 0);
        QVERIFY(!w->intake() && !w->grading() && !w->incidentTable() && !w->deadlineTable());
        for (const char *name : dockNames) {
            QDockWidget *d = dockOf(*w, name);
            QVERIFY2(d, name);
            QVERIFY2(!d->windowTitle().isEmpty(), name);
            QVERIFY2(d->widget() && d->widget()->children().isEmpty(), name);
        }
        // Every menu titled, in the menu bar's order; the desk's own menus and 报告 have no
        // entry yet, and the alarm banner is not built yet.
        QCOMPARE(menuTitles(*w->menuBar()), QStringList({QStringLiteral("&File"), QStringLiteral("&Incident"), QStringLiteral("&Reports"),
                                                         QStringLiteral("&Drill"), QStringLiteral("&Alarms"), QStringLiteral("&View"),
                                                         QStringLiteral("&Units"), QStringLiteral("Du&ty"), QStringLiteral("&Help")}));
        for (const QAction *top : w->menuBar()->actions())
            if (menuTitles(*w->menuBar()).indexOf(top->text()) < 6)
                QVERIFY2(top->menu()->actions().isEmpty(), qPrintable(top->text()));
        QVERIFY(!w->alarmBanner());

        bool completeAtFirstFrame = true, outlinesAtFirstFrame = true;
        connect(w.get(), &cd::MainWindow::firstFramePainted, this, [&] {
            completeAtFirstFrame = w->isComplete();
            outlinesAtFirstFrame = w->map()->hasOutlines();
        });
        // Each paint of the map: were the outlines there, and the docks' contents?
        MapPaints mapPaints(*w);
        QSignalSpy painted(w.get(), &cd::MainWindow::firstFramePainted);
        QSignalSpy completed(w.get(), &cd::MainWindow::buildCompleted);
        w->resize(1366, 768);
        w->show();
        QVERIFY(painted.wait(5000));
        QVERIFY(!completeAtFirstFrame);
        QVERIFY(!outlinesAtFirstFrame);
        QTRY_VERIFY(w->isComplete());
        QCOMPARE(completed.size(), 1);
        // Then every entry of a window built whole, with its shortcut, in the same place.
        const auto whole = room.window(cd::MainWindow::Build::Whole);
        QCOMPARE(menuEntries(*w->menuBar()), menuEntries(*whole->menuBar()));
        // Every shortcut of the menus, as the desk had them when they were built before the first
        // frame (QKeySequence::Preferences and Quit are the platform's: none offscreen).
        QStringList shortcuts;
        for (const QString &line : menuEntries(*w->menuBar()))
            if (QRegularExpression(QStringLiteral(" \\((Ctrl\\+|F\\d)[^()]*\\)$")).match(line).hasMatch())
                shortcuts << line;
        QCOMPARE(shortcuts, QStringList({QStringLiteral("&File › &New incident (Ctrl+N)"), QStringLiteral("&Incident › &Acknowledge duty (Ctrl+K)"),
                                         QStringLiteral("&Incident › Duty &done (Ctrl+Shift+K)"),
                                         QStringLiteral("&Incident › &Call agency of duty… (Ctrl+L)"), QStringLiteral("&Incident › &Next deadline (F6)"),
                                         QStringLiteral("&Incident › Note… (Ctrl+M)"), QStringLiteral("&Drill › Pause / resume (Ctrl+P)"),
                                         QStringLiteral("&Drill › Skip to the next inject (Ctrl+J)"), QStringLiteral("&Alarms › Acknowledge alarm (F8)"),
                                         QStringLiteral("&View › Wall board (大屏模式) (Ctrl+Shift+W)"), QStringLiteral("&View › &Fit city (Ctrl+0)"),
                                         QStringLiteral("&View › Zoom in (Ctrl++)"), QStringLiteral("&View › Zoom out (Ctrl+-)"),
                                         QStringLiteral("&Help › Keyboard shortcuts… (F1)")}));
        QCOMPARE(w->menuBar()->actions().at(5)->menu()->actions().first()->text(), QStringLiteral("Wall board (大屏模式)")); // first in 视图
        // The View menu can bring back every dock, the units list too.
        QStringList toggles;
        for (const QAction *item : w->menuBar()->actions().at(5)->menu()->actions()) // 视图
            toggles << item->text();
        for (const char *name : dockNames)
            QVERIFY2(toggles.contains(dockOf(*w, name)->toggleViewAction()->text()), name);
        // The alarm banner above the map.
        QVERIFY(w->alarmBanner());
        QCOMPARE(w->centralWidget()->layout()->indexOf(w->alarmBanner()), 0);
        QCOMPARE(w->centralWidget()->layout()->indexOf(w->map()), 1);
        // Tab goes through its buttons, then to the map (the focus chain is a cycle).
        const auto buttons = w->alarmBanner()->findChildren<QPushButton *>(Qt::FindDirectChildrenOnly);
        QList<QWidget *> tabOrder;
        for (QWidget *next = buttons.value(0); next && tabOrder.size() < 4; next = next->nextInFocusChain())
            if (next->focusPolicy() & Qt::TabFocus)
                tabOrder << next;
        QCOMPARE(tabOrder, (QList<QWidget *>{buttons.value(0), buttons.value(1), buttons.value(2), w->map()}));
        // The outlines came on the next turn and were painted before the contents were built:
        // the two are separate events, each short.
        QVERIFY(mapPaints.seen.contains(MapPaints::Seen{true, false}));
        // Lishui's counties with their seats, and the neighbouring Quzhou counties (the
        // embedded data's 9 and 6).
        QVERIFY(w->map()->hasOutlines());
        QCOMPARE(size_t(w->map()->seatCount()), cd::RegionMap::lishuiCounties().regions().size()); // a seat per county
        QCOMPARE(w->map()->neighbourCount(), 6);
        QStringList scenarios;
        for (const QString &file : cd::Scenario::shipped())
            scenarios << cd::Scenario::load(file, room.store.library()).value().title;
        QVERIFY(!scenarios.isEmpty());
        QStringList listed;
        QMenu *startDrill = submenuTitled(*w->menuBar(), QStringLiteral("Start drill"));
        QVERIFY(startDrill);
        for (const QAction *a : startDrill->actions())
            listed << a->text();
        QCOMPARE(listed, scenarios);

        // The selection made before the contents existed shows in each of them.
        QVERIFY(w->intake()->findChild<QLabel *>() != nullptr);
        bool formNamesIt = false;
        for (const auto *l : w->intake()->findChildren<QLabel *>())
            formNamesIt |= l->text().contains(QStringLiteral("#%1").arg(urgent));
        QVERIFY(formNamesIt);
        QCOMPARE(w->incidentTable()->currentIndex().data(cd::IncidentListModel::IdRole).toLongLong(), urgent);
        QVERIFY(w->grading()->toPlainText().contains(QStringLiteral("#%1").arg(urgent)));
        QVERIFY(w->deadlineTable()->model()->rowCount() > 0); // 86号 3(1)'s windows of the selected incident
        // 定级 raised over 预案 and 处置力量, as before (a tab behind is moved out of sight).
        QVERIFY(!dockOf(*w, "grading")->visibleRegion().isEmpty());
        QVERIFY(dockOf(*w, "plans")->visibleRegion().isEmpty());
        QVERIFY(dockOf(*w, "units")->visibleRegion().isEmpty());
        // Later selections reach them too (the connections are made with the contents).
        const qint64 quiet = urgent - 1;
        room.store.select(quiet);
        QCOMPARE(w->incidentTable()->currentIndex().data(cd::IncidentListModel::IdRole).toLongLong(), quiet);
        QVERIFY(w->grading()->toPlainText().contains(QStringLiteral("#%1").arg(quiet)));
    }

    void titleBarIconsAreFusionsMadeOnce()
    {
        Room room;
        const auto w = room.window(cd::MainWindow::Build::FrameFirst);
        auto *style = qobject_cast<cd::DeskStyle *>(QApplication::style());
        QVERIFY(style); // installed by the window, before its docks
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        for (const auto icon : {QStyle::SP_TitleBarCloseButton, QStyle::SP_TitleBarNormalButton, QStyle::SP_DockWidgetCloseButton}) {
            const QIcon once = style->standardIcon(icon), again = style->standardIcon(icon);
            QCOMPARE(again.cacheKey(), once.cacheKey()); // the same icon, not made again
            QCOMPARE(once.pixmap(12).toImage(), fusion->standardIcon(icon).pixmap(12).toImage());
        }
        // Another window keeps the one style.
        const auto second = room.window(cd::MainWindow::Build::FrameFirst);
        QCOMPARE(QApplication::style(), style);
    }

    void contentsMoveNothing()
    {
        // The same desk built whole and built frame first, at the two sizes the default layout
        // knows: every dock at the same place and size, the windows table with the same columns,
        // and the docks of the first frame where they were once their contents are in.
        for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
            Room room;
            room.journal.newIncident(urgentFacts);
            room.store.reload();
            auto whole = room.window(cd::MainWindow::Build::Whole);
            auto first = room.window(cd::MainWindow::Build::FrameFirst);
            QHash<QString, QRect> atFirstFrame;
            connect(first.get(), &cd::MainWindow::firstFramePainted, this, [&] {
                for (const char *name : shownDockNames)
                    atFirstFrame.insert(QLatin1String(name), dockOf(*first, name)->geometry());
            });
            for (auto *w : {whole.get(), first.get()}) {
                w->resize(size);
                w->show();
                QVERIFY(QTest::qWaitForWindowExposed(w));
            }
            QTRY_VERIFY(first->isComplete());
            QTest::qWait(50); // the layout settles on the next turns
            for (const char *name : dockNames)
                QVERIFY2(dockOf(*first, name)->geometry() == dockOf(*whole, name)->geometry(),
                         qPrintable(QStringLiteral("%1 at %2×%3").arg(QLatin1String(name)).arg(size.width()).arg(size.height())));
            // Nor did the contents move any dock the first frame showed (tabs behind aside).
            QCOMPARE(atFirstFrame.size(), qsizetype(std::size(shownDockNames)));
            for (const char *name : shownDockNames)
                QVERIFY2(dockOf(*first, name)->geometry() == atFirstFrame.value(QLatin1String(name)),
                         qPrintable(QStringLiteral("%1 at %2×%3: first frame %4,%5 %6×%7")
                                        .arg(QLatin1String(name)).arg(size.width()).arg(size.height())
                                        .arg(atFirstFrame.value(QLatin1String(name)).x()).arg(atFirstFrame.value(QLatin1String(name)).y())
                                        .arg(atFirstFrame.value(QLatin1String(name)).width()).arg(atFirstFrame.value(QLatin1String(name)).height())));
            for (int c = 0; c < whole->deadlineTable()->model()->columnCount(); ++c)
                QCOMPARE(first->deadlineTable()->isColumnHidden(c), whole->deadlineTable()->isColumnHidden(c));
            // The small screen drops "runs from" in both (the default layout's rule).
            QCOMPARE(first->deadlineTable()->isColumnHidden(cd::DeadlineModel::Anchor), size.width() < 1600);
            // The city fitted to the view as in the window built whole: same scale, same place.
            sameFit(*first->map(), *whole->map(), size);
        }
    }

    void opensOnTheBannersIncidentRightAfterTheRead()
    {
        // The alarms' scan after a reset of the store comes on the next turn (a block of its
        // own at 100k incidents); the desk choosing its incident right after the read must still
        // open on the one the banner names. Both overdue on 86号 3(1): by deadline alone the
        // earlier; the banner (overdue, newest raised first) names the later.
        Room room;
        room.store.reload();
        auto w = room.window(cd::MainWindow::Build::Whole);
        const qint64 earlier = room.journal.newIncident(urgentFacts, "2026-11-22T01:00:00+08:00");
        const qint64 later = room.journal.newIncident(urgentFacts, "2026-11-22T02:00:00+08:00");
        room.journal.clock.setNow(JournalFixture::at("2026-11-22T05:00:00+08:00"));
        room.store.reload(); // as the desk's start-up read ends
        QVERIFY(w->alarms()->queue().isEmpty()); // the scan is queued
        w->selectMostUrgent();
        QVERIFY(w->alarms()->top());
        QCOMPARE(w->alarms()->top()->incidentId, later);
        QCOMPARE(room.store.selectedId(), later);
        Q_UNUSED(earlier); // by deadline alone, the desk would have opened on it
        // The queued scan finds nothing left to do: the same alarms, raised once.
        const auto raised = w->alarms()->queue().size();
        QTest::qWait(20);
        QCOMPARE(w->alarms()->queue().size(), raised);
    }

    void locationLineShowsWholeWhenTheIncidentComesAfterTheForm()
    {
        // As at start-up: the form is built on an empty desk ("not set", one line), and the
        // incident it then shows has a location on two lines (coordinates, county). The line
        // gets the height of its two lines; the button below it is not drawn over it.
        for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
            QSettings().remove(QStringLiteral("window/state"));
            Room room;
            room.journal.newIncident(urgentFacts);
            auto w = room.window(cd::MainWindow::Build::FrameFirst);
            w->resize(size);
            w->setEnabled(false); // as the desk is while it reads
            w->show();
            QTRY_VERIFY(w->isComplete());
            QTest::qWait(20);
            room.store.reload();
            w->setEnabled(true);
            QTest::qWait(1);
            w->selectMostUrgent();
            QTest::qWait(50);
            QLabel *location = nullptr;
            for (auto *l : w->intake()->findChildren<QLabel *>())
                if (l->text().contains(QStringLiteral("°N")))
                    location = l;
            QVERIFY(location);
            QVERIFY2(location->height() >= location->sizeHint().height(),
                     qPrintable(QStringLiteral("%1×%2: %3 px for %4").arg(size.width()).arg(size.height()).arg(location->height()).arg(location->sizeHint().height())));
            auto *pick = w->intake()->findChild<QPushButton *>(QString(), Qt::FindChildrenRecursively);
            for (auto *b : w->intake()->findChildren<QPushButton *>())
                if (b->isCheckable())
                    pick = b; // 在地图上选点
            QVERIFY(pick);
            QVERIFY(pick->mapTo(w.get(), QPoint(0, 0)).y() >= location->mapTo(w.get(), QPoint(0, location->height())).y());
        }
    }

    void neverShownIsCompletedOnDemandOnce()
    {
        // --wallboard shows the wall board alone: the desk completes its window before it is enabled.
        Room room;
        room.journal.newIncident(urgentFacts);
        room.store.reload();
        auto w = room.window(cd::MainWindow::Build::FrameFirst);
        QSignalSpy completed(w.get(), &cd::MainWindow::buildCompleted);
        QTest::qWait(20);
        QVERIFY(!w->isComplete()); // nothing painted, nothing built
        w->completeBuild();
        w->completeBuild();
        QCOMPARE(completed.size(), 1);
        QCOMPARE(w->findChildren<cd::IntakeForm *>().size(), 1);
        QCOMPARE(w->findChildren<cd::GradingView *>().size(), 1);
        for (const char *name : dockNames)
            QVERIFY2(!dockOf(*w, name)->widget()->children().isEmpty(), name);
        // Its map fitted the city to a view not laid out yet; shown, it fits it again, a grab
        // of the window before (a screenshot of a window never shown) notwithstanding.
        QVERIFY(w->map()->hasOutlines());
        QTest::qWait(20);
        QVERIFY(!w->grab().isNull());
        w->resize(1920, 1080);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QTest::qWait(50);
        fitsTheCity(*w->map());
    }

private:
    static QStringList menuTitles(const QMenuBar &bar)
    {
        QStringList titles;
        for (const QAction *top : bar.actions())
            titles << top->text();
        return titles;
    }

    // "Menu › Submenu › Entry (shortcut)", one line per entry, in order.
    static QStringList menuEntries(const QMenuBar &bar)
    {
        QStringList lines;
        std::function<void(const QMenu &, const QString &)> walk = [&](const QMenu &menu, const QString &path) {
            for (const QAction *a : menu.actions()) {
                const QString line = path + QStringLiteral(" › ") + (a->isSeparator() ? QStringLiteral("—") : a->text());
                lines << (a->shortcut().isEmpty() ? line : line + QStringLiteral(" (%1)").arg(a->shortcut().toString()));
                if (a->menu())
                    walk(*a->menu(), line);
            }
        };
        for (const QAction *top : bar.actions())
            walk(*top->menu(), top->text());
        return lines;
    }

    static QMenu *submenuTitled(const QMenuBar &bar, const QString &title)
    {
        for (const QAction *top : bar.actions())
            if (top->menu())
                for (const QAction *item : top->menu()->actions())
                    if (item->menu() && item->text() == title)
                        return item->menu();
        return nullptr;
    }

    // The whole city in the view and clear of the legend (MapFit.h), filling the width or the
    // height left above the legend.
    static void fitsTheCity(const cd::MapView &map)
    {
        QVERIFY2(cityPlacement(map).isEmpty(), qPrintable(cityPlacement(map)));
        const QRect shown = map.mapFromScene(map.cityRect()).boundingRect();
        const QRect view = map.viewport()->rect();
        QVERIFY2(shown.width() > 0.85 * view.width() || shown.height() > 0.85 * (view.height() - map.legendHeight()),
                 qPrintable(QStringLiteral("city %1×%2 in a view of %3×%4").arg(shown.width()).arg(shown.height()).arg(view.width()).arg(view.height())));
    }

    static void sameFit(const cd::MapView &map, const cd::MapView &reference, QSize window)
    {
        fitsTheCity(reference);
        const QString where = QStringLiteral("at %1×%2").arg(window.width()).arg(window.height());
        QCOMPARE(map.viewport()->size(), reference.viewport()->size());
        QVERIFY2(!qFuzzyCompare(reference.transform().m11(), 1.0), qPrintable(where)); // fitted: not the identity
        QVERIFY2(qFuzzyCompare(map.transform().m11(), reference.transform().m11()),
                 qPrintable(QStringLiteral("scale %1 against %2 %3").arg(map.transform().m11()).arg(reference.transform().m11()).arg(where)));
        const QPointF centre = reference.mapToScene(reference.viewport()->rect().center());
        QVERIFY2((map.mapToScene(map.viewport()->rect().center()) - centre).manhattanLength() < 1 / reference.transform().m11(),
                 qPrintable(where)); // the same scene point at the view's centre, within a pixel
    }
};

QTEST_MAIN(TestDeskStart)
#include "tst_deskstart.moc"
