#include "report/IssuedReports.h"

#include "journal/IncidentState.h"
#include "journal/Journal.h"
#include "time/ShanghaiTime.h"

#include <QCryptographicHash>
#include <QJsonObject>

namespace cd {

IssuedReport IssuedReport::fromEvent(const StoredEvent &event, bool exercise)
{
    const QJsonObject p = event.payload();
    IssuedReport r;
    r.seq = event.seq;
    r.incidentId = event.incidentId;
    r.exercise = exercise;
    r.report = p.value(QLatin1String("report")).toString();
    r.number = p.value(QLatin1String("number")).toInt();
    r.docNumber = p.value(QLatin1String("doc_number")).toString();
    r.serial = p.value(QLatin1String("serial")).toInt();
    r.year = p.value(QLatin1String("year")).toInt();
    r.signer = p.value(QLatin1String("signer")).toString();
    r.title = p.value(QLatin1String("title")).toString();
    r.recipients = p.value(QLatin1String("recipients")).toString();
    r.sha256 = p.value(QLatin1String("sha256")).toString();
    r.pages = p.value(QLatin1String("pages")).toInt();
    r.issuedAt = event.eventTime;
    r.actor = event.actor;
    r.pdf = QByteArray::fromBase64(p.value(QLatin1String("pdf_base64")).toString().toLatin1());
    r.hashMatches = QString::fromLatin1(QCryptographicHash::hash(r.pdf, QCryptographicHash::Sha256).toHex()) == r.sha256;
    return r;
}

SignOff SignOff::fromEvent(const StoredEvent &event)
{
    const QJsonObject p = event.payload();
    SignOff s;
    s.seq = event.seq;
    s.report = p.value(QLatin1String("report")).toString();
    s.number = p.value(QLatin1String("number")).toInt();
    s.digest = p.value(QLatin1String("draft_sha256")).toString();
    s.signer = p.value(QLatin1String("signer")).toString();
    s.actor = event.actor;
    s.at = event.eventTime;
    return s;
}

namespace IssuedReports {
namespace {

// Sign-offs of this kind and 期数 not yet used by an issue, oldest first.
QList<SignOff> openSignOffs(const IncidentState &state, ReportKind kind, int number)
{
    const QString name = reportKindName(kind);
    QList<SignOff> open;
    for (const auto &e : state.events) {
        if (state.voided.contains(e.seq))
            continue;
        const QJsonObject p = e.payload();
        if (p.value(QLatin1String("report")).toString() != name || p.value(QLatin1String("number")).toInt() != number)
            continue;
        if (e.kind == QLatin1String("report_signed_off"))
            open << SignOff::fromEvent(e);
        else if (e.kind == QLatin1String("report_issued"))
            open.clear(); // one sign-off, one issue
    }
    return open;
}

} // namespace

Result<SignOff> signOff(Journal &journal, const IncidentState &state, const PlanLibrary &library, OfficialReportOptions options,
                        const QDateTime &at)
{
    using R = Result<SignOff>;
    if (options.signer.trimmed().isEmpty())
        return R::failure(QStringLiteral("signer: required (the 签发人 printed on the report)"));
    if (auto refused = journal.refusal(QStringLiteral("report_signed_off"), {}))
        return R::failure(*refused);
    options.draft = true;
    const OfficialReport draft(state, library, options);
    NewEvent e;
    e.incidentId = state.id;
    e.kind = QStringLiteral("report_signed_off");
    e.at = at;
    e.payload = QJsonObject{{QStringLiteral("report"), reportKindName(options.kind)},
                            {QStringLiteral("number"), draft.number()},
                            {QStringLiteral("title"), draft.title()},
                            {QStringLiteral("signer"), options.signer.trimmed()},
                            {QStringLiteral("draft_sha256"), draft.draftDigest()}};
    const auto seq = journal.append(e);
    if (!seq)
        return R::failure(seq.error());
    // Read back just the event written (it carries what the store stamped), not the incident.
    const auto events = journal.events(state.id, seq.value() - 1);
    if (!events)
        return R::failure(events.error());
    for (const auto &stored : events.value())
        if (stored.seq == seq.value())
            return SignOff::fromEvent(stored);
    return R::failure(QStringLiteral("the sign-off was not found after writing it"));
}

std::optional<SignOff> signOffFor(const IncidentState &state, const OfficialReport &draft, ReportKind kind)
{
    const QString digest = draft.draftDigest();
    const auto open = openSignOffs(state, kind, draft.number());
    for (auto it = open.rbegin(); it != open.rend(); ++it)
        if (it->digest == digest)
            return *it;
    return std::nullopt;
}

QString missingSignOff(const IncidentState &state, const OfficialReport &draft, ReportKind kind)
{
    const auto open = openSignOffs(state, kind, draft.number());
    if (!open.isEmpty())
        return QStringLiteral("sign-off: \"%1\" changed after %2 signed it off (event %3); it must be signed off (签发) again")
            .arg(draft.title(), open.last().signer).arg(open.last().seq);
    return QStringLiteral("sign-off: \"%1\" has not been signed off (签发); a shift leader or commander signs off the draft first")
        .arg(draft.title());
}

Result<QList<IssuedReport>> all(const Journal &journal)
{
    const auto incidents = journal.incidents();
    if (!incidents)
        return Result<QList<IssuedReport>>::failure(incidents.error());
    QHash<qint64, bool> exercise;
    for (const auto &row : incidents.value())
        exercise.insert(row.id, row.exercise);
    const auto grouped = journal.eventsByIncident();
    if (!grouped)
        return Result<QList<IssuedReport>>::failure(grouped.error());
    QList<IssuedReport> out;
    for (const auto &events : grouped.value())
        for (const auto &e : events)
            if (e.kind == QLatin1String("report_issued"))
                out << IssuedReport::fromEvent(e, exercise.value(e.incidentId));
    std::sort(out.begin(), out.end(), [](const IssuedReport &a, const IssuedReport &b) { return a.seq < b.seq; });
    return out;
}

int nextSerial(const QList<IssuedReport> &issued, int year, bool exercise)
{
    int highest = 0;
    for (const auto &r : issued)
        if (r.year == year && r.exercise == exercise)
            highest = std::max(highest, r.serial);
    return highest + 1;
}

Result<IssuedReport> issue(Journal &journal, const IncidentState &state, const PlanLibrary &library, OfficialReportOptions options,
                           const QDateTime &at, int serial)
{
    using R = Result<IssuedReport>;
    if (auto refused = journal.refusal(QStringLiteral("report_issued"), {}))
        return R::failure(*refused);
    options.draft = true;
    const auto signedOff = signOffFor(state, OfficialReport(state, library, options), options.kind);
    if (!signedOff)
        return R::failure(missingSignOff(state, OfficialReport(state, library, options), options.kind));
    options.signer = signedOff->signer;
    const int year = shanghaiDate(at).year();
    const bool chosen = serial > 0;
    Result<qint64> seq = Result<qint64>::failure(QString());
    // The store refuses a serial of the year already used (atomically, under the chain's write
    // lock): another desk took it a moment ago, so take the next one. Bounded: each refusal
    // means one more report was issued.
    for (int attempt = 0; attempt < 20; ++attempt) {
        const auto issued = all(journal);
        if (!issued)
            return R::failure(issued.error());
        if (chosen) {
            for (const auto &r : issued.value())
                if (r.year == year && r.exercise == state.exercise && r.serial == serial)
                    return R::failure(QStringLiteral("number: %1 is already %2 (incident %3): a 发文字号 is never reused")
                                          .arg(serial).arg(r.docNumber).arg(r.incidentId));
        } else {
            serial = nextSerial(issued.value(), year, state.exercise);
        }
        options.draft = false;
        options.issuedAt = at;
        options.docNumber = OfficialReport::formatNumber(options.numberPrefix, year, serial, state.exercise);
        const OfficialReport report(state, library, options);
        int pages = 0;
        const QByteArray pdf = report.document().pdf(&pages);
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
        NewEvent e;
        e.incidentId = state.id;
        e.kind = QStringLiteral("report_issued");
        e.at = at;
        e.payload = QJsonObject{{QStringLiteral("report"), reportKindName(options.kind)},
                                {QStringLiteral("number"), report.number()},
                                {QStringLiteral("doc_number"), options.docNumber},
                                {QStringLiteral("serial"), serial},
                                {QStringLiteral("year"), year},
                                {QStringLiteral("signer"), options.signer},
                                {QStringLiteral("signed_off"), signedOff->seq},
                                {QStringLiteral("draft_sha256"), signedOff->digest},
                                {QStringLiteral("title"), report.title()},
                                {QStringLiteral("recipients"), report.addressee()},
                                {QStringLiteral("pages"), pages},
                                {QStringLiteral("sha256"), hash},
                                {QStringLiteral("pdf_base64"), QString::fromLatin1(pdf.toBase64())}};
        seq = journal.append(e);
        if (seq || !seq.error().contains(QLatin1String(SerialTakenMarker)))
            break;
        if (chosen)
            return R::failure(QStringLiteral("number: %1 was taken by another desk a moment ago: a 发文字号 is never reused").arg(serial));
    }
    if (!seq)
        return R::failure(seq.error());
    // Read back just the event written (it carries what the store stamped), not the incident.
    const auto events = journal.events(state.id, seq.value() - 1);
    if (!events)
        return R::failure(events.error());
    for (const auto &stored : events.value())
        if (stored.seq == seq.value())
            return IssuedReport::fromEvent(stored, state.exercise);
    return R::failure(QStringLiteral("the issued report was not found after writing it"));
}

} // namespace IssuedReports
} // namespace cd
