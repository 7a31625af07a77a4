#include "journal/ServerDeadline.h"

#include "journal/PostgresPipeline.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>
#include <sys/socket.h>
#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <list>
#include <mutex>
#include <thread>

namespace cd {

struct ServerDeadline::Armed {
    // A duplicate of the connection's descriptor, closed at disarm: if libpq closes its own
    // (a lost connection) and a new connection takes that number while this is armed, a cut
    // still reaches only the old socket.
    int socket = -1;
    std::chrono::steady_clock::time_point due;
    std::atomic<bool> expired{false};
};

class ServerDeadline::Watchdog {
public:
    static Watchdog &instance()
    {
        // Never destroyed: a deadline disarmed during static destruction must still find it,
        // and its thread, asleep, ends with the process.
        static Watchdog *watchdog = new Watchdog;
        return *watchdog;
    }
    void arm(const std::shared_ptr<Armed> &a)
    {
        bool sooner = false;
        {
            std::lock_guard lock(m_mutex);
            if (!m_thread.joinable())
                m_thread = std::thread([this] { run(); }); // scans the list as it starts
            m_armed.push_back(a);
            sooner = a->due < m_sleepingUntil;
        }
        // Woken only when this deadline comes before the one it sleeps towards: with one limit
        // for all, that is only when nothing else is armed, not on every append of a busy room.
        if (sooner)
            m_wake.notify_one();
    }
    // Under the lock: once it returns, the socket is never touched again for this call (the
    // connection may close and its descriptor be reused right after).
    void disarm(const std::shared_ptr<Armed> &a)
    {
        std::lock_guard lock(m_mutex);
        m_armed.remove(a);
        ::close(a->socket);
    }

private:
    void run()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            const auto now = std::chrono::steady_clock::now();
            auto next = std::chrono::steady_clock::time_point::max();
            for (auto it = m_armed.begin(); it != m_armed.end();) {
                if ((*it)->due <= now) {
                    (*it)->expired = true;
                    ::shutdown((*it)->socket, SHUT_RDWR); // the blocked read returns: connection lost
                    it = m_armed.erase(it);
                } else {
                    next = std::min(next, (*it)->due);
                    ++it;
                }
            }
            m_sleepingUntil = next;
            if (next == std::chrono::steady_clock::time_point::max())
                m_wake.wait(lock);
            else
                m_wake.wait_until(lock, next);
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::list<std::shared_ptr<Armed>> m_armed;
    std::thread m_thread;
    std::chrono::steady_clock::time_point m_sleepingUntil = std::chrono::steady_clock::time_point::min(); // max: until woken
};

ServerDeadline::ServerDeadline(const QSqlDatabase &db, std::chrono::milliseconds limit)
{
    if (limit.count() <= 0)
        return;
    PGconn *connection = PostgresPipeline::connectionOf(db);
    const int socket = connection && PQsocket(connection) >= 0 ? ::fcntl(PQsocket(connection), F_DUPFD_CLOEXEC, 0) : -1;
    if (socket < 0)
        return;
    m_armed = std::make_shared<Armed>();
    m_armed->socket = socket;
    m_armed->due = std::chrono::steady_clock::now() + limit;
    Watchdog::instance().arm(m_armed);
}

ServerDeadline::~ServerDeadline()
{
    if (m_armed)
        Watchdog::instance().disarm(m_armed);
}

bool ServerDeadline::expired() const { return m_armed && m_armed->expired; }

} // namespace cd
