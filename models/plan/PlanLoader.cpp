#include "plan/PlanLoader.h"

#include "plan/FactVocabulary.h"
#include "plan/PlanFormatError.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace cd {
namespace detail {

// Small readers that throw with the JSON path of what they read.
class Reader {
public:
    Reader(QJsonObject o, QString path) : m_o(std::move(o)), m_path(std::move(path)) {}

    QString at(const QString &key) const { return m_path + QLatin1Char('.') + key; }
    bool has(const char *key) const { return m_o.contains(QLatin1String(key)); }
    QJsonValue value(const char *key) const { return m_o.value(QLatin1String(key)); }

    QString text(const char *key, bool required = true) const
    {
        const auto v = value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString() || (required && v.toString().trimmed().isEmpty()))
            throw PlanFormatError(at(QLatin1String(key)), QStringLiteral("must be a non-empty string"));
        return v.toString();
    }
    QJsonArray array(const char *key, bool required = true) const
    {
        const auto v = value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isArray())
            throw PlanFormatError(at(QLatin1String(key)), QStringLiteral("must be an array"));
        return v.toArray();
    }
    Reader object(const char *key) const
    {
        const auto v = value(key);
        if (!v.isObject())
            throw PlanFormatError(at(QLatin1String(key)), QStringLiteral("must be an object"));
        return Reader(v.toObject(), at(QLatin1String(key)));
    }
    static Reader element(const QJsonArray &a, qsizetype i, const QString &arrayPath)
    {
        const auto p = QStringLiteral("%1[%2]").arg(arrayPath).arg(i);
        if (!a.at(i).isObject())
            throw PlanFormatError(p, QStringLiteral("must be an object"));
        return Reader(a.at(i).toObject(), p);
    }
    void onlyKeys(const QStringList &keys) const
    {
        for (auto it = m_o.begin(); it != m_o.end(); ++it)
            if (!keys.contains(it.key()))
                throw PlanFormatError(at(it.key()), QStringLiteral("unknown key (expected one of: %1)")
                                                        .arg(keys.join(QStringLiteral(", "))));
    }
    const QString &path() const { return m_path; }

private:
    QJsonObject m_o;
    QString m_path;
};

QList<Level> readLevels(const Reader &r, const char *key)
{
    QList<Level> levels;
    const auto arr = r.array(key, false);
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const auto level = levelFromString(arr.at(i).toString());
        if (!level)
            throw PlanFormatError(QStringLiteral("%1[%2]").arg(r.at(QLatin1String(key))).arg(i),
                                  QStringLiteral("must be one of \"I\", \"II\", \"III\", \"IV\""));
        levels << *level;
    }
    return levels;
}

QList<Provision> readProvisions(const Reader &root, const char *key)
{
    QList<Provision> out;
    const auto arr = root.array(key, false);
    const auto base = root.at(QLatin1String(key));
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const auto r = Reader::element(arr, i, base);
        r.onlyKeys({QStringLiteral("clause"), QStringLiteral("title"), QStringLiteral("text"),
                    QStringLiteral("levels")});
        out.push_back({r.text("clause"), r.text("title"), r.text("text"), readLevels(r, "levels")});
    }
    return out;
}

} // namespace detail

using detail::Reader;
using detail::readLevels;
using detail::readProvisions;

std::vector<ReportingWindow> PlanLoader::readWindows(
    const Reader &root, const std::function<Condition(const QString &, const QString &)> &named) const
{
    std::vector<ReportingWindow> out;
    const auto arr = root.array("reporting_windows", false);
    const auto base = root.at(QStringLiteral("reporting_windows"));
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const auto r = Reader::element(arr, i, base);
        r.onlyKeys({QStringLiteral("id"), QStringLiteral("clause"), QStringLiteral("action"), QStringLiteral("text"),
                    QStringLiteral("kind"), QStringLiteral("amount"), QStringLiteral("anchor"),
                    QStringLiteral("completed_by"), QStringLiteral("levels"), QStringLiteral("when"),
                    QStringLiteral("ruling")});
        ReportingWindow w;
        w.id = r.text("id");
        for (const auto &other : out)
            if (other.id == w.id)
                throw PlanFormatError(r.at(QStringLiteral("id")), QStringLiteral("duplicate window id \"%1\"").arg(w.id));
        w.clause = r.text("clause");
        w.action = r.text("action");
        w.text = r.text("text");
        const auto kind = windowKindFromName(r.text("kind"));
        if (!kind)
            throw PlanFormatError(r.at(QStringLiteral("kind")),
                                  QStringLiteral("must be one of minutes, working_days, immediate, timely, requirement"));
        w.kind = *kind;
        if (w.hasDue()) {
            const auto amount = r.value("amount");
            if (!amount.isDouble() || amount.toDouble() < 1 || amount.toDouble() != double(amount.toInt()))
                throw PlanFormatError(r.at(QStringLiteral("amount")), QStringLiteral("must be a whole number ≥ 1"));
            w.amount = amount.toInt();
        } else if (r.has("amount")) {
            throw PlanFormatError(r.at(QStringLiteral("amount")),
                                  QStringLiteral("a window of kind %1 has no number; do not invent one").arg(windowKindName(w.kind)));
        }
        for (const char *key : {"anchor", "completed_by"}) {
            const auto id = r.text(key);
            if (!m_vocab.milestone(id))
                throw PlanFormatError(r.at(QLatin1String(key)), QStringLiteral("unknown milestone \"%1\"").arg(id));
            (qstrcmp(key, "anchor") == 0 ? w.anchor : w.completedBy) = id;
        }
        w.levels = readLevels(r, "levels");
        if (r.has("when"))
            w.when = Condition::fromJson(r.value("when"), r.at(QStringLiteral("when")), m_vocab, named);
        if (r.has("ruling")) {
            const auto ruling = r.object("ruling");
            ruling.onlyKeys({QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("listed")});
            w.ruling = ruling.text("id");
            w.rulingLabel = ruling.text("label");
            const auto listed = ruling.value("listed").toString(QStringLiteral("until_ruled_out"));
            if (listed != QLatin1String("until_ruled_out") && listed != QLatin1String("when_ruled_in"))
                throw PlanFormatError(ruling.at(QStringLiteral("listed")), QStringLiteral("must be \"until_ruled_out\" or \"when_ruled_in\""));
            w.onlyWhenRuledIn = listed == QLatin1String("when_ruled_in");
        }
        out.push_back(std::move(w));
    }
    return out;
}

