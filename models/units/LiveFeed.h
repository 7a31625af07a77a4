#pragma once

#include "core/Result.h"
#include "units/PositionFeed.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QIODevice;
class QSocketNotifier;

namespace cd {

class ArrivalWatch;
class Clock;

// A position source of the desk, read line by line through PositionFeed into ArrivalWatch
// (track table, geofences, arrived / departed):
//   tcp:HOST:PORT  a gateway or vehicle terminal; NMEA 0183, multiplexed with $PCDU tags
//                  unless a unit is given; reconnects every ReconnectSeconds when it drops
//   serial:DEVICE  one receiver (its line speed set beforehand with stty); a unit is required
//                  unless the receiver's stream carries $PCDU tags
//   log:FILE       simulation: a recorded log replayed at its own pace, shifted to start now, so
//                  the desk sees it as a live feed (arrivals on today's clock)
// Bad sentences are counted (PositionFeed::Counters) and dropped; nothing in the stream stops it.
class LiveFeed final : public QObject {
    Q_OBJECT
public:
    static constexpr int ReconnectSeconds = 5;
    static constexpr qsizetype MaxWaiting = 100000; // fixes held while the journal is offline (~1 h of 25 units at 1 Hz)
    enum class Kind { Tcp, Serial, Log };
    struct Source {
        Kind kind = Kind::Tcp;
        QString host; // tcp
        quint16 port = 0;
        QString path; // serial, log
        QString unit; // empty: the stream names its units ($PCDU)
    };
    // Checks the text an operator typed, naming what is wrong.
    static Result<Source> parse(const QString &where, const QString &unit = {});

    LiveFeed(ArrivalWatch &watch, const Clock &clock, Source source, QObject *parent = nullptr);
    ~LiveFeed() override;
    Result<bool> start();
    void stop();
    bool isRunning() const { return m_running; }
    const Source &source() const { return m_source; }
    const PositionFeed::Counters &counters() const { return m_feed.counters(); }
    qint64 pending() const { return m_log.size() - m_next; } // simulation: fixes not yet played
    // Simulation: plays the fixes due by the clock's now (a timer calls it; tests call it).
    void pump();

Q_SIGNALS:
    void fixesAdded(int count);
    void status(const QString &text); // connected, reconnecting, finished …
    void failed(const QString &message); // a journal write refused: the feed stops

private:
    void read(const QByteArray &data);
    void deliver(const QList<UnitFix> &fixes);
    void connectTcp();

    ArrivalWatch &m_watch;
    QList<UnitFix> m_waiting; // received while the journal was offline, not stored yet
    const Clock &m_clock;
    Source m_source;
    PositionFeed m_feed;
    QPointer<QIODevice> m_device;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QTimer m_timer; // simulation pace, or the reconnect delay
    QList<UnitFix> m_log; // simulation: every fix of the log, times shifted to now
    qsizetype m_next = 0;
    bool m_running = false;
};

} // namespace cd
