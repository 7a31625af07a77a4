// The summary projection (SummaryProjection) against the full fold: what start-up and
// `incident list` read instead of folding every incident must be what the fold gives, after
// corrections and level changes too, and a projection that is missing, stale or made from
// other plans must be rebuilt rather than believed.
#include "JournalFixture.h"

#include "items/IncidentStore.h"
#include "items/IncidentTableModels.h"
#include "items/StartupLoad.h"
#include "journal/StateJson.h"
#include "journal/SummaryProjection.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

class TestProjection : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesTheFullFold();
    void catchesUpWithAppends();
    void staleOrMissingIsRebuilt();
    void incidentListReadsIt();
    void dashboardFoldsOnlyWhatRuns();
    void startupReadOnItsOwnThread();
    void startupReadThatCannotOpenSaysSo();
};

namespace {

const QString Key = QStringLiteral("format test; plans test");

cd::SummaryProjection::Fold folder(JournalFixture &f)
{
    return [&f](const QList<cd::StoredEvent> &events) {
        return cd::IncidentState::fold(events, {*testLibrary(), cd::WorkCalendar::builtin()}, {}, f.clock.now());
    };
}

cd::SummaryProjection::Loaded load(JournalFixture &f, const QString &key = Key)
{
    auto loaded = cd::SummaryProjection::load(f.journal->store(), key, folder(f));
    if (!loaded)
        qFatal("projection: %s", qPrintable(loaded.error()));
    return loaded.value();
}

// Each summary equal to the one a full fold of the incident's events gives now.
void compareWithFullFold(JournalFixture &f, const QList<cd::IncidentSummary> &summaries, int incidents)
{
    QCOMPARE(summaries.size(), incidents);
    for (const auto &s : summaries) {
        const auto full = f.state(s.id);
        const auto expected = cd::IncidentSummary::of(full);
        QCOMPARE(s.title, expected.title);
        QCOMPARE(s.status, expected.status);
        QCOMPARE(s.level, expected.level);
        QCOMPARE(s.plans, expected.plans);
        QCOMPARE(s.county, expected.county);
        QCOMPARE(s.location, expected.location);
        QCOMPARE(s.unfinishedWindows, expected.unfinishedWindows);
        QCOMPARE(s.nextDue, expected.nextDue);
        QCOMPARE(s.lastSeq, expected.lastSeq);
        QVERIFY(s == expected);
        // A row `incident list` prints from the summary is the row of the full fold.
        if (!s.needsFullFold())
            QCOMPARE(cd::StateJson::summary(s), cd::StateJson::summary(full));
    }
}

// Three incidents: a small one closed with its window met, one that grows to 2000 people
// (levels change), one whose count is corrected back down.
void prepare(JournalFixture &f, qint64 &closed, qint64 &growing, qint64 &corrected)
{
    closed = f.newIncident(R"({"cause":"other","participants":60,"county":"莲都区","location":{"lat":28.45,"lon":119.92}})",
                           "2026-11-22T03:10:00+08:00");
    f.add(closed, "report_sent", R"({"to":"city","report":"initial"})", "2026-11-22T03:20:00+08:00");
    f.add(closed, "response_ended", "{}", "2026-11-22T05:00:00+08:00");
    f.add(closed, "closed", "{}", "2026-11-22T06:00:00+08:00");
    growing = f.newIncident(R"({"cause":"wage_arrears","participants":40,"county":"青田县"})", "2026-11-22T06:10:00+08:00");
    f.add(growing, "facts_updated", R"({"facts":{"participants":2000}})", "2026-11-22T06:30:00+08:00");
    f.add(growing, "level_declared", R"j({"plan":"mass-incident","level":"II","clause":"2.3(2)"})j", "2026-11-22T06:40:00+08:00");
    corrected = f.newIncident(R"({"cause":"land_requisition","participants":30})", "2026-11-22T07:00:00+08:00");
    const qint64 wrong = f.add(corrected, "facts_updated", R"({"facts":{"participants":3000}})", "2026-11-22T07:05:00+08:00");
    f.add(corrected, "correction", QStringLiteral(R"({"corrects":%1,"reason":"误录：应为300人","replacement":{"kind":"facts_updated","payload":{"facts":{"participants":300}}}})").arg(wrong).toUtf8(),
          "2026-11-22T07:10:00+08:00");
}

} // namespace

