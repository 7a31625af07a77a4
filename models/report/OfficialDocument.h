#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace cd {

// The typefaces an official document (GB/T 9704-2012) is set in. Debian packages none of the
// 方正 faces the standard names; these are the packaged substitutes (README, "Fonts"). All are
// TrueType faces that do not map the Kangxi radicals onto ordinary ideographs, so the text a
// reader copies out of the PDF is the text written.
namespace OfficialFonts {
inline QString fangSong() { return QStringLiteral("AR PL UMing CN"); }       // 仿宋 (body)
inline QString xiaoBiaoSong() { return QStringLiteral("AR PL SungtiL GB"); } // 小标宋 (title, mark)
inline QString heiTi() { return QStringLiteral("WenQuanYi Zen Hei"); }       // 黑体
inline QString kaiTi() { return QStringLiteral("AR PL UKai CN"); }           // 楷体
inline QString songTi() { return QStringLiteral("AR PL UMing CN"); }         // 宋体 (page numbers)
} // namespace OfficialFonts

// A document laid out as GB/T 9704-2012 sets a report to a higher body (上行文) on A4: type
// area 156 × 225 mm at 37 mm from the top and 28 mm from the left, body in 3号 仿宋 on a grid of
// 22 lines of 28 characters, the 版头 with the issuing body's red mark, 发文字号 and 签发人 over
// a red rule, the title, 主送机关, headed body, 落款, 附注, the 版记 between its rules at the foot
// of the last page, which is always an even page (a blank page is added where needed), and
// page numbers "— N —" outside on odd and even pages.
struct OfficialDocument {
    struct Block {
        enum class Kind { Paragraph, Heading1, Heading2, Heading3, Heading4 }; // 一、 （一） 1. （1）
        Kind kind = Kind::Paragraph;
        QString text;
    };

    // 版头
    QString copyNumber;     // 份号, six digits; empty: none
    QString classification; // 密级和保密期限, e.g. 内部
    QString urgency;        // 紧急程度: 特急, 加急 or empty
    QString issuingBody;    // 发文机关标志 and 署名
    QString docNumber;      // 发文字号, e.g. 丽应指〔2026〕12号
    QString signer;         // 签发人
    bool exercise = false;  // 演练 in the 版头 and stamped on every page
    bool draft = false;     // 草稿 stamped on every page (not yet issued)
    // 主体
    QString title;
    QString addressee; // 主送机关, ending with "："
    QList<Block> body;
    QString closing = QStringLiteral("特此报告。");
    QString date;  // 成文日期, "2026年11月23日"
    QString note;  // 附注 without its brackets
    // 版记
    QString copiesTo;  // 抄送 without "抄送：" and the final "。"
    QString printer;   // 印发机关
    QString printDate; // "2026年11月23日"

    int render(QPagedPaintDevice &device) const; // returns the number of pages
    QByteArray pdf(int *pages = nullptr) const;  // deterministic for the same document
};

} // namespace cd
