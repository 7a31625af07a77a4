#include "AlarmBanner.h"

#include "DataLanguage.h"

#include "alarm/AlarmCenter.h"
#include "items/IncidentStore.h"
#include "items/Presentation.h"
#include "time/ShanghaiTime.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

namespace {

// One line, cut with "…" to the width it is given; it never asks for more width than 80 px.
class ElidedLabel final : public QLabel {
public:
    using QLabel::QLabel;
    void setFullText(const QString &text)
    {
        setTextFormat(Qt::PlainText); // a title is never markup
        m_full = text;
        elide();
    }
    QSize minimumSizeHint() const override { return {80, QLabel::minimumSizeHint().height()}; }
    QSize sizeHint() const override { return {fontMetrics().horizontalAdvance(m_full), QLabel::sizeHint().height()}; }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        elide();
    }

private:
    void elide() { setText(fontMetrics().elidedText(m_full, Qt::ElideRight, contentsRect().width())); }
    QString m_full;
};

} // namespace

AlarmBanner::AlarmBanner(AlarmCenter &alarms, IncidentStore &store, QWidget *parent)
    : QFrame(parent)
    , m_alarms(alarms)
    , m_store(store)
{
    setObjectName(QStringLiteral("alarmBanner"));
    setAutoFillBackground(true);
    // The headline has the whole width; the window and the buttons share the second line.
    auto *lines = new QVBoxLayout(this);
    lines->setContentsMargins(10, 4, 10, 4);
    lines->setSpacing(0);
    m_headline = new ElidedLabel(this);
    m_headline->setObjectName(QStringLiteral("alarmText"));
    QFont f = m_headline->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_headline->setFont(f);
    m_detail = new ElidedLabel(this);
    m_detail->setObjectName(QStringLiteral("alarmWindow"));
    QFont d = m_detail->font();
    d.setPointSizeF(d.pointSizeF() * 1.15);
    m_detail->setFont(d);
    m_more = new QLabel(this);
    m_show = new QPushButton(tr("Show"), this);
    m_ack = new QPushButton(tr("Acknowledge (F8)"), this);
    m_ack->setObjectName(QStringLiteral("alarmAcknowledge"));
    m_mute = new QPushButton(tr("Mute 15 min"), this);
    m_mute->setObjectName(QStringLiteral("alarmMute"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_detail, 1);
    row->addWidget(m_more);
    row->addWidget(m_show);
    row->addWidget(m_ack);
    row->addWidget(m_mute);
    lines->addWidget(m_headline);
    lines->addLayout(row);
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

QString AlarmBanner::text() const { return m_text; }

void AlarmBanner::refresh()
{
    const Alarm *a = m_alarms.top();
    if (!a) {
        m_flash.stop();
        m_text.clear();
        static_cast<ElidedLabel *>(m_headline)->setFullText({});
        static_cast<ElidedLabel *>(m_detail)->setFullText({});
        hide();
        return;
    }
    const QString kind = DataLanguage::text((a->drill ? QStringLiteral("【演练】") : QString()) + alarmKindLabel(a->kind));
    const QString incident = QStringLiteral("#%1 %2").arg(a->incidentId).arg(a->title);
    QString when, window;
    if (!a->windowKey.isEmpty()) {
        const qint64 left = m_alarms.secondsLeft(*a);
        when = left < 0 ? tr("overdue by %1").arg(Presentation::countdown(-left)) : tr("%1 left").arg(Presentation::countdown(left));
        window = QStringLiteral("%1 %2").arg(DataLanguage::text(a->clause), DataLanguage::text(a->action));
        m_text = kind + QStringLiteral(" · ") + incident + QStringLiteral(" · ") + window + QStringLiteral(" · ") + when;
    } else {
        when = tr("new incident reported %1").arg(toShanghai(a->raisedAt).toString(QStringLiteral("HH:mm:ss")));
        m_text = kind + QStringLiteral(" · ") + incident + QStringLiteral(" · ") + when;
    }
    // What and how long lead the first line, so cutting a long title never hides the time left.
    static_cast<ElidedLabel *>(m_headline)->setFullText(kind + QStringLiteral(" · ") + (window.isEmpty() ? incident : when + QStringLiteral(" · ") + incident));
    static_cast<ElidedLabel *>(m_detail)->setFullText(window.isEmpty() ? when : window);
    setToolTip(m_text);
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
