#pragma once

#include <QStringList>

namespace cd::cli {

int runWorkdays(const QStringList &args);
int runCalendar(const QStringList &args);

} // namespace cd::cli
