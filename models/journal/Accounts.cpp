#include "journal/Accounts.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace cd {

QString Account::actorText() const { return display.isEmpty() || display == login ? login : display + QStringLiteral(" (") + login + QLatin1Char(')'); }

bool Account::validLogin(const QString &login)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    return re.match(login).hasMatch();
}

namespace PasswordHash {

QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int length)
{
    // RFC 8018 §5.2 with HMAC-SHA256 as the pseudorandom function.
    QByteArray out;
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    for (quint32 block = 1; out.size() < length; ++block) {
        const char index[4] = {char(block >> 24), char(block >> 16), char(block >> 8), char(block)};
        mac.reset();
        mac.addData(salt);
        mac.addData(index, 4);
        QByteArray u = mac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            for (qsizetype j = 0; j < t.size(); ++j)
                t[j] = char(t[j] ^ u[j]);
        }
        out += t;
    }
    return out.left(length);
}

QString make(const QString &password, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    const QByteArray hash = pbkdf2Sha256(password.toUtf8(), salt, iterations, 32);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
}

bool check(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != QLatin1String("pbkdf2-sha256"))
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1 || iterations > 10000000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    const QByteArray actual = pbkdf2Sha256(password.toUtf8(), salt, iterations, int(expected.size()));
    // Constant time: the comparison must not tell how many bytes matched.
    if (actual.size() != expected.size() || expected.isEmpty())
        return false;
    char diff = 0;
    for (qsizetype i = 0; i < actual.size(); ++i)
        diff |= char(actual[i] ^ expected[i]);
    return diff == 0;
}

} // namespace PasswordHash
} // namespace cd
