#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace cd {

class AlarmCenter;
class IncidentFilterModel;
class IncidentStore;

// The incident list dock's content: the filter (当前, 全部, 实战, 演练, 未结束, 已结束), the
// incidents newest first with their alarming rows flashing, and a line saying how many ended
// drill or demo incidents the default filter leaves out. The list's current row and the
// store's selection follow each other.
class IncidentListPanel final : public QWidget {
    Q_OBJECT
public:
    IncidentListPanel(IncidentStore &store, IncidentFilterModel &filter, const AlarmCenter &alarms, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QComboBox *filterBox() const { return m_filterBox; }

private:
    void showSelected(qint64 id);
    void countHidden();
    void recheckHidden(qint64 id);
    void showHidden();
    bool isHidden(qint64 id) const;

    IncidentStore &m_store;
    IncidentFilterModel &m_filter;
    QComboBox *m_filterBox = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_hidden = nullptr;
    // Counted over every incident on a reset or when a drill starts or ends, then kept one
    // incident at a time: a recount on every recorded event was 9 ms at 100k incidents.
    QSet<qint64> m_hiddenIds;
};

} // namespace cd
