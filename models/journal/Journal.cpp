#include "journal/Journal.h"

#include "journal/ChainHash.h"
#include "journal/EntryTimeRule.h"
#include "journal/EventKinds.h"
#include "journal/ImportFile.h"
#include "journal/IncidentState.h"
#include "journal/PostgresJournalStore.h"
#include "journal/SqliteJournalStore.h"
#include "plan/FactsParser.h"
#include "time/Clock.h"
#include "time/WorkCalendar.h"

#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QSysInfo>

#include <algorithm>

namespace cd {

static_assert(Journal::SchemaVersion == SqliteJournalStore::SchemaVersion);

QString Journal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/commanddesk.sqlite");
}

Journal::Journal(std::unique_ptr<JournalStore> store, const Clock &clock, const PlanLibrary &library, QString workstation)
    : m_store(std::move(store))
    , m_clock(clock)
    , m_library(library)
    , m_display(m_store->location().display())
    , m_workstation(workstation.isEmpty() ? QSysInfo::machineHostName() : std::move(workstation))
{
}

Journal::~Journal() = default;

Result<std::unique_ptr<JournalStore>> Journal::openStore(const Options &options)
{
    using R = Result<std::unique_ptr<JournalStore>>;
    const auto location = StoreLocation::parse(options.path);
    if (!location)
        return R::failure(location.error());
    if (location->isPostgres()) {
        StoreLocation where = location.value();
        if (!options.user.isEmpty())
            where.user = options.user;
        auto pg = PostgresJournalStore::open({where, options.password, 5, std::chrono::milliseconds(options.answerTimeoutMs)});
        if (!pg)
            return R::failure(pg.error());
        return R(std::move(pg).value());
    }
    SqliteJournalStore::Options o;
    o.path = location->path;
    o.busyTimeoutMs = options.busyTimeoutMs;
    o.readOnly = options.readOnly;
    o.initialise = options.initialise;
    o.maxPageCount = options.maxPageCount;
    auto file = SqliteJournalStore::open(o);
    if (!file)
        return R::failure(file.error());
    return R(std::move(file).value());
}

Result<std::unique_ptr<Journal>> Journal::open(const Options &options, const Clock &clock, const PlanLibrary &library)
{
    using R = Result<std::unique_ptr<Journal>>;
    auto opened = openStore(options);
    if (!opened)
        return R::failure(opened.error());
    std::unique_ptr<JournalStore> store = std::move(opened).value();
    std::unique_ptr<Journal> journal(new Journal(std::move(store), clock, library, options.workstation));
    if (auto problem = journal->loadAccountState())
        return R::failure(*problem);
    return R(std::move(journal));
}

std::optional<QString> Journal::loadAccountState()
{
    if (const auto login = m_store->sessionLogin()) {
        const auto account = m_store->account(*login);
        if (!account)
            return account.error();
        // A login without an account reads what its grants allow and records nothing.
        m_account = account->value_or(Account{*login, *login, Role::Observer, {}, true});
        return std::nullopt;
    }
    const auto accounts = m_store->accounts();
    if (!accounts || accounts->isEmpty()) {
        // A single desk: the OS user signs, with every right. (An older file opened read-only
        // has no accounts table: the same.)
        m_deskMode = true;
        const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("operator")));
        m_account = Account{user, user, Role::Commander, {}, false};
        return std::nullopt;
    }
    m_needsSignIn = true;
    m_account = Account{};
    return std::nullopt;
}

std::optional<QString> Journal::signIn(const QString &login, const QString &password)
{
    if (isShared()) {
        StoreLocation asUser = location();
        asUser.user = login;
        auto pg = PostgresJournalStore::open({asUser, password});
        if (!pg)
            return pg.error();
        m_store = std::move(pg).value();
        m_display = m_store->location().display();
        m_needsSignIn = false;
        return loadAccountState();
    }
    const auto account = m_store->account(login);
    if (!account)
        return account.error();
    const auto matches = m_store->checkPassword(login, password);
    if (!account->has_value() || !matches || !matches.value())
        return QStringLiteral("sign-in failed: unknown account or wrong password");
    if (account->value().disabled)
        return QStringLiteral("the account %1 is disabled; an administrator can enable it").arg(login);
    m_account = account->value();
    m_needsSignIn = false;
    m_deskMode = false;
    return std::nullopt;
}

