#include "items/IncidentTableModels.h"

#include "units/ArrivalOutlook.h"

#include "items/Contrast.h"
#include "journal/EntryTimeRule.h"

#include "items/IncidentStore.h"
#include "items/Presentation.h"
#include "journal/EventKinds.h"
#include "plan/FactVocabulary.h"
#include "plan/PlanLibrary.h"
#include "time/Clock.h"
#include "time/ShanghaiTime.h"

#include <QFont>
#include <QJsonDocument>

namespace cd {
namespace {

QString shanghaiText(const QDateTime &t, const char *format = "MM-dd HH:mm:ss")
{
    return t.isValid() ? toShanghai(t).toString(QLatin1String(format)) : QString();
}

} // namespace

// ---------------------------------------------------------------- IncidentListModel

IncidentListModel::IncidentListModel(IncidentStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&store, &IncidentStore::incidentsReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    // One row inserted, not the model reset: at 100k incidents a reset re-filtered and
    // re-sorted every row behind the list (70 ms for each new incident).
    connect(&store, &IncidentStore::summaryAboutToBeInserted, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(&store, &IncidentStore::summaryInserted, this, [this] { endInsertRows(); });
    connect(&store, &IncidentStore::incidentChanged, this, [this](qint64 id) {
        const int row = m_store.rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    connect(&store, &IncidentStore::ticked, this, [this] {
        // Only the rows whose countdown can move: those folded in full. With 100k incidents a
        // change over the whole column would make the filter re-test every row each second.
        for (const auto &state : m_store.incidents())
            if (const int row = m_store.rowOf(state->id); row >= 0)
                Q_EMIT dataChanged(index(row, NextDeadline), index(row, NextDeadline), {Qt::DisplayRole, Qt::ForegroundRole});
    });
}

QModelIndex IncidentListModel::index(int row, int column, const QModelIndex &parent) const
{
    const bool inside = !parent.isValid() && row >= 0 && column >= 0 && size_t(row) < m_store.summaries().size() && column < ColumnCount;
    return inside ? createIndex(row, column) : QModelIndex();
}

int IncidentListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_store.summaries().size()); }
int IncidentListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    // Every row from the summary; the next deadline from the full state, which every incident
    // whose windows run has (IncidentStore folds those): a row without one has no deadline.
    const IncidentSummary &s = m_store.summaries()[size_t(index.row())];
    // The clock and the deadlines only for the roles that show them: the filter asks every
    // row for its id, world and status, and sorting 100k rows asks 3 million times.
    const bool timed = role == Qt::ForegroundRole || role == Qt::ToolTipRole || role == SortRole || role == Qt::DisplayRole;
    const IncidentState *full = timed && index.column() == NextDeadline ? m_store.folded(s.id) : nullptr;
    const World world = full || role == WorldRole ? m_store.clocks().worldOf(s.id) : World::Live;
    const QDateTime now = full ? m_store.clocks().nowFor(s.id) : QDateTime(); // each incident on its own world's clock
    const Deadline *next = full && world != World::EndedDrill ? full->nextDeadline(now) : nullptr;
    switch (role) {
    case IdRole:
        return s.id;
    case WorldRole:
        return static_cast<int>(world);
    case DemoRole:
        return m_store.clocks().isDemo(s.id);
    case ExerciseRole:
        return s.exercise;
    case ClosedRole:
        return static_cast<int>(s.status) >= static_cast<int>(IncidentStatus::Closed);
    case Qt::ForegroundRole:
        if (index.column() == Level) // readable on the level's colour in both themes (WCAG AA)
            return Contrast::textOn(Presentation::levelColor(s.level));
        if (index.column() == NextDeadline && next)
            return Presentation::deadlineColor(deadlineStateAt(*next, now));
        return {};
    case Qt::BackgroundRole:
        if (index.column() == Level)
            return Presentation::levelColor(s.level);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NextDeadline && next)
            return QStringLiteral("%1 %2 %3").arg(next->planRef, next->window->clause, next->window->action);
        return {};
    case SortRole:
        switch (index.column()) {
        case Id:
            return s.id;
        case Level:
            return s.level ? static_cast<int>(*s.level) : 9;
        case NextDeadline:
            return next ? next->due.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return s.id;
        case Title:
            return s.exercise ? QStringLiteral("【演练】") + s.title : s.title;
        case County:
            return s.county;
        case Level:
            return Presentation::levelText(s.level);
        case Plans: {
            QStringList refs;
            for (const QString &id : s.plans)
                if (const Plan *plan = m_store.library().plan(id))
                    refs << plan->shortRef;
            return refs.join(QStringLiteral("、"));
        }
        case Status:
            return incidentStatusLabel(s.status);
        case NextDeadline:
            if (world == World::EndedDrill)
                return QStringLiteral("演练已结束"); // frozen: no countdown runs
            if (next)
                return QStringLiteral("%1 %2").arg(next->window->clause, Presentation::countdown(now.secsTo(next->due)));
            return QString();
        }
    }
    return {};
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("No.");
    case Title:
        return tr("Incident");
    case County:
        return tr("County");
    case Level:
        return tr("Level");
    case Plans:
        return tr("Plans");
    case Status:
        return tr("Status");
    case NextDeadline:
        return tr("Next deadline");
    }
    return {};
}

