#include "units/UnitListModel.h"

#include "ShownTime.h"

#include <QBrush>
#include <QColor>

namespace cd {

void UnitListModel::setRows(const QList<UnitBoardRow> &rows, const QDateTime &now)
{
    m_now = now;
    bool sameUnits = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameUnits && i < rows.size(); ++i)
        sameUnits = rows.at(i).unit.id == m_rows.at(i).unit.id;
    if (!sameUnits) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const UnitBoardRow *UnitListModel::row(const QString &unit) const
{
    for (const UnitBoardRow &r : m_rows)
        if (r.unit.id == unit)
            return &r;
    return nullptr;
}

QString UnitListModel::kindText(const QString &kind)
{
    if (kind == QLatin1String("patrol_car"))
        return tr("Patrol car");
    if (kind == QLatin1String("ambulance"))
        return tr("Ambulance");
    if (kind == QLatin1String("leader_car"))
        return tr("Leader's car");
    if (kind == QLatin1String("working_group"))
        return tr("Working group");
    if (kind == QLatin1String("special_police"))
        return tr("Special police");
    if (kind == QLatin1String("armed_police"))
        return tr("Armed police");
    return kind; // a kind of the centre's own roster: shown as entered
}

QString UnitListModel::taskText(const UnitBoardRow &r)
{
    return r.incidentId ? tr("Incident #%1").arg(r.incidentId) : QString();
}

QString UnitListModel::stateText(const UnitBoardRow &r)
{
    switch (r.task) {
    case UnitBoardRow::Task::EnRoute: return tr("En route");
    case UnitBoardRow::Task::OnScene: return tr("On scene");
    case UnitBoardRow::Task::Left: return tr("Left the scene");
    case UnitBoardRow::Task::Available: break;
    }
    return tr("Available");
}

QString UnitListModel::positionText(const UnitBoardRow &r, const QDateTime &now)
{
    Q_UNUSED(now)
    switch (r.fix) {
    case UnitBoardRow::Fix::None: return tr("No position");
    case UnitBoardRow::Fix::Live: return tr("Live");
    case UnitBoardRow::Fix::Stale: break;
    }
    // Stale after UnitPositions::StaleSeconds: the time says how old the position is.
    return tr("Stale since %1").arg(toShanghai(r.lastFixAt).toString(QStringLiteral("HH:mm")));
}

QString UnitListModel::etaText(const UnitBoardRow &r)
{
    if (!r.etaSeconds)
        return QString();
    return tr("%n min", nullptr, int((*r.etaSeconds + 59) / 60)); // rounded up: never promise early
}

QVariant UnitListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const UnitBoardRow &r = m_rows.at(index.row());
    if (role == UnitIdRole)
        return r.unit.id;
    if (role == AgencyRole)
        return r.unit.agency;
    if (role == Qt::ForegroundRole && index.column() == Position && r.fix != UnitBoardRow::Fix::Live)
        return QBrush(QColor(0x70, 0x70, 0x70));
    if (role == Qt::ToolTipRole && index.column() == CallSign)
        return QStringLiteral("%1 · %2").arg(r.unit.id, r.unit.crew);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case CallSign: return r.unit.leader ? r.unit.label() + QStringLiteral(" ★") : r.unit.label();
    case Agency: return r.unit.agency;
    case Kind: return kindText(r.unit.kind);
    case Task: return taskText(r);
    case State: return stateText(r);
    case Position: return positionText(r, m_now);
    case Eta: return etaText(r);
    case ColumnCount: break;
    }
    return {};
}

QVariant UnitListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case CallSign: return tr("Call sign");
    case Agency: return tr("Agency");
    case Kind: return tr("Kind");
    case Task: return tr("Task");
    case State: return tr("State");
    case Position: return tr("Position");
    case Eta: return tr("ETA");
    case ColumnCount: break;
    }
    return {};
}

} // namespace cd
