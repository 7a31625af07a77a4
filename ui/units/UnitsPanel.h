#pragma once

#include "units/UnitBoard.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace cd {

class IncidentStore;
class MapView;
class PositionSourcesDialog;
class UnitDetailsPopup;
class UnitListModel;
class UnitMapFeed;

// The unit list dock (issue 16): every active unit with its task, state, position and ETA,
// filtered by agency (the map follows the same filter). From here the operator dispatches
// units to the selected incident, marks an arrival by hand (source: operator) and sets the
// incident's arrival radius (geofence_set). Every action is a journal event through `record`;
// the panel decides nothing the models do not.
class UnitsPanel final : public QWidget {
    Q_OBJECT
public:
    // Records `kind` on `incident` as the operator (the window selects the incident and records).
    using Recorder = std::function<void(qint64 incident, const QString &kind, const QJsonObject &payload)>;

    UnitsPanel(IncidentStore &store, UnitMapFeed &feed, Recorder record, QWidget *parent = nullptr);

    // A click on a unit's marker opens its details.
    void watchMap(MapView &map);
    // The duty table's context menu gains "Dispatch units for this duty…", narrowed to the
    // agency of the duty row (agencyOfRow).
    void attachDutyTable(QTableView &duties, std::function<QString(int row)> agencyOfRow);

    // The dispatch dialog for the selected incident: the units selected in the list ticked,
    // only `agency`'s units shown when given. Nothing is recorded when it is cancelled.
    void dispatchToSelected(const QString &agency = {});
    // The dispatched event naming `units` (several; those on another incident are re-tasked).
    bool dispatch(qint64 incidentId, const QStringList &units);
    // Arrival of the selected units at their task's scene, marked by hand (source: operator).
    void markSelectedArrived();
    bool markArrived(const QString &unit);
    // The selected incident's arrival radius (50–5000 m, default 300 m), asked for.
    void askArrivalRadius();
    bool setArrivalRadius(qint64 incidentId, int metres);

    // Dispatch, arrival, radius and the position sources in the Units menu.
    void addMenuActions(QMenu &menu);
    PositionSourcesDialog *showPositionSources();
    UnitDetailsPopup *showDetails(const QString &unit, const QPoint &globalPos);
    void setAgency(const QString &agency); // "" : all
    QStringList selectedUnits() const;
    QTableView *table() const { return m_table; }
    UnitListModel *model() const { return m_model; }
    QComboBox *agencyBox() const { return m_agency; }
    void refresh(); // from the feed, once a second

Q_SIGNALS:
    void problem(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateAgencies();
    void followAgencies(const QSet<QString> &shown); // the feed's choice, in the list and the box

    IncidentStore &m_store;
    UnitMapFeed &m_feed;
    Recorder m_record;
    QComboBox *m_agency;
    QTableView *m_table;
    UnitListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPointer<MapView> m_map;
    PositionSourcesDialog *m_sources = nullptr; // made when first asked for, kept: its feeds run on
};

} // namespace cd