IncidentFilterModel::IncidentFilterModel(const IncidentStore &store, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_store(store)
{
    setSortRole(IncidentListModel::SortRole);
}

void IncidentFilterModel::setFilter(Filter f)
{
    m_filter = f;
    invalidateFilter();
}

bool IncidentFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The list's rows are in id order (IncidentStore keeps its summaries so), so the default
    // sort, by id, needs no data(): at 100k incidents that sort was a seventh of the start-up.
    if (left.column() == IncidentListModel::Id && right.column() == IncidentListModel::Id)
        return left.row() < right.row();
    return QSortFilterProxyModel::lessThan(left, right);
}

QModelIndex IncidentFilterModel::indexOfIncident(qint64 id) const
{
    const int row = m_store.rowOf(id);
    return row < 0 || row >= sourceModel()->rowCount() ? QModelIndex() : mapFromSource(sourceModel()->index(row, 0));
}

bool IncidentFilterModel::filterAcceptsRow(int row, const QModelIndex &) const
{
    // Off the summary, as IncidentListModel's roles say it: through data() each row cost a
    // QVariant per role, and the filter asks every row (100k at start-up).
    if (row < 0 || size_t(row) >= m_store.summaries().size())
        return false;
    const IncidentSummary &s = m_store.summaries()[size_t(row)];
    const bool exercise = s.exercise;
    const bool closed = static_cast<int>(s.status) >= static_cast<int>(IncidentStatus::Closed);
    switch (m_filter) {
    case All:
        return true;
    case Current: {
        if (!exercise && !m_store.clocks().isReplay())
            return true; // live, as worldOf() would say, without its hash lookups (100k rows at start-up)
        const World world = m_store.clocks().worldOf(s.id);
        return world == World::Live || world == World::Drill || (world == World::Exercise && !m_store.clocks().isDemo(s.id));
    }
    case Live:
        return !exercise;
    case Exercise:
        return exercise;
    case Open:
        return !closed;
    case Closed:
        return closed;
    }
    return true;
}

// ---------------------------------------------------------------- DutyModel

SelectedIncidentModel::SelectedIncidentModel(IncidentStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(&store, &IncidentStore::selectionChanged, this, reset);
    connect(&store, &IncidentStore::incidentsReset, this, reset);
    connect(&store, &IncidentStore::incidentChanged, this, [this, reset](qint64 id) {
        if (id == m_store.selectedId())
            reset();
    });
}

int DutyModel::rowCount(const QModelIndex &parent) const
{
    const auto *s = m_store.selected();
    return parent.isValid() || !s ? 0 : int(s->duties.size());
}
int DutyModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DutyModel::data(const QModelIndex &index, int role) const
{
    const auto *s = m_store.selected();
    if (!s || !index.isValid() || index.row() >= int(s->duties.size()))
        return {};
    const DutyState &d = s->duties[size_t(index.row())];
    // 已分派 is the normal state and keeps the table's text colour: red is for overdue or refused only.
    if (role == Qt::ForegroundRole && index.column() == Status)
        return d.status == QLatin1String("assigned") ? QVariant()
               : d.status == QLatin1String("acknowledged") ? QVariant(QColor(0x1f, 0x78, 0xd1)) : QVariant(QColor(0x2e, 0x7d, 0x32));
    // The columns that share the table's width are cut: the tooltip has their whole text.
    if (role == Qt::ToolTipRole && (index.column() == Duty || index.column() == Agency || index.column() == Reason))
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Plan: {
        const auto *p = m_store.library().plan(d.plan);
        return p ? p->shortRef : d.plan;
    }
    case Agency:
        return d.agency;
    case Clause:
        return d.clause;
    case Duty:
        return d.duty;
    case Reason: {
        if (d.reason == QLatin1String("always"))
            return QStringLiteral("预案规定");
        if (d.reason.startsWith(QLatin1String("cause:"))) {
            const auto *c = m_store.library().vocabulary().cause(d.reason.mid(6));
            return QString(QStringLiteral("起因:") + (c ? c->label : d.reason.mid(6)));
        }
        if (d.reason.startsWith(QLatin1String("condition:"))) {
            const auto *p = m_store.library().plan(d.plan);
            const auto *c = p ? p->condition(d.reason.mid(10)) : nullptr;
            return QString(QStringLiteral("情形:") + (c ? c->label : d.reason.mid(10)));
        }
        return QStringLiteral("指挥部指派");
    }
    case Status:
        return d.status == QLatin1String("assigned") ? QStringLiteral("已分派")
               : d.status == QLatin1String("acknowledged") ? QStringLiteral("已确认") : QStringLiteral("已完成");
    case By:
        if (!d.person.isEmpty()) // acknowledged by a call: whom it reached, then who called
            return QStringLiteral("%1(电话确认) %2 %3").arg(d.person, d.by, shanghaiText(d.at));
        return d.by.isEmpty() ? QString() : QStringLiteral("%1 %2").arg(d.by, shanghaiText(d.at));
    }
    return {};
}

