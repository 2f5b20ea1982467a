// Risk assessments per second: the four-factor assessment plus the authority decision, over a
// varied set of proposals. Baseline in the same run: serialising the same proposals to compact
// JSON (work every proposal pays anyway when it is stored), so the figure is a ratio too.
//
//   bench_risk [--seconds S] [--with-context]
//
// --with-context also reads each proposal's context from a real workspace (contact history,
// suppressions, deal): the cost of DecisionEngine::evaluate as agents call it.

#include "core/decisions/AuthorityMatrix.h"
#include "core/decisions/DecisionEngine.h"
#include "core/decisions/RiskEngine.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
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
