#include "AfterPaints.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>

namespace cd {

namespace {

class DeferredCall final : public QEvent {
public:
    explicit DeferredCall(std::function<void()> call)
        : QEvent(type())
        , m_call(std::move(call))
    {
    }
    static QEvent::Type type()
    {
        static const auto registered = QEvent::Type(QEvent::registerEventType());
        return registered;
    }
    void run() const { m_call(); }

private:
    std::function<void()> m_call;
};

// Receives the call on the context's thread; deleted with the context, which drops the call.
class DeferredCallReceiver final : public QObject {
public:
    using QObject::QObject;
    bool event(QEvent *e) override
    {
        if (e->type() != DeferredCall::type())
            return QObject::event(e);
        static_cast<DeferredCall *>(e)->run();
        deleteLater();
        return true;
    }
};

} // namespace

void afterPendingPaints(QObject *context, std::function<void()> call)
{
    QCoreApplication::postEvent(new DeferredCallReceiver(context), new DeferredCall(std::move(call)), Qt::LowEventPriority);
}

} // namespace cd
