#pragma once

#include "units/LiveFeed.h"

#include <QDialog>

#include <array>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cd {

class ArrivalWatch;
class IncidentStore;
class UnitRoster;

// 定位数据源: where the desk's positions come from — a gateway over TCP (host:port, units
// named by $PCDU), a serial receiver of one unit, or a recorded NMEA log replayed as a live
// feed (simulation). Each runs until stopped, whether or not the dialog is open; the sources
// typed are remembered (QSettings units/source/…). Fixes go through ArrivalWatch, so the
// geofence records arrivals exactly as for any other feed.
class PositionSourcesDialog final : public QDialog {
    Q_OBJECT
public:
    enum Row { Gateway, Serial, Simulation, RowCount };

    PositionSourcesDialog(IncidentStore &store, QWidget *parent = nullptr);
    ~PositionSourcesDialog() override;
    void setUnits(const UnitRoster &roster); // the unit choices of the serial and log rows
    // Starts or stops a row's feed; false (with the reason shown in the row) when it cannot start.
    bool toggle(Row row);
    LiveFeed *feed(Row row) const { return m_rows[size_t(row)].feed.get(); }
    QLineEdit *whereEdit(Row row) const { return m_rows[size_t(row)].where; }
    QComboBox *unitBox(Row row) const { return m_rows[size_t(row)].unit; }
    QString statusText(Row row) const;

Q_SIGNALS:
    void fixesAdded(); // the map and list may look again

private:
    struct RowWidgets {
        QLineEdit *where = nullptr;
        QComboBox *unit = nullptr; // none for the gateway
        QPushButton *button = nullptr;
        QLabel *status = nullptr;
        std::unique_ptr<LiveFeed> feed;
    };
    void showCounters(Row row);
    static QString prefix(Row row);

    IncidentStore &m_store;
    std::unique_ptr<ArrivalWatch> m_watch;
    std::array<RowWidgets, RowCount> m_rows;
};

} // namespace cd
