#pragma once

#include "core/Result.h"
#include "duty/DutyRoster.h"

#include <QByteArray>
#include <QList>

namespace cd {

// A month of the roster as CSV (UTF-8, a header naming the columns, any order):
//   date,shift,start,end,operators,leader
// date YYYY-MM-DD, start and end HH:mm (an end not after the start is the next morning),
// operators separated by 、 ; or /, leader optional. Every problem names the line and the
// column; a file with any problem imports nothing.
namespace RosterCsv {

Result<QList<Shift>> parse(const QByteArray &csv, const QString &fileForMessages);
// The shift_scheduled payloads for the shifts that are new or differ from the roster.
struct ImportPlan {
    QList<QJsonObject> scheduled;
    int unchanged = 0;
};
ImportPlan plan(const QList<Shift> &shifts, const DutyRoster &roster);
QByteArray write(const QList<Shift> &shifts); // the same format, for export and round trips

} // namespace RosterCsv
} // namespace cd
