#include "directory/AgencyDirectory.h"

#include "journal/EffectiveEvents.h"
#include "plan/PlanLibrary.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace cd {
namespace {

// Digits with the separators people write (0578-5550 1234, +86 …), optionally an extension (转123).
bool validNumber(const QString &n)
{
    static const QRegularExpression re(QStringLiteral("^\\+?[0-9][0-9 ()-]{2,23}(转[0-9]{1,6})?$"));
    return re.match(n).hasMatch();
}

QStringList toStrings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

void applyFields(AgencyContact &c, const QJsonObject &p)
{
    auto text = [&](const char *key, QString &field) {
        if (p.contains(QLatin1String(key)))
            field = p.value(QLatin1String(key)).toString();
    };
    text("duty_phone", c.dutyPhone);
    text("fax", c.fax);
    text("liaison", c.liaison);
    text("liaison_mobile", c.liaisonMobile);
    text("deputy", c.deputy);
    text("deputy_mobile", c.deputyMobile);
    text("notes", c.notes);
    if (p.contains(QLatin1String("other_phones")))
        c.otherPhones = toStrings(p.value(QLatin1String("other_phones")));
    if (p.contains(QLatin1String("call_order")))
        c.callOrder = toStrings(p.value(QLatin1String("call_order")));
    if (p.contains(QLatin1String("demo")))
        c.demo = p.value(QLatin1String("demo")).toBool();
}

std::optional<QString> checkContact(const AgencyContact &c)
{
    if (c.agency.trimmed().isEmpty())
        return QStringLiteral("agency: required");
    const std::pair<const char *, const QString *> numbers[] = {{"duty_phone", &c.dutyPhone},
                                                                {"fax", &c.fax},
                                                                {"liaison_mobile", &c.liaisonMobile},
                                                                {"deputy_mobile", &c.deputyMobile}};
    for (const auto &[field, value] : numbers)
        if (!value->isEmpty() && !validNumber(*value))
            return QStringLiteral(
                       "%1: \"%2\" is not a phone number (digits, spaces, - ( ) +, an extension as 转123)")
                .arg(QLatin1String(field), *value);
    for (const QString &n : c.otherPhones)
        if (!validNumber(n))
            return QStringLiteral("other_phones: \"%1\" is not a phone number").arg(n);
    for (const QString &s : c.callOrder)
        if (!AgencyContact::slotNames().contains(s))
            return QStringLiteral("call_order: \"%1\" is not one of %2")
                .arg(s, AgencyContact::slotNames().join(QStringLiteral(", ")));
    if (c.callOrder.size() != QSet<QString>(c.callOrder.cbegin(), c.callOrder.cend()).size())
        return QStringLiteral("call_order: a slot appears twice");
    if (c.notes.contains(QLatin1Char('\n')) || c.agency.contains(QLatin1Char('\n')))
        return QStringLiteral("notes: one line (a CSV row holds it)");
    if (c.dutyPhone.isEmpty() && c.liaisonMobile.isEmpty() && c.deputyMobile.isEmpty() &&
        c.otherPhones.isEmpty())
        return QStringLiteral("duty_phone: required (or a liaison's, deputy's or other number): an entry "
                              "must have a number to call");
    return std::nullopt;
}

} // namespace

const QStringList &AgencyContact::slotNames()
{
    static const QStringList s{QStringLiteral("duty"), QStringLiteral("liaison"), QStringLiteral("deputy"),
                               QStringLiteral("other")};
    return s;
}

QList<DialNumber> AgencyContact::dialOrder() const
{
    QStringList order = callOrder;
    for (const QString &s : slotNames())
        if (!order.contains(s))
            order << s;
    QList<DialNumber> out;
    for (const QString &s : order) {
        if (s == QLatin1String("duty") && !dutyPhone.isEmpty())
            out << DialNumber{s, dutyPhone, QStringLiteral("值班室")};
        else if (s == QLatin1String("liaison") && !liaisonMobile.isEmpty())
            out << DialNumber{s, liaisonMobile, liaison};
        else if (s == QLatin1String("deputy") && !deputyMobile.isEmpty())
            out << DialNumber{s, deputyMobile, deputy};
        else if (s == QLatin1String("other"))
            for (const QString &n : otherPhones)
                out << DialNumber{s, n, QString()};
    }
    return out;
}

