#include "units/UnitDetailsPopup.h"

#include "ShownTime.h"
#include "units/UnitListModel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cd {

UnitDetailsPopup::UnitDetailsPopup(QWidget *parent)
    : QFrame(parent, Qt::Popup)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_body = new QLabel(this);
    m_body->setTextFormat(Qt::PlainText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse); // the phone number can be copied
    layout->addWidget(m_title);
    layout->addWidget(m_body);
}

void UnitDetailsPopup::setRow(const UnitBoardRow &r, const QString &incidentTitle, const QDateTime &now)
{
    m_title->setText(r.unit.leader ? r.unit.label() + QStringLiteral(" ★") : r.unit.label());
    const QString none = QStringLiteral("—");
    QStringList lines;
    lines << tr("Agency: %1 (%2)").arg(r.unit.agency, UnitListModel::kindText(r.unit.kind));
    lines << tr("Crew: %1").arg(r.unit.crew.isEmpty() ? none : r.unit.crew);
    lines << tr("Phone: %1").arg(r.unit.phone.isEmpty() ? none : r.unit.phone);
    if (r.unit.leader)
        lines << tr("Carries a responsible leader: its arrival meets 86号 3(2)");
    QString task = r.incidentId ? QStringLiteral("#%1 %2").arg(r.incidentId).arg(incidentTitle) : none;
    lines << tr("Task: %1").arg(task);
    lines << tr("State: %1").arg(UnitListModel::stateText(r));
    if (r.dispatchedAt.isValid())
        lines << tr("Dispatched: %1").arg(toShanghai(r.dispatchedAt).toString(QStringLiteral("MM-dd HH:mm")));
    if (r.arrivedAt.isValid())
        lines << tr("Arrived: %1").arg(toShanghai(r.arrivedAt).toString(QStringLiteral("MM-dd HH:mm")));
    if (r.metresToScene && r.task != UnitBoardRow::Task::Available)
        lines << tr("Distance to the scene: %1 km").arg(*r.metresToScene / 1000, 0, 'f', 1);
    lines << tr("ETA: %1").arg(r.etaSeconds ? UnitListModel::etaText(r) : none);
    lines << tr("Position: %1").arg(UnitListModel::positionText(r, now));
    m_body->setText(lines.join(QLatin1Char('\n')));
    setAccessibleName(text());
    adjustSize();
}

QString UnitDetailsPopup::text() const { return m_title->text() + QLatin1Char('\n') + m_body->text(); }

} // namespace cd
