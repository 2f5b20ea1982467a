// `greendoor-cli replies classify FILE.eml...`: what replies mean, read offline, no workspace.
#include "app/CliCommon.h"
#include "core/ai/LanguageModel.h"
#include "core/mail/MimeMessage.h"
#include "core/mail/ReplyClassifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace gd::app::cli {

namespace {

QJsonObject toJson(const QString& file, const core::ReplyAnalysis& a)
{
    QJsonObject o { { QStringLiteral("file"), file }, { QStringLiteral("class"), core::replyClassName(a.replyClass) },
        { QStringLiteral("confidence"), qRound(a.confidence * 1000) / 1000.0 },
        { QStringLiteral("deciding"), QJsonArray::fromStringList(a.deciding) } };
    if (a.returnDate.isValid())
        o.insert(QStringLiteral("return_date"), a.returnDate.toString(Qt::ISODate));
    if (!a.referredEmail.isEmpty() || !a.referredName.isEmpty()) {
        o.insert(QStringLiteral("referred_to"),
            QJsonObject { { QStringLiteral("name"), a.referredName }, { QStringLiteral("email"), a.referredEmail } });
    }
    if (a.autoReply.autoReply)
        o.insert(QStringLiteral("auto_reply"), a.autoReply.evidence);
    if (a.bounce.bounce) {
        o.insert(QStringLiteral("bounce"),
            QJsonObject { { QStringLiteral("hard"), a.bounce.hard },
                { QStringLiteral("recipient"), a.bounce.recipient }, { QStringLiteral("status"), a.bounce.status },
                { QStringLiteral("diagnostic"), a.bounce.diagnostic } });
    }
    return o;
}

} // namespace

int cmdReplies(const Args& args)
{
    if (args.positionals.value(0) != QLatin1String("classify"))
        return usageError(tr("replies takes the subcommand classify"));
    const QStringList files = args.positionals.mid(1);
    if (files.isEmpty())
        return usageError(tr("replies classify needs at least one .eml file"));
    const core::ReplyClassifier& classifier = core::ReplyClassifier::builtin();
    if (!classifier.isTrained())
        return failure(tr("the reply classifier's training data is missing"));
    // With a workspace, its configured model classifies (the offline model underneath); without, the offline one.
    std::shared_ptr<core::LanguageModel> model;
    if (!args.workspace.isEmpty()) {
        int openCode = Success;
        auto ws = openExisting(args, &openCode);
        if (!ws)
            return openCode;
        QString why;
        model = configuredModel(ws, QStringLiteral("relationship"), &why);
    }
    QJsonArray results;
    int code = Success;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err() << tr("cannot read %1: %2").arg(path, file.errorString()) << "\n";
            code = Failure;
            continue;
        }
        QString error;
        const auto email = core::MimeMessage::parse(file.read(16 * 1024 * 1024), &error);
        if (!email) {
            err() << tr("%1 is not an email: %2").arg(path, error) << "\n";
            code = Failure;
            continue;
        }
        core::ReplyAnswer answer;
        if (model)
            answer = model->classifyReply({ *email });
        else
            answer.analysis = classifier.analyze(*email);
        const core::ReplyAnalysis& a = answer.analysis;
        if (args.json) {
            QJsonObject o = toJson(path, a);
            if (model)
                o.insert(QStringLiteral("model"), answer.outcomeJson());
            results.append(o);
            continue;
        }
        out() << path << "\n"
              << "  "
              << tr("class: %1 (confidence %2)").arg(core::replyClassName(a.replyClass)).arg(a.confidence, 0, 'f', 2)
              << "\n";
        if (model && answer.fellBack)
            out() << "  " << tr("by the offline model: %1").arg(answer.fallbackReason) << "\n";
        else if (model && !model->isOffline())
            out() << "  " << tr("by the model %1").arg(forTerminal(answer.answeredBy)) << "\n";
        for (const QString& s : a.deciding)
            out() << "  " << tr("because: %1").arg(s) << "\n";
        if (a.returnDate.isValid())
            out() << "  " << tr("return_date: %1").arg(a.returnDate.toString(Qt::ISODate)) << "\n";
        if (!a.referredEmail.isEmpty() || !a.referredName.isEmpty()) {
            const QString who = a.referredName.isEmpty() ? a.referredEmail
                : a.referredEmail.isEmpty()              ? a.referredName
                                            : QStringLiteral("%1 <%2>").arg(a.referredName, a.referredEmail);
            out() << "  " << tr("referred_to: %1").arg(who) << "\n";
        }
        if (a.bounce.bounce) {
            out() << "  "
                  << (a.bounce.hard ? tr("bounce: hard, recipient %1, status %2")
                                    : tr("bounce: soft, recipient %1, status %2"))
                         .arg(a.bounce.recipient, a.bounce.status.isEmpty() ? tr("unknown") : a.bounce.status)
                  << "\n";
        }
    }
    if (args.json)
        printJson(results);
    return code;
}

} // namespace gd::app::cli
