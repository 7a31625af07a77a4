#pragma once

#include "report/ReportKind.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cd {

class IncidentStore;
class OfficialReport;
struct OfficialReportOptions;

// Reports → Draft and sign off: the report of one kind as prefilled from the journal, each
// section editable. Saving records a report_edited event per changed section and for the text
// that stands in for empty items (the draft is rebuilt from the journal alone); the items still
// empty are listed. 签发 (a shift leader or commander) records report_signed_off for the draft as
// it stands; 印发 then issues that draft (report_issued with the exact PDF) and is refused if
// the draft changed after its sign-off.
class ReportEditorDialog final : public QDialog {
    Q_OBJECT
public:
    ReportEditorDialog(IncidentStore &store, qint64 incidentId, ReportKind kind, QWidget *parent = nullptr);

private:
    OfficialReportOptions options() const;
    void rebuild();
    bool saveEdits();
    void preview();
    void signOff();
    void issue();
    void say(const QString &text, bool problem);

    IncidentStore &m_store;
    qint64 m_id;
    ReportKind m_kind;
    QLabel *m_title = nullptr;
    QLabel *m_missing = nullptr;
    QLineEdit *m_placeholder = nullptr;
    QLineEdit *m_signer = nullptr;
    QLabel *m_status = nullptr;
    QList<QLabel *> m_headings; // one per section, numbered as the page will print it
    QStringList m_headingNotes;
    QString m_prefilledPlaceholder;
    QHash<QString, QPlainTextEdit *> m_edits;
    QHash<QString, QString> m_prefilled; // the text each editor started with
};

} // namespace cd
