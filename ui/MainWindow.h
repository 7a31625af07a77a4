#pragma once

#include "time/WorkCalendar.h"

#include <QMainWindow>

#include <memory>

class QLabel;

namespace cd {

class Clock;
class Journal;
class PlanLibrary;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(std::shared_ptr<const PlanLibrary> library, WorkCalendar calendar, Clock &clock,
               Journal *journal = nullptr, QWidget *parent = nullptr);

private:
    void buildMenus();
    void importCalendar();
    void updateClockStatus();
    void updateCalendarStatus();

    std::shared_ptr<const PlanLibrary> m_library;
    WorkCalendar m_calendar;
    Clock &m_clock;
    Journal *m_journal;
    QLabel *m_clockLabel = nullptr;
    QLabel *m_calendarLabel = nullptr;
};

} // namespace cd
