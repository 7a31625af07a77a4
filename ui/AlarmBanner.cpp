#include "AlarmBanner.h"

#include "DataLanguage.h"

#include "alarm/AlarmCenter.h"
#include "items/IncidentStore.h"
#include "items/Presentation.h"
#include "time/ShanghaiTime.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace cd {

AlarmBanner::AlarmBanner(AlarmCenter &alarms, IncidentStore &store, QWidget *parent)
    : QFrame(parent)
    , m_alarms(alarms)
    , m_store(store)
{
    setObjectName(QStringLiteral("alarmBanner"));
    setAutoFillBackground(true);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(10, 6, 10, 6);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("alarmText"));
    QFont f = m_label->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_label->setFont(f);
    m_label->setTextFormat(Qt::PlainText);
    // Long titles wrap instead of widening the window (1366 px desks).
    m_label->setWordWrap(true);
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_label->setMinimumWidth(200);
    m_more = new QLabel(this);
    m_show = new QPushButton(tr("Show"), this);
    m_ack = new QPushButton(tr("Acknowledge (F8)"), this);
    m_ack->setObjectName(QStringLiteral("alarmAcknowledge"));
    m_mute = new QPushButton(tr("Mute 15 min"), this);
    m_mute->setObjectName(QStringLiteral("alarmMute"));
    row->addWidget(m_label, 1);
    row->addWidget(m_more);
    row->addWidget(m_show);
    row->addWidget(m_ack);
    row->addWidget(m_mute);
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (const auto *a = m_alarms.top())
            Q_EMIT showIncident(a->incidentId);
    });
    connect(m_ack, &QPushButton::clicked, this, [this] {
        if (const auto r = m_alarms.acknowledgeTop(); !r)
            Q_EMIT problem(r.error());
    });
    connect(m_mute, &QPushButton::clicked, this, [this] {
        if (m_alarms.isMuted())
            return m_alarms.unmute();
        if (const auto r = m_alarms.muteFor(15); !r)
            Q_EMIT problem(r.error());
    });
    m_flash.setInterval(500);
    connect(&m_flash, &QTimer::timeout, this, [this] {
        m_phase = !m_phase;
        paintPhase();
    });
    connect(&alarms, &AlarmCenter::queueChanged, this, &AlarmBanner::refresh);
    connect(&alarms, &AlarmCenter::mutedChanged, this, &AlarmBanner::refresh);
    connect(&store, &IncidentStore::ticked, this, &AlarmBanner::refresh); // time left
    refresh();
}

QString AlarmBanner::text() const { return m_label->text(); }

void AlarmBanner::refresh()
{
    const Alarm *a = m_alarms.top();
    if (!a) {
        m_flash.stop();
        m_label->clear();
        hide();
        return;
    }
    QString what = DataLanguage::text((a->drill ? QStringLiteral("【演练】") : QString()) + alarmKindLabel(a->kind)) +
                   QStringLiteral(" · #%1 %2").arg(a->incidentId).arg(a->title);
    if (!a->windowKey.isEmpty()) {
        const qint64 left = m_alarms.secondsLeft(*a);
        what += QStringLiteral(" · %1 %2 · ").arg(a->clause, a->action) +
                (left < 0 ? tr("overdue by %1").arg(Presentation::countdown(-left)) : tr("%1 left").arg(Presentation::countdown(left)));
    } else {
        what += QStringLiteral(" · ") + tr("new incident reported %1").arg(toShanghai(a->raisedAt).toString(QStringLiteral("HH:mm:ss")));
    }
    m_label->setText(what);
    m_more->setText(m_alarms.queue().size() > 1 ? tr("+%n more", nullptr, int(m_alarms.queue().size() - 1)) : QString());
    m_mute->setText(m_alarms.isMuted() ? tr("Sound muted until %1 — unmute").arg(toShanghai(m_alarms.mutedUntil()).toString(QStringLiteral("HH:mm")))
                                       : tr("Mute 15 min"));
    if (!m_flash.isActive())
        m_flash.start();
    paintPhase();
    show();
}

void AlarmBanner::paintPhase()
{
    const Alarm *a = m_alarms.top();
    if (!a)
        return;
    // Overdue red, due soon orange, new incident amber; a drill alarm in the exercise blue.
    const QColor base = a->drill ? QColor(0x1f, 0x78, 0xd1)
                        : a->kind == AlarmKind::Overdue ? QColor(0xd7, 0x19, 0x1c)
                        : a->kind == AlarmKind::DueSoon ? QColor(0xf5, 0x7c, 0x00)
                                                         : QColor(0xb2, 0x6a, 0x00);
    QPalette p = palette();
    p.setColor(QPalette::Window, m_phase ? base.darker(160) : base);
    p.setColor(QPalette::WindowText, Qt::white);
    setPalette(p);
}

} // namespace cd
