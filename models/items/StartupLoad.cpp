#include "items/StartupLoad.h"

#include "items/IncidentClocks.h"
#include "items/IncidentStore.h"
#include "journal/JournalStore.h"
#include "time/Clock.h"

namespace cd {

StartupLoad::StartupLoad(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_outbox(std::make_shared<Outbox>())
{
    m_outbox->owner = this;
}

StartupLoad::~StartupLoad()
{
    m_outbox->cancel = true;
    {
        const QMutexLocker lock(&m_outbox->mutex);
        m_outbox->owner = nullptr;
    }
    if (m_thread && !m_thread->wait(QDeadlineTimer(10000))) {
        // Held by a server that neither answers nor lets go: the desk is closing, so let the
        // thread end with the process rather than hang the exit.
        qWarning("start-up read: still waiting on the server at exit; left behind");
        (void)m_thread.release(); // a QThread destroyed while running would abort the exit
    }
}

void StartupLoad::start()
{
    if (m_thread)
        return;
    m_thread.reset(QThread::create([outbox = m_outbox, options = m_options] {
        // Everything here lives and dies on this thread, the connection included.
        std::shared_ptr<StartupSnapshot> snapshot;
        QString problem;
        bool opened = false;
        if (auto store = Journal::openStore(options.store)) {
            opened = true;
            ManualClock wall(options.now); // the same time for every incident of this read
            IncidentClocks clocks(wall);
            auto read = StartupSnapshot::read(*store.value(), *options.library, options.calendar, clocks, IncidentStore::NewIncidentsRoom,
                                              &outbox->cancel);
            if (read)
                snapshot = std::make_shared<StartupSnapshot>(std::move(read).value());
            else
                problem = read.error();
        } else {
            problem = store.error();
        }
        // Said on the owner's thread (queued), never from the reading one; to nobody once the
        // owner is gone (its posted call is then dropped with it).
        const QMutexLocker lock(&outbox->mutex);
        if (StartupLoad *owner = outbox->owner)
            QMetaObject::invokeMethod(
                owner,
                [owner, snapshot, problem, opened] {
                    if (snapshot)
                        Q_EMIT owner->loaded(snapshot);
                    else
                        Q_EMIT owner->failed(problem, opened);
                },
                Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("start-up read"));
    m_thread->start();
}

} // namespace cd
