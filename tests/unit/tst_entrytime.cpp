// Late (补录) and future-dated entries (issue 12, item 4), and the two worlds kept apart
// (item 6): the rule on append, in live and drill time, and what the fold, the JSON, the
// dashboard words, the CAP/CSV exports and the situation report make of a late entry.
#include "JournalFixture.h"
#include "items/Presentation.h"
#include "journal/EntryTimeRule.h"
#include "journal/EventKinds.h"
#include "journal/StateJson.h"
#include "report/CapExport.h"

#include <QJsonArray>
#include <QTest>

namespace {

const char *const Wage = R"j({"reported_at":"2026-11-22T03:10:00+08:00","cause":"wage_arrears","participants":80})j";
const char *const DrillWage = R"j({"reported_at":"2026-03-10T09:00:00+08:00","cause":"wage_arrears","participants":80})j";

const cd::Deadline &window(const cd::IncidentState &s, const char *id)
{
    const auto it = std::find_if(s.deadlines.begin(), s.deadlines.end(),
                                 [id](const cd::Deadline &d) { return d.window->id == QLatin1String(id); });
    if (it == s.deadlines.end())
        qFatal("no window %s", id);
    return *it;
}

QJsonObject jsonWindow(const QJsonObject &incident, const char *id)
{
    for (const auto &d : incident.value(QStringLiteral("deadlines")).toArray())
        if (d.toObject().value(QStringLiteral("window")).toString() == QLatin1String(id))
            return d.toObject();
    return {};
}

} // namespace

class TestEntryTime : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { cd::EntryTimeRule::setPolicy({}); }
    void cleanup() { cd::EntryTimeRule::setPolicy({}); }
    void lateEntryNeedsAReasonAndIsMarked();
    void lateEntryIsShownEverywhere();
    void boundaries();
    void futureIsRefused();
    void journalStampsTheDelay();
    void toleranceIsASetting();
    void drillTime();
    void lateCorrectionCannotLaunderAWindow();
    void eventsWrittenBeforeTheRule();
    void foldFindsLateNotesWithoutParsingTheRest();
    void exerciseOnlyKindsStayInDrills();
    void delayWords();
};

void TestEntryTime::lateEntryNeedsAReasonAndIsMarked()
{
    JournalFixture f;
    const qint64 id = f.newIncident(Wage);
    f.clock.setNow(JournalFixture::at("2026-11-24T03:20:00+08:00")); // two days later
    // The report to the leading group "sent at 03:15", typed in now: a 补录 without a reason is refused …
    const cd::NewEvent late{id, QStringLiteral("report_sent"), QJsonObject{{QStringLiteral("to"), QStringLiteral("leading_group")}},
                            JournalFixture::at("2026-11-22T03:15:00+08:00"), f.author};
    const auto refused = f.journal->append(late);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().startsWith(QStringLiteral("payload.late_entry_reason: required: the event happened 2 d 5 min")),
             qPrintable(refused.error()));
    QCOMPARE(f.journal->verify().value().events, 1); // nothing written
    // … and with one it is recorded, and marked.
    cd::NewEvent withReason = late;
    withReason.payload.insert(QStringLiteral("late_entry_reason"), QStringLiteral("值班电话记录补登"));
    const qint64 seq = f.journal->append(withReason).value();
    const auto stored = f.journal->events(id).value().last();
    QCOMPARE(stored.seq, seq);
    QCOMPARE(stored.payload().value(QStringLiteral("entry_delay_s")).toInteger(), 2 * 86400 + 5 * 60);
    QCOMPARE(stored.entryTime, f.clock.now());

    const auto s = f.state(id);
    QVERIFY(s.lateEntries.contains(seq));
    QCOMPARE(s.lateEntries.value(seq).delaySeconds, 2 * 86400 + 5 * 60);
    QCOMPARE(s.lateEntries.value(seq).reason, QStringLiteral("值班电话记录补登"));
    const auto &d = window(s, "report-leading-group");
    QCOMPARE(d.state, cd::Deadline::State::Met); // it did happen in time …
    QVERIFY(d.completedByLateEntry());            // … but was entered two days late
    QCOMPARE(d.completedEntryDelay, 2 * 86400 + 5 * 60);
    QVERIFY(!window(s, "initial-judgment").completedByLateEntry());
}

