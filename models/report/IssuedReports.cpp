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

namespace IssuedReports {

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
    if (options.signer.trimmed().isEmpty())
        return R::failure(QStringLiteral("signer: required (the 签发人 printed on the report)"));
    if (auto refused = journal.refusal(QStringLiteral("report_issued"), {}))
        return R::failure(*refused);
    const auto issued = all(journal);
    if (!issued)
        return R::failure(issued.error());
    const int year = shanghaiDate(at).year();
    if (serial > 0) {
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
                            {QStringLiteral("title"), report.title()},
                            {QStringLiteral("recipients"), report.addressee()},
                            {QStringLiteral("pages"), pages},
                            {QStringLiteral("sha256"), hash},
                            {QStringLiteral("pdf_base64"), QString::fromLatin1(pdf.toBase64())}};
    const auto seq = journal.append(e);
    if (!seq)
        return R::failure(seq.error());
    const auto events = journal.events(state.id);
    if (!events)
        return R::failure(events.error());
    for (const auto &stored : events.value())
        if (stored.seq == seq.value())
            return IssuedReport::fromEvent(stored, state.exercise);
    return R::failure(QStringLiteral("the issued report was not found after writing it"));
}

} // namespace IssuedReports
} // namespace cd