std::optional<QString> Journal::useAccount(const QString &login)
{
    if (isShared()) {
        // The database login is the account: --user chose it when connecting.
        if (m_account.login != login)
            return QStringLiteral("--user %1: this connection is signed in as %2").arg(login, m_account.login);
        return std::nullopt;
    }
    if (m_deskMode)
        return QStringLiteral("--user %1: %2 has no operator accounts yet (add one with `commanddesk-cli user add`)")
            .arg(login, m_display);
    const auto account = m_store->account(login);
    if (!account)
        return account.error();
    if (!account->has_value())
        return QStringLiteral("--user %1: no such account in %2").arg(login, m_display);
    if (account->value().disabled)
        return QStringLiteral("--user %1: the account is disabled").arg(login);
    m_account = account->value();
    m_needsSignIn = false;
    return std::nullopt;
}

std::optional<QString> Journal::refusal(const QString &kind, const QJsonObject &payload) const
{
    if (m_needsSignIn)
        return QStringLiteral("%1 has operator accounts: sign in first (--user NAME or COMMANDDESK_USER)").arg(m_display);
    if (m_account.disabled)
        return QStringLiteral("the account %1 is disabled or has no CommandDesk account").arg(m_account.login);
    if (!Roles::mayRecord(m_account.role, kind))
        return QStringLiteral("%1 has the role %2 (%3) and may not record %4 (%5); needed: %6")
            .arg(m_account.login, Roles::id(m_account.role), Roles::label(m_account.role), kind, EventKinds::label(kind),
                 Roles::rolesFor(kind).join(QStringLiteral(", ")));
    if (m_account.role == Role::Liaison && Roles::isAgencyBound(kind) &&
        payload.value(QLatin1String("agency")).toString() != m_account.agency)
        return QStringLiteral("%1 is the liaison of %2 and may not record duties of %3")
            .arg(m_account.login, m_account.agency, payload.value(QLatin1String("agency")).toString());
    return std::nullopt;
}

template <typename T> Result<T> Journal::refused(const QString &message)
{
    m_lastFailure = StoreFailure::Refused;
    return Result<T>::failure(message + QStringLiteral(". Nothing was written."));
}

template <typename T> std::optional<Result<T>> Journal::heldOffline()
{
    if (!m_unreachable)
        return std::nullopt;
    m_lastFailure = StoreFailure::Offline;
    return Result<T>::failure(unreachableText());
}

QString Journal::unreachableText() const
{
    return PostgresJournalStore::offlineMessage(m_store->location().display(), m_unreachable.value_or(QString()));
}

Result<QList<StoredEvent>> Journal::events(qint64 incidentId, qint64 afterSeq) const
{
    using R = Result<QList<StoredEvent>>;
    if (m_unreachable)
        return R::failure(unreachableText());
    // On a desk's UI thread (a selected incident, a report, the duty log): never longer than
    // the answer timeout, however the server behaves.
    const auto deadline = m_boundReads ? m_store->readDeadline() : nullptr;
    auto events = m_store->events(incidentId, afterSeq);
    if (!events && deadline && deadline->expired())
        return R::failure(m_store->unansweredRead());
    return events;
}

Result<qint64> Journal::createIncident(const QString &title, bool exercise, const QJsonObject &facts, const QDateTime &at,
                                       const EventAuthor &)
{
    using R = Result<qint64>;
    m_lastFailure = StoreFailure::None;
    if (auto offline = heldOffline<qint64>())
        return *offline;
    const QJsonObject payload{{QStringLiteral("title"), title}, {QStringLiteral("exercise"), exercise}, {QStringLiteral("facts"), facts}};
    if (auto problem = EventKinds::validate(QStringLiteral("reported"), payload, m_library))
        return R::failure(*problem);
    if (auto problem = refusal(QStringLiteral("reported"), payload))
        return refused<qint64>(*problem);
    if (auto e = m_store->begin()) {
        m_lastFailure = m_store->lastFailure();
        return R::failure(*e);
    }
    const auto id = m_store->insertIncident(exercise);
    if (!id) {
        m_lastFailure = m_store->lastFailure();
        m_store->rollback();
        return id;
    }
    // An exercise incident is opened at its drill time (the caller's `at`).
    const auto seqs = appendInTransaction({NewEvent{id.value(), QStringLiteral("reported"), payload, at, {}, exercise ? at : QDateTime()}});
    if (!seqs) {
        m_store->rollback();
        m_newlyKnown.clear();
        return R::failure(seqs.error());
    }
    if (auto e = m_store->commit()) {
        m_lastFailure = m_store->lastFailure();
        m_store->rollback();
        m_newlyKnown.clear();
        return R::failure(*e);
    }
    m_knownIncidents.insert(m_newlyKnown);
    m_newlyKnown.clear();
    return id.value();
}

