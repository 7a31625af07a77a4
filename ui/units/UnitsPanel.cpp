#include "units/UnitsPanel.h"

#include "items/IncidentStore.h"
#include "journal/IncidentState.h"
#include "map/MapView.h"
#include "map/UnitLayer.h"
#include "map/UnitMapFeed.h"
#include "time/Clock.h"
#include "units/DispatchDialog.h"
#include "units/PositionSourcesDialog.h"
#include "units/UnitDetailsPopup.h"
#include "units/UnitListModel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

namespace {
// The agency box's item for a choice of several agencies made in the Units menu.
const QString SeveralAgencies = QStringLiteral("\x01several");
} // namespace

UnitsPanel::UnitsPanel(IncidentStore &store, UnitMapFeed &feed, Recorder record, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_feed(feed)
    , m_record(std::move(record))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_agency = new QComboBox(this);
    m_agency->setToolTip(tr("Only this agency's units, in the list and on the map"));
    m_agency->addItem(tr("All agencies"), QString());
    layout->addWidget(m_agency);

    m_model = new UnitListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(UnitListModel::AgencyRole);
    m_proxy->setFilterKeyColumn(UnitListModel::CallSign);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // several units per dispatch
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // roster order until a header is clicked
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Three units in view at least, whatever the first-run layout gives the dock (1366×768).
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 9);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    auto *dispatchButton = new QPushButton(tr("Dispatch…"), this);
    dispatchButton->setToolTip(tr("Send units to the selected incident (the units selected here are ticked)"));
    auto *arrivedButton = new QPushButton(tr("Arrived"), this);
    arrivedButton->setToolTip(tr("Mark the selected units as arrived at their task's scene (source: operator)"));
    auto *radiusButton = new QPushButton(tr("Arrival radius…"), this);
    radiusButton->setToolTip(tr("The radius around the selected incident's scene within which a unit counts as arrived"));
    for (auto *b : {dispatchButton, arrivedButton, radiusButton})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(dispatchButton, &QPushButton::clicked, this, [this] { dispatchToSelected(); });
    connect(arrivedButton, &QPushButton::clicked, this, &UnitsPanel::markSelectedArrived);
    connect(radiusButton, &QPushButton::clicked, this, &UnitsPanel::askArrivalRadius);
    connect(m_agency, &QComboBox::currentIndexChanged, this, [this] { setAgency(m_agency->currentData().toString()); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString unit = index.data(UnitListModel::UnitIdRole).toString();
        showDetails(unit, m_table->viewport()->mapToGlobal(m_table->visualRect(index).bottomLeft()));
    });
    connect(&m_feed, &UnitMapFeed::refreshed, this, &UnitsPanel::refresh);
    connect(&m_feed, &UnitMapFeed::agenciesChanged, this, &UnitsPanel::followAgencies);
    refresh();
}

void UnitsPanel::refresh()
{
    const QDateTime now = m_feed.clock().now();
    m_model->setRows(UnitBoard::rows(m_feed.roster(), m_feed.tasks(), m_feed.positions(), [this](qint64 id) { return m_feed.siteOf(id); }, now), now);
    updateAgencies();
}

void UnitsPanel::updateAgencies()
{
    QStringList agencies;
    for (const UnitBoardRow &r : m_model->rows())
        if (!agencies.contains(r.unit.agency))
            agencies << r.unit.agency;
    QStringList listed;
    for (int i = 1; i < m_agency->count(); ++i)
        if (m_agency->itemData(i).toString() != SeveralAgencies)
            listed << m_agency->itemData(i).toString();
    if (listed == agencies)
        return;
    const QSignalBlocker block(m_agency);
    const QString current = m_agency->currentData().toString();
    while (m_agency->count() > 1)
        m_agency->removeItem(1);
    for (const QString &a : std::as_const(agencies))
        m_agency->addItem(a, a);
    m_agency->setCurrentIndex(std::max(0, m_agency->findData(current)));
    followAgencies(m_feed.shownAgencies());
}

