#include "MainWindow.h"

#include "PlanBrowser.h"
#include "plan/PlanLibrary.h"

#include <QLabel>
#include <QStatusBar>

namespace cd {

MainWindow::MainWindow(std::shared_ptr<const PlanLibrary> library, QWidget *parent)
    : QMainWindow(parent)
    , m_library(std::move(library))
{
    setWindowTitle(tr("CommandDesk"));
    setCentralWidget(new PlanBrowser(m_library, this));
    statusBar()->addWidget(new QLabel(tr("%n plan(s) loaded", nullptr, int(m_library->plans().size()))));
    resize(1280, 800);
}

} // namespace cd
