#pragma once

#include "core/Result.h"
#include "duty/DutyRoster.h"

#include <QDateTime>
#include <QObject>

class QLabel;
class QMainWindow;
class QWidget;

namespace cd {

class AlarmCenter;
class ConnectionStatus;
class IncidentStore;
struct PagedDocument;

// The duty office on the dashboard (issue 17): the 值班 menu (roster, handover, duty log) and
// the shift on duty in the status bar. Kept apart from MainWindow, which only creates it.
class DutyOffice final : public QObject {
    Q_OBJECT
public:
    DutyOffice(QMainWindow &window, IncidentStore &store, AlarmCenter *alarms, ConnectionStatus *connection);

    QLabel *shiftLabel() const { return m_shiftLabel; }
    void openRoster();
    void openHandover();
    void openDutyLog();
    void noteForNextShift();
    // A note in the centre's register addressed to the next shift (listed at the handover).
    Result<qint64> recordNote(const QString &text);
    // The status bar's 当班 text. The roster is read again after an edit here and at least
    // once a minute (another desk may have changed it), not on every tick.
    void updateShift(bool reload = false);

    // Shared by the dialogs: print a document, or save it as PDF (false: cancelled or failed,
    // with a message).
    static void print(const PagedDocument &doc, QWidget *parent);
    static bool savePdf(const PagedDocument &doc, QWidget *parent);

private:
    QMainWindow &m_window;
    IncidentStore &m_store;
    AlarmCenter *m_alarms;
    ConnectionStatus *m_connection;
    QLabel *m_shiftLabel = nullptr;
    DutyRoster m_roster;
    QDateTime m_loadedAt;
};

} // namespace cd
