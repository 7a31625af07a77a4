#include "journal/JournalWatcher.h"

#include "journal/PostgresJournalStore.h"
#include "journal/ServerDeadline.h"
#include "journal/SqliteJournalStore.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>

namespace cd {

JournalWatcher::JournalWatcher(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_timer(this) // a child: moved along when the watcher runs on a thread of its own
{
    m_timer.setInterval(m_options.pollMs);
    connect(&m_timer, &QTimer::timeout, this, &JournalWatcher::heartbeat);
}

JournalWatcher::~JournalWatcher() = default;

std::optional<QString> JournalWatcher::connectStore()
{
    m_store.reset();
    if (m_options.location.isPostgres()) {
        PostgresJournalStore::Options o{m_options.location, m_options.password, 3, m_options.answerTimeout};
        auto pg = PostgresJournalStore::open(o);
        if (!pg)
            return pg.error();
        QSqlDriver *driver = QSqlDatabase::database(pg.value()->connectionName()).driver();
        if (!driver->subscribeToNotification(QString::fromLatin1(PostgresJournalStore::NotifyChannel)))
            return QStringLiteral("%1: cannot listen for appends: %2").arg(m_options.location.display(), driver->lastError().text());
        // Queued: the notification arrives inside the driver's socket handler; read afterwards.
        connect(driver, &QSqlDriver::notification, this, [this] { poll(); }, Qt::QueuedConnection);
        m_store = std::move(pg).value();
    } else {
        SqliteJournalStore::Options o;
        o.path = m_options.location.path;
        o.readOnly = true;
        auto file = SqliteJournalStore::open(o);
        if (!file)
            return file.error();
        m_store = std::move(file).value();
    }
    return std::nullopt;
}

std::optional<QString> JournalWatcher::start()
{
    if (auto problem = connectStore())
        return problem;
    if (m_options.afterSeq >= 0) {
        m_lastSeq = m_options.afterSeq;
    } else {
        const auto head = m_store->headSeq();
        if (!head)
            return head.error();
        m_lastSeq = head.value();
    }
    m_online = true;
    m_timer.start();
    poll();
    return std::nullopt;
}

QString JournalWatcher::unansweredText() const
{
    return tr("The shared journal %1 did not answer within %2 s").arg(m_options.location.display()).arg(m_options.answerTimeout.count() / 1000.0);
}

void JournalWatcher::goOffline(const QString &message)
{
    m_store.reset();
    m_dataVersion = -1;
    if (m_online) {
        m_online = false;
        Q_EMIT onlineChanged(false, message);
    }
}

bool JournalWatcher::fetchNew()
{
    bool unanswered = false;
    const auto events = [this, &unanswered] {
        // Disarmed before anything closes the connection (goOffline): the deadline must never
        // cut a socket number that another connection has taken since.
        const ServerDeadline deadline(QSqlDatabase::database(m_store->connectionName(), false), m_options.answerTimeout);
        auto read = m_store->eventsAfter(m_lastSeq);
        unanswered = deadline.expired();
        return read;
    }();
    if (!events) {
        if (unanswered)
            goOffline(unansweredText());
        else if (m_store->lastFailure() == StoreFailure::Offline)
            goOffline(events.error());
        return false;
    }
    if (!events->isEmpty()) {
        m_lastSeq = events->last().seq;
        Q_EMIT appended(events.value());
    }
    return true;
}

void JournalWatcher::poll()
{
    if (!m_store)
        return;
    if (auto *sqlite = dynamic_cast<SqliteJournalStore *>(m_store.get())) {
        const auto version = sqlite->dataVersion();
        if (!version || version.value() == m_dataVersion)
            return;
        m_dataVersion = version.value();
    }
    fetchNew();
}

void JournalWatcher::heartbeat()
{
    if (!m_store) {
        // Offline: try again; once back, read everything appended meanwhile.
        if (connectStore())
            return;
        const qint64 before = m_lastSeq;
        m_online = true;
        if (!fetchNew() && !m_store)
            return; // lost again at once: still offline
        // Said even when the catch-up failed for another reason (the next beat retries it):
        // the desk refuses its own writes while it believes the server gone.
        Q_EMIT onlineChanged(true, tr("Back online: %n event(s) caught up", nullptr, int(m_lastSeq - before)));
        return;
    }
    if (m_options.location.isPostgres()) {
        // Notifications carry the news; the heartbeat notices a dead server and, once a
        // second, catches anything a notification could not bring (a reconnect in between).
        if (++m_tick % 4 != 0)
            return;
        // Bounded: a server that stopped answering (or a network that drops every packet) is
        // offline after this long, not after TCP gives up a quarter of an hour later.
        qint64 head = -1;
        QString problem;
        {
            // Not reopened by QtSql behind our back: a reconnect goes through connectStore(),
            // which listens again.
            const ServerDeadline deadline(QSqlDatabase::database(m_store->connectionName(), false), m_options.answerTimeout);
            QSqlQuery q(QSqlDatabase::database(m_store->connectionName(), false));
            if (q.exec(QStringLiteral("SELECT seq FROM chain_head WHERE id = 1")) && q.next())
                head = q.value(0).toLongLong();
            else if (deadline.expired())
                problem = unansweredText();
            else if (PostgresJournalStore::classify(q.lastError()) == StoreFailure::Offline || !q.lastError().isValid())
                problem = tr("The shared journal %1 cannot be reached: %2").arg(m_options.location.display(), q.lastError().text());
            else
                problem = q.lastError().text();
        } // the deadline disarmed before goOffline() closes the connection
        if (head < 0) {
            goOffline(problem);
            return;
        }
        if (head > m_lastSeq)
            fetchNew();
        return;
    }
    poll();
}

} // namespace cd