void UnitsPanel::setAgency(const QString &agency)
{
    if (agency == SeveralAgencies)
        return; // the box's stand-in for a choice made in the Units menu
    m_feed.setAgencies(agency.isEmpty() ? QSet<QString>() : QSet<QString>{agency}); // → followAgencies
}

void UnitsPanel::followAgencies(const QSet<QString> &shown)
{
    // The list shows what the map shows: one agency, several ticked in the Units menu, or all.
    QStringList alternatives;
    for (const QString &a : shown)
        alternatives << QRegularExpression::escape(a);
    m_proxy->setFilterRegularExpression(shown.isEmpty() ? QString() : QStringLiteral("^(%1)$").arg(alternatives.join(QLatin1Char('|'))));
    const QSignalBlocker block(m_agency);
    if (const int i = m_agency->findData(SeveralAgencies); i >= 0)
        m_agency->removeItem(i);
    if (shown.size() > 1) {
        m_agency->insertItem(1, tr("%n agencies (Units → Agencies shown)", nullptr, int(shown.size())), SeveralAgencies);
        m_agency->setCurrentIndex(1);
    } else {
        m_agency->setCurrentIndex(std::max(0, m_agency->findData(shown.isEmpty() ? QString() : *shown.begin())));
    }
}

QStringList UnitsPanel::selectedUnits() const
{
    QStringList out;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        out << i.data(UnitListModel::UnitIdRole).toString();
    return out;
}

void UnitsPanel::dispatchToSelected(const QString &agency)
{
    const IncidentState *s = m_store.selected();
    if (!s) {
        Q_EMIT problem(tr("Select an incident first (on the map or in the list)."));
        return;
    }
    if (m_model->rows().isEmpty()) {
        Q_EMIT problem(tr("The roster has no units yet (commanddesk-cli units import or units add)."));
        return;
    }
    const qint64 id = s->id;
    const auto chosen = DispatchDialog::ask(this, id, s->title, m_model->rows(), agency, selectedUnits());
    if (chosen)
        dispatch(id, *chosen);
}

bool UnitsPanel::dispatch(qint64 incidentId, const QStringList &units)
{
    // UnitTasks checks the roster and marks the re-tasked units (retasked_from), as they are now.
    m_feed.refreshAll();
    const auto payload = m_feed.tasks().dispatch(incidentId, units, m_feed.roster());
    if (!payload) {
        Q_EMIT problem(tr("Cannot dispatch: %1").arg(payload.error()));
        return false;
    }
    m_record(incidentId, QStringLiteral("dispatched"), payload.value());
    m_feed.refresh();
    return true;
}

void UnitsPanel::markSelectedArrived()
{
    const QStringList units = selectedUnits();
    if (units.isEmpty()) {
        Q_EMIT problem(tr("Select the units that arrived in the unit list first."));
        return;
    }
    for (const QString &u : units)
        markArrived(u);
}

bool UnitsPanel::markArrived(const QString &unit)
{
    m_feed.refreshAll(); // whether it is en route, from every dispatch in the journal
    const UnitBoardRow *r = m_model->row(unit);
    if (!r || r->task != UnitBoardRow::Task::EnRoute) {
        Q_EMIT problem(tr("%1 is not en route to an incident: dispatch it first.").arg(r ? r->unit.label() : unit));
        return false;
    }
    // The same payload as a geofence arrival, with the operator as its source; a leader's car
    // meets the leaders-on-site window of 86号 3(2) (IncidentState).
    QJsonObject p{{QStringLiteral("unit"), r->unit.id}, {QStringLiteral("callsign"), r->unit.label()},
                  {QStringLiteral("leader"), r->unit.leader}, {QStringLiteral("source"), QStringLiteral("operator")}};
    m_record(r->incidentId, QStringLiteral("arrived"), p);
    m_feed.refresh();
    return true;
}

