#include "journal/ImportFile.h"

#include "journal/EventKinds.h"
#include "time/ShanghaiTime.h"

#include <QBuffer>
#include <QFileDevice>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>

namespace cd {

Result<QList<ImportedEvent>> ImportFile::parse(const QByteArray &jsonLines, const PlanLibrary &library)
{
    QBuffer buffer;
    buffer.setData(jsonLines);
    buffer.open(QIODevice::ReadOnly);
    return parse(buffer, library);
}

Result<QList<ImportedEvent>> ImportFile::parse(QIODevice &input, const PlanLibrary &library)
{
    using R = Result<QList<ImportedEvent>>;
    QList<ImportedEvent> out;
    QHash<QString, int> openedAt; // incident key -> line of its `reported`
    // Line by line: years of a register are hundreds of megabytes, and neither the whole file
    // nor a list of its lines is kept beside the events parsed from it.
    int lineNo = 0;
    while (!input.atEnd()) {
        ++lineNo;
        const QByteArray text = input.readLine().trimmed();
        if (text.isEmpty())
            continue; // blank lines (and the file's last newline) carry nothing
        auto problem = [lineNo](const QString &what) { return R::failure(QStringLiteral("line %1: %2").arg(lineNo).arg(what)); };
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError)
            return problem(QStringLiteral("not JSON (%1 at character %2)").arg(error.errorString()).arg(error.offset + 1));
        if (!doc.isObject())
            return problem(QStringLiteral("must be a JSON object, one event per line"));
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!QStringList{QStringLiteral("incident"), QStringLiteral("kind"), QStringLiteral("event_time"), QStringLiteral("actor"),
                             QStringLiteral("payload")}
                     .contains(it.key()))
                return problem(QStringLiteral("%1: unknown field (known: incident, kind, event_time, actor, payload)").arg(it.key()));
        ImportedEvent e;
        e.line = lineNo;
        const QJsonValue key = o.value(QLatin1String("incident"));
        if (key.isDouble())
            e.incidentKey = QString::number(key.toInteger());
        else
            e.incidentKey = key.toString().trimmed();
        if (e.incidentKey.isEmpty())
            return problem(QStringLiteral("incident: required (the incident's key in the other register)"));
        e.kind = o.value(QLatin1String("kind")).toString();
        if (e.kind.isEmpty())
            return problem(QStringLiteral("kind: required"));
        const QString when = o.value(QLatin1String("event_time")).toString();
        const QDateTime t = parseIsoWithOffset(when);
        if (!t.isValid())
            return problem(QStringLiteral("event_time: must be an ISO 8601 time with its offset, e.g. 2024-05-01T09:30:00+08:00"));
        e.eventTime = t.toUTC();
        if (e.eventTime.date().year() < 1970)
            return problem(QStringLiteral("event_time: %1 is before 1970").arg(when));
        if (o.contains(QLatin1String("actor")) && !o.value(QLatin1String("actor")).isString())
            return problem(QStringLiteral("actor: must be text"));
        e.actor = o.value(QLatin1String("actor")).toString().trimmed();
        if (o.contains(QLatin1String("payload")) && !o.value(QLatin1String("payload")).isObject())
            return problem(QStringLiteral("payload: must be a JSON object"));
        e.payload = o.value(QLatin1String("payload")).toObject();
        for (const char *reserved : {SourceField, ActorField})
            if (e.payload.contains(QLatin1String(reserved)))
                return problem(QStringLiteral("payload.%1: set by the import, not by the file").arg(QLatin1String(reserved)));

        const bool opens = e.kind == QLatin1String("reported");
        const auto opened = openedAt.constFind(e.incidentKey);
        if (opens && opened != openedAt.cend())
            return problem(QStringLiteral("incident \"%1\": reported again (first on line %2); an incident is opened once")
                               .arg(e.incidentKey)
                               .arg(*opened));
        if (!opens && opened == openedAt.cend())
            return problem(QStringLiteral("incident \"%1\": its first line must be kind \"reported\" (with facts, title, exercise)")
                               .arg(e.incidentKey));
        if (e.kind == QLatin1String("correction"))
            return problem(QStringLiteral("kind: correction refers to journal sequence numbers, which the other register does not "
                                          "have; import the corrected event instead"));
        if (opens) {
            if (!e.payload.value(QLatin1String("facts")).isObject())
                return problem(QStringLiteral("payload.facts: required for reported (a JSON object)"));
            if (!e.payload.value(QLatin1String("title")).isString() || e.payload.value(QLatin1String("title")).toString().trimmed().isEmpty())
                return problem(QStringLiteral("payload.title: required for reported (text)"));
            if (e.payload.contains(QLatin1String("exercise")) && !e.payload.value(QLatin1String("exercise")).isBool())
                return problem(QStringLiteral("payload.exercise: must be true or false"));
            e.payload.insert(QStringLiteral("exercise"), e.payload.value(QLatin1String("exercise")).toBool());
            openedAt.insert(e.incidentKey, lineNo);
        }
        if (auto invalid = EventKinds::validate(e.kind, e.payload, library))
            return problem(*invalid);
        out << e;
    }
    if (const auto *file = qobject_cast<const QFileDevice *>(&input); file && file->error() != QFileDevice::NoError)
        return R::failure(QStringLiteral("line %1: cannot be read: %2").arg(lineNo).arg(file->errorString()));
    if (out.isEmpty())
        return R::failure(QStringLiteral("no events: the file is empty"));
    return out;
}

} // namespace cd