void TestEntryTime::lateEntryIsShownEverywhere()
{
    JournalFixture f;
    const qint64 id = f.newIncident(Wage);
    f.clock.setNow(JournalFixture::at("2026-11-22T03:20:00+08:00"));
    f.add(id, "initial_judgment", "{}", "2026-11-22T03:20:00+08:00"); // on time, entered at once
    f.clock.setNow(JournalFixture::at("2026-11-24T03:20:00+08:00"));
    f.add(id, "report_sent", R"j({"to":"leading_group","late_entry_reason":"值班电话记录补登"})j", "2026-11-22T03:15:00+08:00");
    const auto s = f.state(id);
    const auto &d = window(s, "report-leading-group");

    // The dashboard's deadline table.
    QCOMPARE(cd::Presentation::deadlineOutcomeText(d, d.state), QStringLiteral("按时（补录，录入晚 2 天）"));
    QCOMPARE(cd::Presentation::deadlineOutcomeText(window(s, "initial-judgment"), cd::Deadline::State::Met), QStringLiteral("按时完成"));

    // incident show / replay JSON: the event and the window it completed.
    const QJsonObject json = cd::StateJson::incident(s, *testLibrary());
    const QJsonObject event = json.value(QStringLiteral("events")).toArray().last().toObject();
    QCOMPARE(event.value(QStringLiteral("backdated")).toBool(), true);
    QCOMPARE(event.value(QStringLiteral("entry_delay_s")).toInteger(), 2 * 86400 + 5 * 60);
    QCOMPARE(event.value(QStringLiteral("reason")).toString(), QStringLiteral("值班电话记录补登"));
    const QJsonObject onTime = json.value(QStringLiteral("events")).toArray().at(1).toObject();
    QVERIFY(!onTime.contains(QStringLiteral("backdated")));
    const QJsonObject w = jsonWindow(json, "report-leading-group");
    QCOMPARE(w.value(QStringLiteral("state")).toString(), QStringLiteral("met"));
    QCOMPARE(w.value(QStringLiteral("backdated")).toBool(), true);
    QVERIFY(!jsonWindow(json, "initial-judgment").contains(QStringLiteral("backdated")));

    // CSV timeline: a last column says how late and why.
    const QStringList lines = QString::fromUtf8(cd::CsvExport::timeline(s, *testLibrary()).mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.at(0).endsWith(QStringLiteral(",补录")));
    QVERIFY2(lines.at(3).endsWith(QStringLiteral(",录入晚 2 天;原因:值班电话记录补登")), qPrintable(lines.at(3)));
    QVERIFY(lines.at(2).endsWith(QLatin1Char(',')));

    // CAP: the window, with its words.
    const QString cap = QString::fromUtf8(cd::CapExport::alert(s, *testLibrary(), QStringLiteral("cd@lishui")));
    QVERIFY2(cap.contains(QStringLiteral("<valueName>deadline_late_entry</valueName>")), qPrintable(cap));
    QVERIFY(cap.contains(QStringLiteral("向领导小组报告:按时（补录，录入晚 2 天）")));
}

void TestEntryTime::boundaries()
{
    JournalFixture f;
    const qint64 id = f.newIncident(Wage);
    f.clock.setNow(JournalFixture::at("2026-11-22T04:00:00+08:00"));
    auto note = [&](const char *at) {
        return f.journal->append({id, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}},
                                  JournalFixture::at(at), f.author});
    };
    QVERIFY(note("2026-11-22T03:55:00+08:00").ok());  // exactly 5 minutes: within the tolerance
    QVERIFY(!note("2026-11-22T03:54:59+08:00").ok()); // one second more: a 补录
    QVERIFY(note("2026-11-22T04:02:00+08:00").ok());  // 2 minutes ahead: clock difference
    QVERIFY(!note("2026-11-22T04:02:01+08:00").ok());
    const auto s = f.state(id);
    QVERIFY(s.lateEntries.isEmpty());
}

