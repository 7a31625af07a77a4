#include "cli/CliArgs.h"

namespace cd::cli {

CliArgs::CliArgs(QStringList args, QStringList valueOptions, QStringList flagOptions)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("-")) {
            m_positional << a;
            continue;
        }
        QString name = a, inlineValue;
        const bool hasInline = a.contains(QLatin1Char('='));
        if (hasInline) {
            name = a.section(QLatin1Char('='), 0, 0);
            inlineValue = a.section(QLatin1Char('='), 1);
        }
        if (valueOptions.contains(name)) {
            if (!hasInline && i + 1 >= args.size()) {
                m_error = QStringLiteral("%1: needs a value").arg(name);
                return;
            }
            m_values << name << (hasInline ? inlineValue : args.at(++i));
        } else if (flagOptions.contains(name) && !hasInline) {
            m_flags << name;
        } else {
            QStringList known = valueOptions + flagOptions;
            m_error = QStringLiteral("%1: unknown option (this command takes: %2)")
                          .arg(name, known.isEmpty() ? QStringLiteral("none") : known.join(QStringLiteral(", ")));
            return;
        }
    }
}

std::optional<QString> CliArgs::value(const QString &option) const
{
    for (qsizetype i = m_values.size() - 2; i >= 0; i -= 2)
        if (m_values.at(i) == option)
            return m_values.at(i + 1);
    return std::nullopt;
}

QString CliArgs::require(const QString &option)
{
    auto v = value(option);
    if (!v && m_error.isEmpty())
        m_error = QStringLiteral("%1: required").arg(option);
    return v.value_or(QString());
}

} // namespace cd::cli