void UnitsPanel::askArrivalRadius()
{
    const IncidentState *s = m_store.selected();
    if (!s) {
        Q_EMIT problem(tr("Select an incident first (on the map or in the list)."));
        return;
    }
    const qint64 id = s->id;
    bool ok = false;
    const int metres = QInputDialog::getInt(this, tr("Arrival radius"),
                                            tr("Incident #%1: a unit within this many metres of the scene for 30 s counts as arrived (default 300 m).").arg(id),
                                            int(s->geofenceRadiusMetres), 50, 5000, 50, &ok);
    if (ok)
        setArrivalRadius(id, metres);
}

bool UnitsPanel::setArrivalRadius(qint64 incidentId, int metres)
{
    if (metres < 50 || metres > 5000) {
        Q_EMIT problem(tr("Arrival radius: %1 m is outside 50 to 5000 m.").arg(metres));
        return false;
    }
    m_record(incidentId, QStringLiteral("geofence_set"), {{QStringLiteral("radius_m"), metres}});
    return true;
}

UnitDetailsPopup *UnitsPanel::showDetails(const QString &unit, const QPoint &globalPos)
{
    const UnitBoardRow *r = m_model->row(unit);
    if (!r)
        return nullptr;
    auto *popup = new UnitDetailsPopup(this);
    const IncidentState *s = r->incidentId ? m_store.incident(r->incidentId) : nullptr;
    popup->setRow(*r, s ? s->title : QString(), m_feed.clock().now());
    popup->move(globalPos);
    popup->show();
    return popup;
}

void UnitsPanel::addMenuActions(QMenu &menu)
{
    menu.addSeparator();
    menu.addAction(tr("Dispatch units to the selected incident…"), this, [this] { dispatchToSelected(); });
    menu.addAction(tr("Mark the selected units arrived"), this, &UnitsPanel::markSelectedArrived);
    menu.addAction(tr("Arrival radius of the selected incident…"), this, &UnitsPanel::askArrivalRadius);
    menu.addSeparator();
    menu.addAction(tr("Position sources…"), this, &UnitsPanel::showPositionSources);
}

PositionSourcesDialog *UnitsPanel::showPositionSources()
{
    if (!m_sources) {
        m_sources = new PositionSourcesDialog(m_store, this);
        connect(m_sources, &PositionSourcesDialog::fixesAdded, &m_feed, &UnitMapFeed::refresh);
    }
    m_sources->setUnits(m_feed.roster());
    m_sources->show();
    m_sources->raise();
    return m_sources;
}

void UnitsPanel::watchMap(MapView &map)
{
    m_map = &map;
    map.viewport()->installEventFilter(this);
}

bool UnitsPanel::eventFilter(QObject *watched, QEvent *event)
{
    // A left click on a unit's marker shows its details; every other click is the map's.
    if (m_map && watched == m_map->viewport() && event->type() == QEvent::MouseButtonPress) {
        const auto *me = static_cast<QMouseEvent *>(event);
        if (me->button() == Qt::LeftButton)
            for (QGraphicsItem *item : m_map->items(me->position().toPoint()))
                if (auto *marker = dynamic_cast<UnitMarkerItem *>(item); marker && marker->isVisible()) {
                    showDetails(marker->unit(), me->globalPosition().toPoint() + QPoint(12, 12));
                    return true;
                }
    }
    return QWidget::eventFilter(watched, event);
}

void UnitsPanel::attachDutyTable(QTableView &duties, std::function<QString(int row)> agencyOfRow)
{
    auto *action = new QAction(tr("Dispatch units for this duty…"), &duties);
    action->setObjectName(QStringLiteral("dispatchForDuty"));
    duties.setContextMenuPolicy(Qt::ActionsContextMenu);
    duties.addAction(action);
    connect(action, &QAction::triggered, this, [this, &duties, agencyOfRow = std::move(agencyOfRow)] {
        const int row = duties.currentIndex().isValid() ? duties.currentIndex().row() : -1;
        dispatchToSelected(row >= 0 ? agencyOfRow(row) : QString());
    });
}

} // namespace cd
