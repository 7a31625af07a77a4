#include "report/AfterActionReport.h"

#include "items/Presentation.h"
#include "journal/EntryTimeRule.h"
#include "time/ShanghaiTime.h"

#include <QJsonArray>

namespace cd {
namespace {

QString shortTime(const QJsonValue &iso)
{
    const QDateTime t = parseIsoWithOffset(iso.toString());
    return t.isValid() ? toShanghai(t).toString(QStringLiteral("MM-dd HH:mm")) : QStringLiteral("—");
}

QString windowOutcome(const QJsonObject &d)
{
    const QString o = d.value(QStringLiteral("outcome")).toString();
    const QString lateEntry = d.value(QStringLiteral("backdated")).toBool()
                                  ? QStringLiteral("（补录，录入晚 %1）").arg(EntryTimeRule::delayText(d.value(QStringLiteral("entry_delay_s")).toInteger()))
                                  : QString();
    if (o == QLatin1String("met"))
        return lateEntry.isEmpty() ? QStringLiteral("按时完成") : QStringLiteral("按时") + lateEntry;
    if (o == QLatin1String("late"))
        return QStringLiteral("逾期完成(逾期%1)").arg(Presentation::countdown(d.value(QStringLiteral("late_by_seconds")).toInteger())) + lateEntry;
    if (o == QLatin1String("missed"))
        return QStringLiteral("<b style='color:#d7191c'>未完成</b>");
    // Not judged, but said as it was: an untimed window (及时/立即) that ran and was not done
    // reads 未完成 here as its expected action does in the other table.
    if (!d.value(QStringLiteral("started")).toBool())
        return QStringLiteral("未起算(不计分)");
    if (d.value(QStringLiteral("due")).isNull())
        return QStringLiteral("<b style='color:#d7191c'>未完成</b>(无固定时限,不计分)");
    return QStringLiteral("结束时未到期(不计分)");
}

QString actionOutcome(const QJsonObject &a)
{
    const QString o = a.value(QStringLiteral("outcome")).toString();
    if (o == QLatin1String("done"))
        return QStringLiteral("按时完成");
    if (o == QLatin1String("late"))
        return QStringLiteral("逾期完成(逾期%1)").arg(Presentation::countdown(a.value(QStringLiteral("late_by_seconds")).toInteger()));
    return QStringLiteral("<b style='color:#d7191c'>未完成</b>");
}

} // namespace

PagedDocument AfterActionReport::document(const QJsonObject &aa, const QString &issuer)
{
    const auto score = aa.value(QStringLiteral("score")).toObject();
    const auto w = score.value(QStringLiteral("windows")).toObject(), a = score.value(QStringLiteral("actions")).toObject();
    QString h = QStringLiteral("<h2 align='center'>【演练】%1 演练评估报告</h2>").arg(aa.value(QStringLiteral("title")).toString().toHtmlEscaped());
    h += QStringLiteral("<table width='100%' cellpadding='3'><tr><td width='18%'>演练</td><td>%1</td><td width='18%'>评估单位</td><td>%2</td></tr>"
                        "<tr><td>演练时间</td><td>%3 至 %4</td><td>综合得分</td><td><b>%5/100</b></td></tr></table>")
             .arg(aa.value(QStringLiteral("scenario")).toString(), issuer.toHtmlEscaped(), shortTime(aa.value(QStringLiteral("start"))),
                  shortTime(aa.value(QStringLiteral("end"))))
             .arg(score.value(QStringLiteral("percent")).toInt());
    h += QStringLiteral("<p><b>得分 %8/100</b>:计分的报告时限和应做动作中,按时完成计1分,逾期完成计0.5分,未完成计0分,"
                        "得分为所得分数占满分的百分比。报告时限:按时完成 %1 项,逾期完成 %2 项,未完成 %3 项;"
                        "另有 %4 项未起算、结束时未到期或无固定时限,不计分。应做动作:按时 %5 项,逾期 %6 项,未做 %7 项。</p>")
             .arg(w.value(QStringLiteral("met")).toInt()).arg(w.value(QStringLiteral("late")).toInt()).arg(w.value(QStringLiteral("missed")).toInt())
             .arg(w.value(QStringLiteral("open")).toInt()).arg(a.value(QStringLiteral("done")).toInt()).arg(a.value(QStringLiteral("late")).toInt())
             .arg(a.value(QStringLiteral("not_done")).toInt())
             .arg(score.value(QStringLiteral("percent")).toInt());
    h += QStringLiteral("<h3>参演事件</h3>");
    for (const auto &i : aa.value(QStringLiteral("incidents")).toArray()) {
        const auto o = i.toObject();
        h += QStringLiteral("<p>%1:%2,级别 %3,适用预案 %4</p>")
                 .arg(o.value(QStringLiteral("incident")).toString(), o.value(QStringLiteral("title")).toString().toHtmlEscaped(),
                      Presentation::levelText(levelFromString(o.value(QStringLiteral("level")).toString())), // Ⅲ级, not "III"
                      o.value(QStringLiteral("plan_refs")).toString());
    }
    h += QStringLiteral("<h3>报告时限执行情况</h3><table width='100%' border='1' cellpadding='2'>"
                        "<tr><th>事件</th><th>条款</th><th>事项</th><th>截止</th><th>完成</th><th>结果</th></tr>");
    for (const auto &d : aa.value(QStringLiteral("deadlines")).toArray()) {
        const auto o = d.toObject();
        const QString ref = o.value(QStringLiteral("plan_ref")).toString();
        h += QStringLiteral("<tr><td>%1</td><td>%2 %3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                 .arg(o.value(QStringLiteral("incident")).toString(), ref, o.value(QStringLiteral("clause")).toString(),
                      o.value(QStringLiteral("action")).toString().toHtmlEscaped(), shortTime(o.value(QStringLiteral("due"))),
                      shortTime(o.value(QStringLiteral("completed_at"))), windowOutcome(o));
    }
    h += QStringLiteral("</table>");
    // The responding units (issue 16): sent, arrived (by the geofence or marked by hand), left.
    if (const QJsonArray units = aa.value(QStringLiteral("units")).toArray(); !units.isEmpty()) {
        h += QStringLiteral("<h3>处置力量派出与到场情况</h3><table width='100%' border='1' cellpadding='2'>"
                            "<tr><th>事件</th><th>力量</th><th>派出时间</th><th>到场时间</th><th>到场判定</th><th>离场时间</th></tr>");
        for (const auto &u : units) {
            const auto o = u.toObject();
            const QString source = o.value(QStringLiteral("arrival_source")).toString();
            h += QStringLiteral("<tr><td>%1</td><td>%2%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                     .arg(o.value(QStringLiteral("incident")).toString(), o.value(QStringLiteral("unit")).toString().toHtmlEscaped(),
                          o.value(QStringLiteral("leader")).toBool() ? QStringLiteral("(载领导,86号 3(2))") : QString(),
                          shortTime(o.value(QStringLiteral("dispatched_at"))), shortTime(o.value(QStringLiteral("arrived_at"))),
                          source.isEmpty() ? QStringLiteral("—") : source == QLatin1String("geofence") ? QStringLiteral("电子围栏") : QStringLiteral("人工标记"),
                          shortTime(o.value(QStringLiteral("departed_at"))));
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<h3>应做动作完成情况</h3><table width='100%' border='1' cellpadding='2'>"
                        "<tr><th>注入</th><th>动作</th><th>应完成时间</th><th>完成时间</th><th>结果</th></tr>");
    for (const auto &x : aa.value(QStringLiteral("actions")).toArray()) {
        const auto o = x.toObject();
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(o.value(QStringLiteral("inject")).toString(), o.value(QStringLiteral("label")).toString().toHtmlEscaped(),
                      shortTime(o.value(QStringLiteral("due"))), shortTime(o.value(QStringLiteral("done_at"))), actionOutcome(o));
    }
    h += QStringLiteral("</table>");
    PagedDocument doc;
    doc.html = h;
    doc.header = QStringLiteral("%1 · 演练评估 · %2").arg(issuer, aa.value(QStringLiteral("scenario")).toString());
    doc.footerRight = shortTime(aa.value(QStringLiteral("end")));
    doc.exercise = true; // a drill document, always marked
    doc.title = aa.value(QStringLiteral("title")).toString() + QStringLiteral(" 演练评估报告");
    return doc;
}

} // namespace cd
