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
    // Loads the three sounds (the audio back end, the WAV files, the centre's choices): done
    // on the first play() if not before; the desk calls it once it is up, not before its
    // first frame.
    void prepare();

private:
    QSoundEffect *m_urgent = nullptr;
    QSoundEffect *m_warning = nullptr;
    QSoundEffect *m_drill = nullptr;
    QMetaObject::Connection m_waiting[3]; // per tone: asked to play while its file was still loading
};

} // namespace cd
