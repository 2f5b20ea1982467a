// Baseline for bench_startup: the cheapest Qt Widgets start on this machine. Shows an empty
// QMainWindow and prints its shown time the way `greendoor --measure-startup` does (clock
// started at the top of main(), read right after show()), then quits.

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QTextStream>
#include <QTimer>

int main(int argc, char* argv[])
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GreenDoor"));
    QApplication::setApplicationName(QStringLiteral("GreenDoorStartupBaseline"));

    QMainWindow window;
    window.show();
    const qint64 shownMs = startup.elapsed();

    QTimer::singleShot(0, &window, [&] {
        QTextStream(stdout) << "window_shown_ms " << shownMs << "\n";
        window.close();
    });
    return app.exec();
}
