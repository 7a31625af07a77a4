#include "cli/CliIo.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace cd::cli {

void printJson(const QJsonObject &object)
{
    const QByteArray out = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
}

int fail(int code, const QString &message)
{
    const QByteArray text = QByteArrayLiteral("commanddesk-cli: ") + message.toUtf8() + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    return code;
}

Result<QJsonObject> jsonObject(const QByteArray &text, const QString &what)
{
    QJsonParseError err{};
    const auto doc = QJsonDocument::fromJson(text, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Result<QJsonObject>::failure(QStringLiteral("%1: must be a JSON object (%2)").arg(what, err.errorString()));
    return doc.object();
}

std::optional<QString> openInput(const QString &path, QFile &f)
{
    if (path == QLatin1String("-"))
        return f.open(stdin, QIODevice::ReadOnly) ? std::nullopt : std::optional<QString>(QStringLiteral("cannot read standard input"));
    f.setFileName(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: cannot open: %2").arg(path, f.errorString());
    return std::nullopt;
}

Result<QByteArray> readInput(const QString &path)
{
    QFile f;
    if (auto problem = openInput(path, f))
        return Result<QByteArray>::failure(*problem);
    return f.readAll();
}

} // namespace cd::cli
