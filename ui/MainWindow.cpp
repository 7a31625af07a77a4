#include "MainWindow.h"

#include "PlanBrowser.h"
#include "journal/Journal.h"
#include "plan/PlanLibrary.h"
#include "time/CalendarStore.h"
#include "time/Clock.h"
#include "time/ShanghaiTime.h"

#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace cd {

MainWindow::MainWindow(std::shared_ptr<const PlanLibrary> library, WorkCalendar calendar, Clock &clock, Journal *journal,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_library(std::move(library))
    , m_calendar(std::move(calendar))
    , m_clock(clock)
    , m_journal(journal)
{
    setWindowTitle(tr("CommandDesk"));
    setCentralWidget(new PlanBrowser(m_library, this));
    buildMenus();

    statusBar()->addWidget(new QLabel(tr("%n plan(s) loaded", nullptr, int(m_library->plans().size()))));
    if (m_journal)
        statusBar()->addWidget(new QLabel(tr("Journal: %1").arg(m_journal->path())));
    m_calendarLabel = new QLabel(this);
    statusBar()->addWidget(m_calendarLabel);
    m_clockLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_clockLabel);
    connect(&m_clock, &Clock::timeChanged, this, &MainWindow::updateClockStatus);
    updateClockStatus();
    updateCalendarStatus();
    resize(1280, 800);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Import holiday calendar…"), this, &MainWindow::importCalendar);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::importCalendar()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import holiday calendar"), QString(),
                                                      tr("Holiday calendar (*.json)"));
    if (file.isEmpty())
        return;
    const CalendarStore store(CalendarStore::defaultDir());
    const auto stored = store.import(file);
    const auto merged = stored ? store.load() : Result<WorkCalendar>::failure(stored.error());
    if (!merged) {
        QMessageBox::warning(this, tr("Import holiday calendar"),
                             tr("The calendar was not imported; nothing was changed.\n\n%1").arg(merged.error()));
        return;
    }
    m_calendar = merged.value();
    updateCalendarStatus();
    QMessageBox::information(this, tr("Import holiday calendar"),
                             tr("Holiday calendar now covers %1–%2.").arg(m_calendar.firstYear()).arg(m_calendar.lastYear()));
}

void MainWindow::updateClockStatus()
{
    const auto mode = m_clock.mode();
    const QString modeText = mode == Clock::Mode::Live     ? tr("Live")
                             : mode == Clock::Mode::Drill  ? tr("Drill")
                             : mode == Clock::Mode::Replay ? tr("Replay")
                                                           : tr("Manual");
    m_clockLabel->setText(tr("%1 · %2 Beijing time").arg(modeText, toShanghai(m_clock.now()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
}

void MainWindow::updateCalendarStatus()
{
    // Working-day windows reach up to two weeks ahead: warn a month before the calendar ends.
    const QDate soon = shanghaiDate(m_clock.now()).addDays(31);
    if (m_calendar.covers(soon)) {
        m_calendarLabel->setText(tr("Holiday calendar %1–%2").arg(m_calendar.firstYear()).arg(m_calendar.lastYear()));
        m_calendarLabel->setStyleSheet(QString());
    } else {
        m_calendarLabel->setText(tr("Holiday calendar ends with %1: working days after it follow Monday–Friday only. "
                                    "Import the new State Council notice (File menu).")
                                     .arg(m_calendar.lastYear()));
        m_calendarLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    }
}

} // namespace cd