QJsonObject AgencyContact::toPayload() const
{
    QJsonObject p{{QStringLiteral("agency"), agency}};
    auto put = [&](const char *key, const QString &v) {
        if (!v.isEmpty())
            p.insert(QLatin1String(key), v);
    };
    put("duty_phone", dutyPhone);
    put("fax", fax);
    put("liaison", liaison);
    put("liaison_mobile", liaisonMobile);
    put("deputy", deputy);
    put("deputy_mobile", deputyMobile);
    put("notes", notes);
    if (!otherPhones.isEmpty())
        p.insert(QStringLiteral("other_phones"), QJsonArray::fromStringList(otherPhones));
    if (!callOrder.isEmpty())
        p.insert(QStringLiteral("call_order"), QJsonArray::fromStringList(callOrder));
    if (demo)
        p.insert(QStringLiteral("demo"), true);
    return p;
}

AgencyDirectory AgencyDirectory::fold(const QList<StoredEvent> &events)
{
    // A correction withdraws its target or puts its replacement in its place (as for units).
    AgencyDirectory d;
    QHash<QString, qsizetype> index;
    for (const EffectiveEvent &e : effectiveEvents(events)) {
        const QString &kind = e.kind;
        const QJsonObject &p = e.payload;
        const QString agency = p.value(QLatin1String("agency")).toString();
        if (kind == QLatin1String("contact_added")) {
            AgencyContact c;
            c.agency = agency;
            applyFields(c, p);
            if (const auto at = index.find(agency); at != index.end()) {
                d.m_contacts[at.value()] = c;
            } else {
                index.insert(agency, d.m_contacts.size());
                d.m_contacts << c;
            }
        } else if (kind == QLatin1String("contact_changed") && index.contains(agency)) {
            applyFields(d.m_contacts[index.value(agency)], p);
        }
    }
    return d;
}

const AgencyContact *AgencyDirectory::contact(const QString &agency) const
{
    for (const AgencyContact &c : m_contacts)
        if (c.agency == agency)
            return &c;
    return nullptr;
}

Result<QJsonObject> AgencyDirectory::addition(const AgencyContact &c) const
{
    using R = Result<QJsonObject>;
    if (const auto problem = checkContact(c))
        return R::failure(*problem);
    if (contact(c.agency))
        return R::failure(QStringLiteral("agency: %1 is already in the directory").arg(c.agency));
    return c.toPayload();
}

Result<std::optional<QJsonObject>> AgencyDirectory::change(const AgencyContact &changed) const
{
    using R = Result<std::optional<QJsonObject>>;
    const AgencyContact *now = contact(changed.agency);
    if (!now)
        return R::failure(QStringLiteral("agency: %1 is not in the directory").arg(changed.agency));
    if (const auto problem = checkContact(changed))
        return R::failure(*problem);
    QJsonObject p{{QStringLiteral("agency"), changed.agency}};
    auto diff = [&](const char *key, const QString &a, const QString &b) {
        if (a != b)
            p.insert(QLatin1String(key), b);
    };
    diff("duty_phone", now->dutyPhone, changed.dutyPhone);
    diff("fax", now->fax, changed.fax);
    diff("liaison", now->liaison, changed.liaison);
    diff("liaison_mobile", now->liaisonMobile, changed.liaisonMobile);
    diff("deputy", now->deputy, changed.deputy);
    diff("deputy_mobile", now->deputyMobile, changed.deputyMobile);
    diff("notes", now->notes, changed.notes);
    if (now->otherPhones != changed.otherPhones)
        p.insert(QStringLiteral("other_phones"), QJsonArray::fromStringList(changed.otherPhones));
    if (now->callOrder != changed.callOrder)
        p.insert(QStringLiteral("call_order"), QJsonArray::fromStringList(changed.callOrder));
    if (now->demo != changed.demo)
        p.insert(QStringLiteral("demo"), changed.demo);
    if (p.size() == 1)
        return R(std::nullopt);
    return R(std::optional<QJsonObject>(p));
}

QStringList AgencyDirectory::planAgencies(const PlanLibrary &library)
{
    QStringList out;
    for (const Plan &plan : library.plans())
        for (const Agency &a : plan.agencies)
            if (!out.contains(a.name))
                out << a.name;
    return out;
}

QString AgencyDirectory::membership(const PlanLibrary &library, const QString &agency)
{
    QStringList clauses;
    for (const Plan &plan : library.plans())
        for (const Agency &a : plan.agencies)
            if (a.name == agency)
                clauses << plan.shortRef + QLatin1Char(' ') + a.clause;
    return clauses.join(QStringLiteral("、"));
}

} // namespace cd
