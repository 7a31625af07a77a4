#pragma once

#include <QDateTime>
#include <QDialog>

#include <optional>

class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace cd {

// Asks before an irreversible milestone (应急响应结束, 结案, report to the province, a level
// declared) is recorded, showing the time it will be recorded at. The time can be set back
// for a late entry (补录), never later than now nor before the incident was reported.
// Cancel writes nothing.
class MilestoneConfirmDialog final : public QDialog {
    Q_OBJECT
public:
    MilestoneConfirmDialog(const QString &what, const QString &incident, const QDateTime &now, const QDateTime &earliest,
                           QWidget *parent = nullptr);
    QDateTime recordedAt() const; // UTC
    // Runs the dialog: the time to record at, or nullopt when the operator cancelled.
    static std::optional<QDateTime> ask(QWidget *parent, const QString &what, const QString &incident, const QDateTime &now,
                                        const QDateTime &earliest);

private:
    void check();
    QDateTime m_now, m_earliest;
    QDateTimeEdit *m_at;
    QLabel *m_note;
    QPushButton *m_record;
};

} // namespace cd
