#pragma once

#include "duty/DutyLog.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QSpinBox;
class QTextBrowser;

namespace cd {

class IncidentStore;

// 值班日志: any duty day (by default the last one ended: yesterday 08:00 to today 08:00, the
// hour from the setting duty/dayStartHour), shown as it prints, printable and saved as PDF.
class DutyLogDialog final : public QDialog {
    Q_OBJECT
public:
    explicit DutyLogDialog(IncidentStore &store, QWidget *parent = nullptr);

    void showDay(const QDate &date, int startHour);
    const DutyLog &log() const { return m_log; }
    PagedDocument document() const;

private:
    IncidentStore &m_store;
    DutyLog m_log;
    QDateEdit *m_date = nullptr;
    QSpinBox *m_hour = nullptr;
    QTextBrowser *m_view = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace cd
