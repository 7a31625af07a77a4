#pragma once

#include "alarm/AlarmCenter.h"

#include <QObject>

class QSoundEffect;

namespace cd {

// The alarm sounds through Qt Multimedia: our own short WAV files embedded in the program
// (resources/sounds, made by make-sounds.py), so an offline workstation needs nothing else.
class AlarmSoundPlayer final : public QObject, public AlarmSound {
    Q_OBJECT
public:
    explicit AlarmSoundPlayer(QObject *parent = nullptr);
    void play(Tone tone, double volume) override;

private:
    QSoundEffect *m_urgent;
    QSoundEffect *m_warning;
    QSoundEffect *m_drill;
};

} // namespace cd
