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
    // Sized here (fit()), once per event-loop turn, not by the header: in ResizeToContents mode
    // every single-row dataChanged resized every column at once, and the countdowns change 500
    // rows a second at 100k incidents (0.4 s of each second on the UI thread).
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setSectionResizeMode(m_stretch, QHeaderView::Stretch);
    // Widths from the visible rows and a sample of the others, not from 1,000 rows per column
    // (Qt's default): at 10k incidents that sizing was a third of the start-up.
    header->setResizeContentsPrecision(SampledRows); // the horizontal header's precision counts rows (Qt 6.4)
    m_viewport = table->viewport();
    m_viewport->installEventFilter(this);
    // Contents change the widths the columns need.
    connect(table->model(), &QAbstractItemModel::modelReset, this, &FittedColumns::fitLater);
    connect(table->model(), &QAbstractItemModel::layoutChanged, this, &FittedColumns::fitLater);
    connect(table->model(), &QAbstractItemModel::rowsInserted, this, &FittedColumns::fitLater);
    connect(table->model(), &QAbstractItemModel::rowsRemoved, this, &FittedColumns::fitLater);
    connect(table->model(), &QAbstractItemModel::headerDataChanged, this, &FittedColumns::fitLater); // the language switched
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
    QList<int> widths(columns, 0);
    int total = m_stretchMinimum;
    for (int c = 0; c < columns; ++c)
        if (c != m_stretch) {
            widths[c] = needed(c);
            total += widths[c];
        }
    const int width = m_table->viewport()->width();
    for (int c : m_dispensable) {
        if (c >= columns)
            continue;
        const bool hide = total > width;
        header->setSectionHidden(c, hide);
        if (hide)
            total -= widths[c];
    }
    for (int c = 0; c < columns; ++c)
        if (c != m_stretch && !header->isSectionHidden(c) && header->sectionSize(c) != widths[c])
            header->resizeSection(c, widths[c]);
}

} // namespace cd
