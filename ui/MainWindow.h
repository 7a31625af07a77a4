#pragma once

#include <QMainWindow>

#include <memory>

namespace cd {

class PlanLibrary;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<const PlanLibrary> library, QWidget *parent = nullptr);

private:
    std::shared_ptr<const PlanLibrary> m_library;
};

} // namespace cd
