#pragma once

#include "units/UnitBoard.h"

#include <QFrame>

class QLabel;

namespace cd {

// What a click on a unit on the map shows: call sign, agency and kind, crew and phone (to call
// it), task and state, and the ETA. A popup: the next click anywhere closes it.
class UnitDetailsPopup final : public QFrame {
    Q_OBJECT
public:
    explicit UnitDetailsPopup(QWidget *parent = nullptr);
    void setRow(const UnitBoardRow &row, const QString &incidentTitle, const QDateTime &now);
    QString text() const; // what it shows, for tests and the accessible name

private:
    QLabel *m_title;
    QLabel *m_body;
};

} // namespace cd
