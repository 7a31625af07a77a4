#pragma once

#include <QStringList>

namespace cd::cli {

// The duty office (issue 17): dutylog, roster list|import, handover summary|confirm.
int runDutylog(const QStringList &argv);
int runRoster(const QStringList &argv);
int runHandover(const QStringList &argv);

} // namespace cd::cli
