#pragma once

#include <QList>
#include <QObject>

class QTableView;

namespace cd {

// Keeps a table's essential columns inside its width: the other columns are sized to their
// contents, one column stretches (down to a minimum), and while that is still too wide the
// dispensable columns are hidden, the first named first. At 1366×768 the incident list keeps
// its state and next deadline in view instead of scrolling them out; what it hides (county,
// plans) is in the incident's own panels.
class FittedColumns : public QObject {
public:
    FittedColumns(QTableView *table, int stretchColumn, int stretchMinimum, QList<int> dispensable);
    static constexpr int SampledRows = 100;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitLater();
    void fit();

    QTableView *m_table;
    QObject *m_viewport = nullptr;
    int m_stretch;
    int m_stretchMinimum;
    QList<int> m_dispensable;
    bool m_pending = false;
};

} // namespace cd