void TestEntryTime::futureIsRefused()
{
    JournalFixture f;
    const qint64 id = f.newIncident(Wage);
    f.add(id, "response_ended", "{}", "2026-11-22T03:10:00+08:00");
    const auto closed = f.journal->append({id, QStringLiteral("closed"), {}, JournalFixture::at("9999-01-01T00:00:00+08:00"), f.author});
    QVERIFY(!closed.ok());
    QVERIFY2(closed.error().startsWith(QStringLiteral("at: 9998-12-31T16:00:00.000Z is ")), qPrintable(closed.error()));
    QVERIFY(closed.error().contains(QStringLiteral("an event cannot be recorded before it happens")));
    QCOMPARE(f.state(id).status, cd::IncidentStatus::ResponseEnded); // not closed
    // An opening report dated in the future is refused too (it would move every window later).
    const auto opened = f.journal->createIncident(QStringLiteral("x"), false, QJsonDocument::fromJson(Wage).object(),
                                                  JournalFixture::at("2026-11-22T04:10:00+08:00"), f.author);
    QVERIFY(!opened.ok());
    // … but one entered late needs no reason: it can only make its windows earlier.
    f.clock.setNow(JournalFixture::at("2026-11-22T05:00:00+08:00"));
    QVERIFY(f.journal->createIncident(QStringLiteral("x"), false, QJsonDocument::fromJson(Wage).object(),
                                      JournalFixture::at("2026-11-22T03:10:00+08:00"), f.author).ok());
}

void TestEntryTime::journalStampsTheDelay()
{
    JournalFixture f;
    const qint64 id = f.newIncident(Wage);
    // The caller cannot say how late it was: the journal measures it.
    const auto forged = f.journal->append({id, QStringLiteral("note"),
                                           QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}, {QStringLiteral("entry_delay_s"), 0}},
                                           f.clock.now(), f.author});
    QVERIFY(!forged.ok());
    QVERIFY(forged.error().startsWith(QStringLiteral("payload.entry_delay_s: set by the journal")));
    const auto badReason = f.journal->append({id, QStringLiteral("note"),
                                              QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}, {QStringLiteral("late_entry_reason"), 5}},
                                              f.clock.now(), f.author});
    QVERIFY(badReason.error().startsWith(QStringLiteral("payload.late_entry_reason: must be text")));
    // An assessment may carry a reason (its fields are otherwise checked strictly), and the
    // reason is not taken for report text.
    f.clock.advance(3600);
    f.add(id, "assessment", R"j({"trend":"平稳","late_entry_reason":"现场回传"})j", "2026-11-22T03:30:00+08:00");
    const auto s = f.state(id);
    QCOMPARE(s.assessment.value(QStringLiteral("trend")), QStringLiteral("平稳"));
    QVERIFY(!s.assessment.contains(QStringLiteral("late_entry_reason")));
    QVERIFY(!s.assessment.contains(QStringLiteral("entry_delay_s")));
    QVERIFY(!f.journal->append({id, QStringLiteral("assessment"), QJsonObject{{QStringLiteral("late_entry_reason"), QStringLiteral("x")}},
                                f.clock.now(), f.author}).ok()); // a reason alone is no assessment
}

void TestEntryTime::toleranceIsASetting()
{
    JournalFixture f;
    const qint64 id = f.newIncident(Wage);
    f.clock.setNow(JournalFixture::at("2026-11-22T03:30:00+08:00"));
    cd::EntryTimeRule::setPolicy({30 * 60, 2 * 60});
    QVERIFY(f.journal->append({id, QStringLiteral("initial_judgment"), {}, JournalFixture::at("2026-11-22T03:12:00+08:00"), f.author}).ok());
    QVERIFY(!window(f.state(id), "initial-judgment").completedByLateEntry());
    cd::EntryTimeRule::setPolicy({});
    QVERIFY(window(f.state(id), "initial-judgment").completedByLateEntry()); // judged again by today's tolerance
}

