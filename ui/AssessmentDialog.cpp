#include "AssessmentDialog.h"

#include "journal/EventKinds.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cd {

QString AssessmentDialog::fieldLabel(const QString &field)
{
    static const std::pair<const char *, const char *> labels[] = {
        {"scene", QT_TR_NOOP("Scene")},
        {"course", QT_TR_NOOP("Course of events")},
        {"losses", QT_TR_NOOP("Losses")},
        {"employer", QT_TR_NOOP("Employer")},
        {"damage", QT_TR_NOOP("Damage")},
        {"cause_analysis", QT_TR_NOOP("Cause analysis")},
        {"nature", QT_TR_NOOP("Nature of the incident")},
        {"trend", QT_TR_NOOP("Trend")},
        {"impact", QT_TR_NOOP("Social impact")},
        {"measures", QT_TR_NOOP("Measures taken")},
        {"effect", QT_TR_NOOP("Effect")},
        {"next_steps", QT_TR_NOOP("Next steps")},
        {"public_reaction", QT_TR_NOOP("Public and media reaction")},
        {"result", QT_TR_NOOP("Result")},
        {"other", QT_TR_NOOP("Other")}};
    for (const auto &[key, label] : labels)
        if (field == QLatin1String(key))
            return tr(label);
    return field;
}

AssessmentDialog::AssessmentDialog(const QString &incident, const QHash<QString, QString> &current, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
{
    setObjectName(QStringLiteral("assessmentDialog"));
    setWindowTitle(tr("Assessment for the reports — %1").arg(incident));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("These texts go into the situation reports (首报、续报、终报、处置报告). Leave a field empty "
                                "when there is nothing to say yet; only changed fields are recorded."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *body = new QWidget;
    auto *form = new QFormLayout(body);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const QString &field : EventKinds::assessmentFields()) {
        auto *edit = new QPlainTextEdit(current.value(field), body);
        edit->setObjectName(field);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(3 * edit->fontMetrics().lineSpacing() + 12);
        form->addRow(fieldLabel(field), edit);
        m_editors.insert(field, edit);
    }
    scroll->setWidget(body);
    layout->addWidget(scroll, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 720);
}

QJsonObject AssessmentDialog::payload() const
{
    QJsonObject changed;
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it) {
        const QString text = it.value()->toPlainText().trimmed();
        if (text != m_current.value(it.key()).trimmed())
            changed.insert(it.key(), text);
    }
    return changed;
}

} // namespace cd
