#pragma once

#include "core/Result.h"
#include "report/PagedDocument.h"
#include "report/ReportKind.h"

#include <QDateTime>
#include <QImage>
#include <QString>

class QPagedPaintDevice;

namespace cd {

class IncidentState;
class PlanLibrary;
class RegionMap;

struct ReportOptions {
    ReportKind kind = ReportKind::Initial;
    int number = 0; // 续报 number; 0: the next one after those already sent
    QString issuer = QStringLiteral("丽水市应急指挥中心");
    QString preparedBy;
    QString numberPrefix; // 发文字号 prefix (centre setting report/numberPrefix); empty: none
    QString contact;      // the centre's contact line (report/contact); empty: none
};

// The internal annex (内部工作记录) of a situation or disposal report: the clauses relied on,
// duties, reporting windows and their outcomes, the event list, the journal checksum and the
// position map. It stays in the centre; the document sent is OfficialReport. Built only from the
// folded incident (state at a cursor), so the same events give the same report. A4, Noto CJK
// fonts embedded, header and page numbers on every page, 演练 in the header and as a watermark
// on every page of an exercise.
class SituationReport {
public:
    SituationReport(const IncidentState &state, const PlanLibrary &library, const RegionMap &regions, ReportOptions options);

    QString title() const;       // "关于…的情况报告(首报)"
    QString headerText() const;  // issuer · kind · incident
    QDateTime asOf() const { return m_asOf; }
    QString html() const;        // the body
    int number() const { return m_number; }

    PagedDocument document() const;
    // Paints every page onto a printer or PDF writer; returns the number of pages.
    int render(QPagedPaintDevice &device) const;
    // Writes a PDF atomically (a full disk leaves no half file).
    Result<int> writePdf(const QString &path) const;

private:
    QString fieldSections() const;
    QString field(const QString &clause, const QString &heading, const QString &content) const;

    const IncidentState &m_state;
    const PlanLibrary &m_library;
    const RegionMap &m_regions;
    ReportOptions m_options;
    QDateTime m_asOf;
    int m_number = 0;
    QImage m_map;
};

} // namespace cd
