#include "journal/EffectiveEvents.h"

#include <QHash>

#include <optional>

namespace cd {

QList<EffectiveEvent> effectiveEvents(const QList<StoredEvent> &events)
{
    // seq of the corrected event → its replacement (kind, payload), or nothing: withdrawn.
    QHash<qint64, std::optional<EffectiveEvent>> corrected;
    for (const StoredEvent &e : events) {
        if (e.kind != QLatin1String("correction"))
            continue;
        const QJsonObject p = e.payload();
        std::optional<EffectiveEvent> replacement;
        if (p.contains(QLatin1String("replacement"))) {
            const QJsonObject o = p.value(QLatin1String("replacement")).toObject();
            replacement = EffectiveEvent{o.value(QLatin1String("kind")).toString(), o.value(QLatin1String("payload")).toObject(), nullptr};
        }
        corrected.insert(p.value(QLatin1String("corrects")).toInteger(), replacement);
    }
    QList<EffectiveEvent> out;
    out.reserve(events.size());
    for (const StoredEvent &e : events) {
        if (e.kind == QLatin1String("correction"))
            continue;
        if (const auto c = corrected.constFind(e.seq); c != corrected.constEnd()) {
            if (c->has_value())
                out << EffectiveEvent{(*c)->kind, (*c)->payload, &e};
            continue;
        }
        out << EffectiveEvent{e.kind, e.payload(), &e};
    }
    return out;
}

} // namespace cd
