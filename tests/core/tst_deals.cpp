// Deals: created and validated, moved only through deal.move_stage / deal.close decisions with
// the stage history and close reason kept, the pipeline's totals and weighted value, MEDDPICC
// fields that need their evidence, stalled deals, and the CLI.
#include "core/decisions/AuthorityMatrix.h"
#include "core/decisions/DecisionEngine.h"
#include "core/decisions/Executor.h"
#include "core/mail/ReplyActions.h"
#include "core/runtime/Types.h"
#include "core/sales/DealBook.h"
#include "core/store/DemoData.h"
#include "core/store/SettingKeys.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace gd;

namespace {

void letActAlone(core::Workspace& ws, const QString& type)
{
    core::AuthorityRule rule = core::AuthorityMatrix::load(ws).ruleFor(type);
    rule.level = core::RiskLevel::Low;
    rule.mode = core::AutonomyMode::Autopilot;
    rule.ceilingRisk = 0.95;
    QVERIFY(core::AuthorityMatrix::saveRule(ws, rule, QStringLiteral("admin"), nullptr));
}

qint64 create(core::Workspace& ws, const QString& stage, double value, const QString& currency = QStringLiteral("EUR"))
{
    core::DealDraft d;
    d.title = QStringLiteral("Deal in ") + stage;
    d.stage = stage;
    d.value = value;
    d.currency = currency;
    QString error;
    const auto id = core::DealBook(ws).create(d, &error);
    return id.value_or(0);
}

} // namespace

