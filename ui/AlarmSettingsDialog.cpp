#include "AlarmSettingsDialog.h"
#include "ProblemText.h"

#include "alarm/AlarmCenter.h"
#include "settings/CentreSettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>

namespace cd {

AlarmSettingsDialog::AlarmSettingsDialog(AlarmCenter &alarms, AlarmSound *sound, QWidget *parent)
    : QDialog(parent)
    , m_alarms(alarms)
{
    setWindowTitle(tr("Alarm settings"));
    const AlarmSettings s = alarms.settings();
    auto *form = new QFormLayout(this);
    m_volume = new QSlider(Qt::Horizontal, this);
    m_volume->setRange(0, 100);
    m_volume->setValue(s.volume);
    auto *test = new QPushButton(tr("Test"), this);
    auto *volumeRow = new QHBoxLayout;
    volumeRow->addWidget(m_volume, 1);
    volumeRow->addWidget(test);
    form->addRow(tr("Volume"), volumeRow);
    if (CentreSettings::load().isLocked(QStringLiteral("alarms/volume"))) { // the centre decides
        m_volume->setEnabled(false);
        m_volume->setToolTip(tr("Fixed by the centre (%1)").arg(CentreSettings::centreFilePath()));
    }
    connect(test, &QPushButton::clicked, this, [this, sound] {
        if (sound)
            sound->play(AlarmSound::Tone::Urgent, m_volume->value() / 100.0);
    });
    m_repeat = new QSpinBox(this);
    m_repeat->setRange(5, 600);
    m_repeat->setSuffix(tr(" s"));
    m_repeat->setValue(s.repeatSeconds);
    form->addRow(tr("Sound again until acknowledged, every"), m_repeat);
    m_overdue = new QCheckBox(tr("Window overdue"), this);
    m_overdue->setChecked(s.soundOverdue);
    m_dueSoon = new QCheckBox(tr("Window due soon"), this);
    m_dueSoon->setChecked(s.soundDueSoon);
    m_new = new QCheckBox(tr("New incident"), this);
    m_new->setChecked(s.soundNewIncident);
    m_drill = new QCheckBox(tr("Drill alarms (演练)"), this);
    m_drill->setChecked(s.soundDrill);
    form->addRow(tr("Sound for"), m_overdue);
    form->addRow(QString(), m_dueSoon);
    form->addRow(QString(), m_new);
    form->addRow(QString(), m_drill);
    m_muteMinutes = new QSpinBox(this);
    m_muteMinutes->setRange(1, 24 * 60);
    m_muteMinutes->setValue(15);
    m_muteMinutes->setSuffix(tr(" min"));
    auto *mute = new QPushButton(alarms.isMuted() ? tr("Unmute now") : tr("Mute"), this);
    auto *muteRow = new QHBoxLayout;
    muteRow->addWidget(m_muteMinutes);
    muteRow->addWidget(mute);
    form->addRow(tr("Mute the sound for"), muteRow);
    connect(mute, &QPushButton::clicked, this, [this] {
        if (m_alarms.isMuted()) {
            m_alarms.unmute();
            return accept();
        }
        if (const auto r = m_alarms.muteFor(m_muteMinutes->value()); !r)
            return (void)QMessageBox::warning(this, windowTitle(), ProblemText::forDesk(r.error()));
        accept();
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void AlarmSettingsDialog::apply()
{
    AlarmSettings s;
    s.volume = m_volume->value();
    s.repeatSeconds = m_repeat->value();
    s.soundOverdue = m_overdue->isChecked();
    s.soundDueSoon = m_dueSoon->isChecked();
    s.soundNewIncident = m_new->isChecked();
    s.soundDrill = m_drill->isChecked();
    m_alarms.setSettings(s);
    s.save();
}

} // namespace cd
