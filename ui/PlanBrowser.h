#pragma once

#include <QTreeWidget>

#include <memory>

namespace cd {

class PlanLibrary;

// Read-only tree of every plan: levels with their criteria, member agencies with their
// duties, command and response provisions, each with its clause. Plan texts stay in Chinese.
class PlanBrowser final : public QTreeWidget {
    Q_OBJECT
public:
    explicit PlanBrowser(std::shared_ptr<const PlanLibrary> library, QWidget *parent = nullptr);

private:
    void populate();
    std::shared_ptr<const PlanLibrary> m_library;
};

} // namespace cd
