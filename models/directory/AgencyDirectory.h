#pragma once

#include "core/Result.h"
#include "journal/Event.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cd {

class PlanLibrary;

// One number to dial for an agency, in the order the directory says to try them.
struct DialNumber {
    QString slot; // duty / liaison / deputy / other
    QString number;
    QString whom; // who answers it: the liaison's name, "值班室" …
};

// A member agency's entry in the duty office's directory (通讯录). The agency is the key and
// is spelt as the plans spell it, so a duty row finds its entry by name.
struct AgencyContact {
    QString agency;
    QString dutyPhone; // 值班电话
    QString fax;       // 传真 (never dialled)
    QString liaison;   // 联络员
    QString liaisonMobile;
    QString deputy; // 副联络员 (the liaison's stand-in)
    QString deputyMobile;
    QStringList otherPhones; // further numbers (值班备用、单位总机 …)
    QStringList callOrder;   // slots in the order to try: duty, liaison, deputy, other; empty: that order
    QString notes;
    bool demo = false; // fictitious demo data, not a real directory

    static const QStringList &slotNames(); // duty, liaison, deputy, other
    // The numbers to try, first to last, by callOrder (a slot with no number is skipped; slots
    // the order leaves out come after it, in the default order, so no number is ever hidden).
    QList<DialNumber> dialOrder() const;
    QJsonObject toPayload() const; // a contact_added payload
};

// The directory: a fold over the contact_* events of the centre's register (CentreRegisterId),
// like the unit roster, so every change is attributable and replayable. Builds the events that
// change it, checked against it.
class AgencyDirectory {
public:
    static AgencyDirectory fold(const QList<StoredEvent> &registerEvents);

    const QList<AgencyContact> &all() const { return m_contacts; } // in order added
    const AgencyContact *contact(const QString &agency) const;

    // The event that adds this agency, or why not (naming the field).
    Result<QJsonObject> addition(const AgencyContact &contact) const;
    // The event that changes it to `changed` (only the fields that differ), nullopt if nothing does.
    Result<std::optional<QJsonObject>> change(const AgencyContact &changed) const;

    // Every member agency the plans name, each once, in plan order (85号, 86号 … as loaded).
    static QStringList planAgencies(const PlanLibrary &library);
    // The clauses that make `agency` a member, e.g. "85号 3.1.4(18)、86号 2.2(3)".
    static QString membership(const PlanLibrary &library, const QString &agency);

private:
    QList<AgencyContact> m_contacts;
};

} // namespace cd
