#include "journal/StoreLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace cd {

bool StoreLocation::looksLikeUri(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

Result<StoreLocation> StoreLocation::parse(const QString &text)
{
    using R = Result<StoreLocation>;
    StoreLocation l;
    if (text.trimmed().isEmpty())
        return R::failure(QStringLiteral("--db: empty; give a file path or a postgresql:// URI"));
    if (!looksLikeUri(text)) {
        l.kind = Kind::SqliteFile;
        l.path = QFileInfo(text).absoluteFilePath();
        return l;
    }
    l.kind = Kind::Postgres;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return R::failure(QStringLiteral("--db: %1 is not a valid postgresql:// URI (%2)").arg(text.section(QLatin1Char('@'), -1), url.errorString()));
    if (!url.password().isEmpty())
        return R::failure(QStringLiteral("--db: the URI carries a password. Passwords are never given on the command line "
                                         "(other users can read it); put it in ~/.pgpass or type it at the sign-in prompt. "
                                         "Nothing was opened."));
    l.host = url.host();
    l.port = url.port(0);
    l.user = url.userName();
    l.database = url.path().mid(1);
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            l.host = value;
        else if (key == QLatin1String("port"))
            l.port = value.toInt();
        else if (key == QLatin1String("user"))
            l.user = value;
        else if (key == QLatin1String("dbname"))
            l.database = value;
        else if (key == QLatin1String("password"))
            return R::failure(QStringLiteral("--db: the URI carries a password; use ~/.pgpass or the sign-in prompt instead"));
        else
            options << key + QLatin1Char('=') + value;
    }
    if (l.database.isEmpty())
        return R::failure(QStringLiteral("--db: the URI names no database (postgresql://host/DBNAME)"));
    l.options = options.join(QLatin1Char(';'));
    return l;
}

QString StoreLocation::display() const
{
    if (kind == Kind::SqliteFile)
        return path;
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        out += user + QLatin1Char('@');
    if (!host.startsWith(QLatin1Char('/')))
        out += host;
    if (port)
        out += QLatin1Char(':') + QString::number(port);
    out += QLatin1Char('/') + database;
    if (host.startsWith(QLatin1Char('/')))
        out += QStringLiteral("?host=") + host;
    return out;
}

} // namespace cd
