#pragma once

#include "core/Result.h"
#include "time/WorkCalendar.h"

#include <QString>
#include <QStringList>

namespace cd {

// Newer holiday notices an operator loads without a rebuild. They are validated, then kept
// as files in the app data folder and merged over the embedded calendar for their years.
class CalendarStore {
public:
    explicit CalendarStore(QString dir) : m_dir(std::move(dir)) {}
    static QString defaultDir(); // <AppData>/calendar

    // The embedded calendar with every stored notice merged over it (oldest file first).
    Result<WorkCalendar> load() const;
    // What importing `newer` over `current` would do. A notice replaces whole years, so an
    // empty or truncated file would silently turn holidays into working days.
    struct ImportReview {
        QStringList implausible; // "2025: no 春节" — a covered year without its statutory holidays
        QStringList removed;     // "2025-10-01 国庆节" — holidays of covered years the import drops
    };
    static ImportReview checkImport(const WorkCalendar &current, const WorkCalendar &newer);

    // Validates `file` and stores a copy; returns the stored path. Refused (the message starts
    // with `file`) when a covered year lacks its statutory holidays, or when it would remove
    // holidays of a covered year unless `replace`. The stored copy is written atomically, so a
    // full disk leaves the previous state intact.
    Result<QString> import(const QString &file, bool replace = false) const;

private:
    QString m_dir;
};

} // namespace cd
