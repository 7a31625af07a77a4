#include "items/ConfirmPolicy.h"

#include "journal/Event.h"
#include "journal/EventKinds.h"

#include <QJsonDocument>

namespace cd::ConfirmPolicy {

bool needsConfirmation(const QString &kind, const QJsonObject &payload)
{
    if (kind == QLatin1String("response_ended") || kind == QLatin1String("closed") || kind == QLatin1String("level_declared") ||
        kind == QLatin1String("level_changed"))
        return true;
    return kind == QLatin1String("report_sent") && payload.value(QLatin1String("to")).toString() == QLatin1String("province");
}

QString describe(const QString &kind, const QJsonObject &payload, const PlanLibrary &library)
{
    StoredEvent e; // not stored: the same words the timeline will use
    e.kind = kind;
    e.payloadText = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const QString details = EventKinds::describe(e, library);
    return details.isEmpty() ? EventKinds::label(kind) : EventKinds::label(kind) + QStringLiteral(":") + details;
}

} // namespace cd::ConfirmPolicy
