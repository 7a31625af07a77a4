#pragma once

#include "journal/Event.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace cd {

class PlanLibrary;

// 更正…: withdraws an event of the timeline or replaces it (another kind, other details,
// the time it really happened), always with a reason. The result is the payload of one
// `correction` event; the corrected row stays in the timeline, struck out.
class CorrectionDialog final : public QDialog {
    Q_OBJECT
public:
    CorrectionDialog(const StoredEvent &event, const PlanLibrary &library, QWidget *parent = nullptr);
    QJsonObject payload() const; // valid once accepted
    QString problem() const;     // why "Record" is disabled; empty when the correction is valid

    QRadioButton *withdrawButton() const { return m_withdraw; }
    QRadioButton *replaceButton() const { return m_replace; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *detailsEdit() const { return m_details; }
    QDateTimeEdit *timeEdit() const { return m_at; }
    QLineEdit *reasonEdit() const { return m_reason; }

private:
    void check();
    const StoredEvent m_event;
    const PlanLibrary &m_library;
    QRadioButton *m_withdraw;
    QRadioButton *m_replace;
    QComboBox *m_kind;
    QLineEdit *m_details;
    QDateTimeEdit *m_at;
    QLineEdit *m_reason;
    QLabel *m_problem;
    QPushButton *m_record;
};

} // namespace cd
