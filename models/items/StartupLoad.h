#pragma once

#include "items/StartupSnapshot.h"
#include "journal/Journal.h"
#include "time/WorkCalendar.h"

#include <QDateTime>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <memory>

namespace cd {

// The desk's start-up read (StartupSnapshot) on a thread of its own, with a connection of its
// own to the same journal, so that the window is up and painted while 100k summaries are read
// (issue 13: the first frame waited 130 ms for them at 100k incidents). The result arrives on
// the thread that made this object; the IncidentStore adopts it there.
class StartupLoad final : public QObject {
    Q_OBJECT
public:
    struct Options {
        Journal::Options store; // how the desk's own connection was opened (path, login, password)
        std::shared_ptr<const PlanLibrary> library;
        WorkCalendar calendar;
        QDateTime now; // the wall clock's time: the incidents' windows are evaluated at it
    };
    explicit StartupLoad(Options options, QObject *parent = nullptr);
    // Cancels a read in progress and waits for it (at most 10 s: a server that neither answers
    // nor lets go is left behind with the exiting process, and says nothing to this object).
    ~StartupLoad() override;

    void start();

Q_SIGNALS:
    // Exactly one of the two, once. `opened` is false when the second connection could not be
    // opened (e.g. a password the desk was not given): the desk may then read on its own.
    void loaded(std::shared_ptr<cd::StartupSnapshot> snapshot);
    void failed(const QString &problem, bool opened);

private:
    // What the reading thread shares with this object: whether to stop, and whom to tell. The
    // thread tells `owner` under the mutex; the destructor clears it under the same mutex, so
    // nothing is ever posted to a StartupLoad that is gone.
    struct Outbox {
        std::atomic_bool cancel = false;
        QMutex mutex;
        StartupLoad *owner = nullptr;
    };
    Options m_options;
    std::shared_ptr<Outbox> m_outbox;
    std::unique_ptr<QThread> m_thread;
};

} // namespace cd
