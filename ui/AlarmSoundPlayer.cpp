#include "AlarmSoundPlayer.h"

#include <QSoundEffect>
#include <QUrl>

namespace cd {

namespace {
QSoundEffect *effect(const char *file, QObject *parent)
{
    auto *e = new QSoundEffect(parent);
    e->setSource(QUrl(QStringLiteral("qrc:/sounds/") + QLatin1String(file)));
    return e;
}
} // namespace

AlarmSoundPlayer::AlarmSoundPlayer(QObject *parent)
    : QObject(parent)
    , m_urgent(effect("urgent.wav", this))
    , m_warning(effect("warning.wav", this))
    , m_drill(effect("drill.wav", this))
{
}

void AlarmSoundPlayer::play(Tone tone, double volume)
{
    QSoundEffect *e = tone == Tone::Urgent ? m_urgent : tone == Tone::Warning ? m_warning : m_drill;
    e->setVolume(float(std::clamp(volume, 0.0, 1.0)));
    e->play();
}

} // namespace cd
