#pragma once

#include "journal/Event.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cd {

// An event as it stands after corrections: a withdrawn one is left out, a replaced one carries
// its replacement's kind and payload. The registers (units, directory, shift roster) and the
// duty log read events this way; the incident fold has its own, richer handling.
struct EffectiveEvent {
    QString kind;
    QJsonObject payload;
    const StoredEvent *event = nullptr; // the original, for its time, seq and signer
};
QList<EffectiveEvent> effectiveEvents(const QList<StoredEvent> &events);

} // namespace cd
