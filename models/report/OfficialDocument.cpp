#include "report/OfficialDocument.h"

#include "report/PdfBytes.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <cmath>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace cd {
namespace {

// GB/T 9704-2012 5.2.1/5.2.2, in millimetres.
constexpr double PageW = 210, TypeLeft = 28, TypeTop = 37, TypeW = 156, TypeH = 225;
constexpr int LinesPerPage = 22, CharsPerLine = 28;
constexpr double Pitch = TypeH / LinesPerPage; // 10.23 mm a line
constexpr double Cell = TypeW / CharsPerLine;  // 5.57 mm a character
const QColor Red(230, 0, 18);

// 3号 16 pt, 2号 22 pt, 4号 14 pt.
constexpr double San = 16, Er = 22, Si = 14;

class Painter {
public:
    explicit Painter(QPagedPaintDevice &device)
        : m_device(device)
        , m_mm(device.logicalDpiY() / 25.4)
    {
    }
    double mm(double v) const { return v * m_mm; }
    QFont font(const QString &family, double pt, bool bold = false) const
    {
        QFont f(family);
        f.setPointSizeF(pt);
        f.setBold(bold);
        f.setKerning(false);
        f.setStyleStrategy(QFont::PreferOutline);
        return f;
    }
    // 仿宋 on the grid: an ideograph advances exactly one character cell, so a full line holds 28.
    QFont gridFont(const QString &family, double pt) const
    {
        QFont f = font(family, pt);
        const double advance = QFontMetricsF(f, &m_device).horizontalAdvance(QChar(0x4E2D));
        f.setLetterSpacing(QFont::AbsoluteSpacing, mm(Cell) - advance);
        return f;
    }
    QPagedPaintDevice &device() const { return m_device; }

private:
    QPagedPaintDevice &m_device;
    double m_mm;
};

// A paragraph broken into lines on the grid.
struct Laid {
    std::unique_ptr<QTextLayout> layout;
    QList<double> x; // each line's left edge, device pixels from the type area's left
};

Laid layOut(const Painter &pt, const QString &text, const QFont &font, double firstIndent, double indent, double width)
{
    Laid out;
    out.layout = std::make_unique<QTextLayout>(text, font, &pt.device());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    out.layout->setTextOption(option);
    out.layout->beginLayout();
    for (;;) {
        QTextLine line = out.layout->createLine();
        if (!line.isValid())
            break;
        const double left = out.x.isEmpty() ? firstIndent : indent;
        // A hair of slack, so a line of exactly 28 characters is not pushed to 27.
        line.setLineWidth(width - left + pt.mm(0.2));
        line.setPosition(QPointF(0, 0));
        out.x << left;
    }
    out.layout->endLayout();
    return out;
}

} // namespace

