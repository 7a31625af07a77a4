#include "journal/EventKinds.h"

#include "duty/DutyKinds.h"
#include "journal/Event.h"
#include "plan/FactVocabulary.h"
#include "plan/FactsParser.h"
#include "plan/FactsText.h"
#include "plan/PlanLibrary.h"
#include "time/ShanghaiTime.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace cd::EventKinds {
namespace {

struct KindInfo {
    const char *kind;
    const char *label;
};

// Order is the lifecycle's.
constexpr KindInfo Kinds[] = {
    {"reported", "接报"},
    {"verified", "核实"},
    {"facts_updated", "事实更新"},
    {"level_declared", "宣布响应级别"},
    {"level_changed", "调整响应级别"},
    {"plan_activated", "启动预案"},
    {"duty_assigned", "分派职责"},
    {"duty_acknowledged", "确认职责"},
    {"duty_done", "职责完成"},
    {"initial_judgment", "作出案情初步判断"},
    {"report_sent", "报送"},
    {"report_edited", "修改报告文稿"},
    {"report_signed_off", "签发报告"},
    {"report_issued", "印发报告"},
    {"dispatched", "发出赶赴现场指令"},
    {"arrived", "到达现场"},
    {"departed", "离开现场"},
    {"geofence_set", "设定到场判定半径"},
    {"ruling", "条件认定"},
    {"investigation_completed", "完成调查核实"},
    {"response_ended", "应急响应结束"},
    {"closed", "结案"},
    {"assessment", "研判与处置情况"},
    {"note", "备注"},
    {"exercise_inject", "演练注入"},
    {"exercise_ended", "演练结束"},
    {"alarm_acknowledged", "确认告警"},
    {"alarms_muted", "告警静音"},
    {"correction", "更正"},
    // The centre's register (CentreRegisterId): the roster of responding units.
    {"unit_added", "登记处置力量"},
    {"unit_changed", "变更处置力量"},
    {"unit_retired", "注销处置力量"},
    // The duty office (issue 17): calls to member agencies, and their directory (centre register).
    {"agency_called", "呼叫成员单位"},
    {"contact_added", "登记通讯录"},
    {"contact_changed", "变更通讯录"},
    // The duty office (issue 17): the shift roster and the handover between shifts.
    {"shift_scheduled", "排班"},
    {"shift_cancelled", "取消排班"},
    {"handover", "交接班"},
};

// Kinds of the centre's register; notes and corrections go anywhere, the rest into incidents.
constexpr const char *CentreKinds[] = {"unit_added", "unit_changed", "unit_retired", "contact_added", "contact_changed",
                                       "shift_scheduled", "shift_cancelled", "handover"};

std::optional<QString> requireString(const QJsonObject &p, const char *key)
{
    if (!p.value(QLatin1String(key)).isString() || p.value(QLatin1String(key)).toString().trimmed().isEmpty())
        return QStringLiteral("payload.%1: required (a non-empty string)").arg(QLatin1String(key));
    return std::nullopt;
}

std::optional<QString> requirePlan(const QJsonObject &p, const PlanLibrary &library)
{
    if (auto e = requireString(p, "plan"))
        return e;
    if (!library.plan(p.value(QLatin1String("plan")).toString()))
        return QStringLiteral("payload.plan: unknown plan \"%1\"").arg(p.value(QLatin1String("plan")).toString());
    return std::nullopt;
}

} // namespace

const QStringList &all()
{
    static const QStringList kinds = [] {
        QStringList k;
        for (const auto &info : Kinds)
            k << QLatin1String(info.kind);
        return k;
    }();
    return kinds;
}

QString label(const QString &kind)
{
    for (const auto &info : Kinds)
        if (kind == QLatin1String(info.kind))
            return QString::fromUtf8(info.label);
    return kind;
}

