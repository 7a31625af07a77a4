#include "ReplayWindow.h"

#include "DataLanguage.h"
#include "GradingView.h"
#include "geo/RegionMap.h"
#include "map/MapView.h"
#include "units/ReplayUnits.h"
#include "items/IncidentStore.h"
#include "items/IncidentTableModels.h"
#include "journal/Journal.h"
#include "time/Clock.h"
#include "time/ShanghaiTime.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

namespace {
QTableView *table(QAbstractItemModel *model, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}
} // namespace

ReplayWindow::ReplayWindow(const IncidentStore &live, qint64 incidentId, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_incident(incidentId)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("replayWindow"));
    const auto events = live.journal().events(incidentId);
    if (!events || events->isEmpty())
        return;
    m_from = events->first().eventTime; // from the report on: before it the incident does not exist
    m_to = m_from;
    for (const auto &e : events.value())
        m_to = std::max(m_to, e.eventTime);
    m_to = m_to.addSecs(30 * 60); // and a little after, to see windows run out
    m_cursor = std::make_unique<ManualClock>(m_from, Clock::Mode::Replay);
    m_store = std::make_unique<IncidentStore>(live.sharedLibrary(), live.calendar(), *m_cursor, live.journal());
    m_store->setOnly(incidentId);
    (void)m_store->reload();
    m_store->select(incidentId);

    setWindowTitle(tr("Replay of incident #%1 — read-only").arg(incidentId));
    auto *layout = new QVBoxLayout(this);
    // Framed so nobody takes it for the live desk.
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("replayBanner"));
    m_banner->setStyleSheet(QStringLiteral("background:#6a1b9a;color:white;font-weight:bold;font-size:16pt;padding:6px;"));
    m_banner->setWordWrap(true); // the whole text at any width, never cut
    layout->addWidget(m_banner);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, int(m_from.secsTo(m_to)));
    auto *row = new QHBoxLayout;
    m_play = new QPushButton(tr("Play"), this);
    m_play->setCheckable(true);
    m_speed = new QComboBox(this);
    for (int s : {1, 10, 60, 600})
        m_speed->addItem(QStringLiteral("%1×").arg(s), s);
    m_speed->setCurrentIndex(2);
    auto *leave = new QPushButton(tr("Close replay"), this);
    row->addWidget(m_play);
    row->addWidget(m_speed);
    row->addWidget(m_slider, 1);
    row->addWidget(leave);
    layout->addLayout(row);
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_grading = new GradingView(*m_store, split);
    auto *tabs = new QTabWidget(split);
    auto inDeskLanguage = [this](QAbstractItemModel *model) {
        auto *proxy = new DataLanguageModel(this);
        proxy->setSourceModel(model);
        return proxy;
    };
    m_deadlines = table(inDeskLanguage(new DeadlineModel(*m_store, this)), tabs);
    m_timeline = table(inDeskLanguage(new TimelineModel(*m_store, this)), tabs);
    // Clause, due, countdown and state in full; the texts share the rest.
    for (int c : {int(DeadlineModel::Clause), int(DeadlineModel::Due), int(DeadlineModel::Countdown), int(DeadlineModel::State)})
        m_deadlines->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_deadlines->horizontalHeader()->setSectionResizeMode(DeadlineModel::Action, QHeaderView::Stretch);
    m_deadlines->horizontalHeader()->setSectionResizeMode(DeadlineModel::Anchor, QHeaderView::Stretch);
    m_deadlines->horizontalHeader()->setStretchLastSection(false);
    tabs->addTab(m_deadlines, tr("Reporting windows"));
    tabs->addTab(table(inDeskLanguage(new DutyModel(*m_store, this)), tabs), tr("Duties"));
    tabs->addTab(m_timeline, tr("Timeline"));
    // The scene and the units as they moved, from the stored tracks of the replayed span.
    m_map = new MapView(*m_store, RegionMap::lishuiCounties(), tabs);
    m_units = std::make_unique<ReplayUnits>(live.journal(), events.value(), *m_map, m_from, m_to);
    tabs->addTab(m_map, tr("Map and units"));
    connect(tabs, &QTabWidget::currentChanged, this, [this] { m_units->showAt(cursor()); });
    split->addWidget(m_grading);
    split->addWidget(tabs);
    split->setStretchFactor(1, 2);
    split->setSizes({420, 860});
    layout->addWidget(split, 1);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#replayWindow { background: #ede7f6; }")); // never the desk's colours

    connect(m_slider, &QSlider::valueChanged, this, [this](int seconds) { setCursor(m_from.addSecs(seconds)); });
    connect(m_play, &QPushButton::toggled, this, [this](bool on) { on ? m_timer.start() : m_timer.stop(); });
    connect(leave, &QPushButton::clicked, this, &QWidget::close);
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, &ReplayWindow::step);
    // Wide enough for the tables' labels, within the screen it opens on.
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(std::min(1320, screen.width() - 40), std::min(800, screen.height() - 60));
    setCursor(m_from);
}

ReplayWindow::~ReplayWindow() = default;

QDateTime ReplayWindow::cursor() const { return m_cursor ? m_cursor->now() : QDateTime(); }

QString ReplayWindow::banner() const { return m_banner ? m_banner->text() : QString(); }

void ReplayWindow::setCursor(const QDateTime &t)
{
    if (!m_cursor)
        return;
    const QDateTime clamped = std::clamp(t, m_from, m_to);
    const QSignalBlocker block(m_slider);
    m_slider->setValue(int(m_from.secsTo(clamped)));
    m_banner->setText(tr("回放 REPLAY · read-only · incident #%1 at %2 (Beijing time) · the dashboard stays live")
                          .arg(m_incident)
                          .arg(toShanghai(clamped).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    m_cursor->setNow(clamped); // this window's store refolds at the cursor
    m_store->select(m_incident);
    if (m_units)
        m_units->showAt(clamped);
}

void ReplayWindow::step()
{
    const QDateTime next = cursor().addMSecs(qint64(m_timer.interval()) * m_speed->currentData().toInt());
    setCursor(next);
    if (next >= m_to) {
        m_play->setChecked(false);
        m_timer.stop();
    }
}

} // namespace cd
