#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The one source of every word a program says about its own use: `--help`, `help COMMAND`
// and the manual pages are all printed from these tables, so they never drift apart.
// Text is in both languages; the reader's UI language picks one.
namespace cd::help {

enum class Lang { En, Zh };

// "en" or an English locale -> En, anything else -> Zh (the application's default).
Lang langFromCode(const QString &code);

struct Text {
    const char *en; // UTF-8
    const char *zh; // UTF-8
    QString in(Lang lang) const { return QString::fromUtf8(lang == Lang::En ? en : zh); }
};

struct Option {
    const char *name; // "--db"
    const char *arg;  // "PATH|URL", or nullptr for a flag
    Text text;
};

// "--db PATH|URL", or "--init" for a flag.
inline QString term(const Option &o)
{
    return o.arg ? QString::fromLatin1(o.name) + QLatin1Char(' ') + QString::fromLatin1(o.arg) : QString::fromLatin1(o.name);
}

struct Entry { // an exit code, an environment variable, a file
    const char *name;
    Text text;
};

// A manual page: NAME, SYNOPSIS, DESCRIPTION, then sections of definition lists.
struct ManSection {
    Text title;
    QList<QPair<QString, QString>> items; // term, definition (already in the page's language)
    QString paragraph;                    // or free text before the items
};
struct ManPage {
    QString name;     // "commanddesk-cli"
    QString summary;  // one line for NAME
    QStringList synopsis;
    QString description;
    QList<ManSection> sections;
};
// roff (man(7)) for a page; `date` like "2026-11-25", `version` like "0.1.0".
QString toRoff(const ManPage &page, Lang lang, const QString &version, const QString &date);

// Wraps text to `width` columns after `indent` spaces (counting a CJK character as two).
QString wrap(const QString &text, int indent, int width = 80);

} // namespace cd::help
