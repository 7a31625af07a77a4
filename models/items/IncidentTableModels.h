#pragma once

#include <QHash>
#include <QSet>

#include <functional>

#include "time/DeadlineEngine.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace cd {

class IncidentStore;
class IncidentState;

// Every incident, one row each, with a live countdown to its next reporting window.
class IncidentListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Title, County, Level, Plans, Status, NextDeadline, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, ExerciseRole, ClosedRole, WorldRole, DemoRole };

    explicit IncidentListModel(IncidentStore &store, QObject *parent = nullptr);
    // Without QAbstractTableModel's two virtual calls per index: the list's filter sorts 100k
    // rows by asking an index for each side of each comparison.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    IncidentStore &m_store;
};

// Live / exercise / closed filter over the incident list.
class IncidentFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    // Current (the default): live incidents, the running drill's and exercises entered by
    // hand — not ended drills, not --demo incidents.
    enum Filter { All, Live, Exercise, Open, Closed, Current };
    // Its source shows the store's summaries row for row (IncidentListModel, or an identity
    // proxy of it): the filter reads them there.
    explicit IncidentFilterModel(const IncidentStore &store, QObject *parent = nullptr);
    // Whether this row of the store's summaries passes the filter (the map shows what the list does).
    bool acceptsSummaryRow(int row) const { return filterAcceptsRow(row, {}); }
    void setFilter(Filter f);
    Filter filter() const { return m_filter; }
    // The row showing this incident, invalid when filtered out or unknown.
    QModelIndex indexOfIncident(qint64 id) const;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const IncidentStore &m_store;
    Filter m_filter = Current;
};

// A table about the selected incident: resets when the selection changes or the selected
// incident is refolded.
class SelectedIncidentModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit SelectedIncidentModel(IncidentStore &store, QObject *parent = nullptr);

protected:
    IncidentStore &m_store;
};

// The member agencies of the selected incident and where each stands.
class DutyModel final : public SelectedIncidentModel {
    Q_OBJECT
public:
    enum Column { Plan, Agency, Clause, Duty, Reason, Status, By, ColumnCount };
    using SelectedIncidentModel::SelectedIncidentModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

// The reporting windows of the selected incident: overdue pinned on top, then by urgency.
class DeadlineModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Clause, Action, Anchor, Due, Countdown, State, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, KeyRole };
    explicit DeadlineModel(IncidentStore &store, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Deadline::State stateAt(int row) const;
    // Where responding units are known (the map's unit feed): the ETAs of units by id for an
    // incident, and which units carry a leader. A window completed by an arrival (86号 3(2))
    // then turns due soon as soon as the leaders' expected arrival lies past its due time.
    struct Arrivals {
        std::function<QHash<QString, qint64>(qint64 incidentId)> etaSeconds;
        std::function<QSet<QString>()> leaderUnits;
    };
    void setArrivals(Arrivals arrivals);

private:
    void rebuild();
    void tick();
    Deadline::State stateOf(const Deadline &d, const IncidentState &incident, const QDateTime &now) const;
    IncidentStore &m_store;
    std::vector<const Deadline *> m_rows;
    std::vector<Deadline::State> m_states;
    std::vector<bool> m_arrivalLate; // the expected arrival lies past the due time
    Arrivals m_arrivals;
};

// The events of the selected incident, newest first.
class TimelineModel final : public SelectedIncidentModel {
    Q_OBJECT
public:
    enum Column { EventTime, EntryTime, Kind, Actor, Details, ColumnCount };
    enum Role { SeqRole = Qt::UserRole + 1, VoidedRole };
    using SelectedIncidentModel::SelectedIncidentModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

} // namespace cd
