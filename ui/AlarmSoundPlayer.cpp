#include "AlarmSoundPlayer.h"

#include "settings/CentreSettings.h"

#include <QSoundEffect>
#include <QUrl>

namespace cd {

namespace {
// The centre may replace a sound (alarms/urgentSound …); else the built-in one.
QSoundEffect *effect(const char *file, const QString &key, const CentreSettings &centre, QObject *parent)
{
    auto *e = new QSoundEffect(parent);
    const QString chosen = centre.text(key);
    e->setSource(chosen.isEmpty() ? QUrl(QStringLiteral("qrc:/sounds/") + QLatin1String(file)) : QUrl::fromLocalFile(chosen));
    return e;
}
} // namespace

AlarmSoundPlayer::AlarmSoundPlayer(QObject *parent)
    : QObject(parent)
{
}

void AlarmSoundPlayer::prepare()
{
    if (m_urgent)
        return;
    const auto centre = CentreSettings::load();
    m_urgent = effect("urgent.wav", QStringLiteral("alarms/urgentSound"), centre, this);
    m_warning = effect("warning.wav", QStringLiteral("alarms/warningSound"), centre, this);
    m_drill = effect("drill.wav", QStringLiteral("alarms/drillSound"), centre, this);
}

void AlarmSoundPlayer::play(Tone tone, double volume)
{
    prepare(); // a sound asked for while loading plays once it is loaded (QSoundEffect queues it)
    QSoundEffect *e = tone == Tone::Urgent ? m_urgent : tone == Tone::Warning ? m_warning : m_drill;
    e->setVolume(float(std::clamp(volume, 0.0, 1.0)));
    e->play();
}

} // namespace cd
