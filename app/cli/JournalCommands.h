#pragma once

#include <QStringList>

namespace cd::cli {

int runIncident(const QStringList &args); // new | event | show | list
int runVerify(const QStringList &args);

} // namespace cd::cli
