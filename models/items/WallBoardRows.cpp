#include "items/WallBoardRows.h"

#include "items/IncidentStore.h"
#include "items/Presentation.h"
#include "plan/FactVocabulary.h"
#include "plan/PlanLibrary.h"

#include <algorithm>

namespace cd::WallTiles {

std::vector<WallTile> of(const IncidentStore &store, World world)
{
    std::vector<WallTile> out;
    for (const auto &sp : store.incidents()) {
        const IncidentState &s = *sp;
        if (store.worldOf(s) != world)
            continue;
        const QDateTime now = store.nowFor(s);
        for (const auto &d : s.deadlines) {
            const auto state = deadlineStateAt(d, now);
            if (state != Deadline::State::Pending && state != Deadline::State::DueSoon && state != Deadline::State::Overdue &&
                state != Deadline::State::Open)
                continue;
            WallTile t;
            t.incidentId = s.id;
            t.title = s.title;
            t.level = Presentation::levelText(Presentation::highestLevel(s));
            t.clause = d.planRef + QLatin1Char(' ') + d.window->clause;
            t.action = d.window->action;
            // Reports name their recipient; other windows say in their text who acts.
            if (d.window->completedBy.startsWith(QLatin1String("report_sent:"))) {
                const auto *m = store.library().vocabulary().milestone(d.window->completedBy);
                t.dueTo = m ? m->label : d.window->completedBy;
            }
            t.due = d.due;
            t.secondsLeft = d.due.isValid() ? now.secsTo(d.due) : 0;
            t.state = state;
            t.drill = world == World::Drill;
            t.conditional = d.conditional;
            if (d.due.isValid())
                t.big = Presentation::countdown(t.secondsLeft);
            else
                t.big = d.window->kind == ReportingWindow::Kind::Immediate ? QStringLiteral("立即")
                        : d.window->kind == ReportingWindow::Kind::Timely  ? QStringLiteral("及时")
                                                                           : QStringLiteral("须到场");
            out.push_back(t);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const WallTile &a, const WallTile &b) {
        const int ra = Presentation::deadlineRank(a.state), rb = Presentation::deadlineRank(b.state);
        if (ra != rb)
            return ra < rb;
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        if (a.secondsLeft != b.secondsLeft)
            return a.secondsLeft < b.secondsLeft;
        return a.incidentId < b.incidentId;
    });
    return out;
}

} // namespace cd::WallTiles
