#pragma once

#include <QByteArray>
#include <QString>

namespace cd {

class IncidentState;
class PlanLibrary;

// OASIS CAP 1.2 for one incident (at a cursor): status Exercise for drills, Actual otherwise;
// severity Ⅰ→Extreme, Ⅱ→Severe, Ⅲ→Moderate, Ⅳ→Minor; category Security; the county as area
// with a circle around the site and its GB/T 2260 code; an Update references the first Alert.
// Scope is Restricted: 群体性事件一般不公开报道 (85号 1.4(7)).
namespace CapExport {

QByteArray alert(const IncidentState &state, const PlanLibrary &library, const QString &sender = QStringLiteral("commanddesk@lishui.gov.cn"));
QString countyCode(const QString &county); // GB/T 2260, e.g. 莲都区 → 331102

} // namespace CapExport

// The timeline as CSV: UTF-8 with a byte-order mark so spreadsheet programs open Chinese
// correctly, CRLF line ends, RFC 4180 quoting. Times in Beijing time as "yyyy-MM-dd HH:mm:ss",
// which spreadsheets read as dates; each event in words (说明) beside its exact JSON (内容(JSON)).
namespace CsvExport {

QByteArray timeline(const IncidentState &state, const PlanLibrary &library);

} // namespace CsvExport
} // namespace cd
