#include "map/UnitMapFeed.h"

#include "journal/Journal.h"
#include "journal/ServerDeadline.h"
#include "map/UnitLayer.h"
#include "time/Clock.h"
#include "units/Geofence.h"
#include "units/TrackStore.h"
#include "units/UnitTasks.h"

#include <QMenu>
#include <QMenuBar>

namespace cd {

UnitMapFeed::UnitMapFeed(Journal &journal, const Clock &clock, QGraphicsScene &scene, const WebMercator &projection, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_clock(clock)
    , m_layer(std::make_unique<UnitLayer>(scene, projection))
{
    m_seen = m_clock.now().addSecs(-LookBackSeconds);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &UnitMapFeed::refresh);
    m_timer.start();
}

UnitMapFeed::~UnitMapFeed() = default;

void UnitMapFeed::setAgencies(const QSet<QString> &agencies)
{
    if (agencies == m_shown)
        return;
    m_shown = agencies;
    m_layer->setAgencies(agencies);
    Q_EMIT agenciesChanged(m_shown);
}

QMenu *UnitMapFeed::addMenu(QMenuBar &bar)
{
    QMenu *units = bar.addMenu(tr("&Units"));
    QMenu *agencies = units->addMenu(tr("Agencies shown"));
    // Built when opened: the roster may have changed since.
    connect(agencies, &QMenu::aboutToShow, this, [this, agencies] {
        agencies->clear();
        QStringList names;
        for (const Unit &u : m_roster.active())
            if (!names.contains(u.agency))
                names << u.agency;
        agencies->addAction(tr("All agencies"), this, [this] { setAgencies({}); });
        agencies->addSeparator();
        for (const QString &name : std::as_const(names)) {
            QAction *a = agencies->addAction(name);
            a->setCheckable(true);
            a->setChecked(m_shown.isEmpty() || m_shown.contains(name));
            connect(a, &QAction::toggled, this, [this, name, names](bool on) {
                QSet<QString> shown = m_shown.isEmpty() ? QSet<QString>(names.begin(), names.end()) : m_shown;
                on ? (void)shown.insert(name) : (void)shown.remove(name);
                setAgencies(shown.size() == names.size() ? QSet<QString>() : shown); // every one ticked: all
            });
        }
        if (names.isEmpty())
            agencies->addAction(tr("No units in the roster"))->setEnabled(false);
    });
    return units;
}

QHash<QString, qint64> UnitMapFeed::etasTo(qint64 incidentId) const
{
    QHash<QString, qint64> out;
    const QGeoCoordinate site = m_siteOf ? m_siteOf(incidentId) : QGeoCoordinate();
    if (!site.isValid() || !m_tasksCurrent)
        return out;
    for (const Unit &u : m_roster.all()) {
        const UnitAssignment *a = m_tasks.assignment(u.id);
        const auto *pos = m_positions.position(u.id);
        if (!a || a->incidentId != incidentId || a->status() != UnitAssignment::Status::EnRoute || !pos)
            continue;
        const double speed = pos->last.hasAttribute(QGeoPositionInfo::GroundSpeed) ? pos->last.attribute(QGeoPositionInfo::GroundSpeed) : 0;
        out.insert(u.id, EtaEstimator::etaSeconds(pos->last.coordinate().distanceTo(site), speed));
    }
    return out;
}

QSet<QString> UnitMapFeed::leaderUnits() const
{
    QSet<QString> out;
    for (const Unit &u : m_roster.all())
        if (u.leader && !u.retired)
            out.insert(u.id);
    return out;
}

void UnitMapFeed::refresh()
{
    // Read every second on the UI thread: a shared journal whose server stopped answering
    // must not hold the desk here (it did, until the server woke). Cut off, the reads fail
    // and the map keeps what it shows.
    if (m_journal.serverUnreachable())
        return; // the watcher says so: no waiting on a server that does not answer
    const auto bounded = m_journal.store().boundCalls(std::chrono::seconds(3)); // as the watcher's heartbeat
    // The roster changes rarely: fold it again only when the register grew.
    const auto events = m_journal.events(CentreRegisterId, 0);
    if (!events)
        return; // offline or an older journal: the map keeps what it shows
    if (!events->isEmpty() && events->last().seq != m_rosterSeq) {
        m_roster = UnitRoster::fold(events.value());
        m_rosterSeq = events->last().seq;
    }
    if (const auto fixes = TrackStore(m_journal.store()).fixesAfter(m_seen); fixes) {
        for (const UnitFix &f : fixes.value()) {
            m_positions.add(f);
            m_seen = std::max(m_seen, f.info.timestamp());
        }
    } else if (bounded && bounded->expired()) {
        return; // cut off: the next read would only wait on a reconnect
    }
    const auto current = catchUpTasks();
    if (current && !*current)
        return; // the markers are drawn once the tasks are current
    publish(current.has_value());
}

void UnitMapFeed::refreshAll()
{
    if (m_journal.serverUnreachable())
        return;
    // To the head, however long: an action needs the tasks as they are.
    if (const auto caught = m_tasks.catchUp(m_journal); caught && caught.value())
        m_tasksCurrent = true;
    refresh();
}

std::optional<bool> UnitMapFeed::catchUpTasks()
{
    const auto caught = m_tasks.catchUp(m_journal, TaskSlice);
    if (!caught)
        return std::nullopt;
    if (caught.value())
        m_tasksCurrent = true;
    if (!caught.value() && !m_nextSliceScheduled) {
        // More to read (the first look at a long journal): the next slice on the next turn of
        // the event loop, one chain at a time, without reading the roster and fixes again.
        m_nextSliceScheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_nextSliceScheduled = false;
            if (m_journal.serverUnreachable())
                return;
            if (const auto current = catchUpTasks(); !current || *current)
                publish(current.has_value());
        });
    }
    return caught.value();
}

void UnitMapFeed::publish(bool tasksRead)
{
    QHash<QString, QString> tasks;
    if (tasksRead)
        for (const Unit &u : m_roster.all())
            if (const UnitAssignment *a = m_tasks.assignment(u.id)) {
                QString text = tr("Task: incident #%1, %2")
                                   .arg(a->incidentId)
                                   .arg(a->status() == UnitAssignment::Status::EnRoute ? tr("en route")
                                        : a->status() == UnitAssignment::Status::OnScene ? tr("on scene")
                                                                                         : tr("left the scene"));
                // En route: distance × road factor / speed (EtaEstimator), in whole minutes.
                const auto *pos = m_positions.position(u.id);
                const QGeoCoordinate site = m_siteOf ? m_siteOf(a->incidentId) : QGeoCoordinate();
                if (a->status() == UnitAssignment::Status::EnRoute && pos && site.isValid()) {
                    const double speed = pos->last.hasAttribute(QGeoPositionInfo::GroundSpeed) ? pos->last.attribute(QGeoPositionInfo::GroundSpeed) : 0;
                    const qint64 eta = EtaEstimator::etaSeconds(pos->last.coordinate().distanceTo(site), speed);
                    text += QStringLiteral(", ") + tr("ETA %n min", nullptr, int((eta + 59) / 60));
                }
                tasks.insert(u.id, text);
            }
    m_layer->sync(m_roster, m_positions, m_clock.now(), tasks);
    Q_EMIT refreshed();
}

} // namespace cd
