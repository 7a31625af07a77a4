#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <map>

namespace cd::cli {

using Command = std::function<int(const QStringList &)>;

// Every command main() accepts, by name. tests/cli/tst_cli_help checks that these are
// exactly the commands of the help table (CliHelp), so nothing is undocumented.
const std::map<QString, Command> &dispatchTable();

} // namespace cd::cli
