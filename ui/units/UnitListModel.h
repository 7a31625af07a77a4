#pragma once

#include "units/UnitBoard.h"

#include <QAbstractTableModel>

namespace cd {

// The unit list's table: call sign, agency, kind, task, state, position and ETA of every
// active unit. Rows come whole from UnitBoard once a second; when the same units are listed
// the rows are updated in place, so the operator's selection survives the refresh.
class UnitListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CallSign, Agency, Kind, Task, State, Position, Eta, ColumnCount };
    static constexpr int UnitIdRole = Qt::UserRole;
    static constexpr int AgencyRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<UnitBoardRow> &rows, const QDateTime &now);
    const QList<UnitBoardRow> &rows() const { return m_rows; }
    const UnitBoardRow *row(const QString &unit) const;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Words shared with the dispatch dialog and the details popup.
    static QString kindText(const QString &kind);
    static QString taskText(const UnitBoardRow &row);
    static QString stateText(const UnitBoardRow &row);
    static QString positionText(const UnitBoardRow &row, const QDateTime &now);
    static QString etaText(const UnitBoardRow &row);

private:
    QList<UnitBoardRow> m_rows;
    QDateTime m_now;
};

} // namespace cd