QVariant DutyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Plan:
        return tr("Plan");
    case Agency:
        return tr("Agency");
    case Clause:
        return tr("Clause");
    case Duty:
        return tr("Duty");
    case Reason:
        return tr("Why");
    case Status:
        return tr("Status");
    case By:
        return tr("By / when");
    }
    return {};
}

// ---------------------------------------------------------------- DeadlineModel

DeadlineModel::DeadlineModel(IncidentStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&store, &IncidentStore::selectionChanged, this, &DeadlineModel::rebuild);
    connect(&store, &IncidentStore::incidentsReset, this, &DeadlineModel::rebuild);
    connect(&store, &IncidentStore::incidentChanged, this, [this](qint64 id) {
        if (id == m_store.selectedId())
            rebuild();
    });
    connect(&store, &IncidentStore::ticked, this, &DeadlineModel::tick);
}

void DeadlineModel::setArrivals(Arrivals arrivals)
{
    m_arrivals = std::move(arrivals);
    rebuild();
}

Deadline::State DeadlineModel::stateOf(const Deadline &d, const IncidentState &incident, const QDateTime &now) const
{
    if (!m_arrivals.etaSeconds || !m_arrivals.leaderUnits)
        return deadlineStateAt(d, now);
    const auto outlook = ArrivalOutlook::of(d, incident, m_arrivals.leaderUnits(), m_arrivals.etaSeconds(incident.id), now);
    return ArrivalOutlook::stateWith(d, outlook, now);
}

void DeadlineModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_states.clear();
    m_arrivalLate.clear();
    if (const auto *s = m_store.selected()) {
        const QDateTime now = m_store.nowFor(*s);
        for (const auto &d : s->deadlines)
            m_rows.push_back(&d);
        QHash<const Deadline *, Deadline::State> states;
        for (const auto *d : m_rows)
            states.insert(d, stateOf(*d, *s, now));
        // Overdue pinned on top, then by urgency, then by due time.
        std::stable_sort(m_rows.begin(), m_rows.end(), [&states](const Deadline *a, const Deadline *b) {
            const int ra = Presentation::deadlineRank(states.value(a)), rb = Presentation::deadlineRank(states.value(b));
            if (ra != rb)
                return ra < rb;
            if (a->due.isValid() != b->due.isValid())
                return a->due.isValid();
            return a->due < b->due;
        });
        for (const auto *d : m_rows) {
            m_states.push_back(states.value(d));
            m_arrivalLate.push_back(states.value(d) != deadlineStateAt(*d, now));
        }
    }
    endResetModel();
}

void DeadlineModel::tick()
{
    const auto *s = m_store.selected();
    if (!s)
        return;
    const QDateTime now = m_store.nowFor(*s);
    bool reorder = false;
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (stateOf(*m_rows[i], *s, now) != m_states[i])
            reorder = true;
    if (reorder) {
        rebuild(); // a window changed state: its place in the list may change too
    } else if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, Countdown), index(rowCount() - 1, Countdown), {Qt::DisplayRole});
    }
}

Deadline::State DeadlineModel::stateAt(int row) const { return m_states.at(size_t(row)); }

int DeadlineModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int DeadlineModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DeadlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Deadline &d = *m_rows[size_t(index.row())];
    const Deadline::State state = m_states[size_t(index.row())];
    const auto *s = m_store.selected();
    const QDateTime now = s ? m_store.nowFor(*s) : QDateTime();
    // An ended drill is frozen at its end: outcomes, never a running count.
    const bool frozen = s && m_store.worldOf(*s) == World::EndedDrill;
    switch (role) {
    case StateRole:
        return deadlineStateName(state);
    case KeyRole:
        return d.key();
    case Qt::ForegroundRole:
        return index.column() == State || index.column() == Countdown ? QVariant(Presentation::deadlineColor(state)) : QVariant();
    case Qt::FontRole:
        if (state == Deadline::State::Overdue) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        return QString(d.window->text + (d.conditional ? QStringLiteral("\n(条件:%1)").arg(d.window->rulingLabel) : QString()));
    case Qt::DisplayRole:
        switch (index.column()) {
        case Clause:
            return QStringLiteral("%1 %2").arg(d.planRef, d.window->clause);
        case Action:
            return QString(d.window->action + (d.conditional ? QStringLiteral("(待认定:") + d.window->rulingLabel + QLatin1Char(')') : QString()));
        case Anchor: {
            const auto *m = m_store.library().vocabulary().milestone(d.window->anchor);
            return QString((m ? m->label : d.window->anchor) + (d.anchorAt.isValid() ? QLatin1Char(' ') + shanghaiText(d.anchorAt) : QStringLiteral("(未发生)")));
        }
        case Due:
            if (d.due.isValid())
                return QString(shanghaiText(d.due, "yyyy-MM-dd HH:mm:ss") + (d.covered ? QString() : QStringLiteral(" ⚠日历未覆盖")));
            return d.window->kind == ReportingWindow::Kind::Immediate ? QStringLiteral("立即")
                   : d.window->kind == ReportingWindow::Kind::Timely  ? QStringLiteral("及时")
                   : d.window->kind == ReportingWindow::Kind::Requirement ? QStringLiteral("须到场")
                                                                          : QString();
        case Countdown:
            if (frozen)
                return Presentation::frozenCountdown(state, d.due.isValid() ? now.secsTo(d.due) : 0, d.lateBySeconds());
            if (d.due.isValid() && (state == Deadline::State::Pending || state == Deadline::State::DueSoon || state == Deadline::State::Overdue))
                return Presentation::countdown(now.secsTo(d.due));
            if (state == Deadline::State::MetLate)
                return QString(QStringLiteral("逾期 ") + Presentation::countdown(d.lateBySeconds()));
            return QString();
        case State:
            if (frozen)
                return Presentation::drillOutcomeText(state);
            return QString(Presentation::deadlineOutcomeText(d, state) +
                           (m_arrivalLate[size_t(index.row())] ? QStringLiteral("(预计到达晚于时限)") : QString()));
        }
    }
    return {};
}

QVariant DeadlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Clause:
        return tr("Clause");
    case Action:
        return tr("Window");
    case Anchor:
        return tr("Runs from");
    case Due:
        return tr("Due");
    case Countdown:
        return tr("Countdown");
    case State:
        return tr("State");
    }
    return {};
}

// ---------------------------------------------------------------- TimelineModel

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    const auto *s = m_store.selected();
    return parent.isValid() || !s ? 0 : int(s->events.size());
}
int TimelineModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    const auto *s = m_store.selected();
    if (!s || !index.isValid() || index.row() >= int(s->events.size()))
        return {};
    const StoredEvent &e = s->events[s->events.size() - 1 - index.row()]; // newest first
    const bool voided = s->voided.contains(e.seq);
    if (role == SeqRole)
        return e.seq;
    if (role == VoidedRole)
        return voided;
    if (role == Qt::FontRole && voided) {
        QFont f;
        f.setStrikeOut(true);
        return f;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case EventTime:
        return shanghaiText(e.eventTime, "MM-dd HH:mm:ss");
    case EntryTime:
        return shanghaiText(e.entryTime, "MM-dd HH:mm:ss");
    case Kind:
        return QString(EventKinds::label(e.kind) + (voided ? QStringLiteral("(已更正)") : QString()) +
                       (EntryTimeRule::isImported(e.payload()) ? QStringLiteral("（导入）") : QString()));
    case Actor:
        return QString(e.actor + (e.workstation.isEmpty() ? QString() : QStringLiteral(" @") + e.workstation));
    case Details:
        return EventKinds::describe(e, m_store.library());
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EventTime:
        return tr("Happened");
    case EntryTime:
        return tr("Recorded");
    case Kind:
        return tr("Event");
    case Actor:
        return tr("By");
    case Details:
        return tr("Details");
    }
    return {};
}

} // namespace cd
