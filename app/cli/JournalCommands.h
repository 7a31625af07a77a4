#pragma once

#include <QStringList>

namespace cd::cli {

int runIncident(const QStringList &args); // new | event | show | list
int runVerify(const QStringList &args);
int runImport(const QStringList &args); // another register's events, JSON lines

} // namespace cd::cli