void TestEntryTime::drillTime()
{
    JournalFixture f; // the journal's clock is real time: 2026-11-22 03:10
    const QDateTime drillNow = JournalFixture::at("2026-03-10T09:30:00+08:00");
    const auto id = f.journal->createIncident(QStringLiteral("演练"), true, QJsonDocument::fromJson(DrillWage).object(),
                                              JournalFixture::at("2026-03-10T09:00:00+08:00"), f.author);
    QVERIFY2(id.ok(), qPrintable(id.error())); // opened at its drill time, months before real time
    auto drill = [&](const char *kind, const QJsonObject &payload, const char *at) {
        return f.journal->append({id.value(), QLatin1String(kind), payload, JournalFixture::at(at), f.author, drillNow});
    };
    QVERIFY(drill("initial_judgment", {}, "2026-03-10T09:28:00+08:00").ok()); // 2 drill minutes: fine
    const auto late = drill("report_sent", QJsonObject{{QStringLiteral("to"), QStringLiteral("leading_group")}}, "2026-03-10T09:15:00+08:00");
    QVERIFY(!late.ok()); // 15 drill minutes late: a 补录 in drill time
    QVERIFY2(late.error().contains(QStringLiteral("happened 15 min before it is entered (more than the 5 min allowed)")), qPrintable(late.error()));
    QVERIFY(!drill("closed", {}, "2026-03-10T10:00:00+08:00").ok()); // ahead of the drill clock
    QVERIFY(drill("report_sent", QJsonObject{{QStringLiteral("to"), QStringLiteral("leading_group")}, {QStringLiteral("late_entry_reason"), QStringLiteral("导调补登")}},
                  "2026-03-10T09:15:00+08:00").ok());
    const auto s = f.state(id.value(), {}, drillNow);
    const auto &d = window(s, "report-leading-group");
    QCOMPARE(d.completedEntryDelay, 15 * 60);
    QCOMPARE(cd::Presentation::deadlineOutcomeText(d, cd::Deadline::State::Met), QStringLiteral("按时（补录，录入晚 15 分钟）"));
    QVERIFY(!window(s, "initial-judgment").completedByLateEntry()); // months of real time do not count in a drill
}

void TestEntryTime::lateCorrectionCannotLaunderAWindow()
{
    JournalFixture f;
    const qint64 id = f.newIncident(Wage);
    f.clock.setNow(JournalFixture::at("2026-11-22T03:15:00+08:00"));
    const qint64 note = f.add(id, "note", R"j({"text":"电话"})j", "2026-11-22T03:15:00+08:00");
    // Two days later the note is "corrected" into the report to the leading group.
    f.clock.setNow(JournalFixture::at("2026-11-24T03:15:00+08:00"));
    f.add(id, "correction",
          QStringLiteral(R"j({"corrects":%1,"reason":"实为向领导小组报告","replacement":{"kind":"report_sent","payload":{"to":"leading_group"}}})j")
              .arg(note).toUtf8(),
          "2026-11-24T03:15:00+08:00");
    const auto s = f.state(id);
    const auto &d = window(s, "report-leading-group");
    QCOMPARE(d.state, cd::Deadline::State::Met);
    QVERIFY(d.completedByLateEntry());
    QCOMPARE(d.completedEntryDelay, 2 * 86400);
    QCOMPARE(s.lateEntries.value(note).reason, QStringLiteral("实为向领导小组报告"));
    // A correction made at once is an ordinary correction.
    JournalFixture g;
    const qint64 id2 = g.newIncident(Wage);
    g.clock.setNow(JournalFixture::at("2026-11-22T03:16:00+08:00"));
    const qint64 note2 = g.add(id2, "note", R"j({"text":"电话"})j", "2026-11-22T03:15:00+08:00");
    g.add(id2, "correction",
          QStringLiteral(R"j({"corrects":%1,"reason":"笔误","replacement":{"kind":"report_sent","payload":{"to":"leading_group"}}})j").arg(note2).toUtf8(),
          "2026-11-22T03:16:00+08:00");
    QVERIFY(!window(g.state(id2), "report-leading-group").completedByLateEntry());
}

