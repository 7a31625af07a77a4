#include "journal/ChainHash.h"

#include "journal/Sha256.h"

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

QString timeText(const QDateTime &t)
{
    // Written by hand: QDateTime::toString with a format was a visible share of a bulk append.
    const QDateTime u = t.toUTC();
    const QDate d = u.date();
    const QTime c = u.time();
    if (!d.isValid() || d.year() < 0 || d.year() > 9999)
        return u.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    int year = 0, month = 0, day = 0;
    d.getDate(&year, &month, &day);
    char16_t text[24] = {u'0', u'0', u'0', u'0', u'-', u'0', u'0', u'-', u'0', u'0', u'T', u'0',
                         u'0', u':', u'0', u'0', u':', u'0', u'0', u'.', u'0', u'0', u'0', u'Z'};
    auto put = [&text](int at, int digits, int value) {
        for (int i = at + digits - 1; i >= at; --i, value /= 10)
            text[i] = char16_t(u'0' + value % 10);
    };
    put(0, 4, year);
    put(5, 2, month);
    put(8, 2, day);
    put(11, 2, c.hour());
    put(14, 2, c.minute());
    put(17, 2, c.second());
    put(20, 3, c.msec());
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

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
    // One buffer, one digest: "<bytes>:<text>\n" per field, in this order. Texts are written
    // into the buffer directly (ASCII, the common case, needs no UTF-8 copy of its own).
    thread_local Sha256 sha;
    thread_local QByteArray input;
    input.clear();
    auto prefix = [](qsizetype length) {
        // The decimal length by hand: snprintf was the largest single cost of verify.
        char digits[24];
        int n = 0;
        for (qsizetype v = length; n == 0 || v > 0; v /= 10)
            digits[n++] = char('0' + v % 10);
        while (n > 0)
            input.append(digits[--n]);
        input.append(':');
    };
    auto bytes = [&prefix](const QByteArrayView b) {
        prefix(b.size());
        input.append(b);
        input.append('\n');
    };
    auto text = [&prefix, &bytes](const QString &t) {
        const auto *u = reinterpret_cast<const char16_t *>(t.utf16());
        const qsizetype n = t.size();
        for (qsizetype i = 0; i < n; ++i)
            if (u[i] >= 0x80)
                return bytes(t.toUtf8());
        prefix(n);
        const qsizetype at = input.size();
        input.resize(at + n);
        char *out = input.data() + at;
        for (qsizetype i = 0; i < n; ++i)
            out[i] = char(u[i]);
        input.append('\n');
    };
    bytes(QByteArray::number(e.seq));
    bytes(QByteArray::number(e.incidentId));
    text(e.eventTimeText.isEmpty() ? timeText(e.eventTime) : e.eventTimeText);
    text(e.entryTimeText.isEmpty() ? timeText(e.entryTime) : e.entryTimeText);
    text(e.actor);
    text(e.workstation);
    text(e.kind);
    bytes(e.payloadText);
    text(e.prevHash);
    return QString::fromLatin1(sha.hex(input));
}

} // namespace ChainHash
} // namespace cd
