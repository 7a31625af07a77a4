#include "HelpMenu.h"

#include "items/IncidentStore.h"
#include "journal/Journal.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cd {

namespace {

void collectShortcuts(const QMenu *menu, const QString &path, QStringList &rows)
{
    for (const QAction *a : menu->actions()) {
        const QString name = QString(a->text()).remove(QLatin1Char('&'));
        if (a->menu()) {
            collectShortcuts(a->menu(), path + name + QStringLiteral(" → "), rows);
            continue;
        }
        if (!a->shortcut().isEmpty())
            rows << QStringLiteral("<tr><td><b>%1</b></td><td>%2%3</td></tr>")
                        .arg(a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(), path.toHtmlEscaped(), name.toHtmlEscaped());
    }
}

} // namespace

HelpMenu::HelpMenu(QMainWindow &window, IncidentStore &store)
    : QObject(&window)
    , m_window(window)
    , m_store(store)
{
    m_menu = window.menuBar()->addMenu(tr("&Help"));
    m_menu->setObjectName(QStringLiteral("helpMenu"));
    m_menu->addAction(tr("Keyboard shortcuts…"), QKeySequence(Qt::Key_F1), this, &HelpMenu::showShortcuts);
    m_menu->addAction(tr("What each panel is for…"), this, &HelpMenu::showDocks);
    m_menu->addAction(tr("Where the log file and the journal are…"), this, &HelpMenu::showFiles);
    m_menu->addSeparator();
    m_menu->addAction(tr("About CommandDesk…"), this, [this] {
        QMessageBox::about(&m_window, tr("About CommandDesk"),
                           tr("<p><b>CommandDesk</b> %1</p><p>The duty operator's desk for municipal emergency command "
                              "centres: contingency plans, reporting windows, duties, drills and reports, "
                              "with every action kept in a tamper-evident journal.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

QString HelpMenu::shortcutsText() const
{
    QStringList rows;
    for (const QAction *a : m_window.menuBar()->actions())
        if (a->menu())
            collectShortcuts(a->menu(), QString(a->text()).remove(QLatin1Char('&')) + QStringLiteral(" → "), rows);
    return QStringLiteral("<table cellspacing='6'>%1</table><p>%2</p>")
        .arg(rows.join(QString()),
             tr("On the map: the wheel zooms, dragging pans, a click on a marker selects its incident. "
                "Tab moves through the intake form; Enter in a list opens nothing, it only selects."));
}

QString HelpMenu::docksText() const
{
    const std::pair<const char *, QString> docks[] = {
        {"incidents", tr("Every incident, with its level and the countdown to its next reporting window. The box above it "
                         "filters the list and the map markers alike.")},
        {"intake", tr("Enter a new report, or change the facts of the selected incident. Every field is checked against "
                      "the plans before anything is written.")},
        {"grading", tr("Which plan applies and at which level, with the clause that decides it and what would raise it.")},
        {"plans", tr("The contingency plans themselves: levels, member agencies and reporting windows, clause by clause.")},
        {"deadlines", tr("The selected incident's reporting windows: overdue first, then by urgency, with the clause they "
                         "come from.")},
        {"duties", tr("The member agencies the plans call on, why, and whether each has acknowledged (Ctrl+K) or finished.")},
        {"timeline", tr("Everything recorded for the selected incident, newest first. Right-click an entry to correct it: "
                        "nothing is ever overwritten.")}};
    QString html;
    for (const auto &[name, text] : docks)
        if (const auto *d = m_window.findChild<QDockWidget *>(QLatin1String(name)))
            html += QStringLiteral("<p><b>%1</b>: %2</p>").arg(d->windowTitle().toHtmlEscaped(), text.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b>: %2</p>").arg(tr("Map"), tr("The counties of Lishui with the incidents as markers "
                                                                     "coloured by level; a dashed ring marks an exercise."));
    return html;
}

QString HelpMenu::filesText() const
{
    const QString logs = m_logFile.isEmpty()
                             ? QDir::toNativeSeparators(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs"))
                             : QDir::toNativeSeparators(m_logFile);
    return QStringLiteral("<p><b>%1</b><br/>%2</p><p><b>%3</b><br/>%4</p><p>%5</p>")
        .arg(tr("Log file"), logs.toHtmlEscaped(), tr("Journal"), m_store.journal().location().display().toHtmlEscaped(),
             tr("The journal holds every event of every incident. Back it up with the program closed, or copy it with "
                "\"commanddesk-cli db copy\", which verifies the copy."));
}

QString HelpMenu::firstRunHint()
{
    return tr("<h3>Welcome</h3><p>The journal has no incident yet.</p><ul>"
              "<li>Enter a report with <b>File → New incident</b> (Ctrl+N) and the intake form on the left.</li>"
              "<li>Or practise first: <b>Drill → Start drill</b> plays a scenario whose incidents are marked 演练.</li>"
              "<li><b>Help → Keyboard shortcuts</b> (F1) lists every shortcut.</li></ul>");
}

void HelpMenu::showText(const QString &title, const QString &html)
{
    QDialog dialog(&m_window);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QTextBrowser(&dialog);
    text->setOpenExternalLinks(false);
    text->setHtml(html);
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(640, 520);
    dialog.exec();
}

void HelpMenu::showShortcuts() { showText(tr("Keyboard shortcuts"), shortcutsText()); }
void HelpMenu::showDocks() { showText(tr("What each panel is for"), docksText()); }
void HelpMenu::showFiles() { showText(tr("Where the log file and the journal are"), filesText()); }

} // namespace cd
