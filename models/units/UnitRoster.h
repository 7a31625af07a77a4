#pragma once

#include "core/Result.h"
#include "journal/Event.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

// A responding unit of a member agency (公安 patrol car, 120 ambulance, a county leader's car …).
struct Unit {
    QString id;       // stable key, e.g. LS-GA-01
    QString callsign; // as said on the radio: 丽公01
    QString agency;   // 市公安局 …
    QString kind;     // patrol_car, ambulance, leader_car …
    QString crew;
    QString phone;
    bool leader = false; // carries a responsible leader: its arrival meets 86号 3(2)
    bool demo = false;   // demo data, not a real roster
    bool retired = false;

    QString label() const { return callsign.isEmpty() ? id : callsign; }
    QJsonObject toPayload() const; // a unit_added payload
};

// The roster: a fold over the unit_* events of the centre's register (CentreRegisterId), so it
// has the journal's audit and replay. Builds the events that change it, checked against it.
class UnitRoster {
public:
    static UnitRoster fold(const QList<StoredEvent> &registerEvents);

    const QList<Unit> &all() const { return m_units; } // retired ones too, in order added
    QList<Unit> active() const;
    const Unit *unit(const QString &id) const;

    // The event that adds this unit, or why not (naming the field).
    Result<QJsonObject> addition(const Unit &unit) const;
    // The event that changes it to `changed` (only the fields that differ), nullopt if nothing does.
    Result<std::optional<QJsonObject>> change(const Unit &changed) const;
    Result<QJsonObject> retirement(const QString &id) const;

private:
    QList<Unit> m_units;
};

} // namespace cd
