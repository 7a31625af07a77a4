#pragma once

#include <QStringList>

namespace cd::cli {

int runReport(const QStringList &args);    // PDF situation / disposal report
int runExportCap(const QStringList &args); // CAP 1.2 XML
int runExportCsv(const QStringList &args); // timeline CSV

} // namespace cd::cli
