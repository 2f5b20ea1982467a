#include "core/Translations.h"
#include "core/store/DemoData.h"
#include "core/store/Workspace.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

int main(int argc, char* argv[])
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GreenDoor"));
    QApplication::setApplicationName(QStringLiteral("GreenDoor"));
    QApplication::setApplicationVersion(QStringLiteral(GREENDOOR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(GREENDOOR_APP_ID));

    // The language option must be known before any translated text is produced.
    QString language;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            language = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            language = args.at(i).mid(7);
    }
    gd::core::installTranslators(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "GreenDoor: your autonomous AI sales team."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
        QApplication::translate("main", "Open the workspace at <path>."), QStringLiteral("path"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QApplication::translate("main", "Use the language <code> (e.g. en, de) instead of the system's."),
        QStringLiteral("code"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QApplication::translate("main", "Open the demo workspace (created on first use)."));
    const QCommandLineOption startupOption(QStringLiteral("measure-startup"),
        QApplication::translate("main", "Print the time to a shown window and an opened workspace, then quit."));
    parser.addOptions({ workspaceOption, langOption, demoOption, startupOption });
    parser.process(app);

    gd::ui::MainWindow window;
    window.show();
    const qint64 shownMs = startup.elapsed();

    if (parser.isSet(startupOption)) {
        QObject::connect(&window, &gd::ui::MainWindow::workspaceOpened, &window, [&] {
            // Wait for the first live status so the agents are really running.
            QTimer::singleShot(0, &window, [&] {
                QTextStream(stdout) << "window_shown_ms " << shownMs << "\nworkspace_opened_ms " << startup.elapsed()
                                    << "\n";
                window.close();
            });
        });
        QObject::connect(&window, &gd::ui::MainWindow::workspaceFailed, &app, [] { QApplication::exit(1); });
    }

    if (parser.isSet(workspaceOption)) {
        window.openWorkspace(parser.value(workspaceOption));
    } else {
        const QString last = QSettings().value(QStringLiteral("workspaces/last")).toString();
        if (!parser.isSet(demoOption) && !last.isEmpty() && QFileInfo::exists(last))
            window.openWorkspace(last);
        else
            window.openWorkspace(gd::core::DemoData::defaultDemoPath(), gd::ui::MainWindow::OpenKind::Demo);
    }
    return app.exec();
}
