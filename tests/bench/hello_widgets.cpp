// The floor for a cold start: a Qt Widgets window with one label, timed to its first frame
// the same way `commanddesk --screenshot` is.
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
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
            (void)label.grab();
            std::printf("first frame after %lld ms\n", static_cast<long long>(sinceStart.elapsed()));
            QApplication::exit(0);
        });
    });
    return QApplication::exec();
}
