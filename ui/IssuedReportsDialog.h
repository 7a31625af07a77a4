#pragma once

#include "report/IssuedReports.h"

#include <QDialog>

class QTableWidget;

namespace cd {

class Journal;

// Reports → Issued reports (已发报告): every report that left the centre, with its 发文字号,
// signer, time, SHA-256 and whether the kept copy still matches it; a copy can be saved again,
// byte-identical to the one sent.
class IssuedReportsDialog final : public QDialog {
    Q_OBJECT
public:
    IssuedReportsDialog(const Journal &journal, qint64 incidentId, QWidget *parent = nullptr); // 0: all incidents

private:
    void saveCopy();

    QTableWidget *m_table = nullptr;
    QList<IssuedReport> m_reports;
};

} // namespace cd
