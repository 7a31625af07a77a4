#include "DutyLogDialog.h"

#include "DutyOffice.h"
#include "items/IncidentStore.h"
#include "journal/Journal.h"
#include "settings/CentreSettings.h"
#include "time/Clock.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cd {

DutyLogDialog::DutyLogDialog(IncidentStore &store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Duty log"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Duty day:"), this));
    m_date = new QDateEdit(this);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    top->addWidget(m_date);
    top->addWidget(new QLabel(tr("begins at"), this));
    m_hour = new QSpinBox(this);
    m_hour->setRange(0, 23);
    m_hour->setSuffix(QStringLiteral(":00"));
    top->addWidget(m_hour);
    top->addStretch(1);
    layout->addLayout(top);
    m_view = new QTextBrowser(this);
    layout->addWidget(m_view, 1);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #d7191c;"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *print = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    auto *pdf = buttons->addButton(tr("Save PDF…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(print, &QPushButton::clicked, this, [this] { DutyOffice::print(document(), this); });
    connect(pdf, &QPushButton::clicked, this, [this] { DutyOffice::savePdf(document(), this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const int hour = CentreSettings::load().value(QStringLiteral("duty/dayStartHour")).toInt();
    const QDate day = DutyLog::lastCompleteDay(store.clock().now(), hour);
    m_date->setDate(day);
    m_hour->setValue(hour);
    showDay(day, hour);
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &d) { showDay(d, m_hour->value()); });
    connect(m_hour, &QSpinBox::valueChanged, this, [this](int h) { showDay(m_date->date(), h); });
    resize(820, 700);
}

void DutyLogDialog::showDay(const QDate &date, int startHour)
{
    const auto reg = m_store.journal().events(CentreRegisterId);
    QString problem = reg ? QString() : reg.error();
    // Only the incidents that can be in the day's log are read and folded (DutyLog::mayConcern).
    const QDateTime from = DutyLog::dayStart(date, startHour), to = DutyLog::dayStart(date.addDays(1), startHour);
    m_log = DutyLog::build(date, startHour,
                           {m_store.library(), m_store.calendar(),
                            [this, &problem, from, to](const auto &visit) {
                                for (const IncidentSummary &summary : m_store.summaries())
                                    if (DutyLog::mayConcern(summary, from, to)) {
                                        const auto events = m_store.journal().events(summary.id);
                                        if (!events) {
                                            problem = events.error();
                                            return;
                                        }
                                        visit(events.value());
                                    }
                            },
                            reg ? reg.value() : QList<StoredEvent>(), m_store.clock().now()});
    m_problem->setText(problem);
    m_view->setHtml(document().html);
}

PagedDocument DutyLogDialog::document() const { return m_log.document(CentreSettings::load().text(QStringLiteral("report/issuer"))); }

} // namespace cd
