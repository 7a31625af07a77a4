#include "plan/Level.h"

namespace cd {

std::optional<Level> levelFromString(const QString &code)
{
    if (code == QLatin1String("I"))
        return Level::I;
    if (code == QLatin1String("II"))
        return Level::II;
    if (code == QLatin1String("III"))
        return Level::III;
    if (code == QLatin1String("IV"))
        return Level::IV;
    return std::nullopt;
}

QString levelCode(Level level)
{
    switch (level) {
    case Level::I:
        return QStringLiteral("I");
    case Level::II:
        return QStringLiteral("II");
    case Level::III:
        return QStringLiteral("III");
    case Level::IV:
        return QStringLiteral("IV");
    }
    return {};
}

QString levelNumeral(Level level)
{
    switch (level) {
    case Level::I:
        return QStringLiteral("Ⅰ级");
    case Level::II:
        return QStringLiteral("Ⅱ级");
    case Level::III:
        return QStringLiteral("Ⅲ级");
    case Level::IV:
        return QStringLiteral("Ⅳ级");
    }
    return {};
}

} // namespace cd
