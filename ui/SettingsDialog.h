#pragma once

#include "settings/CentreSettings.h"

#include <QDialog>
#include <QMap>

class QLabel;

namespace cd {

// File → Settings: the user's own settings, over the centre's (CentreSettings). A key the
// centre fixes is shown with the centre's value, disabled and marked; an empty field means
// "the centre's value or the built-in default", shown as the placeholder. Each editor's
// objectName is its key ("report/issuer"), for tests and for the centre file's comments.
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // Stores every changed value; false (and the reasons shown) if one is refused.
    bool apply();
    QStringList lastErrors() const { return m_errors; }

    static QString label(const QString &key); // the row's label, translated

private:
    QWidget *editorFor(const CentreSettings::Key &key);
    QVariant editedValue(const QString &key) const;
    CentreSettings m_settings;
    QMap<QString, QWidget *> m_editors;
    QLabel *m_message;
    QStringList m_errors;
};

} // namespace cd
