// The floor for a cold start: a Qt Widgets window with one label, timed to its first frame:
// two event-loop turns after show() (by then its first expose is painted), the window
// grabbed, the time and the peak RSS printed before anything is encoded. `commanddesk
// --screenshot` grabs on the turn after its window's first expose, the same moment.
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
            // A decimal point whatever the locale: bench_startup reads it.
            std::printf("first frame after %s ms, peak RSS %lld kB\n", QByteArray::number(double(sinceStart.nsecsElapsed()) / 1e6, 'f', 1).constData(),
                        cd::peakRssKb());
            std::fflush(stdout);
            QApplication::exit(frame.isNull() ? 1 : 0);
        });
    });
    return QApplication::exec();
}
