#pragma once

#include "help/HelpText.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cd::cli {

// One form of a command: "incident new", "verify". `options` are exactly those the form
// accepts (tests/cli/tst_cli_help compares them with what the parser of the form accepts).
struct CommandForm {
    const char *command;    // "incident"
    const char *sub;        // "new", or nullptr
    const char *positional; // "FILE" for "calendar import FILE", or nullptr
    help::Text summary;
    QStringList options;    // "--db", "--init" …; each described in cliOptions()
};

const QList<CommandForm> &cliCommands();
const QList<help::Option> &cliOptions();     // every option of every form, described once
const QList<help::Option> &cliGlobalOptions(); // --help, --version, --lang, --verbose, --man
const QList<help::Entry> &cliExitCodes();
const QList<help::Entry> &cliEnvironment();
const QList<help::Entry> &cliFiles();

// The distinct command names (the dispatcher's keys must be exactly these).
QStringList cliCommandNames();

// `--help`: synopsis of every form, global options, exit codes, environment.
QString cliUsage(help::Lang lang);
// `help COMMAND`: every form of one command with each option described; empty if unknown.
QString cliCommandHelp(const QString &command, help::Lang lang);
// `--man`: the manual page, roff.
QString cliManPage(help::Lang lang, const QString &version);
// `--bash-completion`: the completion script (commands, sub-commands, each form's options).
QString cliBashCompletion();

} // namespace cd::cli
