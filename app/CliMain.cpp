#include "app/Cli.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GreenDoor"));
    QCoreApplication::setApplicationName(QStringLiteral("greendoor-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GREENDOOR_VERSION));
    // Progress goes to stdout; the log's info lines only with GREENDOOR_VERBOSE=1.
    if (qEnvironmentVariableIntValue("GREENDOOR_VERBOSE") == 0)
        QLoggingCategory::setFilterRules(QStringLiteral("greendoor.*.info=false"));
    gd::core::installTranslators(app, qEnvironmentVariable("GREENDOOR_LANG"));
    return gd::app::runCli(app.arguments());
}