int OfficialDocument::render(QPagedPaintDevice &device) const
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    Painter pt(device);
    const auto mm = [&pt](double v) { return pt.mm(v); };
    const double left = mm(TypeLeft), top = mm(TypeTop), width = mm(TypeW), pitch = mm(Pitch), cell = mm(Cell);

    const QFont fang = pt.gridFont(OfficialFonts::fangSong(), San);
    const QFont hei = pt.font(OfficialFonts::heiTi(), San);
    const QFont kai = pt.gridFont(OfficialFonts::kaiTi(), San);
    const QFont titleFont = pt.font(OfficialFonts::xiaoBiaoSong(), Er, true);
    const QFont small = pt.font(OfficialFonts::fangSong(), Si);
    const QFont pageNo = pt.font(OfficialFonts::songTi(), Si);

    // Every line of the document after the 版头 sits on the grid: a row draws itself given the
    // top of its line. Rows are laid out first, then paginated, then painted.
    using Draw = std::function<void(QPainter &, double)>;
    std::vector<Draw> rows;
    std::vector<bool> withNext; // a heading's line: never the last on a page, away from its text
    std::deque<Laid> keep;      // rows refer to these: a deque keeps them in place
    const auto baseline = [pitch](const QFont &f, QPaintDevice *d, double rowTop) {
        const QFontMetricsF m(f, d);
        return rowTop + (pitch + m.ascent() - m.descent()) / 2;
    };
    const auto addParagraph = [&](const QString &text, const QFont &font, double firstIndent, double indent, bool heading = false) {
        keep.push_back(layOut(pt, text, font, firstIndent, indent, width));
        const Laid &l = keep.back();
        for (int i = 0; i < l.layout->lineCount(); ++i) {
            withNext.resize(rows.size() + 1, false);
            withNext.back() = heading;
            rows.push_back([&l, i, left, pitch, font, &baseline, &device](QPainter &p, double rowTop) {
                const QTextLine line = l.layout->lineAt(i);
                const double y = baseline(font, &device, rowTop) - line.ascent();
                line.draw(&p, QPointF(left + l.x.at(i), y));
            });
        }
    };
    const auto addCentred = [&](const QString &text, const QFont &font, double margin) {
        keep.push_back(layOut(pt, text, font, margin, margin, width - margin));
        const Laid &l = keep.back();
        for (int i = 0; i < l.layout->lineCount(); ++i) {
            rows.push_back([&l, i, left, width, font, &baseline, &device](QPainter &p, double rowTop) {
                const QTextLine line = l.layout->lineAt(i);
                const double x = left + (width - line.naturalTextWidth()) / 2 - line.x();
                line.draw(&p, QPointF(x, baseline(font, &device, rowTop) - line.ascent()));
            });
        }
    };
    const auto blank = [&rows] { rows.push_back([](QPainter &, double) {}); };

    // --- 版头 (first page, above the grid rows it leaves free)
    QPainter p(&device);
    p.setRenderHint(QPainter::Antialiasing);
    int headRow = 0;
    const auto headLine = [&](const QString &text, const QFont &font) {
        p.setFont(font);
        p.setPen(Qt::black);
        p.drawText(QPointF(left, baseline(font, &device, top + headRow * pitch)), text);
        ++headRow;
    };
    if (!copyNumber.isEmpty())
        headLine(copyNumber, hei);
    if (!classification.isEmpty())
        headLine(classification, hei);
    if (!urgency.isEmpty())
        headLine(urgency, hei);
    if (exercise) {
        p.setFont(pt.font(OfficialFonts::heiTi(), San, true));
        p.setPen(Red);
        const QString mark = QStringLiteral("演练");
        const double w = QFontMetricsF(p.font(), &device).horizontalAdvance(mark);
        p.drawText(QPointF(left + width - w, baseline(p.font(), &device, top)), mark);
    }
    // 发文机关标志: red, centred, its top 35 mm below the type area's, at most 22 mm high and
    // narrower than the type area.
    QFont markFont = pt.font(OfficialFonts::xiaoBiaoSong(), 48, true);
    {
        const double natural = QFontMetricsF(markFont, &device).horizontalAdvance(issuingBody);
        if (natural > width * 0.94)
            markFont.setPointSizeF(48 * width * 0.94 / natural);
        markFont.setLetterSpacing(QFont::PercentageSpacing, 100);
    }
    const QFontMetricsF markMetrics(markFont, &device);
    const double markTop = top + mm(35);
    p.setFont(markFont);
    p.setPen(Red);
    p.drawText(QPointF(left + (width - markMetrics.horizontalAdvance(issuingBody)) / 2, markTop + markMetrics.ascent()), issuingBody);
    const double markBottom = markTop + markMetrics.height();
    // 发文字号 two lines below, 空一字 from the left; 签发人 on the same line, 空一字 from the right.
    const double numberRowTop = markBottom + 2 * pitch;
    const double numberBase = baseline(fang, &device, numberRowTop);
    p.setPen(Qt::black);
    p.setFont(fang);
    p.drawText(QPointF(left + cell, numberBase), docNumber);
    if (!signer.isEmpty()) {
        const QString label = QStringLiteral("签发人：");
        const double nameW = QFontMetricsF(kai, &device).horizontalAdvance(signer);
        const double labelW = QFontMetricsF(fang, &device).horizontalAdvance(label);
        const double x = left + width - cell - nameW - labelW;
        p.drawText(QPointF(x, numberBase), label);
        p.setFont(kai);
        p.drawText(QPointF(x + labelW, numberBase), signer);
    }
    // The red rule 4 mm under the 发文字号, as wide as the type area.
    const double ruleY = numberBase + QFontMetricsF(fang, &device).descent() + mm(4);
    p.setPen(QPen(Red, mm(0.6)));
    p.drawLine(QPointF(left, ruleY), QPointF(left + width, ruleY));
    // The title two lines below the rule: the grid row that follows.
    const int firstRow = int(std::ceil((ruleY - top) / pitch)) + 2;

    // --- 主体
    addCentred(title, titleFont, 2 * cell);
    blank();
    if (!addressee.isEmpty())
        addParagraph(addressee, fang, 0, 0);
    for (const Block &b : body) {
        switch (b.kind) {
        case Block::Kind::Heading1:
            addParagraph(b.text, hei, 2 * cell, 0, true);
            break;
        case Block::Kind::Heading2:
            addParagraph(b.text, kai, 2 * cell, 0, true);
            break;
        case Block::Kind::Heading3: // 1. and （1）: 仿宋, like the text (7.3.3)
        case Block::Kind::Heading4:
        case Block::Kind::Paragraph:
            addParagraph(b.text, fang, 2 * cell, 0);
            break;
        }
    }
    if (!closing.isEmpty())
        addParagraph(closing, fang, 2 * cell, 0);
    // 落款 without a seal (7.3.5.2): one blank line, the issuing body 空二字 from the right, the
    // date on the next line starting two characters right of the body's first; a date longer
    // than that goes 空二字 from the right with the body centred over it.
    blank();
    {
        const QFontMetricsF m(fang, &device);
        const double bodyW = m.horizontalAdvance(issuingBody), dateW = m.horizontalAdvance(date);
        double bodyX = left + width - 2 * cell - bodyW, dateX = bodyX + 2 * cell;
        if (dateX + dateW > left + width - 2 * cell) {
            dateX = left + width - 2 * cell - dateW;
            bodyX = dateX + (dateW - bodyW) / 2;
        }
        const QString body = issuingBody, when = date;
        rows.push_back([fang, bodyX, body, &baseline, &device](QPainter &q, double rowTop) {
            q.setFont(fang);
            q.drawText(QPointF(bodyX, baseline(fang, &device, rowTop)), body);
        });
        rows.push_back([fang, dateX, when, &baseline, &device](QPainter &q, double rowTop) {
            q.setFont(fang);
            q.drawText(QPointF(dateX, baseline(fang, &device, rowTop)), when);
        });
    }
    if (!note.isEmpty())
        addParagraph(QStringLiteral("（%1）").arg(note), fang, 2 * cell, 0);

    // --- paginate: the first page's rows start under the 版头. The 版记 takes the last two (or
    // one) lines of the last page, and that page is an even one, the back of the last sheet
    // (GB/T 9704-2012 7.4: 版记 on the last page; 7.5: 页码). A body ending on an odd page
    // leaves the 版记 to the next (even) page; a body filling an even page to its 版记 lines
    // is followed by a blank page and the 版记 page, and then neither of those two is numbered
    // (7.5: 版记页前有空白页的，空白页和版记页均不编排页码).
    const int versionRows = copiesTo.isEmpty() ? 1 : 2;
    struct Placed {
        int page;
        int row;
    };
    std::vector<Placed> at;
    int page = 0, row = firstRow;
    withNext.resize(rows.size(), false);
    for (size_t i = 0; i < rows.size(); ++i) {
        if (row >= LinesPerPage) {
            ++page;
            row = 0;
        }
        // Headings (一、 then （一）…) go to the next page with the first line of their text
        // rather than stand alone at the foot of this one.
        if (withNext[i] && (i == 0 || !withNext[i - 1]) && row > 0) {
            size_t run = 0;
            while (i + run < rows.size() && withNext[i + run])
                ++run;
            if (i + run < rows.size() && row + int(run) + 1 > LinesPerPage) {
                ++page;
                row = 0;
            }
        }
        at.push_back({page, row++});
    }
    int versionPage = row > LinesPerPage - versionRows ? page + 1 : page;
    int firstUnnumbered = -1; // the blank page before the 版记 page, when there is one
    if (versionPage % 2 == 0) { // an odd page number: the 版记 goes to the next page
        if (versionPage > page)
            firstUnnumbered = versionPage;
        ++versionPage;
    }
    const int pages = versionPage + 1;

    const auto decorate = [&](int index) {
        const bool numbered = firstUnnumbered < 0 || index < firstUnnumbered;
        if (exercise || draft) { // a translucent stamp over the whole page
            p.save();
            QFont stamp = pt.font(OfficialFonts::heiTi(), 96, true);
            p.setFont(stamp);
            p.setPen(QColor(Red.red(), Red.green(), Red.blue(), 40));
            p.translate(mm(PageW / 2), mm(297.0 / 2));
            p.rotate(-30);
            const QRectF box(-mm(150), -mm(40), mm(300), mm(80));
            p.drawText(box, Qt::AlignCenter, exercise ? QStringLiteral("演练") : QStringLiteral("草稿"));
            p.restore();
            // The same word upright in the top margin, where a reader (and pdftotext) finds it.
            p.save();
            p.setFont(pt.font(OfficialFonts::heiTi(), Si, true));
            p.setPen(Red);
            const QString word = exercise ? (draft ? QStringLiteral("演练 · 草稿") : QStringLiteral("演练")) : QStringLiteral("草稿");
            p.drawText(QRectF(left, mm(18), width, mm(8)), Qt::AlignRight | Qt::AlignVCenter, word);
            p.restore();
        }
        // 页码: 4号 半角宋体, "— N —", 7 mm under the type area, 空一字 outside: odd right, even left.
        if (!numbered)
            return;
        p.setFont(pageNo);
        p.setPen(Qt::black);
        const QString text = QStringLiteral("— %1 —").arg(index + 1);
        const QFontMetricsF m(pageNo, &device);
        const double y = top + mm(TypeH) + mm(7) + m.ascent();
        const double charW = m.horizontalAdvance(QChar(0x4E2D));
        const double x = (index % 2 == 0) ? left + width - charW - m.horizontalAdvance(text) : left + charW;
        p.drawText(QPointF(x, y), text);
    };

    int current = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        while (at[i].page > current) {
            decorate(current);
            device.newPage();
            ++current;
        }
        p.setPen(Qt::black);
        rows[i](p, top + at[i].row * pitch);
    }
    while (current < pages - 1) {
        decorate(current);
        device.newPage();
        ++current;
    }
    // --- 版记 on the last page: first and last rules 0.35 mm, the one between 0.25 mm; 4号 仿宋,
    // 抄送 空一字 from the left, 印发机关 空一字 left and 印发日期 空一字 right.
    {
        const double bottom = top + mm(TypeH);
        const double rowTop = bottom - versionRows * pitch;
        const QFontMetricsF m(small, &device);
        const double charW = m.horizontalAdvance(QChar(0x4E2D));
        p.setFont(small);
        p.setPen(QPen(Qt::black, mm(0.35)));
        p.drawLine(QPointF(left, rowTop), QPointF(left + width, rowTop));
        double y = rowTop;
        if (!copiesTo.isEmpty()) {
            p.drawText(QPointF(left + charW, baseline(small, &device, y)), QStringLiteral("抄送：%1。").arg(copiesTo));
            y += pitch;
            p.setPen(QPen(Qt::black, mm(0.25)));
            p.drawLine(QPointF(left, y), QPointF(left + width, y));
        }
        p.setPen(Qt::black);
        p.drawText(QPointF(left + charW, baseline(small, &device, y)), printer);
        const QString printed = QStringLiteral("%1印发").arg(printDate);
        p.drawText(QPointF(left + width - charW - m.horizontalAdvance(printed), baseline(small, &device, y)), printed);
        p.setPen(QPen(Qt::black, mm(0.35)));
        p.drawLine(QPointF(left, bottom), QPointF(left + width, bottom));
    }
    decorate(current);
    p.end();
    return pages;
}

QByteArray OfficialDocument::pdf(int *pages) const
{
    return pdfBytes(title, [this](QPdfWriter &writer) { return render(writer); }, pages);
}

} // namespace cd