void TestProjection::matchesTheFullFold()
{
    JournalFixture f;
    qint64 closed = 0, growing = 0, corrected = 0;
    prepare(f, closed, growing, corrected);
    const auto first = load(f);
    QVERIFY(first.rebuilt); // none yet
    QCOMPARE(first.refolded, 3);
    QVERIFY2(first.notSaved.isEmpty(), qPrintable(first.notSaved));
    compareWithFullFold(f, first.summaries, 3);
    // The closed one, its only window met, needs no full fold; the open ones do.
    QVERIFY(!first.summaries.at(0).needsFullFold());
    QCOMPARE(first.summaries.at(0).status, cd::IncidentStatus::Closed);
    QVERIFY(first.summaries.at(1).needsFullFold());
    QVERIFY(first.summaries.at(1).level.has_value());
    QCOMPARE(f.state(corrected).facts.participants, 300);
    // Read back as stored: nothing folded, the same summaries.
    const auto again = load(f);
    QVERIFY(!again.rebuilt);
    QCOMPARE(again.refolded, 0);
    QVERIFY(again.summaries == first.summaries);
}

void TestProjection::catchesUpWithAppends()
{
    JournalFixture f;
    qint64 closed = 0, growing = 0, corrected = 0;
    prepare(f, closed, growing, corrected);
    (void)load(f);
    // Appends after the projection was written (as an older program, or another desk, would):
    // a level change by facts, a correction of it, and a new incident.
    const qint64 more = f.add(growing, "facts_updated", R"({"facts":{"participants":12000}})", "2026-11-22T08:00:00+08:00");
    const auto before = load(f); // caught up once
    QCOMPARE(before.refolded, 1);
    f.add(growing, "correction", QStringLiteral(R"({"corrects":%1,"reason":"误录"})").arg(more).toUtf8(), "2026-11-22T08:05:00+08:00");
    f.newIncident(R"({"cause":"other","participants":5})", "2026-11-22T08:10:00+08:00");
    const auto caught = load(f);
    QVERIFY(!caught.rebuilt);
    QCOMPARE(caught.refolded, 2); // the corrected incident and the new one, not the others
    QCOMPARE(caught.coveredSeq, f.journal->store().headSeq().value());
    compareWithFullFold(f, caught.summaries, 4);
    QCOMPARE(caught.summaries.at(1).level, cd::IncidentSummary::of(f.state(growing)).level);
    // An event of the centre's register (a unit added to the roster) is no incident: the
    // projection neither refolds it nor takes it for an incident that lost its report.
    f.add(cd::CentreRegisterId, "unit_added", R"j({"unit":"LS-GA-01","agency":"市公安局","kind":"patrol_car","callsign":"丽公01"})j",
          "2026-11-22T08:20:00+08:00");
    const auto withRegister = load(f);
    QVERIFY(!withRegister.rebuilt);
    QCOMPARE(withRegister.refolded, 0);
    QVERIFY(withRegister.withoutReport.isEmpty());
    QVERIFY2(withRegister.notSaved.isEmpty(), qPrintable(withRegister.notSaved));
    QCOMPARE(withRegister.coveredSeq, f.journal->store().headSeq().value());
    QVERIFY(withRegister.summaries == caught.summaries);
}

void TestProjection::staleOrMissingIsRebuilt()
{
    JournalFixture f;
    qint64 closed = 0, growing = 0, corrected = 0;
    prepare(f, closed, growing, corrected);
    (void)load(f);
    // Missing table (a journal from before the projection, or someone dropped it).
    f.journal.reset();
    f.tamper({QStringLiteral("DROP TABLE incident_summaries")});
    f.reopen();
    auto loaded = load(f);
    QVERIFY(loaded.rebuilt);
    compareWithFullFold(f, loaded.summaries, 3);
    // Made from other plans: rebuilt.
    loaded = load(f, QStringLiteral("format test; plans other"));
    QVERIFY(loaded.rebuilt);
    // Claiming to cover events the chain does not have (a file put back from a copy): rebuilt.
    f.journal.reset();
    f.tamper({QStringLiteral("UPDATE summary_state SET covered_seq = 999"),
              QStringLiteral("UPDATE incident_summaries SET title = '旧的' WHERE incident_id = %1").arg(closed)});
    f.reopen();
    loaded = load(f, QStringLiteral("format test; plans other"));
    QVERIFY(loaded.rebuilt);
    QCOMPARE(loaded.summaries.at(0).title, QStringLiteral("测试事件"));
    // Behind the head: only what came after is refolded.
    const qint64 lastOfGrowing = f.state(growing).events.last().seq;
    f.journal.reset();
    f.tamper({QStringLiteral("UPDATE summary_state SET covered_seq = %1").arg(lastOfGrowing)});
    f.reopen();
    loaded = load(f, QStringLiteral("format test; plans other"));
    QVERIFY(!loaded.rebuilt);
    QCOMPARE(loaded.refolded, 1); // the corrected incident, whose events come after
    // A site out of range in a row edited by hand (the closed incident's, not refolded): read
    // as no site, never as a point off the map.
    QVERIFY(loaded.summaries.at(0).location.isValid());
    f.journal.reset();
    f.tamper({QStringLiteral("UPDATE incident_summaries SET lat = 999 WHERE incident_id = %1").arg(closed)});
    f.reopen();
    loaded = load(f, QStringLiteral("format test; plans other"));
    QCOMPARE(loaded.summaries.at(0).id, closed);
    QVERIFY(!loaded.summaries.at(0).location.isValid());
    QVERIFY(!loaded.summaries.at(0).location.coordinate().isValid());
}

