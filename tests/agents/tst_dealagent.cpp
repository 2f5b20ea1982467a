// The Deal agent: stage moves proposed from evidence (a booked meeting, a proposal emailed, a reply
// saying they signed) as deal.move_stage decisions with the evidence in the reasoning; stalled
// deals flagged with the reason; the contacts' health asked of the Relationship agent over the
// bus, and the answer changing what is proposed. And a goal's shares run by the agents.
#include "agents/DealAgent.h"
#include "agents/StandardAgents.h"
#include "agents/TaskTypes.h"
#include "core/runtime/Runtime.h"
#include "core/sales/DealBook.h"
#include "core/sales/GoalStore.h"
#include "core/store/ContactHealthStore.h"
#include "core/store/MessageStore.h"
#include "core/store/TaskStore.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace gd;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

qint64 prospect(core::Workspace& ws, const QString& email)
{
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("INSERT INTO prospects (full_name, email, source, created_at) VALUES (?, ?, 'test', 0)"));
    q.addBindValue(email.section(QLatin1Char('@'), 0, 0));
    q.addBindValue(email);
    if (!q.exec())
        return 0;
    return q.lastInsertId().toLongLong();
}

qint64 deal(core::Workspace& ws, const QString& title, const QString& stage, const QString& contact,
    const QDate& closeDate = {})
{
    core::DealDraft d;
    d.title = title;
    d.stage = stage;
    d.value = 12000;
    d.contactEmail = contact;
    d.closeDate = closeDate;
    QString error;
    return core::DealBook(ws).create(d, &error).value_or(0);
}