Result<Journal::ImportSummary> Journal::importEvents(QList<ImportedEvent> imported)
{
    using R = Result<ImportSummary>;
    m_lastFailure = StoreFailure::None;
    if (auto offline = heldOffline<ImportSummary>())
        return *offline;
    for (const auto &e : imported)
        if (auto problem = refusal(e.kind, e.payload))
            return refused<ImportSummary>(QStringLiteral("line %1: %2").arg(e.line).arg(*problem));
    if (auto e = m_store->begin()) {
        m_lastFailure = m_store->lastFailure();
        return R::failure(*e);
    }
    auto abandon = [this](const QString &problem) {
        m_store->rollback();
        m_newlyKnown.clear();
        m_factsCache.clear();
        return R::failure(problem + (problem.endsWith(QLatin1Char('.')) ? QStringLiteral(" ") : QStringLiteral(". ")) +
                         QStringLiteral("Nothing was imported."));
    };
    // The journal numbers the incidents, in the order the file opens them.
    QHash<QString, qint64> ids;
    for (const auto &e : imported) {
        if (e.kind != QLatin1String("reported"))
            continue;
        const auto id = m_store->insertIncident(e.payload.value(QLatin1String("exercise")).toBool());
        if (!id) {
            m_lastFailure = m_store->lastFailure();
            return abandon(id.error());
        }
        ids.insert(e.incidentKey, id.value());
    }
    // Appended in chunks within the one transaction, each chunk's payloads moved out of the
    // parsed file and freed once written: at 1M events, holding every event a second time as
    // a NewEvent (with its payload grown by the import marks) was 0.4 GB of the peak.
    constexpr qsizetype Chunk = 10000;
    const QDateTime entry = m_clock.now(); // one import, one entry time, however many chunks
    qint64 firstSeq = 0, lastSeq = 0;
    for (qsizetype from = 0; from < imported.size(); from += Chunk) {
        const qsizetype to = std::min(imported.size(), from + Chunk);
        QList<NewEvent> events;
        events.reserve(to - from);
        for (qsizetype i = from; i < to; ++i) {
            ImportedEvent &e = imported[i];
            QJsonObject payload = std::move(e.payload);
            payload.insert(QLatin1String(ImportFile::SourceField), QLatin1String(ImportFile::SourceImport));
            if (!e.actor.isEmpty())
                payload.insert(QLatin1String(ImportFile::ActorField), e.actor);
            events << NewEvent{ids.value(e.incidentKey), e.kind, std::move(payload), e.eventTime, {}};
        }
        const auto seqs = appendInTransaction(events, entry);
        if (!seqs) {
            // "event 12 of 40: …" (of this chunk) → the file's line.
            static const QRegularExpression eventOf(QStringLiteral("^event (\\d+) of \\d+: "));
            QString message = seqs.error();
            if (const auto m = eventOf.match(message); m.hasMatch())
                message = QStringLiteral("line %1: ").arg(imported.value(from + m.captured(1).toInt() - 1).line) + message.mid(m.capturedLength());
            else if (to - from == 1 && m_lastFailure == StoreFailure::None) // the event refused, said without "event 1 of 1"
                message = QStringLiteral("line %1: ").arg(imported.value(from).line) + message;
            return abandon(message);
        }
        if (!seqs->isEmpty()) {
            if (firstSeq == 0)
                firstSeq = seqs->first();
            lastSeq = seqs->last();
        }
    }
    if (auto e = m_store->commit()) {
        m_lastFailure = m_store->lastFailure();
        if (e->contains(PostgresJournalStore::UnknownOutcomeMarker)) {
            // Cut off at the commit: the server may have imported it all. "Nothing was
            // imported" could make someone import it twice.
            m_newlyKnown.clear();
            m_factsCache.clear();
            return R::failure(*e);
        }
        return abandon(*e);
    }
    m_knownIncidents.insert(m_newlyKnown);
    m_newlyKnown.clear();
    return ImportSummary{int(ids.size()), int(imported.size()), firstSeq, lastSeq};
}

