#include "DeskStatusBar.h"

#include "ConnectionStatus.h"
#include "drill/DrillController.h"
#include "items/IncidentStore.h"
#include "time/Clock.h"
#include "time/ShanghaiTime.h"

#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>

namespace cd {

namespace {

// White bold text on a colour of its own. A palette rather than a style sheet: a widget's
// first style sheet wraps the application's style for it (0.2 ms of the desk's first frame).
void makeBadge(QLabel &label, const QColor &background)
{
    QPalette p = label.palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, Qt::white);
    label.setPalette(p); // roles set here outlive the theme's application palette
    label.setAutoFillBackground(true);
    QFont f = label.font();
    f.setBold(true);
    label.setFont(f);
    label.setContentsMargins(6, 0, 6, 0);
}

} // namespace

DeskStatusBar::DeskStatusBar(QMainWindow &window, IncidentStore &store, DrillController *drill)
    : QObject(&window)
    , m_store(store)
    , m_drill(drill)
{
    QStatusBar *bar = window.statusBar();
    m_inject = new QLabel(&window);
    makeBadge(*m_inject, QColor(0xf5, 0x7c, 0x00));
    m_inject->setVisible(false);
    bar->addWidget(m_inject);
    m_counts = new QLabel(&window);
    m_counts->setObjectName(QStringLiteral("liveCounts"));
    bar->addPermanentWidget(m_counts); // never covered by a message
    connect(&m_store, &IncidentStore::incidentsReset, this, &DeskStatusBar::updateCounts);
    connect(&m_store, &IncidentStore::incidentAdded, this, &DeskStatusBar::updateCounts);
    connect(&m_store, &IncidentStore::incidentChanged, this, &DeskStatusBar::updateCounts);
    updateCounts();
    m_exercise = new QLabel(&window);
    m_exercise->setObjectName(QStringLiteral("exerciseBadge"));
    makeBadge(*m_exercise, QColor(0x1f, 0x78, 0xd1));
    bar->addWidget(m_exercise);
    m_connection = new ConnectionStatus(m_store.journal(), &window);
    bar->addWidget(m_connection);
    m_calendar = new QLabel(&window);
    bar->addWidget(m_calendar);
    m_clock = new QLabel(&window);
    bar->addPermanentWidget(m_clock);
    connect(&m_store, &IncidentStore::ticked, this, &DeskStatusBar::updateClock);
    if (m_drill)
        connect(m_drill, &DrillController::stateChanged, this, [this] {
            m_inject->setVisible(m_drill->isRunning() && !m_inject->text().isEmpty());
            updateExerciseBanner();
            updateClock();
        });
    connect(&m_store, &IncidentStore::selectionChanged, this, &DeskStatusBar::updateExerciseBanner);
    updateExerciseBanner();
    updateClock();
    updateCalendar();
}

void DeskStatusBar::showInject(const QString &text)
{
    // Kept short so the journal, counts and clock stay visible.
    m_inject->setText(m_inject->fontMetrics().elidedText(text, Qt::ElideRight, 520));
    m_inject->setToolTip(text);
    m_inject->setVisible(true);
}

void DeskStatusBar::updateCounts()
{
    if (m_store.isLoading()) { // not "0": the incidents are not in yet
        m_counts->setText(tr("Reading the incident journal…"));
        return;
    }
    // Exercise incidents are never counted with live ones.
    int live = 0, liveOpen = 0, drills = 0;
    for (const auto &s : m_store.summaries()) {
        if (s.exercise) {
            ++drills;
            continue;
        }
        ++live;
        if (static_cast<int>(s.status) < static_cast<int>(IncidentStatus::Closed))
            ++liveOpen;
    }
    m_counts->setText(tr("Live %1 (open %2) · Exercises %3").arg(live).arg(liveOpen).arg(drills));
}

void DeskStatusBar::updateExerciseBanner()
{
    const auto *s = m_store.selected();
    const bool drill = m_store.clocks().drillRunning() || (s && s->exercise);
    m_exercise->setText(drill ? tr("EXERCISE") : QString());
    m_exercise->setVisible(drill);
}

void DeskStatusBar::updateClock()
{
    // Live time always; the drill's own time beside it while one runs.
    const auto mode = m_store.clock().mode();
    const QString modeText = mode == Clock::Mode::Live ? tr("Live") : tr("Manual");
    QString text = tr("%1 · %2 Beijing time").arg(modeText, toShanghai(m_store.clock().now()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (const Clock *drill = m_store.clocks().drillClock())
        text += QStringLiteral(" | ") + tr("Drill %1 (%2×%3)")
                                            .arg(toShanghai(drill->now()).toString(QStringLiteral("MM-dd HH:mm:ss")))
                                            .arg(m_drill ? m_drill->speed() : 1.0)
                                            .arg(m_drill && m_drill->isPaused() ? tr(", paused") : QString());
    m_clock->setText(text);
}

void DeskStatusBar::updateCalendar()
{
    const auto &calendar = m_store.calendar();
    // Working-day windows reach up to two weeks ahead: warn a month before the calendar ends.
    const QDate soon = shanghaiDate(m_store.clock().now()).addDays(31);
    if (calendar.covers(soon)) {
        m_calendar->setText(tr("Holiday calendar %1–%2").arg(calendar.firstYear()).arg(calendar.lastYear()));
        m_calendar->setStyleSheet(QString());
    } else {
        m_calendar->setText(tr("Holiday calendar ends with %1: working days after it follow Monday–Friday only. "
                               "Import the new State Council notice (File menu).")
                                .arg(calendar.lastYear()));
        m_calendar->setStyleSheet(QStringLiteral("color: #d7191c; font-weight: bold;"));
    }
}

} // namespace cd