const QStringList &assessmentFields()
{
    static const QStringList fields = {QStringLiteral("scene"),    QStringLiteral("course"),     QStringLiteral("losses"),
                                       QStringLiteral("employer"), QStringLiteral("damage"),     QStringLiteral("cause_analysis"),
                                       QStringLiteral("nature"),   QStringLiteral("trend"),      QStringLiteral("impact"),
                                       QStringLiteral("measures"), QStringLiteral("effect"),     QStringLiteral("next_steps"),
                                       QStringLiteral("public_reaction"), QStringLiteral("result"), QStringLiteral("other")};
    return fields;
}

const QStringList &reportRecipients()
{
    static const QStringList recipients = {QStringLiteral("city"), QStringLiteral("province"),
                                           QStringLiteral("leading_group"), QStringLiteral("wage_office"),
                                           QStringLiteral("county"), QStringLiteral("other")};
    return recipients;
}

QString describe(const StoredEvent &e, const PlanLibrary &library)
{
    static const QHash<QString, QString> assessmentLabels = {
        {QStringLiteral("scene"), QStringLiteral("现场情况")},        {QStringLiteral("course"), QStringLiteral("经过")},
        {QStringLiteral("losses"), QStringLiteral("财产损失")},       {QStringLiteral("employer"), QStringLiteral("用人单位")},
        {QStringLiteral("damage"), QStringLiteral("破坏程度")},       {QStringLiteral("cause_analysis"), QStringLiteral("原因分析")},
        {QStringLiteral("nature"), QStringLiteral("性质判断")},       {QStringLiteral("trend"), QStringLiteral("趋势")},
        {QStringLiteral("impact"), QStringLiteral("影响")},           {QStringLiteral("measures"), QStringLiteral("措施")},
        {QStringLiteral("effect"), QStringLiteral("效果")},           {QStringLiteral("next_steps"), QStringLiteral("下一步")},
        {QStringLiteral("public_reaction"), QStringLiteral("公众及媒体反映")}, {QStringLiteral("result"), QStringLiteral("处理结果")},
        {QStringLiteral("other"), QStringLiteral("其他")}};
    const auto p = e.payload();
    if (e.kind == QLatin1String("reported"))
        return p.value(QLatin1String("title")).toString();
    if (e.kind == QLatin1String("facts_updated")) // in words, never raw JSON: 阻断:城市交通 1 小时
        return FactsText::facts(p.value(QLatin1String("facts")).toObject(), library);
    if (e.kind == QLatin1String("assessment")) {
        QStringList parts;
        for (auto it = p.begin(); it != p.end(); ++it)
            if (!isEntryField(it.key()))
                parts << assessmentLabels.value(it.key(), it.key()) + QLatin1Char(':') + it.value().toString();
        return parts.join(QStringLiteral(";"));
    }
    if (e.kind == QLatin1String("report_sent")) {
        const auto *m = library.vocabulary().milestone(QStringLiteral("report_sent:") + p.value(QLatin1String("to")).toString());
        return m ? m->label : p.value(QLatin1String("to")).toString();
    }
    if (e.kind == QLatin1String("report_issued")) // never the PDF itself
        return QStringLiteral("%1 %2 签发人:%3 SHA-256:%4")
            .arg(p.value(QLatin1String("doc_number")).toString(), p.value(QLatin1String("title")).toString(),
                 p.value(QLatin1String("signer")).toString(), p.value(QLatin1String("sha256")).toString());
    if (e.kind == QLatin1String("report_signed_off"))
        return QStringLiteral("%1 签发人:%2 文稿 SHA-256:%3")
            .arg(p.value(QLatin1String("title")).toString(), p.value(QLatin1String("signer")).toString(),
                 p.value(QLatin1String("draft_sha256")).toString());
    if (e.kind == QLatin1String("report_edited"))
        return QStringLiteral("%1 %2:%3").arg(p.value(QLatin1String("report")).toString(), p.value(QLatin1String("section")).toString(),
                                              p.value(QLatin1String("text")).toString());
    if (e.kind.startsWith(QLatin1String("duty_")) || e.kind.startsWith(QLatin1String("level_")) || e.kind == QLatin1String("plan_activated") ||
        e.kind == QLatin1String("agency_called")) {
        const Plan *plan = library.plan(p.value(QLatin1String("plan")).toString());
        const auto level = levelFromString(p.value(QLatin1String("level")).toString()); // Ⅲ级, not "III"
        QString text = QStringList({plan ? plan->shortRef : QString(), p.value(QLatin1String("agency")).toString(),
                                    level ? levelNumeral(*level) : QString()}).filter(QRegularExpression(QStringLiteral("."))).join(QLatin1Char(' '));
        // A call (issue 17): the number, how it went, whom it reached.
        static const QHash<QString, QString> outcomes = {{QStringLiteral("reached"), QStringLiteral("已接通")},
                                                         {QStringLiteral("no_answer"), QStringLiteral("无人接听")},
                                                         {QStringLiteral("busy"), QStringLiteral("占线")},
                                                         {QStringLiteral("message"), QStringLiteral("已留言")}};
        if (e.kind == QLatin1String("agency_called"))
            text += QStringLiteral(" %1 %2").arg(p.value(QLatin1String("number")).toString(),
                                                 outcomes.value(p.value(QLatin1String("outcome")).toString()));
        else if (p.contains(QLatin1String("person")))
            text += QStringLiteral(" 电话确认");
        if (p.contains(QLatin1String("person")))
            text += QStringLiteral(":") + p.value(QLatin1String("person")).toString();
        return text;
    }
    if (e.kind == QLatin1String("correction"))
        return QStringLiteral("更正第%1条:%2").arg(p.value(QLatin1String("corrects")).toInteger()).arg(p.value(QLatin1String("reason")).toString());
    if (e.kind == QLatin1String("alarm_acknowledged")) {
        static const QHash<QString, QString> alarms = {{QStringLiteral("new_incident"), QStringLiteral("新事件")},
                                                       {QStringLiteral("due_soon"), QStringLiteral("即将到期")},
                                                       {QStringLiteral("overdue"), QStringLiteral("已超时")},
                                                       {QStringLiteral("duty_unacknowledged"), QStringLiteral("职责未确认")}};
        const QString alarm = p.value(QLatin1String("alarm")).toString();
        return QStringList({alarms.value(alarm, alarm), p.value(QLatin1String("clause")).toString(), p.value(QLatin1String("window_label")).toString()})
            .filter(QRegularExpression(QStringLiteral("."))).join(QLatin1Char(' '));
    }
    if (e.kind == QLatin1String("alarms_muted"))
        return QStringLiteral("静音%1分钟").arg(p.value(QLatin1String("minutes")).toInt());
    if (e.kind == QLatin1String("exercise_ended"))
        return QStringLiteral("演练%1结束").arg(p.value(QLatin1String("scenario")).toString());
    if (e.kind == QLatin1String("ruling"))
        return QStringLiteral("%1:%2").arg(p.value(QLatin1String("id")).toString(), p.value(QLatin1String("holds")).toBool() ? QStringLiteral("成立") : QStringLiteral("排除"));
    if (p.contains(QLatin1String("text")))
        return p.value(QLatin1String("text")).toString();
    return FactsText::payload(p, library); // key by key, never the JSON itself
}

