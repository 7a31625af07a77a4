#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QString>

class QPagedPaintDevice;

namespace cd {

// The look every printed CommandDesk document shares: A4, the body laid out by QTextDocument
// from HTML, a header line, page numbers, and for drills 演练 in the header and as a stamp on
// every page. Situation reports and after-action reports both print through it.
struct PagedDocument {
    QString html;
    QString header;
    QString footerRight;
    bool exercise = false;
    QString title;
    QHash<QString, QImage> images; // "report://name" -> image, referenced by <img src=…>
    double imageWidthFraction = 0.75; // <img width='520'> is scaled to this share of the page

    int render(QPagedPaintDevice &device) const; // returns the number of pages
    Result<int> writePdf(const QString &path) const; // atomic: a full disk leaves no half file
    QByteArray pdf(int *pages = nullptr) const;       // the same PDF in memory (the CLI writes it safely)
};

} // namespace cd
