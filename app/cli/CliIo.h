#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

class QFile;

namespace cd::cli {

// Exit codes of the CLI contract.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,  // could not do it (I/O, database)
    ExitBadInput = 2, // the caller's input is wrong: usage, facts, values
    ExitBadPlan = 3,  // a plan file is broken
    ExitTampered = 4, // verify: the journal's hash chain is broken
    ExitRefused = 5,  // the account may not do this (role, agency, disabled); nothing was written
};

// Prints one JSON document on stdout: the only thing a successful command writes there.
void printJson(const QJsonObject &object);
// Prints "commanddesk-cli: <message>" on stderr and returns `code`.
int fail(int code, const QString &message);
// Parses text that must be a JSON object; the message says `what` and why not.
Result<QJsonObject> jsonObject(const QByteArray &text, const QString &what);
// Reads a whole file, or stdin for "-".
Result<QByteArray> readInput(const QString &path);
// Opens `path` ("-": standard input) for reading, for input too large to read whole.
std::optional<QString> openInput(const QString &path, QFile &f);

} // namespace cd::cli
