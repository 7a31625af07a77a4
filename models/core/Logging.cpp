#include "core/Logging.h"

#include <QDir>
#include <QtGlobal>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <vector>

namespace cd {
namespace {

void routeQtMessage(QtMsgType type, const QMessageLogContext &context, const QString &msg)
{
    const std::string text = msg.toStdString();
    const char *category = context.category ? context.category : "qt";
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        spdlog::info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        spdlog::warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
        spdlog::error("[{}] {}", category, text);
        break;
    case QtFatalMsg:
        spdlog::critical("[{}] {}", category, text);
        spdlog::shutdown();
        std::abort();
    }
}

} // namespace

QString initLogging(const QString &appName, const QString &logDir, LogConsole console, bool verbose)
{
    std::vector<spdlog::sink_ptr> sinks;
    if (console == LogConsole::Stderr)
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    else
        sinks.push_back(std::make_shared<spdlog::sinks::stdout_color_sink_mt>());
    // The CLI's console stays quiet unless asked: scripts read its stderr as the error text,
    // which the CLI prints itself. Everything still goes to the log file.
    sinks.back()->set_level(verbose ? spdlog::level::debug
                                    : (console == LogConsole::Stderr ? spdlog::level::critical
                                                                     : spdlog::level::info));

    QString logFile;
    if (!logDir.isEmpty() && QDir().mkpath(logDir)) {
        logFile = QDir(logDir).filePath(appName + QStringLiteral(".log"));
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                logFile.toStdString(), 5 * 1024 * 1024, 3);
            file->set_level(spdlog::level::debug);
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex &) {
            logFile.clear(); // read-only home or full disk: keep running with the console
        }
    }

    auto logger = std::make_shared<spdlog::logger>(appName.toStdString(), sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::debug);
    logger->flush_on(spdlog::level::warn);
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %^%l%$ %v");
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(routeQtMessage);
    return logFile;
}

} // namespace cd
