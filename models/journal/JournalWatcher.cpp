#include "journal/JournalWatcher.h"

#include "journal/PostgresJournalStore.h"
#include "journal/SqliteJournalStore.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>

namespace cd {

JournalWatcher::JournalWatcher(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_timer.setInterval(m_options.pollMs);
    connect(&m_timer, &QTimer::timeout, this, &JournalWatcher::heartbeat);
}

JournalWatcher::~JournalWatcher() = default;

std::optional<QString> JournalWatcher::connectStore()
{
    m_store.reset();
    if (m_options.location.isPostgres()) {
        PostgresJournalStore::Options o{m_options.location, m_options.password, 3};
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
    const auto events = m_store->eventsAfter(m_lastSeq);
    if (!events) {
        if (m_store->lastFailure() == StoreFailure::Offline)
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
        if (!fetchNew())
            return;
        Q_EMIT onlineChanged(true, tr("Back online: %n event(s) caught up", nullptr, int(m_lastSeq - before)));
        return;
    }
    if (m_options.location.isPostgres()) {
        // Notifications carry the news; the heartbeat notices a dead server and, once a
        // second, catches anything a notification could not bring (a reconnect in between).
        if (++m_tick % 4 != 0)
            return;
        QSqlQuery q(QSqlDatabase::database(m_store->connectionName()));
        if (!q.exec(QStringLiteral("SELECT seq FROM chain_head WHERE id = 1")) || !q.next()) {
            goOffline(PostgresJournalStore::classify(q.lastError()) == StoreFailure::Offline || !q.lastError().isValid()
                          ? tr("The shared journal %1 cannot be reached: %2").arg(m_options.location.display(), q.lastError().text())
                          : q.lastError().text());
            return;
        }
        if (q.value(0).toLongLong() > m_lastSeq)
            fetchNew();
        return;
    }
    poll();
}

} // namespace cd
