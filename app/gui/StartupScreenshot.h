#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QWidget;

namespace cd {

class MainWindow;
class TimedApplication;

// `commanddesk --screenshot FILE`: the start-up timed as bench_startup reads it, and the desk
// saved once its incidents are in. Prints, from main():
//   first frame after N.N ms, peak RSS K kB — at a grab of the first painted frame (the
//     hello-world is timed the same way), the map's outlines, the docks' contents, most
//     menus' entries, the alarm banner and the incidents still to come;
//   desk loaded after N ms, peak RSS K kB, longest event T ms (WHAT) — the desk enabled with
//     its incidents listed and on the map, and the longest the UI thread spent delivering one
//     event in between (TimedApplication), with the receiver's class and the event's type.
class StartupScreenshot final : public QObject {
public:
    StartupScreenshot(TimedApplication &app, QWidget &shown, MainWindow &desk, QString file, const QElapsedTimer &sinceMain);
    void start();     // shows the window; the first frame is grabbed when it is painted
    void deskReady(); // the incidents are in, on the map, and one of them selected

private:
    void firstFrame();
    void grabWhenSettled();

    TimedApplication &m_app;
    QWidget &m_shown;
    MainWindow &m_desk;
    QString m_file;
    const QElapsedTimer &m_sinceMain;
    bool m_framed = false, m_ready = false, m_grabbing = false;
};

} // namespace cd
