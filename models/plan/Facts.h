#pragma once

#include <QDateTime>
#include <QGeoCoordinate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace cd {

// What the operator knows about one event. Field names follow the CLI facts contract.
struct Facts {
    QDateTime reportedAt; // invalid when not given
    QString cause = QStringLiteral("other");
    qint64 participants = 0;
    qint64 deaths = 0;
    qint64 injured = 0; // total, including serious injuries
    qint64 seriousInjuries = 0;
    bool groupFight = false;
    bool atKeySite = false;
    bool extremeBehaviour = false;
    bool urban = false;
    QString blockageKind; // empty: nothing blocked
    double blockageHours = 0;
    double constructionStoppageHours = 0;
    QString county; // filled with the vocabulary's default (市本级) by the parser
    QGeoCoordinate location; // invalid when not given
    QString address; // the place as written in a report (street, village, site); empty when not given
    QStringList assertedClauses; // "plan-id:clause", e.g. "mass-incident:2.1(2)"

    // The value a plan condition compares, by fact name (see FactVocabulary::factSpecs()).
    QVariant value(const QString &fact) const;
    bool isAsserted(const QString &planId, const QString &clause) const;

    // Canonical JSON form (same field names as the input contract).
    QJsonObject toJson() const;
};

} // namespace cd
