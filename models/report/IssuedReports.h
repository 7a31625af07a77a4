#pragma once

#include "core/Result.h"
#include "report/OfficialReport.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cd {

class IncidentState;
class Journal;
class PlanLibrary;
struct StoredEvent;

// A report that left the centre: its `report_issued` event, which carries the exact PDF
// (base64), its SHA-256, the 发文字号 and the signer. The chain hash covers the whole payload,
// so `verify` proves the stored copy unchanged; `hashMatches` re-checks the bytes alone.
struct IssuedReport {
    qint64 seq = 0;
    qint64 incidentId = 0;
    bool exercise = false;
    QString report; // initial|followup|final|disposal
    int number = 0; // 续报 期数
    QString docNumber;
    int serial = 0;
    int year = 0;
    QString signer;
    QString title;
    QString recipients;
    QString sha256;
    QDateTime issuedAt;
    QString actor;
    int pages = 0;
    QByteArray pdf;
    bool hashMatches = false;

    static IssuedReport fromEvent(const StoredEvent &event, bool exercise);
};

namespace IssuedReports {

// Every issued report of the journal (both worlds), oldest first.
Result<QList<IssuedReport>> all(const Journal &journal);
// The next serial of the year in the live or the drill sequence: one more than the highest
// ever issued there, so a number is never reused.
int nextSerial(const QList<IssuedReport> &issued, int year, bool exercise);

// Signs off and issues: the PDF laid out with the 发文字号, the signer and `at` as 报告时间,
// stored in a `report_issued` event. `serial` 0: the next one; a serial already used is refused.
Result<IssuedReport> issue(Journal &journal, const IncidentState &state, const PlanLibrary &library, OfficialReportOptions options,
                           const QDateTime &at, int serial = 0);

} // namespace IssuedReports
} // namespace cd
