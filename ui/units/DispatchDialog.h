#pragma once

#include "units/UnitBoard.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;

namespace cd {

// 派出力量: the operator ticks the units to send to one incident (several at once). Units on
// another incident are marked: sending them re-tasks them (UnitTasks::dispatch says so in the
// event). Opened from the unit list or from a duty row, which narrows it to that duty's agency.
class DispatchDialog final : public QDialog {
    Q_OBJECT
public:
    DispatchDialog(qint64 incidentId, const QString &incidentTitle, const QList<UnitBoardRow> &units, QWidget *parent = nullptr);
    // Shows only this agency's units ("" : all).
    void setAgency(const QString &agency);
    void setChecked(const QStringList &units);
    QStringList checkedUnits() const; // in roster order
    QListWidget *list() const { return m_list; }
    QComboBox *agencyBox() const { return m_agency; }

    static std::optional<QStringList> ask(QWidget *parent, qint64 incidentId, const QString &incidentTitle, const QList<UnitBoardRow> &units,
                                          const QString &agency, const QStringList &preselected);

private:
    void updateSummary();
    qint64 m_incident;
    QComboBox *m_agency;
    QListWidget *m_list;
    QLabel *m_summary;
};

} // namespace cd
