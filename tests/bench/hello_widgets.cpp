// The floor for a cold start: a Qt Widgets window with one label, timed to its first frame
// the same way `commanddesk --screenshot` is: two event-loop turns after show(), then the
// window grabbed, the time and the peak RSS printed before anything is encoded.
#include "core/PeakMemory.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Hello, 应急指挥台"));
    label.resize(1920, 1080);
    label.show();
    QTimer::singleShot(0, &label, [&] {
        QTimer::singleShot(0, &label, [&] {
            const QPixmap frame = label.grab();
            std::printf("first frame after %lld ms, peak RSS %lld kB\n", static_cast<long long>(sinceStart.elapsed()), cd::peakRssKb());
            std::fflush(stdout);
            QApplication::exit(frame.isNull() ? 1 : 0);
        });
    });
    return QApplication::exec();
}
