#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QPdfWriter;

namespace cd {

// A document rendered into PDF bytes in memory, at 300 dpi, titled and signed as ours: the one
// way both the internal record (PagedDocument) and the official document are written, so an
// issued report's hash is over the same kind of bytes as any other.
QByteArray pdfBytes(const QString &title, const std::function<int(QPdfWriter &)> &render, int *pages);

} // namespace cd
