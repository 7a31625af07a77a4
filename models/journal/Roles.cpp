#include "journal/Roles.h"

#include "journal/EventKinds.h"

#include <QCoreApplication>

namespace cd::Roles {
namespace {

// Kinds that change the response itself, by the lowest role that may record them. Everything
// else an operator records (facts, milestones, notes, duties, reports sent, a signed-off report
// issued) is a duty operator's work. Roles are cumulative: operator < shift leader < commander.
bool leaderKind(const QString &kind)
{
    return kind == QLatin1String("level_declared") || kind == QLatin1String("level_changed") ||
           kind == QLatin1String("report_signed_off") ||
           // The roster is standing data every dispatch relies on: kept by the shift leader.
           kind == QLatin1String("unit_added") || kind == QLatin1String("unit_changed") ||
           kind == QLatin1String("unit_retired") ||
           // So is the duty roster (issue 17): 带班领导 draws up who is on duty.
           kind == QLatin1String("shift_scheduled") || kind == QLatin1String("shift_cancelled");
}
bool commanderKind(const QString &kind)
{
    return kind == QLatin1String("plan_activated") || kind == QLatin1String("response_ended") ||
           kind == QLatin1String("closed");
}

} // namespace

const QList<Role> &all()
{
    static const QList<Role> roles = {Role::DutyOperator, Role::ShiftLeader, Role::Commander,
                                      Role::Liaison,      Role::Observer,    Role::Admin};
    return roles;
}

QString id(Role role)
{
    switch (role) {
    case Role::DutyOperator: return QStringLiteral("duty_operator");
    case Role::ShiftLeader: return QStringLiteral("shift_leader");
    case Role::Commander: return QStringLiteral("commander");
    case Role::Liaison: return QStringLiteral("liaison");
    case Role::Observer: return QStringLiteral("observer");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

QString label(Role role)
{
    switch (role) {
    case Role::DutyOperator: return QCoreApplication::translate("cd::Roles", "duty operator");
    case Role::ShiftLeader: return QCoreApplication::translate("cd::Roles", "shift leader");
    case Role::Commander: return QCoreApplication::translate("cd::Roles", "commander");
    case Role::Liaison: return QCoreApplication::translate("cd::Roles", "agency liaison");
    case Role::Observer: return QCoreApplication::translate("cd::Roles", "observer");
    case Role::Admin: return QCoreApplication::translate("cd::Roles", "administrator");
    }
    return {};
}

std::optional<Role> fromId(const QString &text)
{
    for (Role r : all())
        if (id(r) == text)
            return r;
    return std::nullopt;
}

bool isAgencyBound(const QString &kind)
{
    // A call about a duty (issue 17) is bound like the acknowledgement it may carry.
    return kind == QLatin1String("duty_acknowledged") || kind == QLatin1String("duty_done") || kind == QLatin1String("agency_called");
}

bool mayRecord(Role role, const QString &kind)
{
    switch (role) {
    case Role::Observer:
    case Role::Admin: // manages accounts, records nothing in incidents
        return false;
    case Role::Liaison:
        return isAgencyBound(kind) || kind == QLatin1String("note");
    case Role::DutyOperator:
        return !leaderKind(kind) && !commanderKind(kind);
    case Role::ShiftLeader:
        return !commanderKind(kind);
    case Role::Commander:
        return true;
    }
    return false;
}

QStringList rolesFor(const QString &kind)
{
    QStringList out;
    for (Role r : all())
        if (mayRecord(r, kind))
            out << id(r);
    return out;
}

} // namespace cd::Roles