Result<qint64> Journal::append(const NewEvent &event)
{
    if (event.kind == QLatin1String("reported"))
        return Result<qint64>::failure(QStringLiteral("kind: \"reported\" opens an incident; use incident new"));
    auto seqs = appendBatch({event});
    if (!seqs)
        return Result<qint64>::failure(seqs.error());
    return seqs->front();
}

Result<QList<qint64>> Journal::appendBatch(const QList<NewEvent> &events)
{
    using R = Result<QList<qint64>>;
    m_lastFailure = StoreFailure::None;
    if (auto offline = heldOffline<QList<qint64>>())
        return *offline;
    for (qsizetype i = 0; i < events.size(); ++i)
        if (events.at(i).kind == QLatin1String("reported"))
            return R::failure(QStringLiteral("event %1 of %2: kind: \"reported\" opens an incident; use incident new").arg(i + 1).arg(events.size()));
    // One event on a server that links the chain: one statement, no transaction around it,
    // so the chain head is held only while the server appends (README, "one linear chain").
    if (events.size() == 1 && m_store->appendsOneByOne()) {
        auto seqs = appendInTransaction(events);
        if (seqs) {
            if (auto e = m_store->makeDurable()) {
                m_lastFailure = m_store->lastFailure();
                return R::failure(*e);
            }
            m_knownIncidents.insert(m_newlyKnown);
        }
        m_newlyKnown.clear();
        return seqs;
    }
    if (auto e = m_store->begin()) {
        m_lastFailure = m_store->lastFailure();
        return R::failure(*e);
    }
    auto seqs = appendInTransaction(events);
    if (!seqs) {
        m_store->rollback();
        m_newlyKnown.clear();
        m_factsCache.clear(); // it may have read events of the batch rolled back
        return seqs;
    }
    if (auto e = m_store->commit()) {
        m_lastFailure = m_store->lastFailure();
        m_store->rollback();
        m_newlyKnown.clear();
        m_factsCache.clear();
        return R::failure(*e);
    }
    // Incidents are never removed: one that existed at a commit exists from then on.
    m_knownIncidents.insert(m_newlyKnown);
    m_newlyKnown.clear();
    return seqs;
}

Result<QList<qint64>> Journal::appendInTransaction(const QList<NewEvent> &events, const QDateTime &enteredAt)
{
    using R = Result<QList<qint64>>;
    const bool many = events.size() > 1;
    auto problemAt = [&](qsizetype i, const QString &problem) {
        return R::failure(many ? QStringLiteral("event %1 of %2: %3").arg(i + 1).arg(events.size()).arg(problem) : problem);
    };
    QHash<qint64, QJsonObject> currentFacts; // per incident, as merged so far in this batch
    const QDateTime entry = enteredAt.isValid() ? enteredAt : m_clock.now();
    const QString actor = m_account.actorText();
    QList<qint64> seqs;
    seqs.reserve(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        NewEvent event = events.at(i); // EntryTimeRule may stamp the entry delay into its payload
        if (auto problem = EventKinds::validate(event.kind, event.payload, m_library))
            return problemAt(i, *problem);
        if (!event.at.isValid())
            return problemAt(i, QStringLiteral("at: the event time is missing"));
        const QDateTime at = event.at.toUTC();
        if (at.date().year() < 1970 || at.date().year() > 9999)
            return problemAt(i, QStringLiteral("at: %1 is not a plausible event time").arg(ChainHash::timeText(at)));
        if (auto problem = EventKinds::checkScope(event.kind, event.incidentId))
            return problemAt(i, *problem);
        if (event.kind == QLatin1String("correction"))
            if (const QString rkind = event.payload.value(QLatin1String("replacement")).toObject().value(QLatin1String("kind")).toString();
                !rkind.isEmpty())
                if (auto problem = EventKinds::checkScope(rkind, event.incidentId))
                    return problemAt(i, QStringLiteral("payload.replacement.") + *problem);
        if (auto problem = refusal(event.kind, event.payload)) {
            m_lastFailure = StoreFailure::Refused;
            return problemAt(i, *problem + QStringLiteral(". Nothing was written."));
        }
        if (!m_knownIncidents.contains(event.incidentId) && !m_newlyKnown.contains(event.incidentId)) {
            const auto exercise = m_store->incidentIsExercise(event.incidentId);
            if (!exercise) {
                m_lastFailure = m_store->lastFailure();
                return R::failure(exercise.error());
            }
            if (!exercise->has_value() && event.incidentId == CentreRegisterId)
                return problemAt(i, QStringLiteral("%1 has no centre register (journal schema older than %2): open it "
                                                   "once with write access to upgrade it").arg(m_display).arg(SchemaVersion));
            if (!exercise->has_value())
                return problemAt(i, QStringLiteral("id: no incident %1 in %2").arg(event.incidentId).arg(m_display));
            m_newlyKnown.insert(event.incidentId, exercise->value());
        }
        const bool exercise = m_knownIncidents.contains(event.incidentId) ? m_knownIncidents.value(event.incidentId)
                                                                          : m_newlyKnown.value(event.incidentId);
        if (auto problem = EventKinds::checkWorld(event.kind, event.payload, exercise))
            return problemAt(i, *problem);
        if (auto problem = EntryTimeRule::apply(event, entry))
            return problemAt(i, *problem);
        if (auto problem = checkAgainstJournal(event, currentFacts); problem)
            return problemAt(i, *problem);
        const PendingEvent pending{event.incidentId, event.kind, ChainHash::canonicalPayload(event.payload),
                                   ChainHash::timeText(at), m_workstation};
        const auto stored = m_store->appendEvent(pending, entry, actor);
        if (!stored) {
            m_lastFailure = m_store->lastFailure();
            return problemAt(i, stored.error());
        }
        seqs << stored->seq;
    }
    if (auto e = m_store->finishAppends()) {
        m_lastFailure = m_store->lastFailure();
        return R::failure(*e);
    }
    return seqs;
}

