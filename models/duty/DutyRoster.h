#pragma once

#include "core/Result.h"
#include "journal/Event.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTime>

namespace cd {

// One shift of the duty roster (排班): a named shift of a day, its hours in Asia/Shanghai
// (an end not after the start is the next morning: a night shift), the duty operators and
// the shift leader (带班领导).
struct Shift {
    QDate date;
    QString name; // 白班, 夜班 …: with the date, the key of the shift
    QTime start;
    QTime end;
    QStringList operators;
    QString leader;

    QDateTime begins() const; // UTC
    QDateTime ends() const;   // UTC, the next day for a night shift
    bool covers(const QDateTime &t) const { return begins() <= t && t < ends(); }
    QString hours() const;    // "20:00—次日08:00"
    QString people() const;   // "张三、李四(带班:王五)"
    QJsonObject toPayload() const; // a shift_scheduled payload
    static Shift fromPayload(const QJsonObject &payload);
    bool operator==(const Shift &) const = default;
};

// The roster: a fold over the shift_* events of the centre's register, so every change is
// signed, chained and replayable. A shift scheduled again replaces the earlier entry.
class DutyRoster {
public:
    static DutyRoster fold(const QList<StoredEvent> &registerEvents);

    const QList<Shift> &shifts() const { return m_shifts; } // by start time
    const Shift *shift(const QDate &date, const QString &name) const;
    // The shift on duty at `t` (the one that began last, when two overlap); nullptr if none.
    const Shift *onDutyAt(const QDateTime &t) const;
    QList<Shift> overlapping(const QDateTime &from, const QDateTime &to) const;
    // Shifts of this roster, other than `shift` itself (same date and name), whose hours overlap
    // it and that name one of its people (operator or leader): one person on two desks at
    // once, a slip when a month is typed in. Said as a warning, never refused (a handover
    // overlap may be intended). "2026-11-26 白班 (张三)".
    QStringList conflicts(const Shift &shift) const;

    // The event that schedules (or reschedules) this shift, or why not, naming the field.
    static Result<QJsonObject> scheduling(const Shift &shift);
    Result<QJsonObject> cancellation(const QDate &date, const QString &name) const;

private:
    QList<Shift> m_shifts;
};

} // namespace cd
