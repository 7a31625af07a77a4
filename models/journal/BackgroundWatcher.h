#pragma once

#include "journal/JournalWatcher.h"

#include <QThread>

#include <memory>

namespace cd {

// A JournalWatcher on a thread of its own, for the desk. Its heartbeat and catch-up talk to the
// server once a second and, while offline, try to reconnect on every beat; on the UI thread a
// server that stopped answering held the desk for each of those calls (a deadline of 3 s, a
// connect timeout of 3 s, again and again). Here they wait on the watcher's thread and the
// desk only hears the outcome: the same signals, delivered on the thread that made this object.
class BackgroundWatcher final : public QObject {
    Q_OBJECT
public:
    explicit BackgroundWatcher(JournalWatcher::Options options, QObject *parent = nullptr);
    // Stops the watcher on its thread (closing its connection there), then the thread.
    ~BackgroundWatcher() override;

    // Opens the watcher's connection on its thread; a problem comes back as startFailed().
    void start();

Q_SIGNALS:
    void appended(const QList<cd::StoredEvent> &events);
    void onlineChanged(bool online, const QString &message);
    void startFailed(const QString &problem);

private:
    std::unique_ptr<QThread> m_thread; // let go at exit if a dead server holds it
    JournalWatcher *m_watcher;         // lives on m_thread; deleted there
};

} // namespace cd
