#include "items/Presentation.h"

#include "journal/EntryTimeRule.h"
#include "journal/IncidentState.h"

namespace cd::Presentation {

QColor levelColor(std::optional<Level> level)
{
    if (!level)
        return QColor(0x90, 0x90, 0x90);
    switch (*level) {
    case Level::I:
        return QColor(0xd7, 0x19, 0x1c);
    case Level::II:
        return QColor(0xf5, 0x7c, 0x00);
    case Level::III:
        return QColor(0xf2, 0xc4, 0x0f);
    case Level::IV:
        return QColor(0x1f, 0x78, 0xd1);
    }
    return {};
}

QString levelText(std::optional<Level> level) { return level ? levelNumeral(*level) : QStringLiteral("未定级"); }

std::optional<Level> highestLevel(const IncidentState &state)
{
    std::optional<Level> best;
    for (const auto &a : state.grading)
        if (a.applies && a.level && (!best || isMoreSevere(*a.level, *best)))
            best = a.level;
    return best;
}

QString countdown(qint64 seconds)
{
    const bool late = seconds < 0;
    const qint64 s = late ? -seconds : seconds;
    if (s >= 24 * 3600) // working-day windows: days are what the operator reads
        return (late ? QStringLiteral("−") : QString()) +
               QStringLiteral("%1天%2:%3").arg(s / 86400).arg((s / 3600) % 24, 2, 10, QLatin1Char('0')).arg((s / 60) % 60, 2, 10, QLatin1Char('0'));
    const QString text = QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return late ? QStringLiteral("−") + text : text;
}

QColor deadlineColor(Deadline::State state)
{
    switch (state) {
    case Deadline::State::Overdue:
        return QColor(0xd7, 0x19, 0x1c);
    case Deadline::State::DueSoon:
        return QColor(0xf5, 0x7c, 0x00);
    case Deadline::State::Pending:
        return QColor(0x2e, 0x7d, 0x32);
    case Deadline::State::Met:
        return QColor(0x60, 0x7d, 0x8b);
    case Deadline::State::MetLate:
        return QColor(0x8e, 0x24, 0xaa);
    case Deadline::State::Open:
        return QColor(0x1f, 0x78, 0xd1);
    case Deadline::State::Waiting:
    case Deadline::State::RuledOut:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return {};
}

QString deadlineStateText(Deadline::State state)
{
    switch (state) {
    case Deadline::State::Waiting:
        return QStringLiteral("等待起算");
    case Deadline::State::Pending:
        return QStringLiteral("计时中");
    case Deadline::State::DueSoon:
        return QStringLiteral("即将到期");
    case Deadline::State::Overdue:
        return QStringLiteral("已超时");
    case Deadline::State::Met:
        return QStringLiteral("按时完成");
    case Deadline::State::MetLate:
        return QStringLiteral("逾期完成");
    case Deadline::State::Open:
        return QStringLiteral("待完成");
    case Deadline::State::RuledOut:
        return QStringLiteral("已排除");
    }
    return {};
}

QString lateEntryNote(const Deadline &d, Deadline::State state)
{
    if (!d.completedByLateEntry() || (state != Deadline::State::Met && state != Deadline::State::MetLate))
        return {};
    return QStringLiteral("（补录，录入晚 %1）").arg(EntryTimeRule::delayText(d.completedEntryDelay));
}

QString deadlineOutcomeText(const Deadline &d, Deadline::State state)
{
    const QString note = lateEntryNote(d, state);
    if (note.isEmpty())
        return deadlineStateText(state);
    return (state == Deadline::State::Met ? QStringLiteral("按时") : deadlineStateText(state)) + note;
}

int deadlineRank(Deadline::State state)
{
    switch (state) {
    case Deadline::State::Overdue:
        return 0;
    case Deadline::State::DueSoon:
        return 1;
    case Deadline::State::Pending:
        return 2;
    case Deadline::State::Open:
        return 3;
    case Deadline::State::Waiting:
        return 4;
    case Deadline::State::MetLate:
        return 5;
    case Deadline::State::Met:
        return 6;
    case Deadline::State::RuledOut:
        return 7;
    }
    return 8;
}

QString planRefs(const IncidentState &state)
{
    QStringList refs;
    for (const auto &a : state.grading)
        if (a.applies)
            refs << a.plan->shortRef;
    return refs.join(QStringLiteral("、"));
}

QString drillOutcomeText(Deadline::State stateAtEnd)
{
    switch (stateAtEnd) {
    case Deadline::State::Overdue:
        return QStringLiteral("未完成(超时)");
    case Deadline::State::Pending:
    case Deadline::State::DueSoon:
        return QStringLiteral("结束时未到期");
    case Deadline::State::Open:
        return QStringLiteral("未完成");
    default:
        return deadlineStateText(stateAtEnd); // met, met late, waiting, ruled out: as they were
    }
}

QString frozenCountdown(Deadline::State stateAtEnd, qint64 secondsLeftAtEnd, qint64 lateBySeconds)
{
    switch (stateAtEnd) {
    case Deadline::State::Overdue:
        return QStringLiteral("结束时超时 ") + countdown(-secondsLeftAtEnd);
    case Deadline::State::Pending:
    case Deadline::State::DueSoon:
        return QStringLiteral("结束时剩 ") + countdown(secondsLeftAtEnd);
    case Deadline::State::MetLate:
        return QStringLiteral("逾期 ") + countdown(lateBySeconds);
    default:
        return QString();
    }
}

} // namespace cd::Presentation
