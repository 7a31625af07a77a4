#include "journal/BackgroundWatcher.h"

namespace cd {

BackgroundWatcher::BackgroundWatcher(JournalWatcher::Options options, QObject *parent)
    : QObject(parent)
    , m_watcher(new JournalWatcher(std::move(options)))
{
    qRegisterMetaType<QList<cd::StoredEvent>>(); // crosses threads in appended()
    m_thread.setObjectName(QStringLiteral("journal watcher"));
    m_watcher->moveToThread(&m_thread);
    // Signal to signal across threads: queued, so they arrive on this object's thread.
    connect(m_watcher, &JournalWatcher::appended, this, &BackgroundWatcher::appended);
    connect(m_watcher, &JournalWatcher::onlineChanged, this, &BackgroundWatcher::onlineChanged);
}

BackgroundWatcher::~BackgroundWatcher()
{
    if (m_thread.isRunning()) {
        // Deleted where it lives, so that its database connection closes on the thread that
        // opened it. Waits at most for a call in progress, which has its deadline.
        QMetaObject::invokeMethod(m_watcher, [w = m_watcher] { delete w; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_watcher; // never started: nothing opened
    }
}

void BackgroundWatcher::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_watcher, [this, w = m_watcher] {
        if (auto problem = w->start())
            Q_EMIT startFailed(*problem); // emitted on the watcher's thread, queued to ours
    });
}

} // namespace cd
