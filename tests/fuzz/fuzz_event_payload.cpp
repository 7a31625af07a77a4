// Event payloads (incident event --payload, scripted drill responses): the first line names the
// kind, the rest is the payload JSON, e.g. "report_sent\n{\"to\":\"city\"}".
#include "FuzzSupport.h"
#include "journal/EventKinds.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = cd::fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QString kind = QString::fromUtf8(newline < 0 ? input : input.left(newline));
    const QByteArray json = newline < 0 ? QByteArray() : input.mid(newline + 1);
    const auto doc = QJsonDocument::fromJson(json);
    (void)cd::EventKinds::validate(kind, doc.object(), cd::fuzz::library());
    (void)cd::EventKinds::label(kind);
    return 0;
}
