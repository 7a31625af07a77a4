#include "journal/ChainVerifier.h"

#include "journal/ChainHash.h"

#include <QRegularExpression>

#include <algorithm>

namespace cd {

std::optional<NotedHead> NotedHead::parse(const QString &text, QString *error)
{
    static const QRegularExpression form(QStringLiteral("^(?:(\\d{1,18}):)?([0-9a-fA-F]{64})$"));
    const auto m = form.match(text.trimmed());
    if (!m.hasMatch()) {
        if (error)
            *error = QStringLiteral("must be the 64-digit head hash printed by verify or on a report, optionally "
                                    "preceded by its event number and a colon (e.g. 37:%1)")
                         .arg(QString(64, QLatin1Char('0')));
        return std::nullopt;
    }
    NotedHead h;
    h.seq = m.captured(1).toLongLong();
    h.hash = m.captured(2).toLower();
    if (!m.captured(1).isEmpty() && h.seq < 1) {
        if (error)
            *error = QStringLiteral("the event number before the colon must be 1 or more");
        return std::nullopt;
    }
    return h;
}

ChainVerifier::ChainVerifier(std::optional<ChainHeadRecord> head, QList<qint64> incidentIds, std::optional<NotedHead> noted)
    : m_head(std::move(head))
    , m_noted(std::move(noted))
    , m_prev(ChainHash::genesis())
{
    for (const qint64 id : incidentIds)
        m_openedAt.insert(id, 0);
}

void ChainVerifier::broken(qint64 seq, const QString &problem)
{
    m_check.intact = false;
    m_check.firstBadSeq = seq;
    m_check.problem = problem;
    m_done = true;
}

bool ChainVerifier::add(const StoredEvent &e)
{
    if (m_done)
        return false;
    ++m_check.events;
    const qint64 expected = m_last + 1;
    if (e.seq != expected) {
        broken(expected, QStringLiteral("event %1 is missing (the next one is %2)").arg(expected).arg(e.seq));
        return false;
    }
    if (e.prevHash != m_prev) {
        broken(e.seq, QStringLiteral("event %1 does not follow event %2 (previous hash differs)").arg(e.seq).arg(e.seq - 1));
        return false;
    }
    if (ChainHash::of(e) != e.hash) {
        broken(e.seq, QStringLiteral("event %1 was altered (its content no longer matches its hash)").arg(e.seq));
        return false;
    }
    // The head record was written with the newest row in the same transaction: a row beyond
    // it was added behind the journal's back (or the head was rolled back).
    if (m_head && e.seq > m_head->seq) {
        broken(e.seq, QStringLiteral("event %1 lies beyond the chain head, which records event %2 as the newest "
                                     "(rows were added, or the head was rolled back)")
                          .arg(e.seq).arg(m_head->seq));
        return false;
    }
    if (m_head && e.seq == m_head->seq && e.hash != m_head->hash) {
        broken(e.seq, QStringLiteral("event %1 does not match the chain head's record of it (its hash differs)").arg(e.seq));
        return false;
    }
    const auto incident = m_openedAt.find(e.incidentId);
    if (incident == m_openedAt.end()) {
        broken(e.seq, QStringLiteral("event %1 belongs to incident %2, which does not exist").arg(e.seq).arg(e.incidentId));
        return false;
    }
    const bool opening = e.kind == QLatin1String("reported");
    if (e.incidentId == CentreRegisterId) {
        // The centre's register is open from the start and is never opened by a report.
        if (opening) {
            broken(e.seq, QStringLiteral("event %1 is an incident report recorded in the centre's register").arg(e.seq));
            return false;
        }
    } else if (incident.value() == 0 && !opening) {
        broken(e.seq, QStringLiteral("event %1 of incident %2 comes before the report that opened the incident")
                          .arg(e.seq).arg(e.incidentId));
        return false;
    }
    if (incident.value() != 0 && opening) {
        broken(e.seq, QStringLiteral("event %1 is a second opening report of incident %2 (the first is event %3)")
                          .arg(e.seq).arg(e.incidentId).arg(incident.value()));
        return false;
    }
    if (opening)
        incident.value() = e.seq;
    if (m_noted && e.hash == m_noted->hash && (m_noted->seq == 0 || m_noted->seq == e.seq))
        m_notedFoundAt = e.seq;
    m_prev = e.hash;
    m_last = e.seq;
    return true;
}

ChainCheck ChainVerifier::finish()
{
    if (m_done)
        return m_check;
    m_check.headHash = m_prev;
    // Findings that need the whole chain: the earliest one is reported.
    qint64 firstSeq = 0;
    QString firstProblem;
    auto consider = [&](qint64 seq, const QString &problem) {
        if (firstSeq == 0 || seq < firstSeq) {
            firstSeq = seq;
            firstProblem = problem;
        }
    };
    if (!m_head) {
        if (m_last > 0)
            consider(m_last + 1, QStringLiteral("the chain head record is missing: the newest events (after event %1) may "
                                                "have been removed").arg(m_last));
    } else if (m_head->seq > m_last) {
        consider(m_last + 1, QStringLiteral("the newest events %1–%2 are missing (the chain head records %2)").arg(m_last + 1).arg(m_head->seq));
    }
    // Every incident is opened by its report in the same transaction: one without it lost its events.
    QList<qint64> ids = m_openedAt.keys();
    std::sort(ids.begin(), ids.end());
    QList<qint64> empty;
    ids.removeAll(CentreRegisterId);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (m_openedAt.value(ids.at(i)) != 0)
            continue;
        empty << ids.at(i);
        qint64 where = m_last + 1; // its report came before the reports of later incidents
        for (qsizetype j = i + 1; j < ids.size(); ++j)
            if (const qint64 opened = m_openedAt.value(ids.at(j)); opened != 0) {
                where = opened;
                break;
            }
        consider(where, QString());
    }
    if (!empty.isEmpty() && firstProblem.isEmpty()) {
        QStringList names;
        for (const qint64 id : std::as_const(empty).first(std::min<qsizetype>(empty.size(), 10)))
            names << QString::number(id);
        firstProblem = m_last == 0 ? QStringLiteral("the journal has no events although %1 incident(s) exist (%2): the events were removed")
                                         .arg(ids.size()).arg(names.join(QStringLiteral(", ")))
                                   : QStringLiteral("incident(s) %1 have no events, not even the report that opened them: "
                                                    "their events were removed").arg(names.join(QStringLiteral(", ")));
    }
    if (m_noted && m_notedFoundAt == 0) {
        if (m_noted->seq > 0)
            consider(std::min(m_noted->seq, m_last + 1),
                     QStringLiteral("the head noted at event %1 (--expect-head) is not in the chain: event %1 %2")
                         .arg(m_noted->seq)
                         .arg(m_noted->seq > m_last ? QStringLiteral("and later ones are missing") : QStringLiteral("differs from what was noted")));
        else
            consider(1, QStringLiteral("the head hash noted (--expect-head) is not the hash of any event: the chain was "
                                       "rewritten and any event may differ (note the event number with it, SEQ:HASH, to narrow it down)"));
    }
    if (firstSeq != 0) {
        m_check.intact = false;
        m_check.firstBadSeq = firstSeq;
        m_check.problem = firstProblem;
    }
    m_check.notedHeadSeq = m_notedFoundAt;
    m_done = true;
    return m_check;
}

} // namespace cd
