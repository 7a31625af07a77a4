#include "report/CapExport.h"

#include "items/Presentation.h"
#include "journal/EntryTimeRule.h"
#include "journal/EventKinds.h"
#include "journal/IncidentState.h"
#include "plan/FactVocabulary.h"
#include "plan/PlanLibrary.h"
#include "time/ShanghaiTime.h"

#include <QXmlStreamWriter>

namespace cd {
namespace {

// CAP's dateTime pattern has no fraction: yyyy-MM-ddThh:mm:ss+08:00.
QString capTime(const QDateTime &t) { return toShanghai(t).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+08:00"); }

QString severity(std::optional<Level> level)
{
    if (!level)
        return QStringLiteral("Unknown");
    switch (*level) {
    case Level::I:
        return QStringLiteral("Extreme");
    case Level::II:
        return QStringLiteral("Severe");
    case Level::III:
        return QStringLiteral("Moderate");
    case Level::IV:
        return QStringLiteral("Minor");
    }
    return QStringLiteral("Unknown");
}

} // namespace

QString CapExport::countyCode(const QString &county)
{
    static const QHash<QString, QString> codes = {
        {QStringLiteral("市本级"), QStringLiteral("331100")},  {QStringLiteral("莲都区"), QStringLiteral("331102")},
        {QStringLiteral("青田县"), QStringLiteral("331121")},  {QStringLiteral("缙云县"), QStringLiteral("331122")},
        {QStringLiteral("遂昌县"), QStringLiteral("331123")},  {QStringLiteral("松阳县"), QStringLiteral("331124")},
        {QStringLiteral("云和县"), QStringLiteral("331125")},  {QStringLiteral("庆元县"), QStringLiteral("331126")},
        {QStringLiteral("景宁畲族自治县"), QStringLiteral("331127")}, {QStringLiteral("龙泉市"), QStringLiteral("331181")}};
    return codes.value(county, QStringLiteral("331100"));
}

QByteArray CapExport::alert(const IncidentState &s, const PlanLibrary &library, const QString &sender)
{
    const auto level = Presentation::highestLevel(s);
    const StoredEvent &first = s.events.front();
    const StoredEvent &last = s.events.back();
    // Each export is identified by the newest event it reflects; later ones update the first.
    auto identifier = [&s](qint64 seq) { return QStringLiteral("cn.lishui.commanddesk.%1.%2").arg(s.id).arg(seq); };
    const bool update = last.seq != first.seq;

    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeDefaultNamespace(QStringLiteral("urn:oasis:names:tc:emergency:cap:1.2"));
    w.writeStartElement(QStringLiteral("alert"));
    w.writeTextElement(QStringLiteral("identifier"), identifier(last.seq));
    w.writeTextElement(QStringLiteral("sender"), sender);
    w.writeTextElement(QStringLiteral("sent"), capTime(last.eventTime));
    w.writeTextElement(QStringLiteral("status"), s.exercise ? QStringLiteral("Exercise") : QStringLiteral("Actual"));
    w.writeTextElement(QStringLiteral("msgType"), update ? QStringLiteral("Update") : QStringLiteral("Alert"));
    w.writeTextElement(QStringLiteral("scope"), QStringLiteral("Restricted"));
    w.writeTextElement(QStringLiteral("restriction"), QStringLiteral("仅限应急指挥机构内部:群体性事件一般不公开报道(85号 1.4(7))"));
    if (s.exercise)
        w.writeTextElement(QStringLiteral("note"), QStringLiteral("演练 EXERCISE — 非实战信息"));
    if (update)
        w.writeTextElement(QStringLiteral("references"), QStringLiteral("%1,%2,%3").arg(sender, identifier(first.seq), capTime(first.eventTime)));
    w.writeTextElement(QStringLiteral("incidents"), QStringLiteral("cn.lishui.commanddesk.%1").arg(s.id));

    w.writeStartElement(QStringLiteral("info"));
    w.writeTextElement(QStringLiteral("language"), QStringLiteral("zh-CN"));
    w.writeTextElement(QStringLiteral("category"), QStringLiteral("Security"));
    const Cause *cause = library.vocabulary().cause(s.facts.cause);
    w.writeTextElement(QStringLiteral("event"), QStringLiteral("群体性事件(%1)").arg(cause ? cause->label : s.facts.cause));
    w.writeTextElement(QStringLiteral("responseType"), QStringLiteral("Monitor"));
    const bool ended = static_cast<int>(s.status) >= static_cast<int>(IncidentStatus::ResponseEnded);
    w.writeTextElement(QStringLiteral("urgency"), ended ? QStringLiteral("Past") : QStringLiteral("Immediate"));
    w.writeTextElement(QStringLiteral("severity"), severity(level));
    w.writeTextElement(QStringLiteral("certainty"), QStringLiteral("Observed"));
    for (const auto &a : s.grading) {
        if (!a.applies)
            continue;
        w.writeStartElement(QStringLiteral("eventCode"));
        w.writeTextElement(QStringLiteral("valueName"), a.plan->document);
        // In words: "Ⅱ级,依据2.2(4)", "适用,依据1.3" (not "II 2.2(4)" or "applies 1.3").
        w.writeTextElement(QStringLiteral("value"), QStringLiteral("%1,依据%2").arg(a.level ? levelNumeral(*a.level) : QStringLiteral("适用"), a.decidingClause));
        w.writeEndElement();
    }
    w.writeTextElement(QStringLiteral("onset"), capTime(s.reportedAt.isValid() ? s.reportedAt : first.eventTime));
    w.writeTextElement(QStringLiteral("senderName"), QStringLiteral("丽水市应急指挥中心"));
    w.writeTextElement(QStringLiteral("headline"), (s.exercise ? QStringLiteral("【演练】") : QString()) + s.title);
    // The description reads as sentences: what happened, then each plan by name with its level.
    auto sentence = [](QString t) { // a clause text without its own closing ; or 。
        while (!t.isEmpty() && QStringLiteral(";;。,, ").contains(t.back()))
            t.chop(1);
        return t;
    };
    QStringList byPlan, basis;
    for (const auto &a : s.grading) {
        if (!a.applies)
            continue;
        byPlan << (a.level ? QStringLiteral("按《%1》(%2)第%3条,为%4").arg(a.plan->title, a.plan->document, a.decidingClause, levelNumeral(*a.level))
                           : QStringLiteral("适用《%1》(%2)第%3条").arg(a.plan->title, a.plan->document, a.decidingClause));
        if (const QString text = sentence(a.decidingText()); !text.isEmpty())
            basis << QStringLiteral("%1 %2:%3").arg(a.plan->shortRef, a.decidingClause, text);
    }
    QString description = QStringLiteral("%1发生群体性事件(%2),参与人数约%3人,死亡%4人,受伤%5人。")
                              .arg(s.facts.county, cause ? cause->label : s.facts.cause)
                              .arg(s.facts.participants).arg(s.facts.deaths).arg(s.facts.injured);
    if (!byPlan.isEmpty())
        description += byPlan.join(QStringLiteral(";")) + QStringLiteral("。");
    description += QStringLiteral("响应级别:%1。").arg(Presentation::levelText(level));
    w.writeTextElement(QStringLiteral("description"), description);
    if (!basis.isEmpty())
        w.writeTextElement(QStringLiteral("instruction"), QStringLiteral("依据:") + basis.join(QStringLiteral(";")) + QStringLiteral("。"));
    w.writeStartElement(QStringLiteral("parameter"));
    w.writeTextElement(QStringLiteral("valueName"), QStringLiteral("level"));
    w.writeTextElement(QStringLiteral("value"), level ? levelCode(*level) : QStringLiteral("none"));
    w.writeEndElement();
    // A reporting window completed by a late entry (补录) says so: it must not pass for on time.
    for (const auto &d : s.deadlines) {
        const auto state = deadlineStateAt(d, s.evaluatedAt);
        if (Presentation::lateEntryNote(d, state).isEmpty())
            continue;
        w.writeStartElement(QStringLiteral("parameter"));
        w.writeTextElement(QStringLiteral("valueName"), QStringLiteral("deadline_late_entry"));
        w.writeTextElement(QStringLiteral("value"), QStringLiteral("%1 %2 %3:%4")
                                                        .arg(d.planRef, d.window->clause, d.window->action, Presentation::deadlineOutcomeText(d, state)));
        w.writeEndElement();
    }

    w.writeStartElement(QStringLiteral("area"));
    w.writeTextElement(QStringLiteral("areaDesc"), QStringLiteral("浙江省丽水市") + (s.facts.county == QLatin1String("市本级") ? QString() : s.facts.county));
    if (s.facts.location.isValid()) // a 2 km circle around the site, "lat,lon radius-km"
        w.writeTextElement(QStringLiteral("circle"),
                           QStringLiteral("%1,%2 2.0").arg(s.facts.location.latitude(), 0, 'f', 5).arg(s.facts.location.longitude(), 0, 'f', 5));
    w.writeStartElement(QStringLiteral("geocode"));
    w.writeTextElement(QStringLiteral("valueName"), QStringLiteral("GB/T 2260"));
    w.writeTextElement(QStringLiteral("value"), countyCode(s.facts.county));
    w.writeEndElement(); // geocode
    w.writeEndElement(); // area
    w.writeEndElement(); // info
    w.writeEndElement(); // alert
    w.writeEndDocument();
    return out;
}

QByteArray CsvExport::timeline(const IncidentState &s, const PlanLibrary &library)
{
    auto cell = [](QString v) {
        if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')))
            v = QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return v;
    };
    // A spreadsheet reads "2026-11-22 03:10:00" as a date and time; ISO 8601 with "T" and an offset it keeps as text.
    auto when = [](const QDateTime &t) { return t.isValid() ? toShanghai(t).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString(); };
    QString csv = QStringLiteral("序号,发生时间(北京时间),录入时间(北京时间),事件类型,事件,录入人,工作站,说明,已更正,内容(JSON),校验值,补录\r\n");
    for (const auto &e : s.events) {
        const auto late = s.lateEntries.constFind(e.seq);
        QStringList row{QString::number(e.seq),
                        when(e.eventTime),
                        when(e.entryTime),
                        e.kind,
                        EventKinds::label(e.kind),
                        e.actor,
                        e.workstation,
                        EventKinds::describe(e, library), // in words
                        s.voided.contains(e.seq) ? QStringLiteral("是") : QStringLiteral("否"),
                        QString::fromUtf8(e.payloadText), // exact, as hashed
                        e.hash,
                        late == s.lateEntries.cend() ? QString()
                                                     : QStringLiteral("录入晚 %1;原因:%2").arg(EntryTimeRule::delayText(late->delaySeconds), late->reason)};
        for (auto &c : row)
            c = cell(c);
        csv += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + csv.toUtf8();
}

} // namespace cd
