#pragma once

#include "items/StartupSnapshot.h"
#include "journal/Journal.h"
#include "time/WorkCalendar.h"

#include <QDateTime>
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
    // Waits for a read in progress (a stalled server: up to the store's deadlines).
    ~StartupLoad() override;

    void start();

Q_SIGNALS:
    // Exactly one of the two, once. `opened` is false when the second connection could not be
    // opened (e.g. a password the desk was not given): the desk may then read on its own.
    void loaded(std::shared_ptr<cd::StartupSnapshot> snapshot);
    void failed(const QString &problem, bool opened);

private:
    Options m_options;
    std::unique_ptr<QThread> m_thread;
};

} // namespace cd
