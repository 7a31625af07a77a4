#pragma once

#include "core/Result.h"
#include "journal/Event.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace cd {

class Clock;
class PlanLibrary;

struct IncidentRow {
    qint64 id = 0;
    bool exercise = false;
};

// Result of checking the hash chain end to end.
struct ChainCheck {
    bool intact = true;
    qint64 events = 0;
    qint64 firstBadSeq = 0; // 0 when intact
    QString problem;
    QString headHash; // hash of the newest event, to be noted outside the database
};

// The append-only event store: one SQLite file, WAL, synchronous=FULL (an acknowledged append
// survives a power cut), foreign keys on, schema version in PRAGMA user_version, bound
// parameters only. Events are chained by SHA-256; the head of the chain is also kept in its own
// table, so removing the newest events is detected too.
//
// A file that cannot be read — damaged, another program's, written by a newer CommandDesk —
// is refused before anything is written to it: no creation, migration or "repair" over it.
class Journal {
public:
    struct Options {
        QString path;
        int busyTimeoutMs = 5000;
        bool readOnly = false;
        int maxPageCount = 0; // 0: unlimited; a cap, used to test the "disk full" path
    };
    static constexpr int SchemaVersion = 1;
    static constexpr qint32 ApplicationId = 0x43444B31; // "CDK1"

    static Result<std::unique_ptr<Journal>> open(const Options &options, const Clock &clock, const PlanLibrary &library);
    static QString defaultPath(); // <AppData>/commanddesk.sqlite
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    const QString &path() const { return m_options.path; }

    // Opens an incident with its `reported` event; returns the incident id.
    Result<qint64> createIncident(const QString &title, bool exercise, const QJsonObject &facts, const QDateTime &at,
                                  const EventAuthor &author);
    Result<qint64> append(const NewEvent &event); // returns the sequence number
    // Many events in one transaction (imports, drills): all or none.
    Result<QList<qint64>> appendBatch(const QList<NewEvent> &events);

    Result<QList<StoredEvent>> events(qint64 incidentId) const;
    // Every event of every incident, grouped by incident in id order: one scan at start-up
    // instead of a query per incident.
    Result<QList<QList<StoredEvent>>> eventsByIncident() const;
    Result<QList<IncidentRow>> incidents() const;
    Result<ChainCheck> verify() const;

private:
    Journal(Options options, const Clock &clock, const PlanLibrary &library);
    std::optional<QString> connect();
    std::optional<QString> migrate();
    Result<QList<qint64>> appendInTransaction(const QList<NewEvent> &events);
    QString fail(const QSqlError &error) const;
    std::optional<QString> checkAgainstJournal(const NewEvent &event, QHash<qint64, QJsonObject> &currentFacts) const;

    Options m_options;
    const Clock &m_clock;
    const PlanLibrary &m_library;
    QString m_connection;
};

} // namespace cd
