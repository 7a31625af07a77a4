#include "IncidentListPanel.h"

#include "AlarmRowDelegate.h"
#include "DeskTable.h"
#include "FittedColumns.h"
#include "alarm/AlarmCenter.h"
#include "items/IncidentStore.h"
#include "items/IncidentTableModels.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

namespace {

// Qt draws ▲ for a descending column (Qt::DescendingOrder → SortUp). Operators read ▲ as
// "smallest first", like most tables they know: ▲ ascending, ▼ descending.
class SortArrowStyle final : public QProxyStyle {
public:
    SortArrowStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {
    }
    void drawPrimitive(PrimitiveElement pe, const QStyleOption *opt, QPainter *p, const QWidget *w) const override
    {
        if (pe == PE_IndicatorHeaderArrow)
            if (const auto *h = qstyleoption_cast<const QStyleOptionHeader *>(opt)) {
                QStyleOptionHeader flipped = *h;
                flipped.sortIndicator = h->sortIndicator == QStyleOptionHeader::SortUp ? QStyleOptionHeader::SortDown
                                        : h->sortIndicator == QStyleOptionHeader::SortDown ? QStyleOptionHeader::SortUp
                                                                                          : h->sortIndicator;
                return QProxyStyle::drawPrimitive(pe, &flipped, p, w);
            }
        QProxyStyle::drawPrimitive(pe, opt, p, w);
    }
};

} // namespace

IncidentListPanel::IncidentListPanel(IncidentStore &store, IncidentFilterModel &filter, const AlarmCenter &alarms, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_filter(filter)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_filterBox = new QComboBox(this);
    m_filterBox->addItem(tr("Current (live and running drill)"), IncidentFilterModel::Current);
    m_filterBox->addItem(tr("All incidents"), IncidentFilterModel::All);
    m_filterBox->addItem(tr("Live only"), IncidentFilterModel::Live);
    m_filterBox->addItem(tr("Exercises only (演练)"), IncidentFilterModel::Exercise);
    m_filterBox->addItem(tr("Open"), IncidentFilterModel::Open);
    m_filterBox->addItem(tr("Closed"), IncidentFilterModel::Closed);
    m_filterBox->setCurrentIndex(m_filterBox->findData(int(filter.filter())));
    connect(m_filterBox, &QComboBox::currentIndexChanged, this, [this] {
        m_filter.setFilter(IncidentFilterModel::Filter(m_filterBox->currentData().toInt()));
        showHidden();
    });

    // The default list leaves out ended drills and --demo incidents: say how many, so an
    // empty list after --demo does not look like a lost journal.
    m_hidden = new QLabel(this);
    m_hidden->setObjectName(QStringLiteral("hiddenIncidents"));
    m_hidden->setWordWrap(true);
    m_hidden->setStyleSheet(QStringLiteral("color:#607d8b;"));

    m_table = makeDeskTable(&filter, this);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IncidentListModel::Id, Qt::DescendingOrder); // newest first (the filter is sorted so already)
    auto *arrows = new SortArrowStyle;
    arrows->setParent(m_table->horizontalHeader());
    m_table->horizontalHeader()->setStyle(arrows);
    new FittedColumns(m_table, IncidentListModel::Title, 90, {IncidentListModel::Plans, IncidentListModel::County});
    // Rows with a waiting alarm flash.
    m_table->setItemDelegate(new AlarmRowDelegate(m_table, [&alarms](const QModelIndex &i) {
        return alarms.isAlarming(i.data(IncidentListModel::IdRole).toLongLong());
    }));
    layout->addWidget(m_filterBox);
    layout->addWidget(m_hidden);
    layout->addWidget(m_table);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            m_store.select(current.data(IncidentListModel::IdRole).toLongLong());
    });
    // Selection made elsewhere (the map, the banner) shows in the list too.
    connect(&store, &IncidentStore::selectionChanged, this, &IncidentListPanel::showSelected);
    showSelected(store.selectedId()); // one chosen before the list existed

    connect(&store, &IncidentStore::incidentsReset, this, &IncidentListPanel::countHidden);
    connect(&store.clocks(), &IncidentClocks::drillChanged, this, &IncidentListPanel::countHidden);
    connect(&store, &IncidentStore::incidentAdded, this, &IncidentListPanel::recheckHidden);
    connect(&store, &IncidentStore::incidentChanged, this, &IncidentListPanel::recheckHidden);
    countHidden();
}

void IncidentListPanel::showSelected(qint64 id)
{
    // Found through the mappings, not by reading every row (100k of them).
    const QModelIndex i = m_filter.indexOfIncident(id);
    if (i.isValid() && m_table->currentIndex().row() != i.row())
        m_table->setCurrentIndex(i);
}

bool IncidentListPanel::isHidden(qint64 id) const
{
    return m_store.clocks().worldOf(id) == World::EndedDrill || m_store.clocks().isDemo(id);
}

void IncidentListPanel::countHidden()
{
    m_hiddenIds.clear();
    for (const auto &s : m_store.summaries())
        if (s.exercise && isHidden(s.id)) // only exercises are ever hidden: no lookups for live rows
            m_hiddenIds.insert(s.id);
    showHidden();
}

void IncidentListPanel::recheckHidden(qint64 id)
{
    if (isHidden(id))
        m_hiddenIds.insert(id);
    else
        m_hiddenIds.remove(id);
    showHidden();
}

void IncidentListPanel::showHidden()
{
    const int n = int(m_hiddenIds.size());
    const bool show = n > 0 && m_filter.filter() == IncidentFilterModel::Current;
    m_hidden->setText(show ? tr("%n ended drill or demo incident(s) not listed; choose \"All incidents\" to see them.", nullptr, n) : QString());
    m_hidden->setVisible(show);
}

} // namespace cd