Scope scope(const QString &kind)
{
    for (const char *k : CentreKinds)
        if (kind == QLatin1String(k))
            return Scope::Centre;
    if (kind == QLatin1String("note") || kind == QLatin1String("correction"))
        return Scope::Any;
    return Scope::Incident;
}

QString scopeId(Scope s)
{
    switch (s) {
    case Scope::Incident: return QStringLiteral("incident");
    case Scope::Centre: return QStringLiteral("centre");
    case Scope::Any: return QStringLiteral("any");
    }
    return {};
}

std::optional<QString> checkScope(const QString &kind, qint64 incidentId)
{
    const Scope s = scope(kind);
    if (s == Scope::Centre && incidentId != CentreRegisterId)
        return QStringLiteral("kind: \"%1\" belongs to the centre's register, not to incident %2").arg(kind).arg(incidentId);
    if (s == Scope::Incident && incidentId == CentreRegisterId)
        return QStringLiteral("kind: \"%1\" belongs to an incident, not to the centre's register").arg(kind);
    return std::nullopt;
}

bool exerciseOnly(const QString &kind) { return kind == QLatin1String("exercise_inject"); }

std::optional<QString> checkWorld(const QString &kind, const QJsonObject &payload, bool exerciseIncident)
{
    if (exerciseIncident)
        return std::nullopt;
    if (exerciseOnly(kind))
        return QStringLiteral("kind: \"%1\" belongs to drills and cannot be recorded in a live incident").arg(kind);
    if (kind == QLatin1String("correction")) {
        const auto rkind = payload.value(QLatin1String("replacement")).toObject().value(QLatin1String("kind")).toString();
        if (exerciseOnly(rkind))
            return QStringLiteral("payload.replacement.kind: \"%1\" belongs to drills and cannot replace an event of a live incident").arg(rkind);
    }
    return std::nullopt;
}

