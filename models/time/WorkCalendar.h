#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

namespace cd {

// China's working days: Monday–Friday that is not a public holiday, or a weekend day the
// State Council made a working day (调休上班日). The data is published one notice a year, so a
// year is "covered" when the calendar holds that year's notice; beyond it the answer still
// comes (Monday–Friday rule) but is flagged as not covered.
class WorkCalendar {
public:
    struct DayResult {
        QDate date;
        bool covered = true; // false if any day counted lies outside the calendar's years
    };
    struct DueResult {
        QDate date;
        QDateTime due; // UTC instant of 23:59:59.999 Asia/Shanghai on `date`
        bool covered = true;
    };

    // Parses the holiday file format (resources/calendar/cn-public-holidays.json); every
    // problem names the JSON path.
    // Coverage must lie within these years (a notice is yearly; nothing before the epoch or
    // past this century is a plausible notice).
    static constexpr int MinYear = 1970, MaxYear = 2099;
    static Result<WorkCalendar> fromJson(const QByteArray &json, const QString &fileNameForMessages);
    static Result<WorkCalendar> loadFile(const QString &file);
    static const WorkCalendar &builtin();
    // `newer` replaces `base` for the years it covers (an operator-loaded notice).
    static WorkCalendar merged(const WorkCalendar &base, const WorkCalendar &newer);

    bool isWorkingDay(const QDate &date) const;
    bool covers(const QDate &date) const { return m_years.contains(date.year()); }
    QString holidayName(const QDate &date) const { return m_holidays.value(date); }
    const QHash<QDate, QString> &holidays() const { return m_holidays; } // date -> name
    const QSet<int> &years() const { return m_years; }                  // years with a notice
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }
    QString source() const { return m_source; }

    // The Nth working day strictly after `from` (n ≥ 1).
    DayResult addWorkingDays(const QDate &from, int n) const;
    // "Within N working days of t": 23:59:59 Asia/Shanghai on the Nth working day strictly
    // after t's local date.
    DueResult dueWithinWorkingDays(const QDateTime &t, int n) const;

    QByteArray toJson() const;

private:
    QHash<QDate, QString> m_holidays;         // date -> name (元旦, 春节 …)
    QHash<QDate, QString> m_adjustedWorkdays; // weekend days that are working days
    int m_firstYear = 0;
    int m_lastYear = -1;
    QSet<int> m_years; // years with a notice: a later import can leave a gap
    QString m_source;
};

} // namespace cd
