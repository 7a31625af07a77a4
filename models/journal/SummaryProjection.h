#pragma once

#include "core/Result.h"
#include "journal/Event.h"
#include "journal/IncidentSummary.h"

#include <QList>
#include <QString>

#include <functional>

namespace cd {

class JournalStore;
class PlanLibrary;

// The summary projection: one IncidentSummary per incident, kept in the journal's own
// database (SQLite or PostgreSQL, the same two tables) so that start-up and `incident list`
// read 100k incidents instead of folding them. It is derived data: never signed, never
// trusted over the events. A row says which event it covers; the state row says up to which
// sequence number the whole table is complete and from which plans it was graded. On load:
//   - table missing, other plans or format, or covering past the chain head (a replaced
//     file): rebuilt from every incident's events;
//   - behind the head (appends since, also by an older program that knows no projection):
//     only the incidents with newer events are refolded;
//   - otherwise read as it is.
// What was refolded is written back in one transaction; where the database refuses writes
// (an evidence copy opened immutable, a login without the right) the summaries are still
// returned, computed in memory.
class SummaryProjection {
public:
    // Folds one incident's events (all of them, in order) the way the caller shows it.
    using Fold = std::function<IncidentState(const QList<StoredEvent> &)>;
    struct Loaded {
        QList<IncidentSummary> summaries; // in id order
        // Incidents whose first event is not their `reported`: a journal someone removed
        // events from. They have no summary.
        QList<qint64> withoutReport;
        qint64 coveredSeq = 0;
        bool rebuilt = false;  // every incident was folded
        int refolded = 0;      // incidents folded (all of them when rebuilt)
        QString notSaved;      // why the projection could not be written back, if it was not
    };
    static Result<Loaded> load(const JournalStore &store, const QString &inputsKey, const Fold &fold);

    // What the summaries depend on besides the events: this code's format and the plans'
    // texts (a changed plan grades differently). Stored with the projection; a mismatch
    // rebuilds it.
    static QString inputsKey(const PlanLibrary &library);
    // The statements creating the two tables (both dialects). PostgreSQL's `db init` may run
    // them with grants for the writer role; otherwise they are created on first use.
    static QStringList schema();
    // Bumped whenever IncidentSummary or its columns change meaning.
    static constexpr int Format = 1;
};

} // namespace cd
