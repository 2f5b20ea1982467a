#pragma once

#include <QHash>
#include <QJsonValue>
#include <QSet>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace gd::core {
class Workspace;
}

// Helpers shared by greendoor-cli's commands.
namespace gd::app::cli {

enum ExitCode
{
    Success = 0,
    Failure = 1,
    Usage = 2
};

// Parsed command line: global options, the command, its positionals and options.
struct Args
{
    QString workspace;
    bool json = false;
    QString command;
    QStringList positionals; // after the command: a subcommand and its argument
    QHash<QString, QString> options; // --name value
    QSet<QString> flags; // --name
    QString error;
};

QString tr(const char* text);
QTextStream& out();
QTextStream& err();
QString usageText();
int usageError(const QString& message);
int failure(const QString& message);
void printJson(const QJsonValue& value);
QString timeText(qint64 ms);
Args parse(const QStringList& arguments);
bool positiveInt(const Args& args, const QString& name, int fallback, int* value, QString* error);
std::shared_ptr<core::Workspace> openExisting(const Args& args, int* code);
// Reads a JSON object from a file ("-" for standard input).
bool readJsonFile(const QString& path, QJsonObject* object, QString* error);

int cmdApprovals(const Args& args);
int cmdDecisions(const Args& args);
int cmdLearned(const Args& args);
int cmdMatrix(const Args& args);
int cmdAudit(const Args& args);
int cmdImport(const Args& args);
int cmdIcp(const Args& args);
int cmdProspects(const Args& args);
int cmdSecrets(const Args& args);
int cmdMailbox(const Args& args);
int cmdReplies(const Args& args); // app/CliReplies.cpp
int cmdSuppressions(const Args& args);

} // namespace gd::app::cli
