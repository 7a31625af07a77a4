#include "TimedApplication.h"

#include <QEvent>
#include <QMetaEnum>
#include <QThread>

namespace cd {

TimedApplication::TimedApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{
}

void TimedApplication::startTiming()
{
    m_timing = true;
    m_longestNs = 0;
    m_longestWhat.clear();
}

bool TimedApplication::notify(QObject *receiver, QEvent *event)
{
    // notify() serves every thread's events (the live-update watcher has a loop of its own):
    // only the UI thread's are timed, and only it touches the members.
    if (QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    if (!m_timing || m_depth > 0) {
        ++m_depth;
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        return handled;
    }
    const QEvent::Type type = event->type(); // the event may not outlive its delivery
    const char *receiverClass = receiver->metaObject()->className();
    QElapsedTimer t;
    t.start();
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    if (const qint64 ns = t.nsecsElapsed(); ns > m_longestNs) {
        m_longestNs = ns;
        m_longestWhat = QStringLiteral("%1 %2").arg(QLatin1String(receiverClass),
                                                    QLatin1String(QMetaEnum::fromType<QEvent::Type>().valueToKey(type)));
    }
    return handled;
}

} // namespace cd
