#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <variant>

namespace cd::cli {

// Where a command may write its output (export-csv/export-cap/report --out, drill run
// --report). One rule for every command, checked before any work so that a refusal writes
// nothing at all:
//  - never the journal itself or its SQLite sidecars (-wal, -shm, -journal), by any name that
//    leads to them (a symlink, a hard link, "./x.sqlite") — not even with --force;
//  - never a file that already exists, unless --force;
//  - the folder must exist (nothing is created).
// `journalPath` is the --db in effect (empty when the command has none).
std::optional<QString> outputRefusal(const QString &out, const QString &journalPath, bool force);

// Writes `data` to a temporary file in out's folder, flushes it to disk and only then moves it
// into place: a crash or a full disk leaves the old file (or nothing), never half a file.
// Without `force` the move fails if a file appeared at `out` meanwhile (link(2) is atomic).
// Checks outputRefusal() again first. Returns the bytes written.
Result<qint64> writeOutput(const QString &out, const QByteArray &data, const QString &journalPath, bool force);

class CliArgs;

// The CLI's face of the rule above, for an option such as --out or --report.
extern const QString ForceFlag; // "--force"
QString journalPathOf(const CliArgs &args); // --db or the default journal
// Before any work: prints "<command>: <option>: <why>" and returns exit code 2 when refused.
std::optional<int> refuseOutput(const QString &command, const QString &option, const CliArgs &args, const QString &out);
// Writes it; the bytes written, or the exit code after printing the message.
std::variant<qint64, int> writeOutputOption(const QString &command, const QString &option, const CliArgs &args, const QString &out,
                                            const QByteArray &data);

} // namespace cd::cli
