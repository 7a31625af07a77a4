#include "report/PagedDocument.h"

#include "report/PdfBytes.h"

#include "report/ReportKind.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QBuffer>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace cd {

int PagedDocument::render(QPagedPaintDevice &device) const
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    const double dpi = device.logicalDpiY();
    const double pt = dpi / 72.0; // device pixels per point
    const QRectF page(QPointF(0, 0), device.pageLayout().paintRectPixels(device.logicalDpiX()).size());
    const double headerH = 26 * pt, footerH = 20 * pt;
    const double bodyH = page.height() - headerH - footerH;

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    QFont font(ReportFont::family());
    font.setPointSizeF(10.5);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    for (auto it = images.begin(); it != images.end(); ++it)
        doc.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    QString body = html;
    // <img width> is in 96-dpi CSS pixels, which the layout scales to the device.
    body.replace(QStringLiteral("width='520'"), QStringLiteral("width='%1'").arg(int(page.width() * imageWidthFraction * 96.0 / dpi)));
    doc.setHtml(body);
    doc.setPageSize(QSizeF(page.width(), bodyH));
    const int pages = doc.pageCount();

    QPainter p(&device);
    QFont small(ReportFont::family());
    small.setPointSizeF(8.5);
    QFont mark(ReportFont::family());
    mark.setPointSizeF(96);
    mark.setBold(true);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        p.save();
        p.translate(0, headerH - i * bodyH);
        doc.drawContents(&p, QRectF(0, i * bodyH, page.width(), bodyH));
        p.restore();
        if (exercise) { // a translucent stamp over every page of a drill
            p.save();
            p.setFont(mark);
            p.setPen(QColor(215, 25, 28, 38));
            p.translate(page.center());
            p.rotate(-30);
            p.drawText(QRectF(-page.width(), -page.height() / 4, 2 * page.width(), page.height() / 2), Qt::AlignCenter, QStringLiteral("演练"));
            p.restore();
        }

        p.setFont(small);
        p.setPen(Qt::black);
        p.drawText(QRectF(0, 0, page.width(), headerH * 0.7), Qt::AlignLeft | Qt::AlignVCenter, header);
        if (exercise) {
            QFont bold = small;
            bold.setBold(true);
            bold.setPointSizeF(11);
            p.setFont(bold);
            p.setPen(QColor(0xd7, 0x19, 0x1c));
            p.drawText(QRectF(0, 0, page.width(), headerH * 0.7), Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("演练 · 非实战"));
            p.setFont(small);
            p.setPen(Qt::black);
        }
        p.drawLine(QPointF(0, headerH * 0.75), QPointF(page.width(), headerH * 0.75));
        p.drawText(QRectF(0, page.height() - footerH * 0.8, page.width(), footerH * 0.8), Qt::AlignCenter,
                   QStringLiteral("第 %1 页 共 %2 页").arg(i + 1).arg(pages));
        p.drawText(QRectF(0, page.height() - footerH * 0.8, page.width(), footerH * 0.8), Qt::AlignRight | Qt::AlignVCenter,
                   footerRight);
    }
    p.end();
    return pages;
}

QByteArray PagedDocument::pdf(int *pages) const
{
    return pdfBytes(title, [this](QPdfWriter &writer) { return render(writer); }, pages);
}

Result<int> PagedDocument::writePdf(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<int>::failure(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("CommandDesk 应急指挥台"));
        pages = render(writer);
    }
    if (!file.commit())
        return Result<int>::failure(QStringLiteral("%1: cannot save: %2").arg(path, file.errorString()));
    return pages;
}

} // namespace cd
