// Risk assessments per second: the four-factor assessment plus the authority decision, over a
// varied set of proposals. Baseline in the same run: serialising the same proposals to compact
// JSON (work every proposal pays anyway when it is stored), so the figure is a ratio too.
//
//   bench_risk [--seconds S] [--with-context] [--prospects N] [--sent M]
//
// --with-context also reads each proposal's context from a real workspace (contact history,
// suppressions, deal): the cost of DecisionEngine::evaluate as agents call it.
// --prospects N fills that workspace with N prospects first (the proposals' recipients among
// them), so that a read which scans prospects instead of seeking an index shows; --sent M adds M
// emails sent in the last month to other people (default N / 10).

#include "core/decisions/AuthorityMatrix.h"
#include "core/decisions/DecisionEngine.h"
#include "core/decisions/RiskEngine.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <vector>

using namespace gd;

namespace {

std::vector<core::Proposal> proposals(int n)
{
    std::vector<core::Proposal> list;
    const auto& types = core::decisionTypes();
    for (int i = 0; i < n; ++i) {
        core::Proposal p;
        p.type = types.at(i % types.size()).id;
        p.agent = QStringLiteral("outreach");
        p.target = (i % 3) ? QStringLiteral("c%1@example.org").arg(i % 500) : QString::number(i % 50);
        p.action = QJsonObject { { QStringLiteral("to"), QStringLiteral("c%1@example.org").arg(i % 500) },
            { QStringLiteral("subject"), QStringLiteral("Subject %1").arg(i) },
            { QStringLiteral("body"), QStringLiteral("Body text") } };
        QJsonObject inputs;
        if (i % 2)
            inputs.insert(QStringLiteral("lawful_basis"), QStringLiteral("consent"));
        inputs.insert(QStringLiteral("amount"), (i * 7) % 300);
        inputs.insert(QStringLiteral("discount_pct"), i % 30);
        inputs.insert(QStringLiteral("deal_value"), (i * 1013) % 90000);
        p.inputs = inputs;
        list.push_back(p);
    }
    return list;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    double seconds = 3;
    if (const qsizetype i = args.indexOf(QStringLiteral("--seconds")); i >= 0 && i + 1 < args.size())
        seconds = args.at(i + 1).toDouble();
    const bool withContext = args.contains(QStringLiteral("--with-context"));
    qint64 prospects = 0;
    if (const qsizetype i = args.indexOf(QStringLiteral("--prospects")); i >= 0 && i + 1 < args.size())
        prospects = args.at(i + 1).toLongLong();
    qint64 sent = prospects / 10;
    if (const qsizetype i = args.indexOf(QStringLiteral("--sent")); i >= 0 && i + 1 < args.size())
        sent = args.at(i + 1).toLongLong();
    QTextStream out(stdout);

    const std::vector<core::Proposal> list = proposals(4096);
    const core::AuthorityMatrix matrix = core::AuthorityMatrix::defaults();
    core::CalibrationState calibration;
    calibration.threshold = 0.2;

    // Baseline: compact JSON of each proposal.
    QElapsedTimer timer;
    qint64 baseline = 0;
    qint64 sink = 0;
    timer.start();
    while (timer.elapsed() < seconds * 1000) {
        for (const core::Proposal& p : list) {
            sink += QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact).size();
            ++baseline;
        }
    }
    const double baselineRate = static_cast<double>(baseline) / (static_cast<double>(timer.elapsed()) / 1000.0);

    qint64 assessed = 0;
    int acted = 0;
    const core::RiskContext context;
    timer.restart();
    while (timer.elapsed() < seconds * 1000) {
        for (const core::Proposal& p : list) {
            const core::AuthorityRule rule = matrix.ruleFor(p.type);
            const core::RiskAssessment risk = core::RiskEngine::assess(p, rule, context);
            const core::Evaluation e = core::DecisionEngine::decide(p, rule, risk, calibration, {});
            acted += e.outcome == core::DecisionOutcome::Act ? 1 : 0;
            ++assessed;
        }
    }
    const double rate = static_cast<double>(assessed) / (static_cast<double>(timer.elapsed()) / 1000.0);
    out << QStringLiteral("risk assessment + authority decision (pure): %1 per second (%2 us each)\n")
               .arg(qRound64(rate))
               .arg(1e6 / rate, 0, 'f', 2);
    out << QStringLiteral("baseline, compact JSON of the same proposals: %1 per second; ratio assessment/JSON %2\n")
               .arg(qRound64(baselineRate))
               .arg(rate / baselineRate, 0, 'f', 2);
    out << QStringLiteral("target >= 100,000 assessments/s: %1\n")
               .arg(rate >= 100000 ? QStringLiteral("met") : QStringLiteral("NOT met"));

    if (withContext) {
        QTemporaryDir dir;
        core::WorkspaceError error;
        auto ws = core::Workspace::open(
            dir.filePath(QStringLiteral("bench.greendoor")), core::Workspace::OpenMode::CreateNew, &error);
        if (prospects > 0) {
            // c0..c499@example.org (the proposals' recipients) and the rest, as an import stores
            // them: normalised addresses.
            QSqlQuery q(ws->db());
            q.exec(QStringLiteral("BEGIN"));
            q.prepare(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?) "
                "INSERT INTO prospects (full_name, email, name_key, source, created_at, updated_at) "
                "SELECT 'Person ' || i, 'c' || i || '@example.org', 'person ' || i || '|example.org', 'bench', 0, 0 "
                "FROM n"));
            q.addBindValue(prospects);
            if (!q.exec())
                out << "could not fill the workspace: " << q.lastError().text() << "\n";
            // Emails sent in the last month to others (the decisions they came from are not read).
            q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
            q.prepare(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?) "
                "INSERT INTO outbox (id, decision_id, idempotency_key, type, target, action, action_hash, status, "
                "attempts, created_at, executed_at) SELECT 'o' || i, 'd' || i, 'k' || i, 'email.first_touch', "
                "'c' || (i + 500) || '@example.org', '{}', '', 'done', 1, ?, ? FROM n"));
            const qint64 monthAgo = QDateTime::currentMSecsSinceEpoch() - qint64 { 20 } * 86400000;
            q.addBindValue(sent);
            q.addBindValue(monthAgo);
            q.addBindValue(monthAgo);
            if (sent > 0 && !q.exec())
                out << "could not fill the outbox: " << q.lastError().text() << "\n";
            q.exec(QStringLiteral("COMMIT"));
            q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            out << QStringLiteral("workspace with %1 prospects and %2 sent emails\n").arg(prospects).arg(sent);
        }
        core::DecisionEngine engine(ws);
        qint64 evaluated = 0;
        timer.restart();
        while (timer.elapsed() < seconds * 1000) {
            for (const core::Proposal& p : list) {
                acted += engine.evaluate(p).outcome == core::DecisionOutcome::Act ? 1 : 0;
                ++evaluated;
                if (timer.elapsed() >= seconds * 1000)
                    break;
            }
        }
        const double full = static_cast<double>(evaluated) / (static_cast<double>(timer.elapsed()) / 1000.0);
        out << QStringLiteral(
            "DecisionEngine::evaluate with workspace context (SQLite reads): %1 per second (%2 us each); "
            "the seed's limit is 500 ms each\n")
                   .arg(qRound64(full))
                   .arg(1e6 / full, 0, 'f', 1);
    }
    out << QStringLiteral("(checksum %1 %2)\n").arg(sink).arg(acted);
    return 0;
}