void TestEntryTime::eventsWrittenBeforeTheRule()
{
    // A journal written before the rule: a live event entered two days late without a stamp.
    JournalFixture f;
    const qint64 id = f.newIncident(Wage);
    f.clock.setNow(JournalFixture::at("2026-11-24T03:15:00+08:00"));
    cd::EntryTimeRule::setPolicy({365 * 86400, 120}); // as if there were no rule
    f.add(id, "report_sent", R"j({"to":"leading_group"})j", "2026-11-22T03:15:00+08:00");
    cd::EntryTimeRule::setPolicy({});
    QVERIFY(!f.journal->events(id).value().last().payload().contains(QStringLiteral("entry_delay_s")));
    const auto state1 = f.state(id);
    const auto &d = window(state1, "report-leading-group");
    QVERIFY(d.completedByLateEntry()); // judged by its entry time: never a plain "met"
    QCOMPARE(d.completedEntryDelay, 2 * 86400);
}

void TestEntryTime::foldFindsLateNotesWithoutParsingTheRest()
{
    // The fold parses a note's payload only when the entry rule needs it: late by its times,
    // or stamped with a delay. Every late note must still be found, with its reason.
    JournalFixture f;
    const qint64 id = f.newIncident(Wage);
    const qint64 onTime = f.add(id, "note", R"j({"text":"现场平稳"})j", "2026-11-22T03:12:00+08:00");
    f.clock.setNow(JournalFixture::at("2026-11-22T05:12:00+08:00"));
    const qint64 stamped = f.journal->append({id, QStringLiteral("note"),
                                              QJsonObject{{QStringLiteral("text"), QStringLiteral("现场约300人")},
                                                          {QStringLiteral("late_entry_reason"), QStringLiteral("电台中断")}},
                                              JournalFixture::at("2026-11-22T03:20:00+08:00"), f.author}).value();
    cd::EntryTimeRule::setPolicy({365 * 86400, 120}); // written before the rule: no stamp
    const qint64 legacy = f.journal->append({id, QStringLiteral("note"),
                                             QJsonObject{{QStringLiteral("text"), QStringLiteral("补记")},
                                                         {QStringLiteral("late_entry_reason"), QStringLiteral("旧记录")}},
                                             JournalFixture::at("2026-11-22T03:30:00+08:00"), f.author}).value();
    cd::EntryTimeRule::setPolicy({});
    const auto s = f.state(id);
    QCOMPARE(s.lateEntries.size(), 2);
    QVERIFY(!s.lateEntries.contains(onTime));
    QCOMPARE(s.lateEntries.value(stamped).delaySeconds, 1 * 3600 + 52 * 60); // 03:20 entered at 05:12
    QCOMPARE(s.lateEntries.value(stamped).reason, QStringLiteral("电台中断"));
    QCOMPARE(s.lateEntries.value(legacy).delaySeconds, 1 * 3600 + 42 * 60);
    QCOMPARE(s.lateEntries.value(legacy).reason, QStringLiteral("旧记录"));

    // The stamp is looked for by its name in the text. Valid JSON may spell a key with \u
    // escapes (our writer never does): such a payload is parsed all the same.
    auto events = f.journal->events(id).value();
    events.resize(2); // the report and the note on time
    cd::StoredEvent &note = events[1];
    QVERIFY(!cd::EntryTimeRule::needsPayload(note, false, cd::EntryTimeRule::policy()));
    note.payloadText = R"j({"entry\u005fdelay_s":600,"late_entry_reason":"转义"})j";
    QVERIFY(cd::EntryTimeRule::needsPayload(note, false, cd::EntryTimeRule::policy()));
    const auto escaped = cd::IncidentState::fold(events, {*testLibrary(), cd::WorkCalendar::builtin()}, {}, f.clock.now());
    QCOMPARE(escaped.lateEntries.value(onTime).delaySeconds, 600);
    QCOMPARE(escaped.lateEntries.value(onTime).reason, QStringLiteral("转义"));
    // The name as a value is a false alarm: parsed, and found on time.
    note.payloadText = R"j({"text":"entry_delay_s"})j";
    QVERIFY(cd::EntryTimeRule::needsPayload(note, false, cd::EntryTimeRule::policy()));
    QVERIFY(cd::IncidentState::fold(events, {*testLibrary(), cd::WorkCalendar::builtin()}, {}, f.clock.now()).lateEntries.isEmpty());
}