void executedMeeting(core::Workspace& ws, const QString& id, const QString& attendee)
{
    QSqlQuery q(ws.db());
    q.prepare(
        QStringLiteral("INSERT INTO decisions (id, type, agent, target, action, action_hash, inputs, inputs_hash, "
                       "reasoning, risk, combined_risk, outcome, status, explanation, created_at, decided_at) "
                       "VALUES (?, 'meeting.book', 'deal', ?, '{}', '', '{}', '', '', '{}', 0, 'act', 'executed', "
                       "'', ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(attendee);
    q.addBindValue(core::nowMs());
    q.addBindValue(core::nowMs());
    QVERIFY(q.exec());
}

void sentEmail(core::Workspace& ws, const QString& id, const QString& to, const QString& subject)
{
    QSqlQuery d(ws.db());
    d.prepare(
        QStringLiteral("INSERT INTO decisions (id, type, agent, target, action, action_hash, inputs, inputs_hash, "
                       "reasoning, risk, combined_risk, outcome, status, explanation, created_at, decided_at) "
                       "VALUES (?, 'email.follow_up', 'outreach', ?, '{}', '', '{}', '', '', '{}', 0, 'act', "
                       "'executed', '', ?, ?)"));
    d.addBindValue(id);
    d.addBindValue(to);
    d.addBindValue(core::nowMs());
    d.addBindValue(core::nowMs());
    QVERIFY(d.exec());
    QSqlQuery q(ws.db());
    q.prepare(
        QStringLiteral("INSERT INTO outbox (id, decision_id, idempotency_key, type, target, action, action_hash, "
                       "status, created_at, executed_at) VALUES (?, ?, ?, 'email.follow_up', ?, ?, '', 'done', ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(id);
    q.addBindValue(id);
    q.addBindValue(to);
    q.addBindValue(QStringLiteral(R"({"to":"%1","subject":"%2","body":"Attached as promised."})").arg(to, subject));
    q.addBindValue(core::nowMs());
    q.addBindValue(core::nowMs());
    QVERIFY(q.exec());
}

void reply(core::Workspace& ws, const QString& key, const QString& from, const QString& subject, const QString& body)
{
    QSqlQuery q(ws.db());
    q.prepare(
        QStringLiteral("INSERT INTO mail_messages (message_key, direction, sender, recipients, subject, sent_at, "
                       "body, class, received_at) VALUES (?, 'in', ?, 'sam@greendoor.test', ?, ?, ?, 'other', ?)"));
    q.addBindValue(key);
    q.addBindValue(from);
    q.addBindValue(subject);
    q.addBindValue(core::nowMs());
    q.addBindValue(body);
    q.addBindValue(core::nowMs());
    QVERIFY(q.exec());
}

// The deal.move_stage decisions the Deal agent proposed for a deal: (to_stage, reasoning).
QList<QPair<QString, QString>> moves(core::Workspace& ws, qint64 dealId)
{
    QList<QPair<QString, QString>> out;
    QSqlQuery q(ws.db());
    q.prepare(
        QStringLiteral("SELECT action, reasoning FROM decisions WHERE type = 'deal.move_stage' AND agent = 'deal' "
                       "AND target = ? ORDER BY created_at"));
    q.addBindValue(QString::number(dealId));
    if (q.exec()) {
        while (q.next())
            out.append({ QJsonDocument::fromJson(q.value(0).toByteArray())
                             .object()
                             .value(QStringLiteral("to_stage"))
                             .toString(),
                q.value(1).toString() });
    }
    return out;
}

QString events(core::Workspace& ws, qint64 dealId, const QString& kind)
{
    QStringList out;
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("SELECT detail FROM deal_events WHERE deal_id = ? AND kind = ? ORDER BY at, id"));
    q.addBindValue(dealId);
    q.addBindValue(kind);
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestDealAgent final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evidenceHealthAndStalledDeals()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        const qint64 ann = prospect(*ws, QStringLiteral("ann@x.test"));
        const qint64 bob = prospect(*ws, QStringLiteral("bob@x.test"));
        QVERIFY(prospect(*ws, QStringLiteral("cat@x.test")) > 0);
        const qint64 annDeal
            = deal(*ws, QStringLiteral("Ann's rollout"), QStringLiteral("qualified"), QStringLiteral("ann@x.test"));
        const qint64 bobDeal
            = deal(*ws, QStringLiteral("Bob's pilot"), QStringLiteral("qualified"), QStringLiteral("bob@x.test"));
        const qint64 catDeal
            = deal(*ws, QStringLiteral("Cat's licence"), QStringLiteral("negotiation"), QStringLiteral("cat@x.test"));
        const qint64 late
            = deal(*ws, QStringLiteral("Overdue"), QStringLiteral("proposal"), {}, QDate::currentDate().addDays(-3));
        QVERIFY(annDeal && bobDeal && catDeal && late);
        executedMeeting(*ws, QStringLiteral("m-ann"), QStringLiteral("ann@x.test"));
        sentEmail(
            *ws, QStringLiteral("o-ann"), QStringLiteral("ann@x.test"), QStringLiteral("Our proposal for the rollout"));
        executedMeeting(*ws, QStringLiteral("m-bob"), QStringLiteral("bob@x.test"));
        reply(*ws, QStringLiteral("r-cat"), QStringLiteral("cat@x.test"), QStringLiteral("Re: contract"),
            QStringLiteral("Good news: the contract is signed, see attached."));
        // What the Relationship agent knows: Ann warm, Bob gone cold.
        QVERIFY(core::ContactHealthStore::save(*ws,
            { { ann, 0.9, QStringLiteral("replied interested") },
                { bob, 0.1, QStringLiteral("replied not_interested") } },
            core::nowMs()));

        core::Runtime runtime(ws, agents::standardAgents(), test::fastOptions());
        runtime.start();
        QVERIFY(runtime.waitUntilStarted());
        auto review = [&] {
            const QString id = runtime.coordinator()->submitTask(agents::TaskTypes::dealsReview, {});
            // The answer comes back over the bus; the agent acts on it.
            core::MessageFilter f;
            f.correlationId = id;
            f.type = core::MessageType::StatusUpdate;
            f.agent = QStringLiteral("relationship");
            [&] { QTRY_COMPARE(core::MessageStore::query(*ws, f).size(), 1); }();
            return id;
        };
        const QString task = review();
        // The question was asked: of the Relationship agent, about the deals' contacts.
        core::MessageFilter asked;
        asked.correlationId = task;
        asked.type = core::MessageType::InformationRequest;
        const QList<core::Message> questions = core::MessageStore::query(*ws, asked);
        QCOMPARE(questions.size(), 1);
        QCOMPARE(questions.first().receiver, QStringLiteral("relationship"));
        const QJsonArray ids = questions.first().content.value(QStringLiteral("prospect_ids")).toArray();
        QVERIFY(ids.contains(ann) && ids.contains(bob));

        // Ann: the meeting and the emailed proposal move her deal to proposal, evidence in the reasoning.
        QTRY_COMPARE(moves(*ws, annDeal).size(), 1);
        QCOMPARE(moves(*ws, annDeal).first().first, QStringLiteral("proposal"));
        const QString why = moves(*ws, annDeal).first().second;
        QVERIFY2(why.contains(QStringLiteral("meeting booked")) && why.contains(QStringLiteral("proposal emailed"))
                && why.contains(QStringLiteral("contact health 0.90")),
            qPrintable(why));
        // Bob: the same kind of evidence, but the answer says he went cold: held back, flagged at risk.
        QTRY_VERIFY(!events(*ws, bobDeal, QStringLiteral("at_risk")).isEmpty());
        QVERIFY(events(*ws, bobDeal, QStringLiteral("at_risk")).contains(QStringLiteral("held back")));
        QVERIFY(moves(*ws, bobDeal).isEmpty());
        // Cat said they signed: won proposed, the reply as the reason (closing needs one).
        QTRY_COMPARE(moves(*ws, catDeal).size(), 1);
        QCOMPARE(moves(*ws, catDeal).first().first, QStringLiteral("closed_won"));
        QVERIFY(moves(*ws, catDeal).first().second.contains(QStringLiteral("signed")));
        QVERIFY(moves(*ws, catDeal).first().second.contains(QStringLiteral("contact health not known")));
        // The overdue deal is flagged stalled with the reason.
        QTRY_VERIFY(events(*ws, late, QStringLiteral("stalled")).contains(QStringLiteral("close date")));

        // Bob warms up again: the same evidence now gives the move (the answer changed the outcome).
        QVERIFY(
            core::ContactHealthStore::save(*ws, { { bob, 0.8, QStringLiteral("replied interested") } }, core::nowMs()));
        review();
        QTRY_COMPARE(moves(*ws, bobDeal).size(), 1);
        QCOMPARE(moves(*ws, bobDeal).first().first, QStringLiteral("discovery"));
        // Proposed once: a second review does not propose Ann's move again, nor flag twice a day.
        QCOMPARE(moves(*ws, annDeal).size(), 1);
        QCOMPARE(events(*ws, late, QStringLiteral("stalled")).count(QLatin1Char('\n')), 0);
        runtime.stop();
    }

    // Each agent runs its share of a goal and reports where it stands.
    void agentsRunTheirGoalShares()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        core::GoalStore goals(*ws);
        QString error;
        const auto id = goals.add(
            core::GoalParser::parse(QStringLiteral("Book 12 meetings in 6 weeks"), QDate::currentDate()), &error);
        QVERIFY2(id, qPrintable(error));
        const QJsonArray tasks = goals.find(*id)->cascade.value(QStringLiteral("tasks")).toArray();
        QCOMPARE(tasks.size(), 3);
        executedMeeting(*ws, QStringLiteral("m1"), QStringLiteral("ann@x.test"));
        core::Runtime runtime(ws, agents::standardAgents(), test::fastOptions());
        runtime.start();
        QVERIFY(runtime.waitUntilStarted());
        for (const QJsonValue& t : tasks) {
            const QString taskId = t.toObject().value(QStringLiteral("id")).toString();
            QTRY_COMPARE(core::TaskStore::byId(*ws, taskId)->status, core::TaskStatus::Done);
            const core::TaskRecord r = *core::TaskStore::byId(*ws, taskId);
            QCOMPARE(r.agent, t.toObject().value(QStringLiteral("agent")).toString());
            QVERIFY(
                r.result.value(QStringLiteral("summary")).toString().startsWith(QStringLiteral("goal %1").arg(*id)));
            if (r.agent == QLatin1String("deal"))
                QCOMPARE(r.result.value(QStringLiteral("done")).toDouble(), 1.0); // the meeting booked
        }
        runtime.stop();
    }
};

QTEST_GUILESS_MAIN(TestDealAgent)
#include "tst_dealagent.moc"
