#pragma once

#include <QDialog>

class QCheckBox;
class QSlider;
class QSpinBox;

namespace cd {

class AlarmCenter;
class AlarmSound;

// Alarm settings of this desk: volume (with a test sound), how often an unacknowledged alarm
// sounds again, which alarms make a sound, and muting for a set time (a journal event).
class AlarmSettingsDialog final : public QDialog {
    Q_OBJECT
public:
    AlarmSettingsDialog(AlarmCenter &alarms, AlarmSound *sound, QWidget *parent = nullptr);

private:
    void apply();
    AlarmCenter &m_alarms;
    QSlider *m_volume;
    QSpinBox *m_repeat;
    QCheckBox *m_new, *m_dueSoon, *m_overdue, *m_drill;
    QSpinBox *m_muteMinutes;
};

} // namespace cd
