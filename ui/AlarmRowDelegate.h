#pragma once

#include <QStyledItemDelegate>
#include <QTimer>

#include <functional>

class QAbstractItemView;

namespace cd {

// Paints the rows of a table that have a waiting alarm with a flashing background. Which
// rows those are is asked of the alarm centre through `alarming`.
class AlarmRowDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using Alarming = std::function<bool(const QModelIndex &index)>;
    AlarmRowDelegate(QAbstractItemView *view, Alarming alarming);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool isFlashing(const QModelIndex &index) const { return m_alarming(index); }

private:
    Alarming m_alarming;
    QTimer m_timer;
    bool m_on = false;
};

} // namespace cd
