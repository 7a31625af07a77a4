#pragma once

#include "core/Result.h"
#include "drill/UnitMovements.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cd {

class PlanLibrary;

// What the player is expected to do after an inject, and by when (minutes after it).
struct ExpectedAction {
    QString action; // a milestone (report_sent:city, initial_judgment …) or an event kind
    int withinMinutes = 0;
    QString label;
};

// One line of the Master Scenario Events List.
struct Inject {
    enum class Kind { NewIncident, FactsUpdated, Message };
    QString id;
    int atMinutes = 0;
    QString from, to, synopsis;
    Kind kind = Kind::Message;
    QString incident; // the scenario's key for the incident ("A")
    QString title;    // new_incident
    QJsonObject facts;
    QString text; // message
    QList<ExpectedAction> expects;
};

// A scripted player action, for headless runs and tests.
struct ScriptedResponse {
    int atMinutes = 0;
    QString incident;
    QString kind;
    QJsonObject payload;
};

// A drill scenario file (resources/drills/SCHEMA.md), validated whole: every message names the
// file, the inject and the field.
struct Scenario {
    QString id, title, about, file;
    QDateTime start; // scenario time zero (UTC)
    int durationMinutes = 0;
    QList<Inject> injects; // in time order
    QList<UnitMovement> movements; // scripted unit movements, optional (SCHEMA.md)

    static constexpr int MinYear = 1970, MaxYear = 2099; // the years a drill may be set in
    QDateTime end() const { return start.addSecs(qint64(durationMinutes) * 60); }
    QDateTime at(int minutes) const { return start.addSecs(qint64(minutes) * 60); }

    static Result<Scenario> load(const QString &file, const PlanLibrary &library);
    static Result<Scenario> fromJson(const QByteArray &json, const QString &file, const PlanLibrary &library);
    // Scripted responses (SCHEMA.md), validated against the scenario: each one's incident must
    // exist by its minute and its payload must be valid.
    static Result<QList<ScriptedResponse>> loadResponses(const QString &file, const Scenario &scenario, const PlanLibrary &library);
    static Result<QList<ScriptedResponse>> responsesFromJson(const QByteArray &json, const QString &file, const Scenario &scenario,
                                                             const PlanLibrary &library);
    // The scenarios shipped in resources/drills.
    static QStringList shipped();
};

} // namespace cd