bool isEntryField(const QString &key)
{
    return key == QLatin1String("late_entry_reason") || key == QLatin1String("entry_delay_s") || key == QLatin1String("source") ||
           key == QLatin1String("imported_actor");
}

std::optional<QString> validate(const QString &kind, const QJsonObject &p, const PlanLibrary &library)
{
    if (!all().contains(kind))
        return QStringLiteral("kind: unknown event kind \"%1\" (known: %2)").arg(kind, all().join(QStringLiteral(", ")));

    if (kind == QLatin1String("reported") || kind == QLatin1String("facts_updated")) {
        if (!p.value(QLatin1String("facts")).isObject())
            return QStringLiteral("payload.facts: required (the facts object of the grading contract)");
        const auto facts = p.value(QLatin1String("facts")).toObject();
        // An update is checked field by field here and as merged facts by the journal.
        if (kind == QLatin1String("facts_updated")) {
            if (auto e = FactsParser(library).checkUpdate(facts))
                return QStringLiteral("payload.facts.") + *e;
        } else if (const auto parsed = FactsParser(library).parse(facts); !parsed) {
            return QStringLiteral("payload.facts.") + parsed.error();
        }
        if (kind == QLatin1String("reported")) {
            if (auto e = requireString(p, "title"))
                return e;
            if (!p.value(QLatin1String("exercise")).isBool())
                return QStringLiteral("payload.exercise: required (true or false)");
        }
    } else if (kind == QLatin1String("level_declared") || kind == QLatin1String("level_changed")) {
        if (auto e = requirePlan(p, library))
            return e;
        const auto level = p.value(QLatin1String("level")).toString();
        if (!levelFromString(level))
            return QStringLiteral("payload.level: must be \"I\", \"II\", \"III\" or \"IV\"");
    } else if (kind == QLatin1String("plan_activated")) {
        return requirePlan(p, library);
    } else if (kind.startsWith(QLatin1String("duty_"))) {
        if (auto e = requirePlan(p, library))
            return e;
        if (auto e = requireString(p, "agency"))
            return e;
    } else if (kind == QLatin1String("report_sent")) {
        const auto to = p.value(QLatin1String("to")).toString();
        if (!reportRecipients().contains(to))
            return QStringLiteral("payload.to: must be one of %1").arg(reportRecipients().join(QStringLiteral(", ")));
        static const QStringList reports = {QStringLiteral("initial"), QStringLiteral("followup"), QStringLiteral("final"),
                                            QStringLiteral("disposal")};
        if (p.contains(QLatin1String("report")) && !reports.contains(p.value(QLatin1String("report")).toString()))
            return QStringLiteral("payload.report: must be one of %1").arg(reports.join(QStringLiteral(", ")));
    } else if (kind == QLatin1String("report_edited")) {
        // An operator's text for one section of a report draft (issue 14): the draft is rebuilt
        // from the journal alone.
        static const QStringList reports = {QStringLiteral("initial"), QStringLiteral("followup"), QStringLiteral("final"),
                                            QStringLiteral("disposal")};
        if (!reports.contains(p.value(QLatin1String("report")).toString()))
            return QStringLiteral("payload.report: must be one of %1").arg(reports.join(QStringLiteral(", ")));
        if (auto e = requireString(p, "section"))
            return e;
        if (!p.value(QLatin1String("text")).isString())
            return QStringLiteral("payload.text: required (the section's text; empty: back to the prefilled text)");
    } else if (kind == QLatin1String("report_signed_off")) {
        // 签发: a leader approves one draft, named by its digest (OfficialReport::draftDigest).
        static const QStringList reports = {QStringLiteral("initial"), QStringLiteral("followup"), QStringLiteral("final"),
                                            QStringLiteral("disposal")};
        if (!reports.contains(p.value(QLatin1String("report")).toString()))
            return QStringLiteral("payload.report: must be one of %1").arg(reports.join(QStringLiteral(", ")));
        for (const char *key : {"signer", "title"})
            if (auto e = requireString(p, key))
                return e;
        if (!QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(p.value(QLatin1String("draft_sha256")).toString()).hasMatch())
            return QStringLiteral("payload.draft_sha256: required (the SHA-256 of the draft signed off, 64 hex digits)");
        if (!p.value(QLatin1String("number")).isDouble() || p.value(QLatin1String("number")).toDouble() < 1)
            return QStringLiteral("payload.number: required (a whole number from 1)");
    } else if (kind == QLatin1String("report_issued")) {
        // The document that left the centre: its bytes, their hash, its number and signer.
        static const QStringList reports = {QStringLiteral("initial"), QStringLiteral("followup"), QStringLiteral("final"),
                                            QStringLiteral("disposal")};
        if (!reports.contains(p.value(QLatin1String("report")).toString()))
            return QStringLiteral("payload.report: must be one of %1").arg(reports.join(QStringLiteral(", ")));
        for (const char *key : {"doc_number", "signer", "title", "recipients", "sha256", "pdf_base64"})
            if (auto e = requireString(p, key))
                return e;
        if (!QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(p.value(QLatin1String("draft_sha256")).toString()).hasMatch())
            return QStringLiteral("payload.draft_sha256: required (the digest of the draft signed off)");
        for (const char *key : {"serial", "year", "number", "signed_off"})
            if (!p.value(QLatin1String(key)).isDouble() || p.value(QLatin1String(key)).toDouble() < 1 ||
                p.value(QLatin1String(key)).toDouble() != double(p.value(QLatin1String(key)).toInteger()))
                return QStringLiteral("payload.%1: required (a whole number from 1)").arg(QLatin1String(key));
        const QByteArray pdf = QByteArray::fromBase64(p.value(QLatin1String("pdf_base64")).toString().toLatin1());
        if (!pdf.startsWith("%PDF-"))
            return QStringLiteral("payload.pdf_base64: not a PDF");
        if (QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()) != p.value(QLatin1String("sha256")).toString())
            return QStringLiteral("payload.sha256: does not match the PDF");
    } else if (kind == QLatin1String("ruling")) {
        if (auto e = requireString(p, "id"))
            return e;
        if (!p.value(QLatin1String("holds")).isBool())
            return QStringLiteral("payload.holds: required (true: the condition holds, false: ruled out)");
    } else if (kind == QLatin1String("assessment")) {
        // The texts an operator writes for the reports (85号 5.1.2(4), 86号 3(1), 5.1(2)).
        const QStringList keys = p.keys();
        if (std::none_of(keys.begin(), keys.end(), [](const QString &k) { return !isEntryField(k); }))
            return QStringLiteral("payload: at least one of %1").arg(assessmentFields().join(QStringLiteral(", ")));
        for (auto it = p.begin(); it != p.end(); ++it) {
            if (isEntryField(it.key()))
                continue;
            if (!assessmentFields().contains(it.key()))
                return QStringLiteral("payload.%1: unknown field (known: %2)").arg(it.key(), assessmentFields().join(QStringLiteral(", ")));
            if (!it.value().isString())
                return QStringLiteral("payload.%1: must be text").arg(it.key());
        }
    } else if (kind == QLatin1String("note") || kind == QLatin1String("exercise_inject")) {
        return requireString(p, "text");
    } else if (kind == QLatin1String("exercise_ended")) {
        return requireString(p, "scenario");
    } else if (kind == QLatin1String("alarm_acknowledged")) {
        static const QStringList alarms = {QStringLiteral("new_incident"), QStringLiteral("due_soon"), QStringLiteral("overdue"),
                                           QStringLiteral("duty_unacknowledged")};
        if (!alarms.contains(p.value(QLatin1String("alarm")).toString()))
            return QStringLiteral("payload.alarm: must be one of %1").arg(alarms.join(QStringLiteral(", ")));
        if (p.contains(QLatin1String("window")) && !p.value(QLatin1String("window")).isString())
            return QStringLiteral("payload.window: must be the window's key (plan/window)");
    } else if (kind == QLatin1String("alarms_muted")) {
        const QJsonValue minutes = p.value(QLatin1String("minutes"));
        if (!minutes.isDouble() || minutes.toDouble() != double(minutes.toInt()) || minutes.toInt() < 1 || minutes.toInt() > 24 * 60)
            return QStringLiteral("payload.minutes: required (whole minutes, 1 to 1440)");
    } else if (kind == QLatin1String("unit_added") || kind == QLatin1String("unit_changed") || kind == QLatin1String("unit_retired")) {
        if (auto e = requireString(p, "unit"))
            return e;
        if (kind == QLatin1String("unit_added"))
            for (const char *key : {"agency", "kind"})
                if (auto e = requireString(p, key))
                    return e;
        for (const char *key : {"callsign", "agency", "kind", "crew", "phone"})
            if (p.contains(QLatin1String(key)) && !p.value(QLatin1String(key)).isString())
                return QStringLiteral("payload.%1: must be text").arg(QLatin1String(key));
        for (const char *key : {"leader", "demo"})
            if (p.contains(QLatin1String(key)) && !p.value(QLatin1String(key)).isBool())
                return QStringLiteral("payload.%1: must be true or false").arg(QLatin1String(key));
    } else if (DutyKinds::handles(kind)) {
        return DutyKinds::validate(kind, p);
    } else if (kind == QLatin1String("agency_called")) {
        // A call to a member agency about its duty (issue 17); a reached one names whom it reached.
        for (const char *key : {"plan", "agency", "number", "outcome"})
            if (auto e = requireString(p, key))
                return e;
        if (auto e = requirePlan(p, library))
            return e;
        static const QStringList outcomes = {QStringLiteral("reached"), QStringLiteral("no_answer"), QStringLiteral("busy"), QStringLiteral("message")};
        if (!outcomes.contains(p.value(QLatin1String("outcome")).toString()))
            return QStringLiteral("payload.outcome: must be one of %1").arg(outcomes.join(QStringLiteral(", ")));
        if (p.value(QLatin1String("outcome")).toString() == QLatin1String("reached"))
            if (auto e = requireString(p, "person"))
                return QStringLiteral("payload.person: required when the call reached the agency (whom it reached)");
        for (const char *key : {"person", "note", "clause"})
            if (p.contains(QLatin1String(key)) && !p.value(QLatin1String(key)).isString())
                return QStringLiteral("payload.%1: must be text").arg(QLatin1String(key));
    } else if (kind == QLatin1String("contact_added") || kind == QLatin1String("contact_changed")) {
        // A member agency's entry in the directory (通讯录, issue 17); checked fully by AgencyDirectory.
        if (auto e = requireString(p, "agency"))
            return e;
        for (const char *key : {"duty_phone", "fax", "liaison", "liaison_mobile", "deputy", "deputy_mobile", "notes"})
            if (p.contains(QLatin1String(key)) && !p.value(QLatin1String(key)).isString())
                return QStringLiteral("payload.%1: must be text").arg(QLatin1String(key));
        for (const char *key : {"other_phones", "call_order"}) {
            if (!p.contains(QLatin1String(key)))
                continue;
            if (!p.value(QLatin1String(key)).isArray())
                return QStringLiteral("payload.%1: must be a list of text").arg(QLatin1String(key));
            for (const QJsonValue &v : p.value(QLatin1String(key)).toArray())
                if (!v.isString())
                    return QStringLiteral("payload.%1: must be a list of text").arg(QLatin1String(key));
        }
        if (p.contains(QLatin1String("demo")) && !p.value(QLatin1String("demo")).isBool())
            return QStringLiteral("payload.demo: must be true or false");
    } else if (kind == QLatin1String("geofence_set")) {
        // The radius around the scene within which a unit counts as arrived (default 300 m).
        const QJsonValue r = p.value(QLatin1String("radius_m"));
        if (!r.isDouble() || r.toDouble() < 50 || r.toDouble() > 5000)
            return QStringLiteral("payload.radius_m: required (metres, 50 to 5000)");
    } else if (kind == QLatin1String("dispatched") || kind == QLatin1String("arrived") || kind == QLatin1String("departed")) {
        // The units named (issue 16); a dispatch from before the roster names none.
        if (p.contains(QLatin1String("units"))) {
            const QJsonValue units = p.value(QLatin1String("units"));
            if (!units.isArray())
                return QStringLiteral("payload.units: must be a list of unit ids");
            for (const QJsonValue &u : units.toArray())
                if (!u.isString() || u.toString().trimmed().isEmpty())
                    return QStringLiteral("payload.units: every entry must be a unit id (non-empty text)");
        }
        if (p.contains(QLatin1String("unit")) && (!p.value(QLatin1String("unit")).isString() || p.value(QLatin1String("unit")).toString().trimmed().isEmpty()))
            return QStringLiteral("payload.unit: must be a unit id (non-empty text)");
        if (kind == QLatin1String("departed") && !p.contains(QLatin1String("unit")))
            return QStringLiteral("payload.unit: required (the unit that left the scene)");
        for (const char *key : {"lat", "lon"})
            if (p.contains(QLatin1String(key)) && !p.value(QLatin1String(key)).isDouble())
                return QStringLiteral("payload.%1: must be a number (WGS-84 degrees)").arg(QLatin1String(key));
    } else if (kind == QLatin1String("correction")) {
        if (!p.value(QLatin1String("corrects")).isDouble() || p.value(QLatin1String("corrects")).toDouble() < 1)
            return QStringLiteral("payload.corrects: required (the sequence number of the event corrected)");
        if (auto e = requireString(p, "reason"))
            return e;
        if (p.contains(QLatin1String("replacement"))) {
            const auto r = p.value(QLatin1String("replacement")).toObject();
            const auto rkind = r.value(QLatin1String("kind")).toString();
            if (rkind == QLatin1String("correction") || rkind == QLatin1String("reported"))
                return QStringLiteral("payload.replacement.kind: a %1 cannot be a replacement").arg(rkind);
            if (auto e = validate(rkind, r.value(QLatin1String("payload")).toObject(), library))
                return QStringLiteral("payload.replacement.") + *e;
            // A replacement may also move the event to the time it really happened.
            if (r.contains(QLatin1String("at")) && !parseIsoWithOffset(r.value(QLatin1String("at")).toString()).isValid())
                return QStringLiteral("payload.replacement.at: must be an ISO 8601 time with offset, e.g. 2026-11-22T03:20:00+08:00");
        }
    }
    return std::nullopt;
}

} // namespace cd::EventKinds
