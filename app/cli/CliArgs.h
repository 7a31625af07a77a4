#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace cd::cli {

// The options of one sub-command: `--name value` and `--flag`. Anything not declared is
// reported as an error naming the option, so a typo never silently changes the meaning.
class CliArgs {
public:
    CliArgs(QStringList args, QStringList valueOptions, QStringList flagOptions);

    const QString &error() const { return m_error; } // empty when the arguments are fine
    std::optional<QString> value(const QString &option) const;
    bool flag(const QString &option) const { return m_flags.contains(option); }
    QString require(const QString &option); // sets error() if missing
    const QStringList &positional() const { return m_positional; }

private:
    QStringList m_values; // option, value, option, value...
    QStringList m_flags;
    QStringList m_positional;
    QString m_error;
};

} // namespace cd::cli
