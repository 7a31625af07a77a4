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
    // Our own fixed format, read by hand: QDateTime::fromString dominated start-up time.
    // "yyyy-MM-ddTHH:mm:ss.zzzZ"
    auto wellFormed = [&text] {
        static const char pattern[] = "dddd-dd-ddTdd:dd:dd.dddZ";
        for (int i = 0; i < 24; ++i) {
            const char16_t c = text.at(i).unicode();
            if (pattern[i] == 'd' ? (c < u'0' || c > u'9') : c != char16_t(pattern[i]))
                return false;
        }
        return true;
    };
    if (text.size() == 24 && wellFormed()) {
        auto num = [&text](int from, int len) {
            int v = 0;
            for (int i = from; i < from + len; ++i)
                v = v * 10 + (text.at(i).unicode() - u'0');
            return v;
        };
        const QDate date(num(0, 4), num(5, 2), num(8, 2));
        const QTime time(num(11, 2), num(14, 2), num(17, 2), num(20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
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
    field((e.eventTimeText.isEmpty() ? timeText(e.eventTime) : e.eventTimeText).toUtf8());
    field((e.entryTimeText.isEmpty() ? timeText(e.entryTime) : e.entryTimeText).toUtf8());
    field(e.actor.toUtf8());
    field(e.workstation.toUtf8());
    field(e.kind.toUtf8());
    field(e.payloadText);
    field(e.prevHash.toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

} // namespace ChainHash
} // namespace cd