Result<QList<StoredEvent>> Journal::factsHistory(qint64 incidentId) const
{
    // Only the events that can change the facts, so that checking an update costs the same in
    // an incident of 100k notes as in a new one. A correction that turned some other event
    // into a facts event needs its target too: then all events are read.
    static const QStringList factKinds{QStringLiteral("reported"), QStringLiteral("facts_updated"), QStringLiteral("correction")};
    auto some = m_store->eventsOfKinds(incidentId, factKinds);
    if (!some)
        return some;
    QSet<qint64> present;
    for (const auto &e : some.value())
        present.insert(e.seq);
    for (const auto &e : some.value()) {
        if (e.kind != QLatin1String("correction"))
            continue;
        const QJsonObject p = e.payload();
        const QString replacementKind = p.value(QLatin1String("replacement")).toObject().value(QLatin1String("kind")).toString();
        if (factKinds.contains(replacementKind) && !present.contains(p.value(QLatin1String("corrects")).toInteger()))
            return events(incidentId);
    }
    return some;
}

Result<QJsonObject> Journal::factsAsEntered(qint64 incidentId) const
{
    // Brought forward from the events appended since it was last read, by anyone: the cost of
    // checking a facts update does not grow with the incident. A correction may rewrite any
    // earlier facts, so after one the facts are folded again from their history.
    if (auto cached = m_factsCache.find(incidentId); cached != m_factsCache.end()) {
        const auto newer = events(incidentId, cached->seq);
        if (!newer)
            return Result<QJsonObject>::failure(newer.error());
        bool corrected = false;
        FactsCache next = *cached;
        for (const auto &e : newer.value()) {
            if (e.kind == QLatin1String("correction")) {
                corrected = true;
                break;
            }
            if (e.kind == QLatin1String("facts_updated")) {
                // As the fold does: an update the plans no longer accept leaves the facts as they were.
                const QJsonObject merged = FactsParser::merged(next.facts, e.payload().value(QLatin1String("facts")).toObject());
                if (FactsParser(m_library).parse(merged))
                    next.facts = merged;
            }
            next.seq = e.seq;
        }
        if (!corrected) {
            *cached = next;
            return next.facts;
        }
    }
    const auto history = factsHistory(incidentId);
    if (!history)
        return Result<QJsonObject>::failure(history.error());
    const auto last = m_store->lastSeqOf(incidentId);
    if (!last)
        return Result<QJsonObject>::failure(last.error());
    const auto state = IncidentState::fold(history.value(), {m_library, WorkCalendar::builtin()}, {}, m_clock.now());
    m_factsCache.insert(incidentId, FactsCache{last.value(), state.factsAsEntered()});
    return state.factsAsEntered();
}

