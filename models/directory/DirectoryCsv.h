#pragma once

#include "core/Result.h"
#include "directory/AgencyDirectory.h"

#include <QByteArray>
#include <QList>

namespace cd {

// The directory as CSV (UTF-8, a header row naming the columns, any order):
//   agency,duty_phone,fax,liaison,liaison_mobile,deputy,deputy_mobile,other_phones,call_order,notes,demo
// agency is required; other_phones and call_order hold several values separated by ';'
// (call_order: duty, liaison, deputy, other); demo is 1/0, true/false, yes/no, 是/否 or empty.
// Every problem names the line and the column; a file with any problem imports nothing.
namespace DirectoryCsv {

const QStringList &columns();
Result<QList<AgencyContact>> parse(const QByteArray &csv, const QString &fileForMessages);
// The same columns, one row per agency, quoted where needed: parse(write(x)) == x.
QByteArray write(const QList<AgencyContact> &contacts);

// The events an import records against this directory: new agencies added, known ones
// changed where they differ, nothing for identical rows.
struct ImportPlan {
    QList<QJsonObject> added;
    QList<QJsonObject> changed;
    int unchanged = 0;
};
Result<ImportPlan> plan(const QList<AgencyContact> &contacts, const AgencyDirectory &directory);

} // namespace DirectoryCsv
} // namespace cd
