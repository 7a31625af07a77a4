#include "FittedColumns.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace cd {

FittedColumns::FittedColumns(QTableView *table, int stretchColumn, int stretchMinimum, QList<int> dispensable)
    : QObject(table)
    , m_table(table)
    , m_stretch(stretchColumn)
    , m_stretchMinimum(stretchMinimum)
    , m_dispensable(std::move(dispensable))
{
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(m_stretch, QHeaderView::Stretch);
    // Widths from the visible rows and a sample of the others, not from 1,000 rows per column
    // (Qt's default): at 10k incidents that sizing was a third of the start-up, and it runs
    // again on every data change.
    header->setResizeContentsPrecision(SampledRows); // the horizontal header's precision counts rows (Qt 6.4)
    m_viewport = table->viewport();
    m_viewport->installEventFilter(this);
    // Contents change the widths the columns need.
    connect(table->model(), &QAbstractItemModel::modelReset, this, &FittedColumns::fitLater);
    connect(table->model(), &QAbstractItemModel::layoutChanged, this, &FittedColumns::fitLater);
    connect(table->model(), &QAbstractItemModel::rowsInserted, this, &FittedColumns::fitLater);
    connect(table->model(), &QAbstractItemModel::dataChanged, this, &FittedColumns::fitLater);
    fitLater();
}

bool FittedColumns::eventFilter(QObject *watched, QEvent *event)
{
    // Compared with the pointer kept at start: while the table is being destroyed its viewport
    // still gets events, and the table may no longer be asked for it.
    if (watched == m_viewport && event->type() == QEvent::Resize)
        fitLater();
    return QObject::eventFilter(watched, event);
}

void FittedColumns::fitLater()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        fit();
    });
}

void FittedColumns::fit()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int columns = m_table->model()->columnCount();
    // What the column needs: its contents or its header. (QTableView makes sizeHintForColumn
    // protected; it is public, and virtual, on QAbstractItemView.)
    const QAbstractItemView *view = m_table;
    auto needed = [&](int c) { return std::max(view->sizeHintForColumn(c), header->sectionSizeHint(c)); };
    int total = m_stretchMinimum;
    for (int c = 0; c < columns; ++c)
        if (c != m_stretch)
            total += needed(c);
    const int width = m_table->viewport()->width();
    for (int c : m_dispensable) {
        const bool hide = total > width;
        header->setSectionHidden(c, hide);
        if (hide)
            total -= needed(c);
    }
}

} // namespace cd
