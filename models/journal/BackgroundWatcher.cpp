#include "journal/BackgroundWatcher.h"

namespace cd {

BackgroundWatcher::BackgroundWatcher(JournalWatcher::Options options, QObject *parent)
    : QObject(parent)
    , m_thread(std::make_unique<QThread>())
    , m_watcher(new JournalWatcher(std::move(options)))
{
    qRegisterMetaType<QList<cd::StoredEvent>>(); // crosses threads in appended()
    m_thread->setObjectName(QStringLiteral("journal watcher"));
    m_watcher->moveToThread(m_thread.get());
    // Signal to signal across threads: queued, so they arrive on this object's thread.
    connect(m_watcher, &JournalWatcher::appended, this, &BackgroundWatcher::appended);
    connect(m_watcher, &JournalWatcher::onlineChanged, this, &BackgroundWatcher::onlineChanged);
}

BackgroundWatcher::~BackgroundWatcher()
{
    if (!m_thread->isRunning()) {
        delete m_watcher; // never started: nothing opened
        return;
    }
    // Deleted where it lives, so that its database connection closes on the thread that opened
    // it, after any call in progress (most have deadlines; opening a connection has only
    // libpq's connect timeout).
    QMetaObject::invokeMethod(m_watcher, [w = m_watcher] { delete w; });
    m_thread->quit();
    if (!m_thread->wait(QDeadlineTimer(10000))) {
        // Held by a server that neither answers nor lets go: the desk is closing, so let the
        // thread end with the process rather than hang the exit.
        qWarning("journal watcher: still waiting on the server at exit; left behind");
        m_thread.release(); // a QThread destroyed while running would abort the exit
    }
}

void BackgroundWatcher::start()
{
    m_thread->start();
    QMetaObject::invokeMethod(m_watcher, [this, w = m_watcher] {
        // Emitted on the watcher's thread: receivers on the desk's thread get it queued, so
        // connect them with a context object.
        if (auto problem = w->start())
            Q_EMIT startFailed(*problem);
    });
}

} // namespace cd
