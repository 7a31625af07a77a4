#pragma once

#include "journal/Event.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

// The duty office's kinds of the centre's register (issue 17): shift_scheduled and
// shift_cancelled (the roster), handover (交接班). EventKinds asks here for their payloads.
namespace DutyKinds {

bool handles(const QString &kind);
// The problem with this payload, naming the field; nullopt when fine.
std::optional<QString> validate(const QString &kind, const QJsonObject &payload);

// An event as it stands after corrections: a withdrawn one is left out, a replaced one
// carries its replacement's kind and payload (the roster and the duty log read these).
struct Effective {
    QString kind;
    QJsonObject payload;
    const StoredEvent *event = nullptr; // the original, for its time, seq and signer
};
QList<Effective> effective(const QList<StoredEvent> &events);

// The key of a note addressed to the next shift (a `note` with "next_shift": true, in an
// incident or in the centre's register): listed at the next handover.
inline constexpr const char *NextShiftField = "next_shift";

} // namespace DutyKinds
} // namespace cd
