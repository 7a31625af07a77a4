#include "SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace cd {

QString SettingsDialog::label(const QString &key)
{
    if (key == QLatin1String("report/issuer"))
        return tr("Issuing body");
    if (key == QLatin1String("report/numberPrefix"))
        return tr("Document number prefix");
    if (key == QLatin1String("report/contact"))
        return tr("Centre contact line");
    if (key == QLatin1String("journal/store"))
        return tr("Journal (file or PostgreSQL URL)");
    if (key == QLatin1String("map/countiesFile"))
        return tr("County boundaries (GeoJSON)");
    if (key == QLatin1String("map/urbanAreaFile"))
        return tr("Urban area outline (GeoJSON)");
    if (key == QLatin1String("alarms/volume"))
        return tr("Alarm volume");
    if (key == QLatin1String("duty/dayStartHour"))
        return tr("Duty day begins at (hour)");
    if (key == QLatin1String("alarms/urgentSound"))
        return tr("Sound: overdue (WAV)");
    if (key == QLatin1String("alarms/warningSound"))
        return tr("Sound: due soon, new incident (WAV)");
    if (key == QLatin1String("alarms/drillSound"))
        return tr("Sound: drill (WAV)");
    if (key == QLatin1String("calendar/noticeFolder"))
        return tr("Holiday notice folder");
    if (key == QLatin1String("duty/ackMinutesMajor"))
        return tr("Duty acknowledgement limit, level I/II (minutes)");
    if (key == QLatin1String("duty/ackMinutesOther"))
        return tr("Duty acknowledgement limit, other levels (minutes)");
    if (key == QLatin1String("ui/language"))
        return tr("Language");
    return key;
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_settings(CentreSettings::load())
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    const bool centreFile = QFileInfo::exists(m_settings.centreFile());
    auto *where = new QLabel(centreFile ? tr("Centre settings from %1. Values marked “fixed by the centre” cannot be changed here; "
                                             "an empty field uses the centre's value or the built-in default.")
                                              .arg(m_settings.centreFile())
                                        : tr("No centre settings file (%1): the built-in defaults apply. An empty field uses the "
                                             "built-in default.")
                                              .arg(m_settings.centreFile()),
                             this);
    where->setWordWrap(true);
    layout->addWidget(where);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    for (const auto &key : CentreSettings::keys()) {
        QWidget *editor = editorFor(key);
        editor->setObjectName(key.name);
        m_editors.insert(key.name, editor);
        QWidget *row = editor;
        if (m_settings.isLocked(key.name)) {
            editor->setEnabled(false);
            auto *box = new QWidget(this);
            auto *h = new QHBoxLayout(box);
            h->setContentsMargins(0, 0, 0, 0);
            h->addWidget(editor, 1);
            auto *mark = new QLabel(tr("fixed by the centre"), box);
            mark->setObjectName(key.name + QStringLiteral("#locked"));
            mark->setStyleSheet(QStringLiteral("color: #b35900; font-weight: bold;"));
            h->addWidget(mark);
            row = box;
        }
        row->setToolTip(tr("Key %1; the centre's value or default: %2")
                            .arg(key.name, m_settings.centreValue(key.name).toString().isEmpty() ? tr("built-in")
                                                                                                  : m_settings.centreValue(key.name).toString()));
        form->addRow(label(key.name), row);
    }
    auto *note = new QLabel(tr("The journal, the map files, the sounds and the language apply at the next start."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #d7191c;"));
    m_message->setText(m_settings.problems().join(QLatin1Char('\n')));
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QWidget *SettingsDialog::editorFor(const CentreSettings::Key &key)
{
    const QString centreText = m_settings.centreValue(key.name).toString();
    switch (key.kind) {
    case CentreSettings::Kind::Volume: {
        auto *spin = new QSpinBox(this);
        spin->setRange(0, 100);
        spin->setSuffix(QStringLiteral(" %"));
        spin->setValue(m_settings.value(key.name).toInt());
        return spin;
    }
    case CentreSettings::Kind::Hour: {
        auto *spin = new QSpinBox(this);
        spin->setRange(0, 23);
        spin->setSuffix(QStringLiteral(":00"));
        spin->setValue(m_settings.value(key.name).toInt());
        return spin;
    }
    case CentreSettings::Kind::Language: {
        auto *combo = new QComboBox(this);
        combo->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
        combo->addItem(QStringLiteral("English"), QStringLiteral("en"));
        combo->setCurrentIndex(combo->findData(m_settings.text(key.name)));
        return combo;
    }
    default:
        break;
    }
    auto *edit = new QLineEdit(this);
    edit->setObjectName(key.name);
    // Locked: the centre's value; otherwise the user's own, with the centre's as placeholder.
    edit->setText(m_settings.isLocked(key.name) ? centreText : m_settings.userValue(key.name).value_or(QVariant()).toString());
    edit->setPlaceholderText(centreText.isEmpty() ? tr("built-in") : centreText);
    edit->setClearButtonEnabled(!m_settings.isLocked(key.name));
    if (key.kind != CentreSettings::Kind::File && key.kind != CentreSettings::Kind::Folder)
        return edit;
    auto *box = new QWidget(this);
    auto *h = new QHBoxLayout(box);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(edit, 1);
    auto *browse = new QToolButton(box);
    browse->setText(QStringLiteral("…"));
    const bool folder = key.kind == CentreSettings::Kind::Folder;
    connect(browse, &QToolButton::clicked, this, [this, edit, folder] {
        const QString chosen = folder ? QFileDialog::getExistingDirectory(this, tr("Choose a folder"), edit->text())
                                      : QFileDialog::getOpenFileName(this, tr("Choose a file"), edit->text());
        if (!chosen.isEmpty())
            edit->setText(chosen);
    });
    h->addWidget(browse);
    edit->setObjectName(QString());
    box->setObjectName(key.name);
    m_editors.insert(key.name + QStringLiteral("#edit"), edit);
    return box;
}

QVariant SettingsDialog::editedValue(const QString &key) const
{
    QWidget *w = m_editors.value(key + QStringLiteral("#edit"), m_editors.value(key));
    if (auto *spin = qobject_cast<QSpinBox *>(w))
        return spin->value();
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->currentData();
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        return edit->text().trimmed();
    return {};
}

bool SettingsDialog::apply()
{
    m_errors.clear();
    for (const auto &key : CentreSettings::keys()) {
        if (m_settings.isLocked(key.name))
            continue;
        QVariant value = editedValue(key.name);
        const bool ownField = key.kind != CentreSettings::Kind::Volume && key.kind != CentreSettings::Kind::Hour &&
                              key.kind != CentreSettings::Kind::Language;
        // A spin box or list always shows a value: the centre's one means "no value of my own".
        if (!ownField && value.toString() == m_settings.centreValue(key.name).toString())
            value = QString();
        if (ownField && value.toString() == m_settings.userValue(key.name).value_or(QVariant()).toString())
            continue;
        if (!ownField && !m_settings.userValue(key.name) && value.toString().isEmpty())
            continue;
        if (const auto refused = m_settings.setUserValue(key.name, value))
            m_errors << label(key.name) + QStringLiteral(": ") + *refused;
    }
    m_message->setText(m_errors.join(QLatin1Char('\n')));
    return m_errors.isEmpty();
}

} // namespace cd
