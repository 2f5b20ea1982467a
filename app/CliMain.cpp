#include "app/Cli.h"
#include "app/CliCommon.h"
#include "core/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <memory>

int main(int argc, char* argv[])
{
    // A report draws its charts with Qt Charts, which needs a QApplication; without a display
    // (a systemd timer, ssh) it draws on the offscreen platform.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (gd::app::cli::needsGraphics(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("GreenDoor"));
    QCoreApplication::setApplicationName(QStringLiteral("greendoor-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GREENDOOR_VERSION));
    // Progress goes to stdout; the log's info lines only with GREENDOOR_VERBOSE=1.
    if (qEnvironmentVariableIntValue("GREENDOOR_VERBOSE") == 0)
        QLoggingCategory::setFilterRules(QStringLiteral("greendoor.*.info=false"));
    gd::core::installTranslators(*app, qEnvironmentVariable("GREENDOOR_LANG"));
    return gd::app::runCli(QCoreApplication::arguments());
}
