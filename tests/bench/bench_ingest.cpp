// Reply ingest benchmark. Prints figures; asserts nothing.
//
//   bench_ingest [--copies N] [--runs R]
//
// Starts the loopback Dovecot (tests/support/MailServers), delivers the held-apart reply corpus
// (tests/data/replies/heldout, N copies with fresh Message-IDs, default 3) into the operator's
// INBOX, then R times (default 5) into a fresh workspace:
//   - ingest: MailSync::syncMailbox (IMAP UID SEARCH + FETCH per message, GMime parse, store,
//     thread, classify, propose the decisions), messages/s;
//   - baselines in the same run: IMAP FETCH alone (the same messages, nothing done with them),
//     parse + classify without IMAP or the workspace, and the classifier alone on parsed mail;
// and prints min/median/max of each. Then the classifier's accuracy per class and the confusion
// matrix on the held-apart corpus (labels.csv).

#include "core/decisions/DecisionEngine.h"
#include "core/mail/ImapClient.h"
#include "core/mail/MailSync.h"
#include "core/mail/Mailbox.h"
#include "core/mail/MailboxStore.h"
#include "core/mail/MimeMessage.h"
#include "core/mail/ReplyClassifier.h"
#include "core/store/Workspace.h"
#include "support/MailServers.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace gd;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Stats
{
    std::vector<double> values;
    QString text(int precision = 1) const
    {
        std::vector<double> v = values;
        std::sort(v.begin(), v.end());
        if (v.empty())
            return QStringLiteral("-");
        return QStringLiteral("min %1  median %2  max %3")
            .arg(v.front(), 0, 'f', precision)
            .arg(v[v.size() / 2], 0, 'f', precision)
            .arg(v.back(), 0, 'f', precision);
    }
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int copies = 3;
    int runs = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--copies"))
            copies = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
    }
    const QString corpus = QStringLiteral(GREENDOOR_REPLIES_DATA "/heldout");
    QList<std::pair<QString, QByteArray>> files;
    for (const QString& name : QDir(corpus).entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name)) {
        QFile f(corpus + QLatin1Char('/') + name);
        if (f.open(QIODevice::ReadOnly))
            files.append({ name, f.readAll() });
    }

    test::MailServers servers;
    const QString user = QStringLiteral("bench@greendoor.test");
    if (!servers.start({ { user, QStringLiteral("secret") } })) {
        out() << "mail servers unavailable: " << servers.error() << Qt::endl;
        return 1;
    }
    QList<QByteArray> messages;
    static const QRegularExpression messageId(QStringLiteral("(?im)^Message-ID:[^\\r\\n]*\\r?\\n"));
    for (int c = 0; c < copies; ++c) {
        for (const auto& [name, raw] : std::as_const(files)) {
            QString text = QString::fromLatin1(raw);
            text.remove(messageId);
            const QByteArray unique
                = "Message-ID: <bench-" + QByteArray::number(c) + "-" + name.toLatin1() + "@x.test>\r\n";
            messages.append(unique + text.toLatin1());
        }
    }
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray& m : std::as_const(messages)) {
        if (!servers.deliver(user, m)) {
            out() << "delivery failed" << Qt::endl;
            return 1;
        }
    }
    out() << "delivered " << messages.size() << " messages (" << files.size() << " held-apart replies x " << copies
          << ") in " << timer.elapsed() << " ms" << Qt::endl;

    core::Mailbox box;
    box.name = QStringLiteral("sales");
    box.email = QStringLiteral("sam@greendoor.test");
    box.smtpUrl = QUrl(QStringLiteral("smtp://127.0.0.1:%1").arg(servers.smtpPort()));
    box.imapUrl = QUrl(QStringLiteral("imap://127.0.0.1:%1").arg(servers.imapPort()));
    box.user = user;
    box.imapPin = servers.publicKeyPin();
    box.smtpPin = servers.publicKeyPin();

    Stats ingest, fetchOnly, parseClassify, classifyOnly, decisions;
    std::vector<core::ParsedEmail> parsed;
    for (const QByteArray& m : std::as_const(messages))
        parsed.push_back(*core::MimeMessage::parse(m));
    const core::ReplyClassifier& classifier = core::ReplyClassifier::builtin();
    for (int run = 0; run < runs; ++run) {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        QString error;
        core::MailboxStore(*ws).add(box, &error);
        core::DecisionEngine engine(ws);
        core::MailSync sync(ws, &engine);
        timer.restart();
        const core::MailSync::Report r = sync.syncMailbox(box, QStringLiteral("secret"));
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!r.error.isEmpty() || r.stored != messages.size()) {
            out() << "sync failed: " << r.error << " stored " << r.stored << Qt::endl;
            return 1;
        }
        ingest.values.push_back(r.stored / (ms / 1000.0));
        decisions.values.push_back(r.decisions);

        // IMAP FETCH alone, same messages.
        core::ImapClient imap(box.imapAccount(QStringLiteral("secret")));
        const auto status = imap.status(QStringLiteral("INBOX"));
        const auto uids = imap.uidsFrom(QStringLiteral("INBOX"), 1);
        timer.restart();
        for (qint64 uid : *uids)
            imap.fetch(QStringLiteral("INBOX"), status->uidValidity, uid, 10 * 1024 * 1024);
        fetchOnly.values.push_back(uids->size() / (static_cast<double>(timer.nsecsElapsed()) / 1e9));

        timer.restart();
        for (const QByteArray& m : std::as_const(messages))
            classifier.analyze(*core::MimeMessage::parse(m));
        parseClassify.values.push_back(messages.size() / (static_cast<double>(timer.nsecsElapsed()) / 1e9));

        timer.restart();
        for (const core::ParsedEmail& e : parsed)
            classifier.analyze(e);
        classifyOnly.values.push_back(parsed.size() / (static_cast<double>(timer.nsecsElapsed()) / 1e9));
    }
    out() << "\nmessages/s over " << runs << " runs (" << messages.size() << " messages each):\n"
          << "  ingest (IMAP fetch + parse + store + thread + classify + decisions): " << ingest.text() << "\n"
          << "  baseline IMAP FETCH alone (same reused connection):                " << fetchOnly.text() << "\n"
          << "  baseline parse + classify (no IMAP, no workspace):                 " << parseClassify.text() << "\n"
          << "  baseline classifier alone (parsed mail):                           " << classifyOnly.text() << "\n"
          << "  decisions proposed per run: " << decisions.text(0) << Qt::endl;

    // Accuracy on the held-apart corpus.
    QFile labels(corpus + QStringLiteral("/labels.csv"));
    if (!labels.open(QIODevice::ReadOnly))
        return 0;
    const QStringList lines = QString::fromUtf8(labels.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    constexpr std::size_t n = core::kReplyClassCount;
    std::array<std::array<int, n>, n> matrix {};
    int total = 0;
    int right = 0;
    for (const QString& line : lines.mid(1)) {
        const QStringList cols = line.split(QLatin1Char(','));
        const auto expected = core::replyClassFromName(cols.value(1).trimmed());
        QFile f(corpus + QLatin1Char('/') + cols.value(0));
        if (!expected || !f.open(QIODevice::ReadOnly))
            continue;
        const auto email = core::MimeMessage::parse(f.readAll());
        if (!email)
            continue;
        const core::ReplyClass got = classifier.analyze(*email).replyClass;
        ++matrix[static_cast<std::size_t>(*expected)][static_cast<std::size_t>(got)];
        ++total;
        right += got == *expected ? 1 : 0;
    }
    out() << "\nheld-apart corpus: " << total << " replies, accuracy " << QString::number(100.0 * right / total, 'f', 1)
          << " %\n\nper class (recall = right / labelled, precision = right / predicted):\n";
    for (std::size_t c = 0; c < n; ++c) {
        int labelled = 0;
        int predicted = 0;
        for (std::size_t k = 0; k < n; ++k) {
            labelled += matrix[c][k];
            predicted += matrix[k][c];
        }
        out() << QStringLiteral("  %1 %2 labelled  recall %3  precision %4\n")
                     .arg(QLatin1String(core::kReplyClassNames[c]), -15)
                     .arg(labelled, 3)
                     .arg(labelled ? QString::number(100.0 * matrix[c][c] / labelled, 'f', 1) : QStringLiteral("-"), 6)
                     .arg(predicted ? QString::number(100.0 * matrix[c][c] / predicted, 'f', 1) : QStringLiteral("-"),
                         6);
    }
    out() << "\nconfusion matrix (rows: labelled, columns: predicted):\n" << QStringLiteral("%1").arg(QString(), 16);
    for (std::size_t c = 0; c < n; ++c)
        out() << QStringLiteral("%1").arg(QString::fromLatin1(core::kReplyClassNames[c]).left(7), 8);
    out() << "\n";
    for (std::size_t r = 0; r < n; ++r) {
        out() << QStringLiteral("%1").arg(QLatin1String(core::kReplyClassNames[r]), -16);
        for (std::size_t c = 0; c < n; ++c)
            out() << QStringLiteral("%1").arg(matrix[r][c], 8);
        out() << "\n";
    }
    out().flush();
    return 0;
}
