#include "IntakeForm.h"

#include "DataLanguage.h"

#include "geo/RegionMap.h"
#include "items/IncidentStore.h"
#include "plan/FactsParser.h"
#include "plan/PlanLibrary.h"
#include "time/Clock.h"
#include "time/ShanghaiTime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd {

namespace {
QSpinBox *countBox()
{
    auto *b = new QSpinBox;
    b->setRange(0, int(FactsParser::MaxCount));
    b->setGroupSeparatorShown(true);
    return b;
}
QDoubleSpinBox *hoursBox()
{
    auto *b = new QDoubleSpinBox;
    b->setRange(0, FactsParser::MaxHours);
    b->setDecimals(1);
    b->setSingleStep(0.5);
    b->setSuffix(IntakeForm::tr(" h")); // 小时 in the Chinese UI
    return b;
}
} // namespace

IntakeForm::IntakeForm(IncidentStore &store, const RegionMap &counties, const RegionMap &urbanArea, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_counties(counties)
    , m_urbanArea(urbanArea)
{
    const auto &vocab = store.library().vocabulary();
    auto *outer = new QVBoxLayout(this);
    m_modeText = new QLabel(this);
    outer->addWidget(m_modeText);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    // Never sideways: tabbing to a wide field must not scroll the labels out of sight. Long
    // criteria are cut with their full text in the tooltip.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *body = new QWidget;
    auto *form = new QFormLayout(body);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // a narrow dock puts fields under their labels
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);

    m_title = new QLineEdit;
    m_title->setPlaceholderText(tr("e.g. wage protest at a building site"));
    form->addRow(tr("Title"), m_title);
    m_exercise = new QCheckBox(tr("Exercise (演练)"));
    form->addRow(QString(), m_exercise);
    m_reportedAt = new QDateTimeEdit;
    m_reportedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_reportedAt->setCalendarPopup(true);
    form->addRow(tr("Reported at (Beijing time)"), row(m_reportedAt, QStringLiteral("reported_at")));

    m_cause = new QComboBox;
    for (const auto &c : vocab.causes())
        m_cause->addItem(DataLanguage::text(c.label), c.id); // the catalogue's words, in the desk's language
    // The longest causes do not fit a closed box on a 1366-wide desk: the whole text on hover.
    connect(m_cause, &QComboBox::currentTextChanged, m_cause, &QComboBox::setToolTip);
    m_cause->setToolTip(m_cause->currentText());
    form->addRow(tr("Cause"), row(m_cause, QStringLiteral("cause")));
    m_county = new QComboBox;
    for (const auto &c : vocab.counties())
        m_county->addItem(c, c);
    form->addRow(tr("County"), row(m_county, QStringLiteral("county")));

    auto *where = new QWidget;
    // The place above its button: side by side, a 1366 px desk cut the longitude in half.
    auto *whereLayout = new QVBoxLayout(where);
    whereLayout->setContentsMargins(0, 0, 0, 0);
    whereLayout->setSpacing(2);
    m_locationText = new QLabel(tr("not set"));
    // Lines of its own, never wrapped: a wrapping label's height depends on its width, and in
    // this scrolled form that left the row squeezed over its text or gaping after a change.
    m_locationText->setWordWrap(false);
    m_locationText->setMinimumWidth(60);
    m_pick = new QPushButton(tr("Pick on map"));
    m_pick->setCheckable(true);
    whereLayout->addWidget(m_locationText);
    whereLayout->addWidget(m_pick, 0, Qt::AlignLeft);
    connect(m_pick, &QPushButton::toggled, this, &IntakeForm::pickLocationRequested);
    form->addRow(tr("Location"), row(where, QStringLiteral("location")));

    m_participants = countBox();
    form->addRow(tr("Participants"), row(m_participants, QStringLiteral("participants")));
    m_deaths = countBox();
    form->addRow(tr("Deaths"), row(m_deaths, QStringLiteral("deaths")));
    m_injured = countBox();
    form->addRow(tr("Injured (all)"), row(m_injured, QStringLiteral("injured")));
    m_serious = countBox();
    form->addRow(tr("of them seriously"), row(m_serious, QStringLiteral("serious_injuries")));

    m_groupFight = new QCheckBox(tr("Group fight or clash (械斗、冲突)"));
    form->addRow(QString(), row(m_groupFight, QStringLiteral("group_fight")));
    m_keySite = new QCheckBox(tr("At a key state site or area (国家重要场所、重点地区)"));
    form->addRow(QString(), row(m_keySite, QStringLiteral("at_key_site")));
    m_extreme = new QCheckBox(tr("Participants clearly extreme (明显过激行为)"));
    form->addRow(QString(), row(m_extreme, QStringLiteral("extreme_behaviour")));
    m_urban = new QCheckBox(tr("In the urban area (市区范围)"));
    form->addRow(QString(), row(m_urban, QStringLiteral("urban")));

    m_blockageKind = new QComboBox;
    m_blockageKind->addItem(tr("nothing blocked"), QString());
    for (const auto &kind : vocab.blockageKinds())
        m_blockageKind->addItem(DataLanguage::text(vocab.blockageLabel(kind)), kind);
    form->addRow(tr("Blocked"), row(m_blockageKind, QStringLiteral("blockage.kind")));
    m_blockageHours = hoursBox();
    form->addRow(tr("Blocked for"), row(m_blockageHours, QStringLiteral("blockage.hours")));
    m_stoppageHours = hoursBox();
    form->addRow(tr("Key project stopped for"), row(m_stoppageHours, QStringLiteral("construction_stoppage_hours")));

    // Qualitative criteria: the operator's judgement, with the clause text to judge by.
    auto *criteria = new QGroupBox(tr("Qualitative criteria (operator's judgement)"));
    criteria->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // its title must not widen the form
    auto *criteriaLayout = new QVBoxLayout(criteria);
    for (const auto &plan : store.library().plans())
        for (const auto &level : plan.levels)
            for (const auto &c : level.criteria) {
                if (!c.assertable)
                    continue;
                const QString ref = plan.id + QLatin1Char(':') + c.clause;
                auto *box = new QCheckBox(QStringLiteral("%1 %2 %3 %4").arg(plan.shortRef, c.clause, DataLanguage::text(levelNumeral(level.level)),
                                                                            c.text.left(38) + (c.text.size() > 38 ? QStringLiteral("…") : QString())));
                box->setToolTip(c.text);
                box->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed); // the tooltip has the rest
                m_asserted.insert(ref, box);
                criteriaLayout->addWidget(box);
            }
    form->addRow(row(criteria, QStringLiteral("asserted_clauses")));

    auto *buttons = new QHBoxLayout;
    auto *saveNew = new QPushButton(tr("Save as new incident"));
    auto *saveUpdate = new QPushButton(tr("Save update"));
    auto *cancel = new QPushButton(tr("Cancel"));
    saveNew->setObjectName(QStringLiteral("saveNew"));
    saveUpdate->setObjectName(QStringLiteral("saveUpdate"));
    buttons->addWidget(saveNew);
    buttons->addWidget(saveUpdate);
    buttons->addWidget(cancel);
    outer->addLayout(buttons);
    connect(saveNew, &QPushButton::clicked, this, &IntakeForm::saveAsNew);
    connect(saveUpdate, &QPushButton::clicked, this, &IntakeForm::saveUpdate);
    connect(cancel, &QPushButton::clicked, this, &IntakeForm::loadSelected);
    connect(&store, &IncidentStore::selectionChanged, this, &IntakeForm::loadSelected);

    m_editors = {{QStringLiteral("reported_at"), m_reportedAt}, {QStringLiteral("cause"), m_cause},
                 {QStringLiteral("county"), m_county},          {QStringLiteral("participants"), m_participants},
                 {QStringLiteral("deaths"), m_deaths},          {QStringLiteral("injured"), m_injured},
                 {QStringLiteral("serious_injuries"), m_serious}, {QStringLiteral("group_fight"), m_groupFight},
                 {QStringLiteral("at_key_site"), m_keySite},    {QStringLiteral("extreme_behaviour"), m_extreme},
                 {QStringLiteral("urban"), m_urban},            {QStringLiteral("blockage.kind"), m_blockageKind},
                 {QStringLiteral("blockage.hours"), m_blockageHours},
                 {QStringLiteral("construction_stoppage_hours"), m_stoppageHours},
                 {QStringLiteral("title"), m_title},            {QStringLiteral("exercise"), m_exercise}};
    // Check boxes give way at a narrow dock (their whole text is the tooltip).
    for (auto *c : {m_exercise, m_groupFight, m_keySite, m_extreme, m_urban}) {
        c->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        c->setToolTip(c->text());
    }
    // Combo boxes sized by their longest entry would make the form wider than its dock.
    for (auto *c : findChildren<QComboBox *>()) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(8);
    }
    loadSelected(); // the incident already selected (the desk builds its form after the first frame), else a new one
}

