#include "ReplayPanel.h"

#include "items/IncidentStore.h"
#include "journal/Journal.h"
#include "time/Clock.h"
#include "time/ShanghaiTime.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

namespace cd {

ReplayPanel::ReplayPanel(IncidentStore &store, ClockSwitch &clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
{
    auto *layout = new QVBoxLayout(this);
    m_label = new QLabel(tr("Select an incident and choose Replay."), this);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setEnabled(false);
    auto *row = new QHBoxLayout;
    m_play = new QPushButton(tr("Play"), this);
    m_play->setCheckable(true);
    m_speed = new QComboBox(this);
    for (int s : {1, 10, 60, 600})
        m_speed->addItem(QStringLiteral("%1×").arg(s), s);
    m_speed->setCurrentIndex(2);
    auto *leave = new QPushButton(tr("Leave replay"), this);
    row->addWidget(m_play);
    row->addWidget(m_speed);
    row->addStretch();
    row->addWidget(leave);
    layout->addWidget(m_label);
    layout->addWidget(m_slider);
    layout->addLayout(row);
    connect(m_slider, &QSlider::valueChanged, this, [this](int seconds) {
        if (m_cursor)
            setCursor(m_from.addSecs(seconds));
    });
    connect(m_play, &QPushButton::toggled, this, [this](bool on) { on ? m_timer.start() : m_timer.stop(); });
    connect(leave, &QPushButton::clicked, this, &ReplayPanel::stop);
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, &ReplayPanel::step);
}

ReplayPanel::~ReplayPanel() { stop(); }

bool ReplayPanel::start(qint64 incidentId)
{
    const auto events = m_store.journal().events(incidentId);
    if (!events || events->isEmpty())
        return false;
    stop();
    m_incident = incidentId;
    m_from = events->first().eventTime; // from the report on: before it the incident does not exist
    m_to = m_from;
    for (const auto &e : events.value())
        m_to = std::max(m_to, e.eventTime);
    m_to = m_to.addSecs(30 * 60); // and a little after, to see windows run out
    m_cursor = std::make_unique<ManualClock>(m_from, Clock::Mode::Replay);
    m_slider->setRange(0, int(m_from.secsTo(m_to)));
    m_slider->setValue(0);
    m_slider->setEnabled(true);
    m_previous = &m_clock.source();
    m_clock.use(*m_cursor);
    m_store.select(incidentId);
    setCursor(m_from);
    Q_EMIT activeChanged(true);
    return true;
}

void ReplayPanel::stop()
{
    if (!m_cursor)
        return;
    m_timer.stop();
    m_play->setChecked(false);
    m_slider->setEnabled(false);
    // Back to the live clock; the store refolds everything as it is now.
    m_clock.use(*m_previous);
    m_cursor.reset();
    (void)m_store.reload();
    m_store.select(m_incident);
    m_label->setText(tr("Select an incident and choose Replay."));
    Q_EMIT activeChanged(false);
}

QDateTime ReplayPanel::cursor() const { return m_cursor ? m_cursor->now() : QDateTime(); }

void ReplayPanel::setCursor(const QDateTime &t)
{
    if (!m_cursor)
        return;
    const QDateTime clamped = std::clamp(t, m_from, m_to);
    const QSignalBlocker block(m_slider);
    m_slider->setValue(int(m_from.secsTo(clamped)));
    m_label->setText(tr("Replay of incident #%1 at %2 (Beijing time) — read-only")
                         .arg(m_incident)
                         .arg(toShanghai(clamped).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    m_cursor->setNow(clamped); // the store refolds at the cursor
}

void ReplayPanel::step()
{
    const QDateTime next = cursor().addMSecs(qint64(m_timer.interval()) * m_speed->currentData().toInt());
    setCursor(next);
    if (next >= m_to) {
        m_play->setChecked(false);
        m_timer.stop();
    }
}

} // namespace cd
