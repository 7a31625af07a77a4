#include "items/DemoIncidents.h"

#include "journal/Journal.h"
#include "time/Clock.h"
#include "time/ShanghaiTime.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cd {

Result<int> addDemoIncidents(Journal &journal, const Clock &clock)
{
    const auto existing = journal.incidents();
    if (!existing)
        return Result<int>::failure(existing.error());
    if (!existing->isEmpty())
        return 0; // never mixed into a journal that already has incidents
    const QDateTime now = clock.now();
    const EventAuthor author{QStringLiteral("演示数据"), QStringLiteral("demo")};
    struct Demo {
        const char *title;
        int minutesAgo;
        const char *facts;
    };
    const Demo demos[] = {
        {"莲都区某工地欠薪聚集、堵塞道路", 25,
         R"({"cause":"wage_arrears","participants":260,"county":"莲都区","urban":true,"blockage":{"kind":"urban_traffic","hours":1.5},"location":{"lat":28.4553,"lon":119.9072}})"},
        {"青田县两村山林权属纠纷械斗", 50,
         R"({"cause":"resource_dispute","participants":350,"group_fight":true,"injured":4,"serious_injuries":1,"county":"青田县","location":{"lat":28.2180,"lon":120.2250}})"},
        {"市行政中心门前聚集", 100,
         R"({"cause":"petition","participants":1200,"at_key_site":true,"county":"莲都区","urban":true,"location":{"lat":28.4676,"lon":119.9229}})"},
        {"龙泉市某企业职工聚集", 130,
         R"({"cause":"workers_rights","participants":230,"injured":2,"county":"龙泉市","location":{"lat":28.0747,"lon":119.1415}})"},
        {"缙云县国道阻断", 600,
         R"({"cause":"land_requisition","participants":400,"county":"缙云县","blockage":{"kind":"national_road","hours":9},"location":{"lat":28.6592,"lon":120.0713}})"},
    };
    int added = 0;
    for (const auto &d : demos) {
        QJsonObject facts = QJsonDocument::fromJson(d.facts).object();
        const QDateTime at = now.addSecs(-60 * d.minutesAgo);
        facts.insert(QStringLiteral("reported_at"), isoShanghai(at));
        const auto id = journal.createIncident(QString::fromUtf8(d.title), true, facts, at, author);
        if (!id)
            return Result<int>::failure(id.error());
        ++added;
        const auto marked = journal.append({id.value(), QStringLiteral("note"),
                                            QJsonObject{{QStringLiteral("text"), QStringLiteral("演示数据(commanddesk --demo),非真实事件")},
                                                        {QStringLiteral("demo"), true}},
                                            at, author, at}); // entered with the report it marks
        if (!marked)
            return Result<int>::failure(marked.error());
        if (d.minutesAgo >= 100) // the older ones have some history already
            (void)journal.append({id.value(), QStringLiteral("report_sent"), QJsonObject{{QStringLiteral("to"), QStringLiteral("city")}},
                                  at.addSecs(40 * 60), author, at.addSecs(40 * 60)}); // exercise history, as if entered then
    }
    return added;
}

} // namespace cd
