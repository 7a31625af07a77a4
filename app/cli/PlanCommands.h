#pragma once

#include <QStringList>

namespace cd::cli {

int runPlans(const QStringList &args);
int runGrade(const QStringList &args);

} // namespace cd::cli
