#pragma once

#include <QStringList>

namespace cd::cli {

int runDrill(const QStringList &args);  // list | run
int runReplay(const QStringList &args); // state at a cursor, with its digest

} // namespace cd::cli
