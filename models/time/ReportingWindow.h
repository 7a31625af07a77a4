#pragma once

#include "plan/Condition.h"
#include "plan/Level.h"

#include <QList>
#include <QString>

#include <optional>

namespace cd {

// A reporting window from a plan (85号 5.1.2(1), 86号 3(1) …): from which milestone it runs,
// how long, and which milestone meets it.
struct ReportingWindow {
    enum class Kind {
        Minutes,     // "最迟不超过2小时", "20分钟内"
        WorkingDays, // "7个工作日内"
        Immediate,   // "立即" with no number: shown as such, never given an invented one
        Timely,      // "及时"
        Requirement, // a thing to be done, ticked, not timed (86号 3(2) principal leaders)
    };

    QString id; // unique within the plan
    QString clause;
    QString action;
    QString text;
    Kind kind = Kind::Minutes;
    int amount = 0; // minutes or working days
    QString anchor;
    QString completedBy;
    QList<Level> levels;           // empty: whenever the plan applies
    std::optional<Condition> when; // computed from the facts (e.g. urban)
    QString ruling;                // operator's condition id; empty when unconditional
    QString rulingLabel;
    // false: listed with its condition until an operator rules it out (86号 4(1));
    // true: listed only once an operator rules it in (85号 4.1.3, pre-warning information).
    bool onlyWhenRuledIn = false;

    bool hasDue() const { return kind == Kind::Minutes || kind == Kind::WorkingDays; }
};

QString windowKindName(ReportingWindow::Kind kind); // "minutes", "working_days", …
std::optional<ReportingWindow::Kind> windowKindFromName(const QString &name);

} // namespace cd
