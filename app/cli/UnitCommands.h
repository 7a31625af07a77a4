#pragma once

#include <QStringList>

namespace cd::cli {

// units add|change|retire|list|import|dispatch|track (issue 16).
int runUnits(const QStringList &argv);

} // namespace cd::cli
