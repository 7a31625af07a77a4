#pragma once

#include <QGeoCoordinate>
#include <QHash>
#include <QJsonObject>

#include "plan/Facts.h"

#include <optional>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace cd {

class IncidentStore;
class RegionMap;

// Intake and facts: every field of the facts contract, checked by the same parser the CLI
// uses, with the message shown next to the field it names. Nothing is written until Save;
// Cancel puts back what the journal holds.
class IntakeForm final : public QWidget {
    Q_OBJECT
public:
    IntakeForm(IncidentStore &store, const RegionMap &counties, const RegionMap &urbanArea, QWidget *parent = nullptr);

    QJsonObject facts() const;
    void startNew();                // empty form for a new incident
    bool saveAsNew();               // false with messages shown when the facts are not valid
    bool saveUpdate();              // facts_updated with the changed fields of the selected incident
    void setLocation(const QGeoCoordinate &where); // from a map click: county and urban flag proposed
    QString fieldError(const QString &field) const; // the message shown next to a field, if any

    // For tests and the map: the editors by facts field name.
    QWidget *editor(const QString &field) const { return m_editors.value(field); }
    QPushButton *pickButton() const { return m_pick; }

Q_SIGNALS:
    void pickLocationRequested(bool on);
    void problem(const QString &message); // a core error to show as a dialog

private:
    void loadSelected();
    void clearErrors();
    std::optional<Facts> checkedFacts(); // parsed, or nullopt with the message shown
    bool showErrorFor(const QString &message);
    QWidget *row(QWidget *editor, const QString &field);

    IncidentStore &m_store;
    const RegionMap &m_counties;
    const RegionMap &m_urbanArea;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_errors;
    QLineEdit *m_title;
    QCheckBox *m_exercise;
    QDateTimeEdit *m_reportedAt;
    QComboBox *m_cause, *m_county, *m_blockageKind;
    QSpinBox *m_participants, *m_deaths, *m_injured, *m_serious;
    QDoubleSpinBox *m_blockageHours, *m_stoppageHours;
    QCheckBox *m_groupFight, *m_keySite, *m_extreme, *m_urban;
    QLabel *m_locationText;
    QPushButton *m_pick;
    QGeoCoordinate m_location;
    QHash<QString, QCheckBox *> m_asserted; // "plan:clause" -> box
    QLabel *m_modeText;
};

} // namespace cd
