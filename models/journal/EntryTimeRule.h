#pragma once

#include "journal/Event.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace cd {

// When an event may say it happened, measured against when it is entered.
//
// - Entered more than `toleranceSeconds` (default 5 min) after it happened: a late entry
//   (补录). Legitimate — an arrival phoned in later — but it needs a reason, in the payload
//   field `late_entry_reason`, and the journal stamps the delay into the payload as
//   `entry_delay_s` (whole seconds, in the recording world's time), so that the record itself
//   says so for good. A window it completes is shown as completed by a late entry, never as a
//   plain "met".
// - Said to happen more than `skewSeconds` (default 2 min) after it is entered: refused (a
//   `closed` dated 9999 must not close the incident now).
//
// "Entered" is the clock of the world the event belongs to: real time for live incidents,
// drill time for a drill (NewEvent::enteredAt, set by whoever records on the drill clock).
// The opening report (`reported`) is exempt from the reason: entering it late only moves the
// windows that run from it earlier, it can never make one look met. It is still refused when
// dated in the future.
class EntryTimeRule {
public:
    struct Policy {
        qint64 toleranceSeconds = 5 * 60;
        qint64 skewSeconds = 2 * 60;
    };
    static constexpr const char *ReasonField = "late_entry_reason";
    static constexpr const char *DelayField = "entry_delay_s";

    // The process-wide policy: the defaults, or the settings `journal/lateEntryToleranceMinutes`
    // and `journal/clockSkewSeconds` (QSettings) read once.
    static Policy policy();
    static void setPolicy(const Policy &policy); // tests, the settings dialog

    // Checks an event about to be appended; stamps `entry_delay_s` on a late entry. `entered`
    // is the journal's clock at the append (used unless the event carries its own enteredAt).
    static std::optional<QString> apply(NewEvent &event, const QDateTime &entered, const Policy &policy = EntryTimeRule::policy());

    struct LateEntry {
        bool late = false;
        qint64 delaySeconds = 0; // how long after it happened it was entered
        QString reason;
    };
    // Was this stored event a late entry? Stamped events say so; live events written before the
    // rule are judged by their entry time.
    static LateEntry of(const StoredEvent &event, bool exerciseIncident, const Policy &policy = EntryTimeRule::policy());
    // The same with the event's payload already parsed (a fold reads it anyway).
    static LateEntry of(const StoredEvent &event, const QJsonObject &payload, bool exerciseIncident, const Policy &policy);
    // False when of() would find the event on time without reading its payload: not late by
    // its entry time, and no delay stamp in the text. Lets a fold skip parsing payloads it
    // otherwise ignores (most of a long incident is notes).
    static bool needsPayload(const StoredEvent &event, bool exerciseIncident, const Policy &policy);

    // "2 天", "1 天 23 小时", "3 小时 5 分钟", "25 分钟": how late, in the words of the deadline
    // table (rounded down to the hour beyond a day, to the minute below).
    static QString delayText(qint64 seconds);

    // Brought in by `import` from another register (payload source: import): shown as 导入,
    // never judged as a late entry. Still refused when dated in the future.
    static bool isImported(const QJsonObject &payload);
};

} // namespace cd
