#include "report/PdfBytes.h"

#include <QBuffer>
#include <QPdfWriter>

namespace cd {

QByteArray pdfBytes(const QString &title, const std::function<int(QPdfWriter &)> &render, int *pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer); // finishes the file when it goes out of scope
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("CommandDesk 应急指挥台"));
        const int n = render(writer);
        if (pages)
            *pages = n;
    }
    return bytes;
}

} // namespace cd
