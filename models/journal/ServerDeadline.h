#pragma once

#include <QSqlDatabase>

#include <chrono>
#include <memory>

namespace cd {

// Bounds how long one call may wait for the PostgreSQL server. If the call has not returned by
// the deadline, the connection's socket is shut down: the blocked libpq read returns at once
// with a lost connection, which the store and the watcher already handle (offline, reconnect,
// catch up). Without it, a server that stopped answering (hung, or a network that silently
// drops packets) held the desk's UI thread until TCP gave up, about 15 minutes.
//
// Armed by constructing it around the call, disarmed when it goes out of scope. One shared
// background thread keeps the deadlines; nothing runs on it unless a deadline passes.
class ServerDeadline {
public:
    // A deadline on `db`'s connection; does nothing when `db` is not an open QPSQL connection.
    ServerDeadline(const QSqlDatabase &db, std::chrono::milliseconds limit);
    ~ServerDeadline();
    ServerDeadline(const ServerDeadline &) = delete;
    ServerDeadline &operator=(const ServerDeadline &) = delete;

    // True once the deadline passed and the connection was cut.
    bool expired() const;

    // The limit every desk connection uses unless told otherwise: longer than any append
    // takes under load (p99 25 ms with 20 desks), short enough for an operator to wait out.
    static constexpr std::chrono::milliseconds DefaultLimit{8000};

private:
    class Watchdog; // the background thread
    struct Armed;
    std::shared_ptr<Armed> m_armed; // null: nothing to watch
};

} // namespace cd
