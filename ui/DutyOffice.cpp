#include "DutyOffice.h"
#include "ProblemText.h"

#include "ConnectionStatus.h"
#include "DutyLogDialog.h"
#include "HandoverDialog.h"
#include "RosterDialog.h"
#include "duty/DutyKinds.h"
#include "duty/DutyRoster.h"
#include "items/IncidentStore.h"
#include "journal/Journal.h"
#include "report/PagedDocument.h"
#include "time/Clock.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QStatusBar>

namespace cd {

DutyOffice::DutyOffice(QMainWindow &window, IncidentStore &store, AlarmCenter *alarms, ConnectionStatus *connection)
    : QObject(&window), m_window(window), m_store(store), m_alarms(alarms), m_connection(connection)
{
    QMenu *menu = new QMenu(tr("Du&ty"), &window);
    menu->setObjectName(QStringLiteral("dutyMenu"));
    menu->addAction(tr("Duty &roster…"), this, &DutyOffice::openRoster);
    menu->addAction(tr("&Handover…"), this, &DutyOffice::openHandover);
    menu->addAction(tr("Duty &log…"), this, &DutyOffice::openDutyLog);
    menu->addSeparator();
    menu->addAction(tr("&Note for the next shift…"), this, &DutyOffice::noteForNextShift);
    // Before Help, the last menu; the others build theirs earlier.
    const auto actions = window.menuBar()->actions();
    window.menuBar()->insertMenu(actions.isEmpty() ? nullptr : actions.last(), menu);

    m_shiftLabel = new QLabel(&window);
    m_shiftLabel->setObjectName(QStringLiteral("shiftOnDuty"));
    window.statusBar()->addPermanentWidget(m_shiftLabel);
    // The shift changes with the clock, and with the roster wherever it was edited.
    connect(&store, &IncidentStore::ticked, this, [this] { updateShift(); });
    connect(&store, &IncidentStore::incidentsReset, this, [this] { updateShift(true); });
    updateShift(true);
}

void DutyOffice::updateShift(bool reload)
{
    const QDateTime now = m_store.clock().now();
    if (reload || !m_loadedAt.isValid() || qAbs(m_loadedAt.secsTo(now)) >= 60) {
        const auto events = m_store.journal().events(CentreRegisterId);
        if (events) // offline: the roster last read stays shown
            m_roster = DutyRoster::fold(events.value());
        m_loadedAt = now;
    }
    const Shift *on = m_roster.onDutyAt(now);
    const QString text = on ? tr("On duty: %1 %2 · leader %3")
                                  .arg(on->name, on->operators.join(QStringLiteral("、")), on->leader.isEmpty() ? QStringLiteral("—") : on->leader)
                            : tr("On duty: no shift in the roster");
    if (m_shiftLabel->text() != text)
        m_shiftLabel->setText(text);
}

void DutyOffice::openRoster()
{
    RosterDialog dialog(m_store.journal(), m_store.clock(), &m_window);
    dialog.exec();
    updateShift(true);
}

void DutyOffice::openHandover()
{
    HandoverDialog dialog(m_store, m_alarms, &m_window);
    if (dialog.exec() == QDialog::Accepted) {
        if (m_connection)
            m_connection->refresh();
        m_window.statusBar()->showMessage(tr("Handover recorded; signed in: %1").arg(m_store.journal().account().actorText()), 8000);
    }
}

void DutyOffice::noteForNextShift()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(&m_window, tr("Note for the next shift"),
                                                        tr("Listed in the next handover summary:"), QString(), &ok).trimmed();
    if (!ok || text.isEmpty())
        return;
    if (const auto r = recordNote(text); !r)
        QMessageBox::warning(&m_window, tr("Note for the next shift"), ProblemText::forDesk(r.error()));
}

Result<qint64> DutyOffice::recordNote(const QString &text)
{
    return m_store.journal().append({CentreRegisterId, QStringLiteral("note"),
                                     QJsonObject{{QStringLiteral("text"), text}, {QLatin1String(DutyKinds::NextShiftField), true}},
                                     m_store.clock().now(), {}});
}

void DutyOffice::openDutyLog()
{
    DutyLogDialog dialog(m_store, &m_window);
    dialog.exec();
}

void DutyOffice::print(const PagedDocument &doc, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(doc.title);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() == QDialog::Accepted)
        doc.render(printer);
}

bool DutyOffice::savePdf(const PagedDocument &doc, QWidget *parent)
{
    const QString file = QFileDialog::getSaveFileName(parent, tr("Save as PDF"), doc.title + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    if (file.isEmpty())
        return false;
    if (const auto pages = doc.writePdf(file); !pages) {
        QMessageBox::warning(parent, tr("Save as PDF"), pages.error());
        return false;
    }
    return true;
}

} // namespace cd
