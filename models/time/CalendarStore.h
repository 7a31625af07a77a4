#pragma once

#include "core/Result.h"
#include "time/WorkCalendar.h"

#include <QString>

namespace cd {

// Newer holiday notices an operator loads without a rebuild. They are validated, then kept
// as files in the app data folder and merged over the embedded calendar for their years.
class CalendarStore {
public:
    explicit CalendarStore(QString dir) : m_dir(std::move(dir)) {}
    static QString defaultDir(); // <AppData>/calendar

    // The embedded calendar with every stored notice merged over it (oldest file first).
    Result<WorkCalendar> load() const;
    // Validates `file` and stores a copy; returns the stored path. The stored copy is written
    // atomically, so a full disk leaves the previous state intact.
    Result<QString> import(const QString &file) const;

private:
    QString m_dir;
};

} // namespace cd
