#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cd {

// The centre's register: events that belong to the command centre rather than to one incident
// (the unit roster, later the duty office's directory and handovers) are recorded under this
// reserved incident id. It is a row of `incidents` like any other, so the events keep the same
// table, hash chain and verify, but it is never listed, folded or counted as an incident and
// needs no opening report. Which kinds belong here is EventKinds::scope.
inline constexpr qint64 CentreRegisterId = 0;

// Who recorded an event, and where.
struct EventAuthor {
    QString actor;       // operator's name or id
    QString workstation; // host name of the console
};

// An event to append. `at` is when it happened (may be earlier than its entry, e.g. an
// arrival time phoned in later); the entry time is taken from the clock on append.
struct NewEvent {
    qint64 incidentId = 0;
    QString kind;
    QJsonObject payload;
    QDateTime at; // UTC
    EventAuthor author;
    // When it is entered, on the clock of the world it belongs to (drill time in a drill);
    // invalid: the journal's clock. Decides late (补录) and future entries (EntryTimeRule).
    QDateTime enteredAt = {};
};

// An event as stored in the journal. Never updated or deleted: a mistake is fixed by a
// `correction` event.
struct StoredEvent {
    qint64 seq = 0; // position in the one chain of the database
    qint64 incidentId = 0;
    QDateTime eventTime;
    QDateTime entryTime;
    QString eventTimeText; // exactly as stored: the hash covers the text, not a re-formatting
    QString entryTimeText;
    QString actor;
    QString workstation;
    QString kind;
    QByteArray payloadText; // canonical JSON, exactly as hashed
    QString prevHash;
    QString hash;

    QJsonObject payload() const;
};

} // namespace cd

// Every member is relocatable (Qt's implicitly shared types, integers): a growing list of 100k
// events moves its buffer with memcpy instead of move-constructing each event.
Q_DECLARE_TYPEINFO(cd::StoredEvent, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(cd::NewEvent, Q_RELOCATABLE_TYPE);
