#include "plan/AssessmentJson.h"

#include "plan/PlanLibrary.h"
#include "time/ShanghaiTime.h"

namespace cd::AssessmentJson {
namespace {

QJsonArray provisions(const QList<Provision> &list)
{
    QJsonArray arr;
    for (const auto &p : list)
        arr.push_back(QJsonObject{{QStringLiteral("clause"), p.clause},
                                  {QStringLiteral("title"), p.title},
                                  {QStringLiteral("text"), p.text}});
    return arr;
}

} // namespace

QJsonObject planAssessment(const PlanAssessment &a, const std::vector<Deadline> &deadlines)
{
    QJsonObject o;
    o.insert(QStringLiteral("plan"), a.plan->id);
    o.insert(QStringLiteral("title"), a.plan->title);
    o.insert(QStringLiteral("document"), a.plan->document);
    o.insert(QStringLiteral("in_scope"), a.inScope);
    o.insert(QStringLiteral("applies"), a.applies);
    o.insert(QStringLiteral("level"), a.level ? QJsonValue(levelCode(*a.level)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("deciding_clause"),
             a.decidingClause.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.decidingClause));
    o.insert(QStringLiteral("deciding_text"), a.decidingText());
    o.insert(QStringLiteral("matched_clauses"), QJsonArray::fromStringList(a.matchedClauses));

    QJsonArray matches;
    for (const auto &m : a.matches)
        matches.push_back(QJsonObject{{QStringLiteral("clause"), m.clause},
                                      {QStringLiteral("level"), levelCode(m.level)},
                                      {QStringLiteral("text"), m.text},
                                      {QStringLiteral("by"), m.asserted ? QStringLiteral("asserted")
                                                                        : QStringLiteral("computed")}});
    o.insert(QStringLiteral("matches"), matches);

    QJsonArray agencies;
    for (const auto &g : a.agencies) {
        QJsonObject ag{{QStringLiteral("name"), g.name},         {QStringLiteral("clause"), g.clause},
                       {QStringLiteral("duty"), g.duty},         {QStringLiteral("reason"), g.reason},
                       {QStringLiteral("reason_text"), g.reasonText}};
        if (!g.note.isEmpty())
            ag.insert(QStringLiteral("note"), g.note);
        agencies.push_back(ag);
    }
    o.insert(QStringLiteral("agencies"), agencies);

    QJsonArray raises;
    for (const auto &r : a.raises)
        raises.push_back(QJsonObject{{QStringLiteral("level"), levelCode(r.level)},
                                     {QStringLiteral("clause"), r.clause},
                                     {QStringLiteral("fact"), r.fact},
                                     {QStringLiteral("at_least"), r.threshold}});
    o.insert(QStringLiteral("raises"), raises);
    o.insert(QStringLiteral("command"), provisions(a.command));
    o.insert(QStringLiteral("response"), provisions(a.response));
    QJsonArray windows;
    for (const auto &d : deadlines)
        if (d.planId == a.plan->id)
            windows.push_back(deadline(d, *a.vocabulary));
    o.insert(QStringLiteral("deadlines"), windows);
    return o;
}

QJsonObject deadline(const Deadline &d, const FactVocabulary &vocab)
{
    const ReportingWindow &w = *d.window;
    auto time = [](const QDateTime &t) { return t.isValid() ? QJsonValue(isoShanghai(t)) : QJsonValue(QJsonValue::Null); };
    QJsonObject o{{QStringLiteral("window"), w.id},
                  {QStringLiteral("clause"), w.clause},
                  {QStringLiteral("action"), w.action},
                  {QStringLiteral("text"), w.text},
                  {QStringLiteral("kind"), windowKindName(w.kind)},
                  {QStringLiteral("anchor"), w.anchor},
                  {QStringLiteral("anchor_label"), vocab.milestone(w.anchor)->label},
                  {QStringLiteral("anchor_time"), time(d.anchorAt)},
                  {QStringLiteral("due"), time(d.due)},
                  {QStringLiteral("completed_by"), w.completedBy},
                  {QStringLiteral("completed_at"), time(d.completedAt)},
                  {QStringLiteral("state"), deadlineStateName(d.state)},
                  {QStringLiteral("covered"), d.covered}};
    if (w.hasDue())
        o.insert(QStringLiteral("amount"), w.amount);
    // Completed by a late entry (补录): said beside the state, which alone would read "met".
    if (d.completedByLateEntry() && (d.state == Deadline::State::Met || d.state == Deadline::State::MetLate)) {
        o.insert(QStringLiteral("backdated"), true);
        o.insert(QStringLiteral("entry_delay_s"), d.completedEntryDelay);
    }
    if (!w.ruling.isEmpty())
        o.insert(QStringLiteral("condition"), QJsonObject{{QStringLiteral("id"), w.ruling},
                                                          {QStringLiteral("label"), w.rulingLabel},
                                                          {QStringLiteral("confirmed"), !d.conditional}});
    return o;
}

QJsonObject grading(const std::vector<PlanAssessment> &assessments, const std::vector<Deadline> &deadlines)
{
    QJsonArray plans;
    for (const auto &a : assessments)
        plans.push_back(planAssessment(a, deadlines));
    return QJsonObject{{QStringLiteral("plans"), plans}};
}

QJsonObject planCatalogue(const PlanLibrary &library)
{
    QJsonArray plans;
    for (const auto &p : library.plans()) {
        QJsonArray levels;
        for (const auto &l : p.levels)
            levels.push_back(QJsonObject{{QStringLiteral("level"), levelCode(l.level)},
                                         {QStringLiteral("name"), l.name},
                                         {QStringLiteral("clause"), l.clause}});
        plans.push_back(QJsonObject{{QStringLiteral("id"), p.id},
                                    {QStringLiteral("title"), p.title},
                                    {QStringLiteral("document"), p.document},
                                    {QStringLiteral("issued"), p.issued.toString(Qt::ISODate)},
                                    {QStringLiteral("levels"), levels},
                                    {QStringLiteral("agencies"), qint64(p.agencies.size())}});
    }
    QJsonArray causes;
    for (const auto &c : library.vocabulary().causes())
        causes.push_back(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("label"), c.label},
                                     {QStringLiteral("source"), c.source}});
    return QJsonObject{{QStringLiteral("plans"), plans},
                       {QStringLiteral("causes"), causes},
                       {QStringLiteral("counties"), QJsonArray::fromStringList(library.vocabulary().counties())}};
}

} // namespace cd::AssessmentJson
