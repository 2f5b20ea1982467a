#pragma once

#include "core/secrets/SecretStore.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>

class QIODevice;

namespace gd::core {
class LanguageModel;
class Workspace;
} // namespace gd::core

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
// Runs one call on the system keychain and waits for its answer (the CLI has no event loop running).
core::SecretStore::Result keychain(const std::function<void(core::SecretStore&, core::SecretStore::Callback)>& call);
int usageError(const QString& message);
int failure(const QString& message);
void printJson(const QJsonValue& value);
QString timeText(qint64 ms);
Args parse(const QStringList& arguments);
bool positiveInt(const Args& args, const QString& name, int fallback, int* value, QString* error);
// Opens the workspace named by --workspace. Commands that only read (status, messages, tasks,
// prospects, icp show, approvals list, audit verify/export, learned, matrix show) open it
// read-only: they take no write lock and work while an import runs or on read-only media.
std::shared_ptr<core::Workspace> openExisting(const Args& args, int* code);
bool isReadOnlyCommand(const Args& args);
// Reads up to limit + 1 bytes (so that "too large" can be told) from an open file or pipe,
// looping over short reads until the end of the input.
QByteArray readAtMost(QIODevice& device, qint64 limit);
// Reads a JSON object from a file ("-" for standard input), refusing one over 1 MiB.
bool readJsonFile(const QString& path, QJsonObject* object, QString* error);
// Writes a file the user named with --output/--rejects: never the workspace or its -wal/-shm,
// never an existing file unless --force, atomically (see core::OutputFile).
bool writeOutputFile(const Args& args, const QString& path, const QByteArray& data, QString* error);
// The same checks without writing, to refuse a bad output path before doing the work.
bool checkOutputFile(const Args& args, const QString& path, QString* error);
// Text from the workspace or an imported file made safe for a terminal: control characters
// (ESC and the other C0 and C1 codes, DEL) are shown as \xNN instead of being sent raw, so a
// crafted name cannot move the cursor, rewrite the screen or retitle the window. Not for --json.
QString forTerminal(const QString& text);
// Flushes standard output; false (and a message on standard error) when the output was lost.
bool finishOutput();

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
int cmdGoal(const Args& args);
int cmdDeal(const Args& args);
int cmdPipeline(const Args& args);
int cmdOutbox(const Args& args);
int cmdReplies(const Args& args); // app/CliReplies.cpp
int cmdSuppressions(const Args& args);
int cmdEval(const Args& args); // app/CliEval.cpp
int cmdModel(const Args& args); // app/CliModel.cpp
// The workspace's language model (the configured server over the offline model, or the offline
// model alone; `why` says why no server is used), its API key read from the keychain.
std::shared_ptr<core::LanguageModel> configuredModel(
    const std::shared_ptr<core::Workspace>& ws, const QString& agent, QString* why);
QString readModelKey(QString* error);
int cmdCampaign(const Args& args); // app/CliCampaigns.cpp
int cmdMail(const Args& args); // app/CliConversations.cpp
int cmdConversations(const Args& args);
int cmdReport(const Args& args); // app/CliReports.cpp
// Commands that draw (a PDF report's charts) and need a QApplication on the offscreen platform.
bool needsGraphics(const QStringList& arguments);

} // namespace gd::app::cli
