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
// section editable. Saving records a report_edited event per changed section (the draft is
// rebuilt from the journal alone); the items still empty are listed before sign-off; 签发 and
// issue record report_issued with the exact PDF (shift leader or commander only).
class ReportEditorDialog final : public QDialog {
    Q_OBJECT
public:
    ReportEditorDialog(IncidentStore &store, qint64 incidentId, ReportKind kind, QWidget *parent = nullptr);

private:
    OfficialReportOptions options() const;
    void rebuild();
    bool saveEdits();
    void preview();
    void issue();

    IncidentStore &m_store;
    qint64 m_id;
    ReportKind m_kind;
    QLabel *m_title = nullptr;
    QLabel *m_missing = nullptr;
    QLineEdit *m_placeholder = nullptr;
    QHash<QString, QPlainTextEdit *> m_edits;
    QHash<QString, QString> m_prefilled; // the text each editor started with
};

} // namespace cd
