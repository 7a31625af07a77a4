#pragma once

#include <QString>

namespace cd {

enum class LogConsole { Stdout, Stderr };

// Sets up spdlog: a rotating file in logDir (created if needed) plus a console sink, and routes
// Qt's own messages (qDebug/qWarning/...) into it. The CLI logs to stderr so its stdout stays
// pure JSON for scripts. Returns the log file path, or an empty string if the file sink could
// not be opened (logging then goes to the console only, the program still runs).
QString initLogging(const QString &appName, const QString &logDir, LogConsole console,
                    bool verbose);

} // namespace cd
