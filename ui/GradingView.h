#pragma once

#include <QTextBrowser>

namespace cd {

class IncidentStore;

// Per plan: level, the deciding clause with its text, the other matched clauses, and what
// would raise the level ("参与人数达到1000人 → Ⅱ级, 2.2(1)").
class GradingView final : public QTextBrowser {
    Q_OBJECT
public:
    explicit GradingView(IncidentStore &store, QWidget *parent = nullptr);
    void refresh();

private:
    IncidentStore &m_store;
};

} // namespace cd
