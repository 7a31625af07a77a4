#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cd {

class PlanLibrary;

// A register kept elsewhere, brought into the journal: JSON lines, one event each, in the
// shape `incident show` prints events:
//   {"incident": "<external key>", "kind": …, "event_time": …, "actor": …, "payload": {…}}
// An incident's first line is `reported` with {"facts": {…}, "title": …, "exercise": …}.
// Everything is checked here, naming the line and the field, before anything is written.
struct ImportedEvent {
    int line = 0;          // 1-based, for messages
    QString incidentKey;   // the other register's key; the journal gives its own numbers
    QString kind;
    QDateTime eventTime;   // UTC
    QString actor;         // who recorded it there (kept in the payload; the journal signs the import)
    QJsonObject payload;
};

class ImportFile {
public:
    // Marks every imported event's payload: shown as 导入, never judged as a late entry.
    static constexpr const char *SourceField = "source";
    static constexpr const char *SourceImport = "import";
    static constexpr const char *ActorField = "imported_actor";

    static Result<QList<ImportedEvent>> parse(const QByteArray &jsonLines, const PlanLibrary &library);
    static Result<QList<ImportedEvent>> parse(QIODevice &jsonLines, const PlanLibrary &library); // read line by line
};

} // namespace cd
