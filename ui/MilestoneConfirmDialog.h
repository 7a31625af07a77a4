#pragma once

#include <QDateTime>
#include <QDialog>

#include <optional>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cd {

// Asks before an irreversible milestone (应急响应结束, 结案, report to the province, a level
// declared) is recorded, showing the time it will be recorded at. The time can be set back
// for a late entry (补录), never later than now nor before the incident was reported; set back
// further than the late-entry tolerance (EntryTimeRule, 85号/86号 windows must not be laundered)
// it needs a reason, which the journal keeps with the event. Cancel writes nothing.
class MilestoneConfirmDialog final : public QDialog {
    Q_OBJECT
public:
    MilestoneConfirmDialog(const QString &what, const QString &incident, const QDateTime &now, const QDateTime &earliest,
                           QWidget *parent = nullptr);
    QDateTime recordedAt() const; // UTC
    QString lateEntryReason() const; // empty unless the time is set back beyond the tolerance

    struct Answer {
        QDateTime at;         // UTC
        QString lateReason;   // for the payload's late_entry_reason; empty when not a late entry
    };
    // Runs the dialog: what to record, or nullopt when the operator cancelled.
    static std::optional<Answer> ask(QWidget *parent, const QString &what, const QString &incident, const QDateTime &now,
                                     const QDateTime &earliest);

private:
    void check();
    QDateTime m_now, m_earliest;
    bool needsReason() const;
    QDateTimeEdit *m_at;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    QLabel *m_note;
    QPushButton *m_record;
};

} // namespace cd
