#pragma once

#include "journal/Event.h"
#include "journal/StoreLocation.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

namespace cd {

class JournalStore;

// Tells of events that reached the journal from anywhere — another workstation, a second
// window, the CLI, this program — from a connection of its own:
// - PostgreSQL: LISTEN on the channel cd_append() NOTIFYs, plus a heartbeat that notices a lost
//   server at once, reconnects by itself and catches up on everything appended meanwhile;
// - SQLite: PRAGMA data_version, polled, which changes when any other connection commits.
// Either way it reads only the events after the newest one it has reported.
class JournalWatcher final : public QObject {
    Q_OBJECT
public:
    struct Options {
        StoreLocation location;
        QString password;          // PostgreSQL: as the journal was opened with
        qint64 afterSeq = -1;      // report events after this one; -1: from the current head on
        int pollMs = 250;          // SQLite data_version poll; PostgreSQL heartbeat is 4× this
        // PostgreSQL: a heartbeat or catch-up unanswered this long means offline (ServerDeadline).
        std::chrono::milliseconds answerTimeout{3000};
    };
    explicit JournalWatcher(Options options, QObject *parent = nullptr);
    ~JournalWatcher() override;

    // Opens the watcher's connection; the message says why it could not.
    std::optional<QString> start();
    bool isOnline() const { return m_online; }
    qint64 lastSeq() const { return m_lastSeq; }
    // Reads what is new now (also called by the timer and on notifications).
    void poll();

Q_SIGNALS:
    void appended(const QList<cd::StoredEvent> &events); // in sequence order
    // Offline: the message says what failed. Back online: how many events were caught up.
    void onlineChanged(bool online, const QString &message);

private:
    std::optional<QString> connectStore();
    void heartbeat();
    bool fetchNew();
    void goOffline(const QString &message);
    QString unansweredText() const;

    Options m_options;
    std::unique_ptr<JournalStore> m_store;
    QTimer m_timer;
    qint64 m_lastSeq = 0;
    qint64 m_dataVersion = -1;
    bool m_online = false;
    int m_tick = 0;
};

} // namespace cd
