#pragma once

#include "duty/DutyRoster.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTimeEdit;

namespace cd {

class Clock;
class Journal;

// 排班表: the shifts of one month, one row each; the form below schedules a shift (or changes
// it: a shift is its date and name) and cancels the selected one; a CSV file brings a whole
// month. Every change is an event in the centre's register, signed by whoever is signed in
// (a shift leader or commander: Roles).
class RosterDialog final : public QDialog {
    Q_OBJECT
public:
    RosterDialog(Journal &journal, const Clock &clock, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString problem() const; // the last refusal shown, for tests
    // For tests and the buttons: fill the form and schedule, or import a file.
    bool schedule(const Shift &shift);
    bool cancelSelected();
    bool importCsv(const QString &path);
    void showMonth(const QDate &anyDayOfMonth);

private:
    void reload();
    void fillForm(int row);
    Shift fromForm() const;
    bool record(const QList<QJsonObject> &payloads, const QString &kind);
    void say(const QString &problem, bool isProblem = true); // a refusal in red, a result in plain text

    Journal &m_journal;
    const Clock &m_clock;
    DutyRoster m_roster;
    QDate m_month;
    QDateEdit *m_monthEdit = nullptr;
    QTableWidget *m_table = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_name = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QLineEdit *m_operators = nullptr;
    QLineEdit *m_leader = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace cd
