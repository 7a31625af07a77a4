#pragma once

#include "help/HelpText.h"

#include <QList>

class QCommandLineParser;

namespace cd::gui {

// The desktop program's options, described once: QCommandLineParser's --help and the
// manual page (`commanddesk --man`) are both made from this table.
const QList<help::Option> &guiOptions();
// Adds every option to `parser` with its text in `lang` (plus --help and --version).
void addOptions(QCommandLineParser &parser, help::Lang lang);
QString guiManPage(help::Lang lang, const QString &version);

} // namespace cd::gui
