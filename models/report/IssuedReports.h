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

// 签发: a shift leader or commander approving one draft, recorded as `report_signed_off` with
// the draft's digest (OfficialReport::draftDigest). Issuing needs a sign-off of exactly the
// draft it prints, not used by an earlier issue.
struct SignOff {
    qint64 seq = 0;
    QString report; // initial|followup|final|disposal
    int number = 0; // 续报 期数
    QString digest;
    QString signer; // the 签发人 printed on the report
    QString actor;  // the account that recorded it
    QDateTime at;

    static SignOff fromEvent(const StoredEvent &event);
};

namespace IssuedReports {

// Every issued report of the journal (both worlds), oldest first.
Result<QList<IssuedReport>> all(const Journal &journal);
// The next serial of the year in the live or the drill sequence: one more than the highest
// ever issued there, so a number is never reused.
int nextSerial(const QList<IssuedReport> &issued, int year, bool exercise);

// Records the sign-off of the draft as it stands (options.signer: the 签发人; the account's role
// must allow report_signed_off).
Result<SignOff> signOff(Journal &journal, const IncidentState &state, const PlanLibrary &library, OfficialReportOptions options,
                        const QDateTime &at);
// The sign-off this draft may be issued under: the newest of this kind and 期数 with the draft's
// digest and no issue after it.
std::optional<SignOff> signOffFor(const IncidentState &state, const OfficialReport &draft, ReportKind kind);
// Why the draft cannot be issued yet, in words ("… changed after 王五 signed it off …").
QString missingSignOff(const IncidentState &state, const OfficialReport &draft, ReportKind kind);

// Issues a signed-off draft: the PDF laid out with the 发文字号, the signer of the sign-off and
// `at` as 报告时间, stored in a `report_issued` event. `serial` 0: the next one, and if another
// desk takes that number at the same moment (the store refuses a serial used in the year),
// the one after; a serial given and already used is refused. No sign-off of this draft: refused
// with an error starting "sign-off:".
Result<IssuedReport> issue(Journal &journal, const IncidentState &state, const PlanLibrary &library, OfficialReportOptions options,
                           const QDateTime &at, int serial = 0);

} // namespace IssuedReports
} // namespace cd
