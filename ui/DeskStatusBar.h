#pragma once

#include <QObject>

class QLabel;
class QMainWindow;

namespace cd {

class ConnectionStatus;
class DrillController;
class IncidentStore;

// The desk's status bar: the running drill's last inject, the live counts (a permanent field
// no message covers), the EXERCISE banner, the journal's connection, the holiday calendar's
// reach, and the wall clock with the drill's own time beside it. Kept apart from MainWindow,
// which only creates it and passes the drill's injects on.
class DeskStatusBar final : public QObject {
    Q_OBJECT
public:
    DeskStatusBar(QMainWindow &window, IncidentStore &store, DrillController *drill);

    ConnectionStatus *connection() const { return m_connection; }
    void showInject(const QString &text); // shortened to fit; the whole text is the tooltip
    void updateClock();
    void updateCalendar();

private:
    void updateCounts();
    void updateExerciseBanner();

    IncidentStore &m_store;
    DrillController *m_drill;
    QLabel *m_inject = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_exercise = nullptr;
    ConnectionStatus *m_connection = nullptr;
    QLabel *m_calendar = nullptr;
    QLabel *m_clock = nullptr;
};

} // namespace cd
