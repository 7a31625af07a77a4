#pragma once

#include "report/OfficialDocument.h"
#include "report/ReportKind.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace cd {

class IncidentState;
class PlanLibrary;

// Where the centre's own details come from: QSettings `report/issuingBody`, `report/numberPrefix`,
// `report/contact`, `report/classification` (the package's centre settings file), with defaults.
struct OfficialReportOptions {
    ReportKind kind = ReportKind::Initial;
    int number = 0; // 续报 期数; 0: the next after those sent
    QString issuingBody = QStringLiteral("丽水市应急指挥中心");
    QString numberPrefix = QStringLiteral("丽应指");
    QString contact;                                 // 附注 text; empty: "联系人：<prepared by>"
    QString classification = QStringLiteral("内部"); // 85号 1.4(7): mass incidents are not publicly reported
    QString preparedBy;
    // Issued: the 发文字号, the signer and the time of issue (报告时间). A draft has none of them
    // and is stamped 草稿.
    QString docNumber;
    QString signer;
    QDateTime issuedAt; // UTC; a draft's date is "now" as the caller gives it
    bool draft = true;
    // Section texts not yet recorded (the editor's preview): applied after the journal's edits.
    // The key "placeholder" is the text for items still empty (see OfficialReport::placeholder).
    QHash<QString, QString> unsavedEdits;

    static OfficialReportOptions fromSettings(); // QSettings keys above, defaults where unset
};

// One part of the body: a heading and its text, as prefilled from the journal and then edited by
// `report_edited` events. The body is an outline (GB/T 9704-2012 7.3.3): level 1 is numbered
// 一、 (黑体), level 2 （一） (楷体); an itemised text puts each of its lines after 1. (仿宋), and a
// line indented under one after （1） (仿宋).
struct ReportSection {
    QString key;     // stable: the key a report_edited event names
    QString heading; // without its numeral
    QString text;    // prefilled or edited; empty when nothing is known
    bool required = true;
    bool edited = false;
    int level = 1;            // 1: 一、 2: （一）
    bool itemised = false;    // each line an item 1. 2. …, an indented line an item （1） under it
    bool headingOnly = false; // a heading over the level-2 items that follow it; has no text
};

// A report to a higher body (上行文) as GB/T 9704-2012 sets it: built from the folded incident
// alone, so the same events give the same text. No clause numbers, no coordinates and no
// "(未填写)": an item still empty reads as the placeholder (情况正在进一步核实中). The internal
// material (clauses, duties, windows, events, checksum) is the annex, SituationReport.
class OfficialReport {
public:
    OfficialReport(const IncidentState &state, const PlanLibrary &library, OfficialReportOptions options);

    QString title() const;     // 关于…的情况报告（续报第2期）
    QString addressee() const; // 主送机关: 市委、市政府：
    QString copiesTo() const;  // 抄送
    QString urgency() const;   // 特急 / 加急 / empty (README: the rule)
    QString place() const;     // 丽水市莲都区… as written, never coordinates
    int number() const { return m_number; }
    QList<ReportSection> sections() const { return m_sections; }
    QStringList missing() const; // headings of required items still empty (shown before sign-off)
    // Each section's heading as it prints, with its numeral (一、 / （一）), or empty when the
    // section does not print (optional and without text). The editor shows the same numbers as
    // the page while the operator types.
    static QStringList printedHeadings(const QList<ReportSection> &sections);
    // What an item still empty reads as: the operator's choice as journalled (a report_edited
    // event of the section "placeholder"), else 情况正在进一步核实中.
    QString placeholder() const { return m_placeholder; }
    static QString defaultPlaceholder() { return QStringLiteral("情况正在进一步核实中"); }
    // The placeholder the journal holds for this kind of report (the annex says it in words).
    static QString placeholderFromJournal(const IncidentState &state, ReportKind kind);
    OfficialDocument document() const;
    // SHA-256 of the text a signer approves: kind, 期数, title, 主送, 抄送, 紧急程度, the body as it
    // will print (placeholder included), 附注 and issuing body; not the number, date or signer,
    // which issuing adds. A sign-off holds it; issuing refuses a draft whose digest differs.
    QString draftDigest() const;

    // "丽应指〔2026〕12号"; a drill's sequence is separate and marked: "丽应指演〔2026〕3号".
    static QString formatNumber(const QString &prefix, int year, int serial, bool exercise);
    // The 处理经过 of a disposal report, written from the journal as prose with times.
    static QString courseFromJournal(const IncidentState &state, const PlanLibrary &library);

private:
    void build();
    QList<OfficialDocument::Block> body() const;

    std::shared_ptr<const IncidentState> m_stateCopy; // a copy: a report may outlive the fold it came from
    const IncidentState &m_state;
    const PlanLibrary &m_library;
    OfficialReportOptions m_options;
    int m_number = 0;
    QList<ReportSection> m_sections;
    QString m_placeholder;
};

} // namespace cd
