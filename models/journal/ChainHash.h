#pragma once

#include "journal/Event.h"

#include <QString>

namespace cd::ChainHash {

// The hash of the first event's predecessor.
QString genesis();
// SHA-256 (hex) over every stored field of the event except `hash`, each length-prefixed so
// that no two different events share an input, chained to the previous event's hash.
QString of(const StoredEvent &event);
// The canonical text a payload is stored and hashed as.
QByteArray canonicalPayload(const QJsonObject &payload);
// Stored time format: UTC with milliseconds, sortable as text.
QString timeText(const QDateTime &t);
QDateTime parseTimeText(const QString &text);

} // namespace cd::ChainHash
