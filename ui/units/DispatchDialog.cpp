#include "units/DispatchDialog.h"

#include "units/UnitListModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

namespace {
constexpr int UnitRole = Qt::UserRole;
constexpr int AgencyRole = Qt::UserRole + 1;
constexpr int RetaskRole = Qt::UserRole + 2;
} // namespace

DispatchDialog::DispatchDialog(qint64 incidentId, const QString &incidentTitle, const QList<UnitBoardRow> &units, QWidget *parent)
    : QDialog(parent)
    , m_incident(incidentId)
{
    setWindowTitle(tr("Dispatch units"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Send to incident #%1 %2").arg(incidentId).arg(incidentTitle), this);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);

    m_agency = new QComboBox(this);
    m_agency->addItem(tr("All agencies"), QString());
    QStringList agencies;
    for (const UnitBoardRow &r : units)
        if (!agencies.contains(r.unit.agency))
            agencies << r.unit.agency;
    for (const QString &a : std::as_const(agencies))
        m_agency->addItem(a, a);
    layout->addWidget(m_agency);

    m_list = new QListWidget(this);
    for (const UnitBoardRow &r : units) {
        QString text = QStringLiteral("%1 · %2 · %3").arg(r.unit.label(), r.unit.agency, UnitListModel::kindText(r.unit.kind));
        if (r.unit.leader)
            text += QStringLiteral(" ★");
        const bool elsewhere = r.incidentId && r.incidentId != incidentId && r.task != UnitBoardRow::Task::Left;
        if (elsewhere)
            text += QStringLiteral(" — ") + tr("now on incident #%1 (%2): will be re-tasked").arg(r.incidentId).arg(UnitListModel::stateText(r));
        else if (r.incidentId == incidentId && r.task != UnitBoardRow::Task::Left)
            text += QStringLiteral(" — ") + tr("already sent here (%1)").arg(UnitListModel::stateText(r));
        auto *item = new QListWidgetItem(text, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(UnitRole, r.unit.id);
        item->setData(AgencyRole, r.unit.agency);
        item->setData(RetaskRole, elsewhere);
    }
    layout->addWidget(m_list, 1);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Dispatch"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_agency, &QComboBox::currentIndexChanged, this, [this] { setAgency(m_agency->currentData().toString()); });
    connect(m_list, &QListWidget::itemChanged, this, &DispatchDialog::updateSummary);
    updateSummary();
    resize(560, 480);
}

void DispatchDialog::setAgency(const QString &wanted)
{
    // A duty's agency without units of its own in the roster: all units, rather than none.
    const int i = m_agency->findData(wanted);
    const QString agency = i < 0 ? QString() : wanted;
    if (i >= 0 && i != m_agency->currentIndex()) {
        const QSignalBlocker block(m_agency);
        m_agency->setCurrentIndex(i);
    }
    // Ticked units stay ticked when hidden: narrowing the list is not un-choosing.
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setHidden(!agency.isEmpty() && m_list->item(i)->data(AgencyRole).toString() != agency);
}

void DispatchDialog::setChecked(const QStringList &units)
{
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setCheckState(units.contains(m_list->item(i)->data(UnitRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

QStringList DispatchDialog::checkedUnits() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_list->item(i)->data(UnitRole).toString();
    return out;
}

void DispatchDialog::updateSummary()
{
    int chosen = 0, retasked = 0;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked) {
            ++chosen;
            retasked += m_list->item(i)->data(RetaskRole).toBool();
        }
    QString text = tr("%n unit(s) chosen", nullptr, chosen);
    if (retasked)
        text += QStringLiteral(" — ") + tr("%n of them leave another incident", nullptr, retasked);
    m_summary->setText(text);
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(chosen > 0);
}

std::optional<QStringList> DispatchDialog::ask(QWidget *parent, qint64 incidentId, const QString &incidentTitle, const QList<UnitBoardRow> &units,
                                               const QString &agency, const QStringList &preselected)
{
    DispatchDialog dialog(incidentId, incidentTitle, units, parent);
    dialog.setAgency(agency);
    dialog.setChecked(preselected);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.checkedUnits();
}

} // namespace cd