QWidget *IntakeForm::row(QWidget *editor, const QString &field)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(editor);
    auto *error = new QLabel;
    error->setStyleSheet(QStringLiteral("color: #d7191c;"));
    error->setWordWrap(true);
    error->setVisible(false);
    layout->addWidget(error);
    m_errors.insert(field, error);
    return box;
}

QJsonObject IntakeForm::facts() const
{
    QJsonObject o;
    o.insert(QStringLiteral("reported_at"),
             isoShanghai(QDateTime(m_reportedAt->dateTime().date(), m_reportedAt->dateTime().time(), shanghaiZone())));
    o.insert(QStringLiteral("cause"), m_cause->currentData().toString());
    o.insert(QStringLiteral("county"), m_county->currentData().toString());
    o.insert(QStringLiteral("participants"), m_participants->value());
    o.insert(QStringLiteral("deaths"), m_deaths->value());
    o.insert(QStringLiteral("injured"), m_injured->value());
    o.insert(QStringLiteral("serious_injuries"), m_serious->value());
    o.insert(QStringLiteral("group_fight"), m_groupFight->isChecked());
    o.insert(QStringLiteral("at_key_site"), m_keySite->isChecked());
    o.insert(QStringLiteral("extreme_behaviour"), m_extreme->isChecked());
    o.insert(QStringLiteral("urban"), m_urban->isChecked());
    if (!m_blockageKind->currentData().toString().isEmpty())
        o.insert(QStringLiteral("blockage"), QJsonObject{{QStringLiteral("kind"), m_blockageKind->currentData().toString()},
                                                         {QStringLiteral("hours"), m_blockageHours->value()}});
    o.insert(QStringLiteral("construction_stoppage_hours"), m_stoppageHours->value());
    if (m_location.isValid())
        o.insert(QStringLiteral("location"), QJsonObject{{QStringLiteral("lat"), m_location.latitude()},
                                                         {QStringLiteral("lon"), m_location.longitude()}});
    QJsonArray asserted;
    for (auto it = m_asserted.begin(); it != m_asserted.end(); ++it)
        if (it.value()->isChecked())
            asserted.push_back(it.key());
    if (!asserted.isEmpty())
        o.insert(QStringLiteral("asserted_clauses"), asserted);
    return o;
}

