#include "RosterDialog.h"
#include "ProblemText.h"

#include "duty/RosterCsv.h"
#include "journal/Journal.h"
#include "time/Clock.h"
#include "time/ShanghaiTime.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace cd {

RosterDialog::RosterDialog(Journal &journal, const Clock &clock, QWidget *parent) : QDialog(parent), m_journal(journal), m_clock(clock)
{
    setWindowTitle(tr("Duty roster"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Month:"), this));
    m_monthEdit = new QDateEdit(this);
    m_monthEdit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    top->addWidget(m_monthEdit);
    top->addStretch(1);
    auto *importButton = new QPushButton(tr("Import CSV…"), this);
    top->addWidget(importButton);
    layout->addLayout(top);

    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Shift"), tr("Hours"), tr("Duty operators"), tr("Shift leader")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    m_date = new QDateEdit(this);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. 白班, 夜班"));
    m_start = new QTimeEdit(QTime(8, 0), this);
    m_end = new QTimeEdit(QTime(20, 0), this);
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    m_operators = new QLineEdit(this);
    m_operators->setPlaceholderText(tr("names separated by 、 ; or /"));
    m_leader = new QLineEdit(this);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Shift"), m_name);
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_start);
    hours->addWidget(new QLabel(QStringLiteral("—"), this));
    hours->addWidget(m_end);
    hours->addWidget(new QLabel(tr("(an end not after the start is the next morning)"), this));
    hours->addStretch(1);
    form->addRow(tr("Hours"), hours);
    form->addRow(tr("Duty operators"), m_operators);
    form->addRow(tr("Shift leader"), m_leader);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #d7191c;"));
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *save = buttons->addButton(tr("Schedule shift"), QDialogButtonBox::ActionRole);
    auto *cancel = buttons->addButton(tr("Cancel selected shift"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, [this] { schedule(fromForm()); });
    connect(cancel, &QPushButton::clicked, this, &RosterDialog::cancelSelected);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import roster"), QString(), tr("CSV (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importCsv(path);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { fillForm(row); });
    connect(m_monthEdit, &QDateEdit::dateChanged, this, [this](const QDate &d) { showMonth(d); });

    const QDate today = shanghaiDate(m_clock.now());
    m_date->setDate(today);
    m_monthEdit->setDate(today);
    showMonth(today);
    resize(760, 560);
}

QString RosterDialog::problem() const { return m_problem->text(); }

void RosterDialog::say(const QString &problem, bool isProblem)
{
    m_problem->setStyleSheet(isProblem ? QStringLiteral("color: #d7191c;") : QString());
    m_problem->setText(isProblem ? ProblemText::forDesk(problem) : problem);
}

void RosterDialog::showMonth(const QDate &day)
{
    m_month = QDate(day.year(), day.month(), 1);
    if (m_monthEdit->date().month() != m_month.month() || m_monthEdit->date().year() != m_month.year())
        m_monthEdit->setDate(m_month);
    reload();
}

void RosterDialog::reload()
{
    const auto events = m_journal.events(CentreRegisterId);
    if (!events)
        return say(events.error());
    m_roster = DutyRoster::fold(events.value());
    m_table->setRowCount(0);
    for (const Shift &s : m_roster.shifts()) {
        if (s.date.year() != m_month.year() || s.date.month() != m_month.month())
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{s.date.toString(Qt::ISODate), s.name, s.hours(), s.operators.join(QStringLiteral("、")), s.leader};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
}

void RosterDialog::fillForm(int row)
{
    if (row < 0 || !m_table->item(row, 0))
        return;
    const Shift *s = m_roster.shift(QDate::fromString(m_table->item(row, 0)->text(), Qt::ISODate), m_table->item(row, 1)->text());
    if (!s)
        return;
    m_date->setDate(s->date);
    m_name->setText(s->name);
    m_start->setTime(s->start);
    m_end->setTime(s->end);
    m_operators->setText(s->operators.join(QStringLiteral("、")));
    m_leader->setText(s->leader);
}

Shift RosterDialog::fromForm() const
{
    Shift s;
    s.date = m_date->date();
    s.name = m_name->text().trimmed();
    s.start = m_start->time();
    s.end = m_end->time();
    static const QRegularExpression separators(QStringLiteral("[、;；/,，]"));
    for (const QString &o : m_operators->text().split(separators, Qt::SkipEmptyParts))
        if (!o.trimmed().isEmpty())
            s.operators << o.trimmed();
    s.leader = m_leader->text().trimmed();
    return s;
}

bool RosterDialog::record(const QList<QJsonObject> &payloads, const QString &kind)
{
    QList<NewEvent> events;
    for (const QJsonObject &p : payloads)
        events << NewEvent{CentreRegisterId, kind, p, m_clock.now(), {}};
    if (!events.isEmpty())
        if (const auto r = m_journal.appendBatch(events); !r) {
            say(r.error());
            return false;
        }
    say(QString());
    reload();
    return true;
}

bool RosterDialog::schedule(const Shift &shift)
{
    const auto payload = DutyRoster::scheduling(shift);
    if (!payload) {
        say(payload.error());
        return false;
    }
    if (const Shift *known = m_roster.shift(shift.date, shift.name); known && *known == shift)
        return true; // nothing changed: nothing to record
    if (!record({payload.value()}, QStringLiteral("shift_scheduled")))
        return false;
    showMonth(shift.date);
    // Recorded, but one person on two desks at once is most likely a slip: said at once.
    if (const QStringList clash = m_roster.conflicts(shift); !clash.isEmpty())
        say(tr("Saved. The same person is also on an overlapping shift: %1").arg(clash.join(QStringLiteral("; "))));
    return true;
}

bool RosterDialog::cancelSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0)) {
        say(tr("Select the shift to cancel."));
        return false;
    }
    const auto payload = m_roster.cancellation(QDate::fromString(m_table->item(row, 0)->text(), Qt::ISODate), m_table->item(row, 1)->text());
    if (!payload) {
        say(payload.error());
        return false;
    }
    return record({payload.value()}, QStringLiteral("shift_cancelled"));
}

bool RosterDialog::importCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        say(tr("%1: cannot read: %2").arg(path, f.errorString()));
        return false;
    }
    const auto shifts = RosterCsv::parse(f.readAll(), path);
    if (!shifts) {
        say(shifts.error() + tr(" (nothing was imported)"));
        return false;
    }
    const auto plan = RosterCsv::plan(shifts.value(), m_roster);
    if (!record(plan.scheduled, QStringLiteral("shift_scheduled"))) // one transaction: all or nothing
        return false;
    if (!shifts->isEmpty())
        showMonth(shifts->first().date);
    say(tr("Imported: %1 shift(s) scheduled, %2 unchanged.").arg(plan.scheduled.size()).arg(plan.unchanged), false);
    return true;
}

} // namespace cd
