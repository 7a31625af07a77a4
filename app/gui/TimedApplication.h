#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QString>

namespace cd {

// The desk's QApplication, which can time how long the UI thread spends in each event it
// delivers (a paint, a timer, a queued call, a model's reset in a slot): the longest such
// block is how long an operator's click could have waited. Off unless asked (--screenshot
// times the start-up with it); nested deliveries count in the one that sent them.
class TimedApplication final : public QApplication {
public:
    TimedApplication(int &argc, char **argv);
    bool notify(QObject *receiver, QEvent *event) override;

    void startTiming();
    void stopTiming() { m_timing = false; }
    double longestMs() const { return double(m_longestNs) / 1e6; }
    QString longestWhat() const { return m_longestWhat; } // receiver's class and the event's type

private:
    bool m_timing = false;
    int m_depth = 0;
    qint64 m_longestNs = 0;
    QString m_longestWhat;
};

} // namespace cd