void IntakeForm::clearErrors()
{
    for (auto *l : std::as_const(m_errors))
        l->setVisible(false);
}

bool IntakeForm::showErrorFor(const QString &message)
{
    // Parser messages start with the field: "serious_injuries: 3 is more than injured (2)…".
    QString field = message.section(QLatin1Char(':'), 0, 0);
    if (field.startsWith(QLatin1String("asserted_clauses")))
        field = QStringLiteral("asserted_clauses");
    QLabel *label = m_errors.value(field);
    if (!label)
        return false;
    label->setText(message.section(QLatin1Char(':'), 1).trimmed());
    label->setVisible(true);
    return true;
}

QString IntakeForm::fieldError(const QString &field) const
{
    const QLabel *l = m_errors.value(field);
    return l && l->isVisibleTo(this) ? l->text() : QString();
}

std::optional<Facts> IntakeForm::checkedFacts()
{
    clearErrors();
    const auto parsed = FactsParser(m_store.library()).parse(facts());
    if (parsed)
        return parsed.value();
    if (!showErrorFor(parsed.error())) // next to its field, or as a dialog if it has none
        Q_EMIT problem(parsed.error());
    return std::nullopt;
}

bool IntakeForm::saveAsNew()
{
    const QJsonObject f = facts();
    const auto parsed = checkedFacts();
    if (!parsed)
        return false;
    QString title = m_title->text().trimmed();
    if (title.isEmpty()) {
        const auto *cause = m_store.library().vocabulary().cause(parsed->cause);
        title = QStringLiteral("%1 %2 %3人").arg(parsed->county, cause ? cause->label : parsed->cause).arg(parsed->participants);
    }
    const auto id = m_store.createIncident(title, m_exercise->isChecked(), f, parsed->reportedAt);
    if (!id) {
        Q_EMIT problem(id.error());
        return false;
    }
    return true;
}