void TestEntryTime::exerciseOnlyKindsStayInDrills()
{
    JournalFixture f;
    const qint64 live = f.newIncident(Wage);
    const qint64 drill = f.newIncident(Wage, "2026-11-22T03:10:00+08:00", true);
    const QJsonObject inject{{QStringLiteral("text"), QStringLiteral("导调:现场人数增至300人")}};
    const auto refused = f.journal->append({live, QStringLiteral("exercise_inject"), inject, f.clock.now(), f.author});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), QStringLiteral("kind: \"exercise_inject\" belongs to drills and cannot be recorded in a live incident"));
    QVERIFY(f.journal->append({drill, QStringLiteral("exercise_inject"), inject, f.clock.now(), f.author}).ok());
    // Nor can a correction turn a live event into an inject.
    const qint64 note = f.add(live, "note", R"j({"text":"x"})j", "2026-11-22T03:10:00+08:00");
    const auto replaced = f.journal->append({live, QStringLiteral("correction"),
                                             QJsonObject{{QStringLiteral("corrects"), note}, {QStringLiteral("reason"), QStringLiteral("r")},
                                                         {QStringLiteral("replacement"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("exercise_inject")},
                                                                                                     {QStringLiteral("payload"), inject}}}},
                                             f.clock.now(), f.author});
    QVERIFY(!replaced.ok());
    QVERIFY(replaced.error().startsWith(QStringLiteral("payload.replacement.kind: \"exercise_inject\" belongs to drills")));
    // In a batch, the whole batch is refused.
    const auto batch = f.journal->appendBatch({{drill, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QStringLiteral("a")}}, f.clock.now(), f.author},
                                               {live, QStringLiteral("exercise_inject"), inject, f.clock.now(), f.author}});
    QVERIFY(!batch.ok());
    QVERIFY(batch.error().startsWith(QStringLiteral("event 2 of 2: kind: \"exercise_inject\"")));
    QCOMPARE(f.journal->verify().value().events, 4); // two reports, the drill's inject, the note
    QVERIFY(cd::EventKinds::exerciseOnly(QStringLiteral("exercise_inject")));
    QVERIFY(!cd::EventKinds::exerciseOnly(QStringLiteral("note")));
}

void TestEntryTime::delayWords()
{
    QCOMPARE(cd::EntryTimeRule::delayText(2 * 86400 + 5 * 60), QStringLiteral("2 天"));
    QCOMPARE(cd::EntryTimeRule::delayText(2 * 86400 - 5 * 60), QStringLiteral("1 天 23 小时"));
    QCOMPARE(cd::EntryTimeRule::delayText(3 * 3600 + 5 * 60 + 30), QStringLiteral("3 小时 5 分钟"));
    QCOMPARE(cd::EntryTimeRule::delayText(3600), QStringLiteral("1 小时"));
    QCOMPARE(cd::EntryTimeRule::delayText(301), QStringLiteral("5 分钟"));
}

QTEST_GUILESS_MAIN(TestEntryTime)
#include "tst_entrytime.moc"
