#include "DirectoryWindow.h"
#include "ProblemText.h"

#include "core/CsvTable.h"

#include "directory/DirectoryCsv.h"
#include "journal/Journal.h"
#include "time/Clock.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

DirectoryWindow::DirectoryWindow(Journal &journal, const Clock &clock, const PlanLibrary &library,
                                 QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_clock(clock)
    , m_library(library)
{
    setWindowTitle(tr("Contact directory"));
    setObjectName(QStringLiteral("directoryWindow"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(
        tr("Member agencies of the plans. Several numbers: separate them with ';'. Order to try: "
           "duty; liaison; deputy; other (left out: that order). Greyed rows are not in the directory yet."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("directoryTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Agency"), tr("Duty phone"), tr("Fax"), tr("Liaison"), tr("Liaison mobile"), tr("Deputy"),
         tr("Deputy mobile"), tr("Other numbers"), tr("Order to try"), tr("Notes"), tr("Member of")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("directoryStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *saveButton = buttons->addButton(tr("Save changes"), QDialogButtonBox::ApplyRole);
    QPushButton *import = buttons->addButton(tr("Import CSV…"), QDialogButtonBox::ActionRole);
    QPushButton *exportButton = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(saveButton, &QPushButton::clicked, this, [this] {
        const auto r = save();
        if (!r)
            QMessageBox::warning(this, windowTitle(), ProblemText::forDesk(r.error()));
        else
            m_status->setText(tr("%n change(s) recorded.", nullptr, r.value()));
    });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import directory"), QString(), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        const auto r = importCsv(path);
        if (!r)
            QMessageBox::warning(this, windowTitle(), ProblemText::forDesk(r.error()));
        else
            m_status->setText(tr("%n change(s) recorded.", nullptr, r.value()));
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export directory"), QStringLiteral("directory.csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (const auto r = exportCsv(path); !r)
            QMessageBox::warning(this, windowTitle(), ProblemText::forDesk(r.error()));
    });
    layout->addWidget(buttons);
    reload();
    resize(1280, 640);
}

void DirectoryWindow::reload()
{
    const auto events = m_journal.events(CentreRegisterId);
    m_directory = AgencyDirectory::fold(events ? events.value() : QList<StoredEvent>());
    QList<AgencyContact> rows = m_directory.all();
    QStringList missing;
    for (const QString &agency : AgencyDirectory::planAgencies(m_library))
        if (!m_directory.contact(agency))
            missing << agency;
    for (const QString &agency : missing) {
        AgencyContact c;
        c.agency = agency;
        rows << c;
    }
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const AgencyContact &c = rows.at(r);
        const QStringList cells{c.agency,
                                c.dutyPhone,
                                c.fax,
                                c.liaison,
                                c.liaisonMobile,
                                c.deputy,
                                c.deputyMobile,
                                c.otherPhones.join(QStringLiteral("; ")),
                                c.callOrder.join(QStringLiteral("; ")),
                                c.notes,
                                AgencyDirectory::membership(m_library, c.agency)};
        const bool known = m_directory.contact(c.agency) != nullptr;
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col == Agency || col == MemberOf)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable); // the key, and what the plans say
            if (!known)
                item->setForeground(QColor(0x88, 0x88, 0x88));
            if (col == Agency)
                item->setToolTip(c.demo
                                     ? c.agency + QStringLiteral(" — ") + tr("Demo entry: fictitious numbers")
                                     : c.agency);
            m_table->setItem(r, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    // A few plan "agencies" are long phrases (…主要领导); the full name is in the tooltip.
    m_table->setColumnWidth(Agency, std::min(m_table->columnWidth(Agency), 220));
    m_table->setColumnWidth(Notes, std::min(m_table->columnWidth(Notes), 220));
    m_status->setText(tr("%1 agencies in the directory, %2 of the plans' agencies missing.")
                          .arg(m_directory.all().size())
                          .arg(missing.size()));
}

AgencyContact DirectoryWindow::rowContact(int row) const
{
    auto cell = [&](int col) {
        return m_table->item(row, col) ? m_table->item(row, col)->text().trimmed() : QString();
    };
    AgencyContact c;
    if (const AgencyContact *known = m_directory.contact(cell(Agency)))
        c = *known; // keeps what the table does not show (demo)
    c.agency = cell(Agency);
    c.dutyPhone = cell(DutyPhone);
    c.fax = cell(Fax);
    c.liaison = cell(Liaison);
    c.liaisonMobile = cell(LiaisonMobile);
    c.deputy = cell(Deputy);
    c.deputyMobile = cell(DeputyMobile);
    c.otherPhones = CsvTable::list(cell(OtherPhones));
    c.callOrder = CsvTable::list(cell(CallOrder));
    c.notes = cell(Notes);
    return c;
}

Result<int> DirectoryWindow::save()
{
    QList<NewEvent> events;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const AgencyContact c = rowContact(r);
        if (m_directory.contact(c.agency)) {
            const auto change = m_directory.change(c);
            if (!change)
                return Result<int>::failure(
                    tr("Row %1 (%2): %3. Nothing was saved.").arg(r + 1).arg(c.agency, change.error()));
            if (change->has_value())
                events << NewEvent{
                    CentreRegisterId, QStringLiteral("contact_changed"), change->value(), m_clock.now(), {}};
        } else if (!c.dutyPhone.isEmpty() || !c.liaisonMobile.isEmpty() || !c.deputyMobile.isEmpty() ||
                   !c.otherPhones.isEmpty() || !c.fax.isEmpty() || !c.liaison.isEmpty()) {
            const auto added = m_directory.addition(c);
            if (!added)
                return Result<int>::failure(
                    tr("Row %1 (%2): %3. Nothing was saved.").arg(r + 1).arg(c.agency, added.error()));
            events << NewEvent{
                CentreRegisterId, QStringLiteral("contact_added"), added.value(), m_clock.now(), {}};
        }
    }
    if (!events.isEmpty())
        if (const auto r = m_journal.appendBatch(events); !r)
            return Result<int>::failure(r.error());
    reload();
    return int(events.size());
}

Result<int> DirectoryWindow::importCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<int>::failure(tr("%1: cannot be read").arg(path));
    const auto contacts = DirectoryCsv::parse(f.readAll(), path);
    if (!contacts)
        return Result<int>::failure(contacts.error() + tr(" (nothing was written)"));
    const auto plan = DirectoryCsv::plan(contacts.value(), m_directory);
    if (!plan)
        return Result<int>::failure(plan.error() + tr(" (nothing was written)"));
    QList<NewEvent> events;
    for (const QJsonObject &p : plan->added)
        events << NewEvent{CentreRegisterId, QStringLiteral("contact_added"), p, m_clock.now(), {}};
    for (const QJsonObject &p : plan->changed)
        events << NewEvent{CentreRegisterId, QStringLiteral("contact_changed"), p, m_clock.now(), {}};
    if (!events.isEmpty())
        if (const auto r = m_journal.appendBatch(events); !r)
            return Result<int>::failure(r.error());
    reload();
    return int(events.size());
}

Result<int> DirectoryWindow::exportCsv(const QString &path) const
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Result<int>::failure(tr("%1: cannot be written").arg(path));
    f.write(DirectoryCsv::write(m_directory.all()));
    return int(m_directory.all().size());
}

} // namespace cd