bool IntakeForm::saveUpdate()
{
    const IncidentState *s = m_store.selected();
    if (!s) {
        Q_EMIT problem(tr("Select an incident first, or save as a new incident."));
        return false;
    }
    const auto parsed = checkedFacts();
    if (!parsed)
        return false;
    // Only what changed goes into the journal.
    const QJsonObject before = s->facts.toJson();
    const QJsonObject after = parsed->toJson();
    QJsonObject changed;
    for (auto it = after.begin(); it != after.end(); ++it)
        if (before.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!after.contains(it.key()))
            changed.insert(it.key(), QJsonValue::Null);
    if (changed.isEmpty())
        return true;
    const auto seq = m_store.record(s->id, QStringLiteral("facts_updated"), QJsonObject{{QStringLiteral("facts"), changed}});
    if (!seq) {
        Q_EMIT problem(seq.error());
        return false;
    }
    return true;
}

void IntakeForm::setLocation(const QGeoCoordinate &where)
{
    m_location = where;
    m_pick->setChecked(false);
    QString text = QStringLiteral("%1°N %2°E").arg(where.latitude(), 0, 'f', 5).arg(where.longitude(), 0, 'f', 5);
    if (const Region *r = m_counties.regionAt(where)) {
        m_county->setCurrentIndex(m_county->findData(r->name));
        text += QLatin1Char('\n') + r->name; // on its own line: a narrow form wrapped 莲都/区 mid-name
    } else {
        text += QLatin1Char('\n') + tr("outside Lishui");
    }
    // A proposal only: the operator decides whether 86号 3(2)'s urban rule applies.
    m_urban->setChecked(m_urbanArea.contains(where));
    m_locationText->setText(text);
}

void IntakeForm::startNew()
{
    m_modeText->setText(tr("New incident"));
    m_title->clear();
    m_exercise->setChecked(false);
    // The editor shows Beijing wall-clock time whatever the workstation's zone.
    const QDateTime local = toShanghai(m_store.clock().now());
    m_reportedAt->setDateTime(QDateTime(local.date(), local.time()));
    m_cause->setCurrentIndex(0);
    m_county->setCurrentIndex(0);
    for (auto *b : {m_participants, m_deaths, m_injured, m_serious})
        b->setValue(0);
    for (auto *c : {m_groupFight, m_keySite, m_extreme, m_urban})
        c->setChecked(false);
    m_blockageKind->setCurrentIndex(0);
    m_blockageHours->setValue(0);
    m_stoppageHours->setValue(0);
    m_location = QGeoCoordinate();
    m_locationText->setText(tr("not set"));
    for (auto *b : std::as_const(m_asserted))
        b->setChecked(false);
    clearErrors();
}

void IntakeForm::loadSelected()
{
    const IncidentState *s = m_store.selected();
    if (!s) {
        startNew();
        return;
    }
    clearErrors();
    m_modeText->setText(tr("Incident #%1 — change the facts and save the update").arg(s->id));
    m_title->setText(s->title);
    m_exercise->setChecked(s->exercise);
    const QDateTime local = toShanghai(s->facts.reportedAt.isValid() ? s->facts.reportedAt : s->reportedAt);
    m_reportedAt->setDateTime(QDateTime(local.date(), local.time()));
    m_cause->setCurrentIndex(m_cause->findData(s->facts.cause));
    m_county->setCurrentIndex(m_county->findData(s->facts.county));
    m_participants->setValue(int(s->facts.participants));
    m_deaths->setValue(int(s->facts.deaths));
    m_injured->setValue(int(s->facts.injured));
    m_serious->setValue(int(s->facts.seriousInjuries));
    m_groupFight->setChecked(s->facts.groupFight);
    m_keySite->setChecked(s->facts.atKeySite);
    m_extreme->setChecked(s->facts.extremeBehaviour);
    m_urban->setChecked(s->facts.urban);
    m_blockageKind->setCurrentIndex(qMax(0, m_blockageKind->findData(s->facts.blockageKind)));
    m_blockageHours->setValue(s->facts.blockageHours);
    m_stoppageHours->setValue(s->facts.constructionStoppageHours);
    m_location = s->facts.location;
    m_locationText->setText(m_location.isValid() ? QStringLiteral("%1°N %2°E\n%3")
                                                       .arg(m_location.latitude(), 0, 'f', 5)
                                                       .arg(m_location.longitude(), 0, 'f', 5)
                                                       .arg(s->facts.county)
                                                 : tr("not set"));
    for (auto it = m_asserted.begin(); it != m_asserted.end(); ++it)
        it.value()->setChecked(s->facts.assertedClauses.contains(it.key()));
}

} // namespace cd
