#pragma once

#include <QStringList>

namespace cd::cli {

// directory list|import|export: the member agencies' contact directory (issue 17).
int runDirectory(const QStringList &argv);
// call: one call to a member agency about its duty in incident --id (issue 17).
int runCall(const QStringList &argv);

} // namespace cd::cli
