#pragma once

#include <QStringList>

namespace cd::cli {

int runDb(const QStringList &args);    // init | copy
int runUser(const QStringList &args);  // add | list | disable | enable | set-role
int runWatch(const QStringList &args); // one JSON line per appended event, until interrupted

} // namespace cd::cli
