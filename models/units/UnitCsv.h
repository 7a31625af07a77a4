#pragma once

#include "core/RegisterImport.h"
#include "core/Result.h"
#include "units/UnitRoster.h"

#include <QByteArray>
#include <QList>

namespace cd {

// A roster as CSV (UTF-8, a header row naming the columns, any order):
//   unit,callsign,agency,kind,crew,phone,leader
// unit, agency and kind are required; leader is 1/0, true/false, yes/no, 是/否 or empty.
// Every problem names the line and the column; a file with any problem imports nothing.
namespace UnitCsv {

Result<QList<Unit>> parse(const QByteArray &csv, const QString &fileForMessages);
// The events an import records against this roster: new units added, known ones changed
// where they differ, nothing for identical rows. Fails on the first unit the roster refuses.
using ImportPlan = RegisterImportPlan;
Result<ImportPlan> plan(const QList<Unit> &units, const UnitRoster &roster);

} // namespace UnitCsv
} // namespace cd
