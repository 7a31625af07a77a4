#pragma once

#include "directory/AgencyDirectory.h"
#include "directory/DutyCalls.h"

#include <QDateTime>
#include <QDialog>

class QButtonGroup;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace cd {

struct DutyState;

// 呼叫: the numbers of a duty's agency in the order the directory says to try them, and the
// outcome of the call (reached whom / no answer / busy / message left, with its time). What
// it records is DutyCalls::events: a reached call also acknowledges the duty.
class CallDialog final : public QDialog {
    Q_OBJECT
public:
    // `contact` may be null (the agency is not in the directory yet: the number is typed).
    CallDialog(const DutyState &duty, const QString &planRef, const AgencyContact *contact,
               const QDateTime &now, const QDateTime &earliest, QWidget *parent = nullptr);

    DutyCall call() const;           // as filled in
    QString lateEntryReason() const; // empty unless the call is entered late (补录)

private:
    void check();
    bool needsReason() const;

    QString m_plan;
    QString m_agency;
    QDateTime m_now;
    QDateTime m_earliest;
    QListWidget *m_numbers = nullptr;
    QLineEdit *m_number = nullptr;
    QButtonGroup *m_outcome = nullptr;
    QLineEdit *m_person = nullptr;
    QDateTimeEdit *m_at = nullptr;
    QLineEdit *m_note = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_record = nullptr;
};

} // namespace cd