std::optional<QString> Journal::checkAgainstJournal(const NewEvent &event, QHash<qint64, QJsonObject> &currentFacts) const
{
    if (event.kind == QLatin1String("facts_updated")) {
        // The update alone was checked field by field; here the facts it leads to.
        if (!currentFacts.contains(event.incidentId)) {
            const auto facts = factsAsEntered(event.incidentId);
            if (!facts)
                return facts.error();
            currentFacts.insert(event.incidentId, facts.value());
        }
        const QJsonObject merged = FactsParser::merged(currentFacts.value(event.incidentId), event.payload.value(QLatin1String("facts")).toObject());
        if (const auto parsed = FactsParser(m_library).parse(merged); !parsed)
            return QStringLiteral("payload.facts.") + parsed.error() + QStringLiteral(" (with the facts already recorded)");
        currentFacts.insert(event.incidentId, merged);
    } else if (event.kind == QLatin1String("correction")) {
        // Only an earlier event of the same incident, and not the report that opened it or
        // another correction, can be corrected.
        const qint64 target = event.payload.value(QLatin1String("corrects")).toInteger();
        const auto owner = m_store->eventOwner(target);
        if (!owner)
            return owner.error();
        if (!owner->has_value() || owner->value().first != event.incidentId)
            return QStringLiteral("payload.corrects: event %1 is not an event of incident %2").arg(target).arg(event.incidentId);
        const QString targetKind = owner->value().second;
        if (targetKind == QLatin1String("reported"))
            return QStringLiteral("payload.corrects: the report that opened the incident cannot be withdrawn; correct its facts with facts_updated");
        if (targetKind == QLatin1String("correction"))
            return QStringLiteral("payload.corrects: a correction cannot be corrected; correct the original event again");
        // Correcting an event re-decides it: it takes the role that may record its kind.
        if (!Roles::mayRecord(m_account.role, targetKind))
            return QStringLiteral("payload.corrects: %1 may not correct a %2 (needed: %3)")
                .arg(Roles::id(m_account.role), targetKind, Roles::rolesFor(targetKind).join(QStringLiteral(", ")));
        currentFacts.remove(event.incidentId); // the facts may change under it
    }
    return std::nullopt;
}

std::optional<QString> Journal::mayManageAccounts() const
{
    if (m_deskMode)
        return std::nullopt; // the first account of a desk is made by whoever holds the file
    if (m_needsSignIn)
        return QStringLiteral("managing accounts: sign in as an administrator first (--user NAME)");
    if (m_account.role != Role::Admin || m_account.disabled)
        return QStringLiteral("managing accounts needs the role admin; %1 has the role %2").arg(m_account.login, Roles::id(m_account.role));
    return std::nullopt;
}

Result<QList<Account>> Journal::accounts() const { return m_store->accounts(); }

Result<bool> Journal::addAccount(const Account &account, const QString &password)
{
    m_lastFailure = StoreFailure::None;
    if (!Account::validLogin(account.login))
        return Result<bool>::failure(QStringLiteral("--name: %1 is not a valid login (a lower-case letter, then letters, digits or _)").arg(account.login));
    if (account.role == Role::Liaison && account.agency.trimmed().isEmpty())
        return Result<bool>::failure(QStringLiteral("--agency: a liaison account names the member agency it speaks for"));
    if (auto problem = mayManageAccounts())
        return refused<bool>(*problem);
    if (m_deskMode && account.role != Role::Admin)
        return Result<bool>::failure(QStringLiteral("the first account of %1 must be an administrator (--role admin), so that someone can manage the others").arg(m_display));
    if (!isShared() && password.isEmpty())
        return Result<bool>::failure(QStringLiteral("a password is required for an account in an SQLite journal"));
    const auto existing = m_store->account(account.login);
    if (existing && existing->has_value())
        return Result<bool>::failure(QStringLiteral("--name: the account %1 exists already (use set-role or disable)").arg(account.login));
    const auto added = m_store->addAccount(account, password);
    if (!added)
        m_lastFailure = m_store->lastFailure();
    return added;
}

Result<bool> Journal::updateAccount(const Account &account)
{
    m_lastFailure = StoreFailure::None;
    if (account.role == Role::Liaison && account.agency.trimmed().isEmpty())
        return Result<bool>::failure(QStringLiteral("--agency: a liaison account names the member agency it speaks for"));
    if (auto problem = mayManageAccounts())
        return refused<bool>(*problem);
    const auto updated = m_store->updateAccount(account);
    if (!updated)
        m_lastFailure = m_store->lastFailure();
    else if (!updated.value())
        return Result<bool>::failure(QStringLiteral("--name: no account %1").arg(account.login));
    return updated;
}

} // namespace cd
