#pragma once

#include <QObject>
#include <QString>

class QMainWindow;
class QMenu;

namespace cd {

class IncidentStore;

// The Help menu: the shortcuts (read from the menus, so never out of date), what each dock is
// for, where the log file and the journal are, and a first-run hint for an empty journal.
class HelpMenu final : public QObject {
    Q_OBJECT
public:
    HelpMenu(QMainWindow &window, IncidentStore &store);
    QMenu *menu() const { return m_menu; }
    void setLogFile(const QString &file) { m_logFile = file; }

    QString shortcutsText() const;  // one line per menu entry with a shortcut
    QString docksText() const;
    QString filesText() const;
    static QString firstRunHint();  // shown while the journal has no incident

    void showShortcuts();
    void showDocks();
    void showFiles();

private:
    void showText(const QString &title, const QString &html);

    QMainWindow &m_window;
    IncidentStore &m_store;
    QMenu *m_menu = nullptr;
    QString m_logFile;
};

} // namespace cd
