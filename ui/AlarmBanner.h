#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;

namespace cd {

class AlarmCenter;
class IncidentStore;

// The flashing strip above the map: the most urgent waiting alarm with its incident, window,
// clause and time left, how many more wait, and buttons to acknowledge it or mute the sound.
// Hidden while no alarm waits. Shows what the AlarmCenter holds; decides nothing itself.
// Two lines at most, whatever the width (a 1366 px desk leaves the map ~540 px): what and how
// long first, then the window; each line is cut with "…" and the whole text is the tooltip.
class AlarmBanner final : public QFrame {
    Q_OBJECT
public:
    AlarmBanner(AlarmCenter &alarms, IncidentStore &store, QWidget *parent = nullptr);
    QString text() const; // the whole alarm in one line, as the tooltip has it
    QLabel *headline() const { return m_headline; }
    QLabel *detail() const { return m_detail; }
    bool isFlashing() const { return m_flash.isActive(); }

Q_SIGNALS:
    void showIncident(qint64 id);
    void problem(const QString &message);

private:
    void refresh();
    void paintPhase();
    AlarmCenter &m_alarms;
    IncidentStore &m_store;
    QLabel *m_headline;
    QLabel *m_detail;
    QString m_text;
    QLabel *m_more;
    QPushButton *m_show;
    QPushButton *m_ack;
    QPushButton *m_mute;
    QTimer m_flash;
    bool m_phase = false;
};

} // namespace cd
