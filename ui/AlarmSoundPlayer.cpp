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
    prepare();
    const int which = tone == Tone::Urgent ? 0 : tone == Tone::Warning ? 1 : 2;
    QSoundEffect *e = which == 0 ? m_urgent : which == 1 ? m_warning : m_drill;
    e->setVolume(float(std::clamp(volume, 0.0, 1.0)));
    if (e->status() != QSoundEffect::Loading) {
        e->play();
        return;
    }
    // The first alarm right after start-up, its file still loading: played once it is ready,
    // once however often it was asked for meanwhile.
    if (m_waiting[which])
        return;
    m_waiting[which] = connect(e, &QSoundEffect::statusChanged, this, [this, e, which] {
        if (e->status() == QSoundEffect::Loading)
            return;
        disconnect(m_waiting[which]);
        m_waiting[which] = {};
        if (e->status() == QSoundEffect::Ready)
            e->play();
    });
}

} // namespace cd