class TestDeals final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createValidates()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        core::DealBook book(*ws);
        QString error;
        core::DealDraft d;
        d.title = QStringLiteral("Acme rollout");
        d.stage = QStringLiteral("won"); // not a stage key
        QVERIFY(!book.create(d, &error));
        QVERIFY(error.contains(QStringLiteral("not a deal stage")));
        d.stage = QStringLiteral("discovery");
        d.currency = QStringLiteral("euro");
        QVERIFY(!book.create(d, &error));
        d.currency = QStringLiteral("EUR");
        d.value = -5;
        QVERIFY(!book.create(d, &error));
        d.value = 1234.5;
        d.contactEmail = QStringLiteral("nobody@nowhere.example");
        QVERIFY(!book.create(d, &error));
        QVERIFY(error.contains(QStringLiteral("no prospect")));
        d.contactEmail.clear();
        const auto id = book.create(d, &error);
        QVERIFY2(id, qPrintable(error));
        const auto deal = book.find(*id);
        QVERIFY(deal);
        QCOMPARE(deal->valueCents, 123450);
        QCOMPARE(book.timeline(*id).size(), 1);
    }

    void movesAreDecisionsWithHistory()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        letActAlone(*ws, QStringLiteral("deal.move_stage"));
        letActAlone(*ws, QStringLiteral("deal.close"));
        const qint64 id = create(*ws, QStringLiteral("discovery"), 20000);
        QVERIFY(id > 0);
        core::DecisionEngine engine(ws);
        core::Proposal move;
        move.type = QStringLiteral("deal.move_stage");
        move.agent = QStringLiteral("deal");
        move.target = QString::number(id);
        move.action = { { QStringLiteral("to_stage"), QStringLiteral("proposal") },
            { QStringLiteral("reason"), QStringLiteral("asked for pricing") } };
        QCOMPARE(engine.propose(move).outcome, core::DecisionOutcome::Act);
        core::Proposal close;
        close.type = QStringLiteral("deal.close");
        close.agent = QStringLiteral("deal");
        close.target = QString::number(id);
        close.action = { { QStringLiteral("result"), QStringLiteral("lost") },
            { QStringLiteral("reason"), QStringLiteral("no budget this year") } };
        core::Executor executor(ws, &engine);
        QCOMPARE(executor.runPending(), 1);
        const core::ProposeResult closed = engine.propose(close); // closing a deal is for an operator
        QVERIFY(closed.error.isEmpty());
        if (closed.outcome == core::DecisionOutcome::Queue)
            QVERIFY(engine.approve(closed.approvalId, QStringLiteral("operator")));
        QCOMPARE(executor.runPending(), 1);
        core::DealBook book(*ws);
        const auto deal = book.find(id);
        QCOMPARE(deal->stage, QStringLiteral("closed_lost"));
        QCOMPARE(deal->closeReason, QStringLiteral("no budget this year"));
        QStringList kinds;
        for (const core::DealEvent& e : book.timeline(id))
            kinds << e.kind;
        QCOMPARE(kinds.count(QStringLiteral("stage")), 1);
        QCOMPARE(kinds.count(QStringLiteral("closed")), 1);
        QCOMPARE(kinds.count(QStringLiteral("decision")), 2);

        // An unknown stage or deal is refused before anything is queued.
        auto refused = [&](const core::Proposal& p) {
            const core::ProposeResult r = engine.propose(p);
            return !r.error.isEmpty() || r.outcome == core::DecisionOutcome::Refuse;
        };
        move.action = { { QStringLiteral("to_stage"), QStringLiteral("won") } };
        QVERIFY(refused(move));
        move.target = QStringLiteral("999");
        move.action = { { QStringLiteral("to_stage"), QStringLiteral("proposal") } };
        QVERIFY(refused(move));
        QCOMPARE(executor.runPending(), 0);
        QCOMPARE(book.find(id)->stage, QStringLiteral("closed_lost"));

        // Won or lost is recorded with its reason, whoever proposes it and however.
        const qint64 other = create(*ws, QStringLiteral("negotiation"), 5000);
        core::Proposal bare;
        bare.type = QStringLiteral("deal.close");
        bare.agent = QStringLiteral("deal");
        bare.target = QString::number(other);
        bare.action = { { QStringLiteral("result"), QStringLiteral("won") } };
        core::Evaluation e = engine.evaluate(bare);
        QCOMPARE(e.outcome, core::DecisionOutcome::Refuse);
        QVERIFY2(
            e.why.join(QLatin1Char(' ')).contains(QStringLiteral("reason")), qPrintable(e.why.join(QLatin1Char(' '))));
        bare.type = QStringLiteral("deal.move_stage");
        bare.action = { { QStringLiteral("to_stage"), QStringLiteral("closed_lost") },
            { QStringLiteral("reason"), QStringLiteral("  ") } };
        QCOMPARE(engine.evaluate(bare).outcome, core::DecisionOutcome::Refuse);
        bare.action.insert(QStringLiteral("reason"), QStringLiteral("went with a competitor"));
        QVERIFY(engine.evaluate(bare).outcome != core::DecisionOutcome::Refuse);
    }

    // The Deal agent's reading of a deal: a reply saying they signed supports won, a passed close
    // date or no activity makes it stalled (the agent's own flags are not activity).
    void reviewReadsEvidenceAndFindsStalledDeals()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        QSqlQuery q(ws->db());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO prospects (full_name, email, source, created_at) VALUES ('Dan', 'dan@x.test', 'test', 0)")));
        core::DealDraft d;
        d.title = QStringLiteral("Dan's order");
        d.stage = QStringLiteral("negotiation");
        d.contactEmail = QStringLiteral("dan@x.test");
        d.closeDate = QDate::currentDate().addDays(-2);
        QString error;
        const auto id = core::DealBook(*ws).create(d, &error);
        QVERIFY2(id, qPrintable(error));
        core::DealBook book(*ws);
        QList<core::DealSignal> found = book.review(core::nowMs(), 21);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().toStage.isEmpty()); // no evidence yet
        QVERIFY(found.first().stalled.contains(QStringLiteral("close date")));
        q.prepare(QStringLiteral("INSERT INTO mail_messages (message_key, direction, sender, recipients, subject, "
                                 "sent_at, body, class, received_at) VALUES ('k', 'in', 'Dan@x.test', 'me@y.test', "
                                 "'Re: order', ?, 'We will go ahead, PO attached.', 'interested', ?)"));
        q.addBindValue(core::nowMs());
        q.addBindValue(core::nowMs());
        QVERIFY(q.exec());
        found = book.review(core::nowMs(), 21);
        QCOMPARE(found.first().toStage, QStringLiteral("closed_won"));
        QVERIFY(found.first().evidence.join(QLatin1Char(' ')).contains(QStringLiteral("go ahead")));
        // Twenty-two days of quiet (no close date): stalled for lack of activity; flags do not reset it.
        QVERIFY(q.exec(QStringLiteral("UPDATE deals SET close_date = '', updated_at = 0")));
        QVERIFY(q.exec(QStringLiteral("UPDATE deal_events SET at = 0")));
        QVERIFY(core::DealBook::flag(*ws, *id, QStringLiteral("stalled"), QStringLiteral("quiet"), &error));
        const auto stalled = book.stalled(21, core::nowMs());
        QCOMPARE(stalled.size(), 1);
        QVERIFY(stalled.first().second.startsWith(QStringLiteral("no activity for")));
    }

    void pipelineTotalsAndProbabilities()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        create(*ws, QStringLiteral("proposal"), 10000);
        create(*ws, QStringLiteral("proposal"), 30000);
        create(*ws, QStringLiteral("negotiation"), 50000);
        create(*ws, QStringLiteral("negotiation"), 999, QStringLiteral("USD"));
        core::DealBook book(*ws);
        QList<core::StageTotal> totals = book.pipeline(QStringLiteral("EUR"));
        QCOMPARE(totals.size(), core::DealStageCount);
        QCOMPARE(totals.at(2).stage, QStringLiteral("proposal"));
        QCOMPARE(totals.at(2).deals, 2);
        QCOMPARE(totals.at(2).value, 40000.0);
        QCOMPARE(totals.at(2).weighted, 16000.0); // 40 % by default
        QCOMPARE(totals.at(3).value, 50000.0); // the USD deal is not mixed in
        ws->setMeta(core::keys::DealStageProbabilities, QStringLiteral("{\"proposal\": 0.5}"));
        totals = book.pipeline(QStringLiteral("EUR"));
        QCOMPARE(totals.at(2).weighted, 20000.0);
        QCOMPARE(totals.at(3).probability, 0.7); // unchanged stages keep their default
    }

    void meddpiccNeedsEvidenceAndStalledDealsAreNamed()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        const qint64 id = create(*ws, QStringLiteral("discovery"), 5000);
        core::DealBook book(*ws);
        QString error;
        QVERIFY(!book.setMeddpicc(id, QStringLiteral("champion"), QStringLiteral("Anna Becker"), QString(), &error));
        QVERIFY(!book.setMeddpicc(id, QStringLiteral("favourite"), QStringLiteral("x"), QStringLiteral("y"), &error));
        QVERIFY2(book.setMeddpicc(id, QStringLiteral("champion"), QStringLiteral("Anna Becker"),
                     QStringLiteral("reply of 2026-11-20: 'I will push this internally'"), &error),
            qPrintable(error));
        QCOMPARE(book.find(id)
                     ->meddpicc.value(QStringLiteral("champion"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
            QStringLiteral("Anna Becker"));
        QVERIFY(book.stalled(14, core::nowMs()).isEmpty());
        const auto stalled = book.stalled(14, core::nowMs() + 20LL * 86'400'000);
        QCOMPARE(stalled.size(), 1);
        QVERIFY(stalled.first().second.contains(QStringLiteral("20 days")));
    }

    // An interested reply opens a deal for a prospect with none open, and proposes moving a
    // qualified one on to discovery.
    void interestedReplyOpensOrAdvancesADeal()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        QString error;
        QVERIFY2(core::DemoData::populate(*ws, &error), qPrintable(error));
        core::DecisionEngine engine(ws);
        core::DealBook book(*ws);
        // A demo prospect without an open deal.
        const QString fresh = test::scalar(*ws,
            QStringLiteral("SELECT p.email FROM prospects p WHERE NOT EXISTS (SELECT 1 FROM deals d JOIN prospects q "
                           "ON q.id = d.prospect_id WHERE q.email = p.email) ORDER BY p.id LIMIT 1"))
                                  .toString();
        QVERIFY(!fresh.isEmpty());
        QVERIFY(!book.openDealFor(fresh));
        core::ReplyAnalysis a;
        a.replyClass = core::ReplyClass::Interested;
        a.confidence = 0.9;
        a.deciding = { QStringLiteral("Yes, let's talk next week.") };
        core::ReplyActions::Context c;
        c.contact = fresh;
        c.subject = QStringLiteral("Re: hello");
        c.messageKey = QStringLiteral("reply-1@x.example");
        c.receivedAt = QDateTime::currentDateTimeUtc();
        core::ReplyActions::propose(engine, *ws, a, c);
        const auto opened = book.openDealFor(fresh);
        QVERIFY(opened);
        QCOMPARE(opened->stage, QStringLiteral("qualified"));

        c.messageKey = QStringLiteral("reply-2@x.example");
        core::ReplyActions::propose(engine, *ws, a, c);
        QCOMPARE(test::scalar(*ws,
                     QStringLiteral("SELECT count(*) FROM deals d JOIN prospects p ON p.id = d.prospect_id WHERE "
                                    "p.email = ?"),
                     { fresh })
                     .toInt(),
            1); // no second deal
        QCOMPARE(test::scalar(*ws,
                     QStringLiteral("SELECT count(*) FROM decisions WHERE type = 'deal.move_stage' AND target = ?"),
                     { QString::number(opened->id) })
                     .toInt(),
            1);
    }

    void cli()
    {
        test::TempDir dir;
        const QString ws = dir.file(QStringLiteral("d.greendoor"));
        auto run = [&](const QStringList& args, QByteArray* out = nullptr) {
            QProcess p;
            p.start(QStringLiteral(GREENDOOR_CLI), QStringList { QStringLiteral("--workspace"), ws } + args);
            p.waitForFinished(30000);
            if (out)
                *out = p.readAllStandardOutput();
            return p.exitCode();
        };
        QCOMPARE(run({ QStringLiteral("init") }), 0);
        QByteArray out;
        QCOMPARE(run({ QStringLiteral("--json"), QStringLiteral("deal"), QStringLiteral("create"),
                         QStringLiteral("--title"), QStringLiteral("Acme"), QStringLiteral("--value"),
                         QStringLiteral("42000"), QStringLiteral("--stage"), QStringLiteral("negotiation") },
                     &out),
            0);
        const int id = QJsonDocument::fromJson(out).object().value(QStringLiteral("id")).toInt();
        QVERIFY(id > 0);
        QCOMPARE(run({ QStringLiteral("deal"), QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("X"),
                     QStringLiteral("--stage"), QStringLiteral("maybe") }),
            1);
        QCOMPARE(run({ QStringLiteral("deal"), QStringLiteral("move"), QString::number(id), QStringLiteral("--stage"),
                     QStringLiteral("closed_won") }),
            2); // closing needs a reason
        QCOMPARE(run({ QStringLiteral("--json"), QStringLiteral("deal"), QStringLiteral("move"), QString::number(id),
                         QStringLiteral("--stage"), QStringLiteral("closed_won"), QStringLiteral("--reason"),
                         QStringLiteral("signed") },
                     &out),
            0);
        QCOMPARE(
            QJsonDocument::fromJson(out).object().value(QStringLiteral("outcome")).toString(), QStringLiteral("queue"));
        QCOMPARE(run({ QStringLiteral("--json"), QStringLiteral("pipeline") }, &out), 0);
        const QJsonObject eur = QJsonDocument::fromJson(out).array().first().toObject();
        QCOMPARE(eur.value(QStringLiteral("open_value")).toDouble(), 42000.0);
        QCOMPARE(eur.value(QStringLiteral("open_weighted")).toDouble(), 42000.0 * 0.7);
        // The user sets a stage's win probability; the weighted value follows; bad input changes nothing.
        QCOMPARE(run({ QStringLiteral("--json"), QStringLiteral("pipeline"), QStringLiteral("--probabilities"),
                         QStringLiteral("negotiation=55,qualified=15") },
                     &out),
            0);
        QCOMPARE(
            QJsonDocument::fromJson(out).array().first().toObject().value(QStringLiteral("open_weighted")).toDouble(),
            42000.0 * 0.55);
        QCOMPARE(run({ QStringLiteral("pipeline"), QStringLiteral("--probabilities"), QStringLiteral("maybe=20") }), 2);
        QCOMPARE(
            run({ QStringLiteral("pipeline"), QStringLiteral("--probabilities"), QStringLiteral("negotiation=120") }),
            2);
        QCOMPARE(
            run({ QStringLiteral("pipeline"), QStringLiteral("--probabilities"), QStringLiteral("negotiation") }), 2);
        QCOMPARE(run({ QStringLiteral("--json"), QStringLiteral("pipeline") }, &out), 0);
        QCOMPARE(
            QJsonDocument::fromJson(out).array().first().toObject().value(QStringLiteral("open_weighted")).toDouble(),
            42000.0 * 0.55);
        QCOMPARE(run({ QStringLiteral("--json"), QStringLiteral("deal"), QStringLiteral("show"), QString::number(id) },
                     &out),
            0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("timeline")).toArray().size(), 2);
        QCOMPARE(run({ QStringLiteral("deal"), QStringLiteral("show"), QStringLiteral("77") }), 1);
        // Unknown deals and stages are refused with a clear message; "won" and "lost" are understood.
        QProcess p;
        p.start(QStringLiteral(GREENDOOR_CLI),
            { QStringLiteral("--workspace"), ws, QStringLiteral("deal"), QStringLiteral("move"), QStringLiteral("77"),
                QStringLiteral("--stage"), QStringLiteral("proposal") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("no deal 77"));
        p.start(QStringLiteral(GREENDOOR_CLI),
            { QStringLiteral("--workspace"), ws, QStringLiteral("deal"), QStringLiteral("move"), QString::number(id),
                QStringLiteral("--stage"), QStringLiteral("maybe") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("is not a deal stage"));
        QCOMPARE(run({ QStringLiteral("deal"), QStringLiteral("move"), QString::number(id), QStringLiteral("--stage"),
                     QStringLiteral("lost") }),
            2); // closing needs a reason
        QCOMPARE(run({ QStringLiteral("--json"), QStringLiteral("deal"), QStringLiteral("move"), QString::number(id),
                         QStringLiteral("--stage"), QStringLiteral("lost"), QStringLiteral("--reason"),
                         QStringLiteral("budget frozen") },
                     &out),
            0);
        QVERIFY(QJsonDocument::fromJson(out).object().contains(QStringLiteral("decision_id")));
    }
};

QTEST_MAIN(TestDeals)
#include "tst_deals.moc"
