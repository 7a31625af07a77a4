#include "AlarmRowDelegate.h"

#include <QAbstractItemView>
#include <QPainter>

namespace cd {

AlarmRowDelegate::AlarmRowDelegate(QAbstractItemView *view, Alarming alarming)
    : QStyledItemDelegate(view)
    , m_alarming(std::move(alarming))
{
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, [this, view] {
        m_on = !m_on;
        view->viewport()->update();
    });
    m_timer.start();
}

void AlarmRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (m_on && m_alarming(index))
        painter->fillRect(option.rect, QColor(0xd7, 0x19, 0x1c, 110));
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace cd