Result<Plan> PlanLoader::loadFile(const QString &file) const
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Result<Plan>::failure(file + QStringLiteral(": cannot open: ") + f.errorString());
    return loadJson(f.readAll(), file);
}

Result<Plan> PlanLoader::loadJson(const QByteArray &json, const QString &file) const
{
    try {
        Plan plan = parse(json);
        plan.sourceFile = file;
        return plan;
    } catch (const PlanFormatError &e) {
        return Result<Plan>::failure(QStringLiteral("%1: %2: %3").arg(file, e.jsonPath(), e.problem()));
    }
}

Plan PlanLoader::parse(const QByteArray &json) const
{
    QJsonParseError err{};
    const auto doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        throw PlanFormatError(QStringLiteral("$"), QStringLiteral("malformed JSON at offset %1: %2")
                                                       .arg(err.offset).arg(err.errorString()));
    if (!doc.isObject())
        throw PlanFormatError(QStringLiteral("$"), QStringLiteral("the plan must be a JSON object"));

    const Reader root(doc.object(), QStringLiteral("$"));
    root.onlyKeys({QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("title"),
                   QStringLiteral("document"), QStringLiteral("short_ref"), QStringLiteral("issuer"),
                   QStringLiteral("issued"), QStringLiteral("counting_rule"), QStringLiteral("scope"),
                   QStringLiteral("activation"), QStringLiteral("conditions"), QStringLiteral("levels"),
                   QStringLiteral("agencies"), QStringLiteral("command"), QStringLiteral("response"),
                   QStringLiteral("prewarning"), QStringLiteral("groups"),
                   QStringLiteral("reporting_windows")});
    if (root.value("format").toInt(-1) != FormatVersion)
        throw PlanFormatError(root.at(QStringLiteral("format")),
                              QStringLiteral("must be %1 (this program reads plan format %1)").arg(FormatVersion));

    Plan plan;
    plan.id = root.text("id");
    plan.title = root.text("title");
    plan.document = root.text("document");
    plan.shortRef = root.text("short_ref");
    plan.issuer = root.text("issuer");
    plan.issued = QDate::fromString(root.text("issued"), Qt::ISODate);
    if (!plan.issued.isValid())
        throw PlanFormatError(root.at(QStringLiteral("issued")), QStringLiteral("must be a date YYYY-MM-DD"));

    if (root.has("counting_rule")) {
        const auto r = root.object("counting_rule");
        plan.countingRule = ClauseText{r.text("clause"), r.text("text")};
    }

    // Named conditions first: criteria, scope and duties refer to them.
    const auto named = [&plan](const QString &name, const QString &path) -> Condition {
        if (const auto *c = plan.condition(name))
            return c->when;
        throw PlanFormatError(path, QStringLiteral("unknown named condition \"%1\" (define it in "
                                                   "$.conditions before use)").arg(name));
    };
    {
        const auto arr = root.array("conditions", false);
        for (qsizetype i = 0; i < arr.size(); ++i) {
            const auto r = Reader::element(arr, i, root.at(QStringLiteral("conditions")));
            r.onlyKeys({QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("when")});
            const auto id = r.text("id");
            if (plan.condition(id))
                throw PlanFormatError(r.at(QStringLiteral("id")), QStringLiteral("duplicate condition \"%1\"").arg(id));
            plan.conditions.push_back(
                {id, r.text("label"), Condition::fromJson(r.value("when"), r.at(QStringLiteral("when")), m_vocab, named)});
        }
    }

    {
        const auto r = root.object("scope");
        r.onlyKeys({QStringLiteral("clause"), QStringLiteral("text"), QStringLiteral("when")});
        plan.scope = ClauseText{r.text("clause"), r.text("text")};
        if (r.has("when"))
            plan.scopeCondition = Condition::fromJson(r.value("when"), r.at(QStringLiteral("when")), m_vocab, named);
    }
    if (root.has("activation")) {
        const auto r = root.object("activation");
        r.onlyKeys({QStringLiteral("clause"), QStringLiteral("when")});
        plan.activationClause = r.text("clause");
        plan.activation = Condition::fromJson(r.value("when"), r.at(QStringLiteral("when")), m_vocab, named);
    }

    QSet<QString> clauses;
    const auto levels = root.array("levels", false);
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const auto r = Reader::element(levels, i, root.at(QStringLiteral("levels")));
        r.onlyKeys({QStringLiteral("level"), QStringLiteral("name"), QStringLiteral("clause"),
                    QStringLiteral("criteria")});
        const auto level = levelFromString(r.text("level"));
        if (!level)
            throw PlanFormatError(r.at(QStringLiteral("level")), QStringLiteral("must be one of \"I\", \"II\", \"III\", \"IV\""));
        // Grading reports the first match in plan order, so the order is part of the meaning.
        if (!plan.levels.empty() && !isMoreSevere(plan.levels.back().level, *level))
            throw PlanFormatError(r.at(QStringLiteral("level")),
                                  QStringLiteral("levels must be listed from the most severe (I) down, once each"));
        LevelDefinition def{*level, r.text("name"), r.text("clause"), {}};
        const auto criteria = r.array("criteria");
        if (criteria.isEmpty())
            throw PlanFormatError(r.at(QStringLiteral("criteria")), QStringLiteral("a level needs at least one criterion"));
        for (qsizetype j = 0; j < criteria.size(); ++j) {
            const auto cr = Reader::element(criteria, j, r.at(QStringLiteral("criteria")));
            cr.onlyKeys({QStringLiteral("clause"), QStringLiteral("text"), QStringLiteral("when"),
                         QStringLiteral("assertable")});
            Criterion c{cr.text("clause"), cr.text("text"), std::nullopt, cr.value("assertable").toBool(false)};
            if (clauses.contains(c.clause))
                throw PlanFormatError(cr.at(QStringLiteral("clause")), QStringLiteral("duplicate clause \"%1\"").arg(c.clause));
            clauses.insert(c.clause);
            if (cr.has("when"))
                c.when = Condition::fromJson(cr.value("when"), cr.at(QStringLiteral("when")), m_vocab, named);
            if (!c.when && !c.assertable)
                throw PlanFormatError(cr.path(), QStringLiteral("a criterion needs \"when\" (computed) or "
                                                                "\"assertable\": true (operator's judgement)"));
            def.criteria.push_back(std::move(c));
        }
        plan.levels.push_back(std::move(def));
    }
    if (plan.levels.empty() && !plan.scopeCondition && !plan.activation)
        throw PlanFormatError(QStringLiteral("$"), QStringLiteral("a plan without levels needs scope.when or "
                                                                  "activation.when to know when it applies"));

    const auto agencies = root.array("agencies");
    if (agencies.isEmpty())
        throw PlanFormatError(root.at(QStringLiteral("agencies")), QStringLiteral("a plan needs its member agencies"));
    for (qsizetype i = 0; i < agencies.size(); ++i) {
        const auto r = Reader::element(agencies, i, root.at(QStringLiteral("agencies")));
        r.onlyKeys({QStringLiteral("name"), QStringLiteral("clause"), QStringLiteral("duty"),
                    QStringLiteral("involved")});
        Agency a{r.text("name"), r.text("clause"), r.text("duty"), {}};
        if (r.has("involved")) {
            const auto inv = r.object("involved");
            inv.onlyKeys({QStringLiteral("always"), QStringLiteral("causes"), QStringLiteral("conditions"),
                          QStringLiteral("note")});
            a.involvement.always = inv.value("always").toBool(false);
            a.involvement.note = inv.text("note", false);
            const auto causes = inv.array("causes", false);
            for (qsizetype k = 0; k < causes.size(); ++k) {
                const auto id = causes.at(k).toString();
                if (!m_vocab.hasCause(id))
                    throw PlanFormatError(QStringLiteral("%1[%2]").arg(inv.at(QStringLiteral("causes"))).arg(k),
                                          QStringLiteral("unknown cause \"%1\" (add it to catalog/facts.json)").arg(id));
                a.involvement.causes << id;
            }
            const auto conds = inv.array("conditions", false);
            for (qsizetype k = 0; k < conds.size(); ++k) {
                const auto id = conds.at(k).toString();
                if (!plan.condition(id))
                    throw PlanFormatError(QStringLiteral("%1[%2]").arg(inv.at(QStringLiteral("conditions"))).arg(k),
                                          QStringLiteral("unknown named condition \"%1\"").arg(id));
                a.involvement.conditions << id;
            }
        }
        plan.agencies.push_back(std::move(a));
    }

    plan.command = readProvisions(root, "command");
    plan.response = readProvisions(root, "response");
    plan.prewarning = readProvisions(root, "prewarning");
    plan.groups = readProvisions(root, "groups");
    plan.windows = readWindows(root, named);
    return plan;
}

} // namespace cd
