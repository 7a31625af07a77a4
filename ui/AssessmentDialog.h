#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QPlainTextEdit;

namespace cd {

// 研判与处置情况: every assessment field of the reports in one dialog with room to write,
// filled with the current texts. payload() holds only the fields that changed.
class AssessmentDialog final : public QDialog {
    Q_OBJECT
public:
    AssessmentDialog(const QString &incident, const QHash<QString, QString> &current, QWidget *parent = nullptr);
    QJsonObject payload() const;
    QPlainTextEdit *editor(const QString &field) const { return m_editors.value(field); }
    static QString fieldLabel(const QString &field);

private:
    QHash<QString, QString> m_current;
    QHash<QString, QPlainTextEdit *> m_editors;
};

} // namespace cd
