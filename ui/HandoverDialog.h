#pragma once

#include "duty/HandoverSummary.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTextBrowser;

namespace cd {

class AlarmCenter;
class IncidentStore;

// 交接班: the outgoing operator reads the summary the journal gives (open incidents and their
// next windows, duties not acknowledged, reports due, alarms not acknowledged, notes for the
// next shift), adds remarks and may print it; the incoming operator signs in here and
// confirms, which records the handover event signed by them.
class HandoverDialog final : public QDialog {
    Q_OBJECT
public:
    HandoverDialog(IncidentStore &store, AlarmCenter *alarms, QWidget *parent = nullptr);

    const HandoverSummary &summary() const { return m_summary; }
    QString outgoing() const { return m_outgoing; }
    void setRemarks(const QString &remarks);
    PagedDocument document() const;
    // The incoming operator signs in with this login and password and confirms; false (with
    // the reason shown) when the sign-in or the recording is refused.
    bool confirmAs(const QString &login, const QString &password);
    QString problem() const;

private:
    void confirmBySignIn();
    bool recordHandover();

    IncidentStore &m_store;
    HandoverSummary m_summary;
    QString m_outgoing;
    QTextBrowser *m_view = nullptr;
    QPlainTextEdit *m_remarks = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace cd
