#include "journal/ChainHash.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace cd {

QJsonObject StoredEvent::payload() const { return QJsonDocument::fromJson(payloadText).object(); }

namespace ChainHash {

QString genesis() { return QString(64, QLatin1Char('0')); }

QByteArray canonicalPayload(const QJsonObject &payload)
{
    // QJsonObject keeps keys sorted, so the compact form is canonical for equal objects.
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

QString timeText(const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")); }

QDateTime parseTimeText(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.toUTC();
}

QString of(const StoredEvent &e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto field = [&h](const QByteArray &bytes) {
        h.addData(QByteArray::number(bytes.size()));
        h.addData(QByteArrayView(":"));
        h.addData(bytes);
        h.addData(QByteArrayView("\n"));
    };
    field(QByteArray::number(e.seq));
    field(QByteArray::number(e.incidentId));
    field(timeText(e.eventTime).toUtf8());
    field(timeText(e.entryTime).toUtf8());
    field(e.actor.toUtf8());
    field(e.workstation.toUtf8());
    field(e.kind.toUtf8());
    field(e.payloadText);
    field(e.prevHash.toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

} // namespace ChainHash
} // namespace cd