void TestProjection::incidentListReadsIt()
{
    JournalFixture f;
    qint64 closed = 0, growing = 0, corrected = 0;
    prepare(f, closed, growing, corrected);
    // A title the list must escape.
    QVERIFY(f.journal->createIncident(QStringLiteral("“某厂”\"讨薪\"\\聚集"), false, QJsonObject{{QStringLiteral("participants"), 12}},
                                      f.clock.now()).ok());
    f.journal.reset();
    auto list = [&f] {
        QProcess p;
        p.start(QStringLiteral(CD_CLI_PATH), {QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--db"), f.path});
        p.waitForFinished(60000);
        const QByteArray out = p.readAllStandardOutput();
        const auto doc = QJsonDocument::fromJson(out);
        // The rows written one by one are laid out exactly as printJson lays out a document.
        if (doc.toJson(QJsonDocument::Indented) != out)
            qWarning("not the layout of QJsonDocument::Indented:\n%s", out.constData());
        return doc.toJson(QJsonDocument::Indented) == out ? doc.object().value(QStringLiteral("incidents")).toArray() : QJsonArray();
    };
    const QJsonArray built = list();  // builds the projection
    const QJsonArray stored = list(); // reads it
    QCOMPARE(stored, built);
    QCOMPARE(built.size(), 4);
    QCOMPARE(built.at(3).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("“某厂”\"讨薪\"\\聚集"));
    f.reopen();
    for (const auto &row : built) {
        const qint64 id = row.toObject().value(QStringLiteral("id")).toInteger();
        QJsonObject expected = cd::StateJson::summary(f.state(id));
        QJsonObject got = row.toObject();
        if (id != closed) { // a running window's state moves with the clock the CLI reads
            expected.remove(QStringLiteral("next_deadline"));
            got.remove(QStringLiteral("next_deadline"));
        }
        QCOMPARE(got, expected);
    }
    QVERIFY(f.journal->store().headSeq().value() > 0);
}

void TestProjection::dashboardFoldsOnlyWhatRuns()
{
    JournalFixture f;
    qint64 closed = 0, growing = 0, corrected = 0;
    prepare(f, closed, growing, corrected);
    cd::IncidentStore store(testLibrary(), cd::WorkCalendar::builtin(), f.clock, *f.journal);
    QVERIFY(store.reload().ok());
    // Every incident listed; only the open ones folded at start-up.
    QCOMPARE(int(store.summaries().size()), 3);
    QCOMPARE(int(store.incidents().size()), 2);
    QVERIFY(!store.folded(closed));
    QVERIFY(store.folded(growing) && store.folded(corrected));
    cd::IncidentListModel list(store);
    QCOMPARE(list.rowCount(), 3);
    const int row = store.rowOf(closed);
    QCOMPARE(list.index(row, cd::IncidentListModel::Status).data().toString(), QStringLiteral("已结案"));
    QCOMPARE(list.index(row, cd::IncidentListModel::County).data().toString(), QStringLiteral("莲都区"));
    QVERIFY(list.index(row, cd::IncidentListModel::NextDeadline).data().toString().isEmpty());
    QVERIFY(!store.folded(closed)); // listing it folded nothing
    // Selecting it (a detail view asks for its state): folded then, equal to the full fold.
    store.select(closed);
    QVERIFY(store.selected());
    QCOMPARE(cd::StateJson::incident(*store.selected(), *testLibrary()), cd::StateJson::incident(f.state(closed), *testLibrary()));
    // A note recorded on it keeps its summary in step.
    f.clock.advance(60);
    const qint64 seq = store.record(closed, QStringLiteral("note"), {{QStringLiteral("text"), QStringLiteral("补充说明")}}).value();
    QCOMPARE(store.summary(closed)->lastSeq, seq);
    QCOMPARE(store.incident(closed)->events.last().seq, seq);
}

// The desk's start-up read (StartupLoad): on a thread and a connection of its own, adopted by
// the store, it must give what reload() on the desk's own connection gives.
void TestProjection::startupReadOnItsOwnThread()
{
    JournalFixture f;
    qint64 closed = 0, growing = 0, corrected = 0;
    prepare(f, closed, growing, corrected);
    f.clock.advance(3600); // the windows evaluated an hour later: the read must use this time
    const qint64 noted = f.journal->store().lastIncidentId().value(); // where the desk stood
    QCOMPARE(noted, corrected);
    // Opened by another desk after that, before the read: in the snapshot, so live updates
    // will skip it; adopt() must announce it (its 新事件 alarm).
    const qint64 late = f.newIncident(R"({"cause":"other","participants":80,"county":"遂昌县"})", "2026-11-22T08:20:00+08:00");

    cd::IncidentStore adopted(testLibrary(), cd::WorkCalendar::builtin(), f.clock, *f.journal);
    adopted.setLoading(true);
    cd::Journal::Options o;
    o.path = f.path;
    cd::StartupLoad load({o, testLibrary(), cd::WorkCalendar::builtin(), f.clock.now()});
    QSignalSpy loaded(&load, &cd::StartupLoad::loaded), failed(&load, &cd::StartupLoad::failed),
        reset(&adopted, &cd::IncidentStore::incidentsReset), added(&adopted, &cd::IncidentStore::incidentAdded);
    QObject::connect(&load, &cd::StartupLoad::loaded, &adopted, [&](const std::shared_ptr<cd::StartupSnapshot> &snapshot) {
        QCOMPARE(QThread::currentThread(), adopted.thread()); // said on the store's thread, never the reader's
        adopted.adopt(std::move(*snapshot), noted);
    });
    load.start();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(reset.count(), 1);
    QVERIFY(!adopted.isLoading());
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().first().toLongLong(), late);

    // What a full fold of each incident's events gives now (not what reload() gives: both
    // use the same read).
    compareWithFullFold(f, QList<cd::IncidentSummary>(adopted.summaries().begin(), adopted.summaries().end()), 4);
    QCOMPARE(adopted.incidents().size(), size_t(3)); // the open ones: growing, corrected, late
    for (qint64 id : {growing, corrected, late}) {
        QVERIFY(adopted.folded(id));
        QCOMPARE(cd::StateJson::incident(*adopted.folded(id), *testLibrary()), cd::StateJson::incident(f.state(id), *testLibrary()));
        QCOMPARE(adopted.clocks().worldOf(id), cd::World::Live);
    }
    QVERIFY(!adopted.folded(closed));
    // The same read on the desk's own connection (when a second one cannot be opened)
    // announces the late incident too.
    cd::IncidentStore here(testLibrary(), cd::WorkCalendar::builtin(), f.clock, *f.journal);
    QSignalSpy hereAdded(&here, &cd::IncidentStore::incidentAdded);
    QVERIFY(here.reload(noted).ok());
    QCOMPARE(hereAdded.count(), 1);
    QCOMPARE(hereAdded.first().first().toLongLong(), late);
    // The store works on after adopting: a note on a closed incident keeps its summary in step.
    f.clock.advance(60);
    const qint64 seq = adopted.record(closed, QStringLiteral("note"), {{QStringLiteral("text"), QStringLiteral("补充说明")}}).value();
    QCOMPARE(adopted.summary(closed)->lastSeq, seq);
}

// A second connection that cannot be opened is said as such (the desk then reads on its own
// connection), naming the journal.
void TestProjection::startupReadThatCannotOpenSaysSo()
{
    QTemporaryDir dir;
    cd::Journal::Options o;
    o.path = dir.filePath(QStringLiteral("no-such-folder/journal.sqlite"));
    cd::StartupLoad load({o, testLibrary(), cd::WorkCalendar::builtin(), QDateTime::currentDateTimeUtc()});
    QSignalSpy loaded(&load, &cd::StartupLoad::loaded), failed(&load, &cd::StartupLoad::failed);
    load.start();
    QVERIFY(failed.wait(10000));
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(failed.at(0).at(1).toBool(), false); // not opened
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("no-such-folder")), qPrintable(failed.at(0).at(0).toString()));
}

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"
