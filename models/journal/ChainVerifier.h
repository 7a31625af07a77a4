#pragma once

#include "journal/Event.h"
#include "journal/JournalStore.h"
#include "journal/NotedHead.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

// The separate record of the newest link (the `chain_head` row).
struct ChainHeadRecord {
    qint64 seq = 0;
    QString hash;
};

// Checks a journal's hash chain, whatever store it lives in. The store feeds it the head
// record (or its absence), the incident ids that exist and, optionally, a head noted outside;
// then every event in sequence order, one at a time (a million rows stream through in constant
// memory); then asks for the finding.
//
// The finding names the FIRST sequence number that is actually wrong:
//  - a gap, a broken link or an altered row: that row;
//  - rows beyond what the head record says (a forged valid-looking row N+1, or a head rolled
//    back to H while events run to N): the first row after the head, H+1;
//  - a head that records more than there is (newest rows deleted): one past the newest row;
//  - a head whose hash is not that of the row it names: that row;
//  - no head record although events exist, or no events at all although incidents exist:
//    one past the newest row that is still there (1 for an emptied journal);
//  - an event of an incident that does not exist, an event before its incident's opening
//    report, a second opening report: that event;
//  - an incident left with no events at all: where its opening report must have been, i.e.
//    the opening report of the next incident that still has one (the rows from there on were
//    renumbered), or one past the newest row when no later incident has events;
//  - a noted head that is not in the chain: the row it was noted at (from SEQ:HASH), or 1
//    when only the hash was noted (any row may have been rewritten).
class ChainVerifier {
public:
    ChainVerifier(std::optional<ChainHeadRecord> head, QList<qint64> incidentIds, std::optional<NotedHead> noted = {});

    // Feeds the next event in sequence order. Returns false once the chain is known broken:
    // the rest need not be read.
    bool add(const StoredEvent &event);
    ChainCheck finish();

    // The sequence number at which the noted head was found (0: not found, or none noted).
    qint64 notedHeadSeq() const { return m_notedFoundAt; }

private:
    void broken(qint64 seq, const QString &problem);

    std::optional<ChainHeadRecord> m_head;
    std::optional<NotedHead> m_noted;
    QHash<qint64, qint64> m_openedAt; // incident id -> seq of its `reported` event (0: not yet)
    QString m_prev;
    qint64 m_last = 0;
    QString m_hashAtHeadSeq;
    qint64 m_notedFoundAt = 0;
    ChainCheck m_check;
    bool m_done = false;
};

} // namespace cd
