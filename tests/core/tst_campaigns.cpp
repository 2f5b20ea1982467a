// Campaigns: definitions are validated with clear messages; the sequence engine, driven by an
// injected clock, sends a step to a contact once ever (two runs, a restart, a lost step pointer),
// keeps a contact in one live sequence, waits for the previous step to be sent, counts business
// days, ends on a reply, a bounce or an unsubscribe, resumes a pause and stores every reason.
#include "core/decisions/DecisionEngine.h"
#include "core/decisions/Executor.h"
#include "core/decisions/RiskEngine.h"
#include "core/mail/SuppressionStore.h"
#include "core/runtime/Types.h"
#include "core/sales/Campaign.h"
#include "core/sales/SequenceEngine.h"
#include "core/store/SettingKeys.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace gd;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

qint64 at(const char* iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toMSecsSinceEpoch();
}

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

class TestCampaigns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void validation_data();
    void validation();
    void storeKeepsTheDefinition();
    void businessDaysSkipWeekends();
    void aStepReachesAContactOnceEver();
    void theLimitCapsTheCampaignWhenScoresMove();
    void nextStepWaitsUntilThePreviousWasSent();
    void oneLiveSequencePerContact();
    void replyBounceAndUnsubscribeEndTheSequence();
    void pauseAndResume();
    void skipReasonsAreStored();
    void variantsAreDeterministicAndSpread();
    void pausedCampaignProposesNothing();
    void launchRiskUsesTheRealSegment();
    void missingRequiredFactHoldsTheDraft();
    void rejectedEmailEndsTheSequence();
    void stopDecisionEndsAndEnrolIsRefusedWhileLive();

private:
    void addProspect(const QString& email, const QString& title, const QString& industry, int score = 80,
        const QString& country = QStringLiteral("DE"));
    QString create(const QJsonObject& definition, bool activate = true);
    core::SequenceEngine::Report run(qint64 now, const QString& campaign = {});
    QString enrolment(const QString& email, const QString& campaign, const QString& column);
    int sends(const QString& campaign, const QString& status = {});
    void markSent(const QString& campaign, const QString& email, int step, qint64 when);

    std::unique_ptr<test::TempDir> m_dir;
    std::shared_ptr<core::Workspace> m_ws;
    std::unique_ptr<core::DecisionEngine> m_engine;
    int m_company = 0;
};

const char* const kThreeSteps = R"({"name": "c1", "segment": {"industries": ["Logistics"]},
    "steps": [{"kind": "first_touch"}, {"kind": "follow_up", "after_business_days": 2},
              {"kind": "breakup", "after_business_days": 3}]})";

void TestCampaigns::init()
{
    m_dir = std::make_unique<test::TempDir>();
    m_ws = test::createWorkspace(*m_dir);
    QVERIFY(m_ws->setMeta(core::keys::LawfulBasis, QStringLiteral("legitimate_interest")));
    QVERIFY(m_ws->setMeta(core::keys::SenderName, QStringLiteral("Sam Carter")));
    m_engine = std::make_unique<core::DecisionEngine>(m_ws);
    m_company = 0;
}

void TestCampaigns::addProspect(
    const QString& email, const QString& title, const QString& industry, int score, const QString& country)
{
    QSqlQuery q(m_ws->db());
    q.prepare(
        QStringLiteral("INSERT INTO companies (name, domain, industry, employees, country) VALUES (?, ?, ?, 40, ?)"));
    ++m_company;
    q.addBindValue(QStringLiteral("Company %1").arg(m_company));
    q.addBindValue(QStringLiteral("c%1.example").arg(m_company));
    q.addBindValue(industry);
    q.addBindValue(country);
    QVERIFY(q.exec());
    const qint64 company = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO prospects (company_id, full_name, email, title, source, created_at, score) "
                             "VALUES (?, ?, ?, ?, 'test', 0, ?)"));
    q.addBindValue(company);
    q.addBindValue(QStringLiteral("Person %1 Example").arg(m_company));
    q.addBindValue(email);
    q.addBindValue(title.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(title));
    q.addBindValue(score);
    QVERIFY(q.exec());
}

QString TestCampaigns::create(const QJsonObject& definition, bool activate)
{
    QStringList problems;
    const auto d = core::CampaignDefinition::parse(definition, m_ws.get(), &problems);
    if (!d)
        return problems.join(QLatin1Char('\n'));
    QString error;
    if (!core::CampaignStore::create(*m_ws, *d, &error))
        return error;
    if (activate && !core::CampaignStore::setStatus(*m_ws, d->name, QStringLiteral("active"), &error))
        return error;
    return {};
}

core::SequenceEngine::Report TestCampaigns::run(qint64 now, const QString& campaign)
{
    core::SequenceEngine engine(
        *m_ws, [this](const core::Proposal& p) { return m_engine->propose(p); }, [now] { return now; });
    return engine.run(campaign);
}

QString TestCampaigns::enrolment(const QString& email, const QString& campaign, const QString& column)
{
    return test::scalar(*m_ws, QStringLiteral("SELECT %1 FROM enrolments WHERE email = ? AND sequence = ?").arg(column),
        { email, campaign })
        .toString();
}

int TestCampaigns::sends(const QString& campaign, const QString& status)
{
    if (status.isEmpty())
        return test::scalar(
            *m_ws, QStringLiteral("SELECT count(*) FROM campaign_sends WHERE campaign = ?"), { campaign })
            .toInt();
    return test::scalar(*m_ws, QStringLiteral("SELECT count(*) FROM campaign_sends WHERE campaign = ? AND status = ?"),
        { campaign, status })
        .toInt();
}

// What SENDING does when the email is handed over (the contract's cross-area write).
void TestCampaigns::markSent(const QString& campaign, const QString& email, int step, qint64 when)
{
    QSqlQuery q(m_ws->db());
    q.prepare(QStringLiteral("UPDATE campaign_sends SET status = 'sent', message_id = ?, updated_at = ? "
                             "WHERE campaign = ? AND email = ? AND step = ?"));
    q.addBindValue(QStringLiteral("<%1.%2@test>").arg(step).arg(email));
    q.addBindValue(when);
    q.addBindValue(campaign);
    q.addBindValue(email);
    q.addBindValue(step);
    QVERIFY(q.exec());
    QCOMPARE(q.numRowsAffected(), 1);
}

void TestCampaigns::validation_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name") << QByteArray(R"({"name": "a b", "steps": [{"kind": "first_touch"}]})")
                          << QStringLiteral("name:");
    QTest::newRow("unknown mailbox") << QByteArray(
        R"({"name": "a", "mailbox": "nope", "steps": [{"kind": "first_touch"}]})")
                                     << QStringLiteral("no mailbox \"nope\"");
    QTest::newRow("no steps") << QByteArray(R"({"name": "a"})") << QStringLiteral("at least one step");
    QTest::newRow("first is not first_touch")
        << QByteArray(R"({"name": "a", "steps": [{"kind": "follow_up", "after_business_days": 2}]})")
        << QStringLiteral("steps[0].kind");
    QTest::newRow("breakup not last") << QByteArray(
        R"({"name": "a", "steps": [{"kind": "first_touch"}, {"kind": "breakup", "after_business_days": 2},
           {"kind": "follow_up", "after_business_days": 2}]})")
                                      << QStringLiteral("steps[1].kind: the breakup email must be the last step");
    QTest::newRow("no delay") << QByteArray(
        R"({"name": "a", "steps": [{"kind": "first_touch"}, {"kind": "follow_up"}]})")
                              << QStringLiteral("steps[1].after_business_days");
    QTest::newRow("unknown fact") << QByteArray(
        R"({"name": "a", "steps": [{"kind": "first_touch", "subject": "Hi", "body": "I saw {{company}} is growing its {{team}} team."}]})")
                                  << QStringLiteral("{{team}}");
    QTest::newRow("bad size band") << QByteArray(
        R"({"name": "a", "segment": {"company_sizes": ["huge"]}, "steps": [{"kind": "first_touch"}]})")
                                   << QStringLiteral("segment.company_sizes");
    QTest::newRow("typo") << QByteArray(R"({"name": "a", "segmnt": {}, "steps": [{"kind": "first_touch"}]})")
                          << QStringLiteral("unknown field \"segmnt\"");
    QTest::newRow("variant ids differ") << QByteArray(
        R"({"name": "a", "steps": [{"kind": "first_touch", "variants": [{"id": "A"}, {"id": "B"}]},
           {"kind": "follow_up", "after_business_days": 2, "variants": [{"id": "A"}, {"id": "C"}]}]})")
                                        << QStringLiteral("the ids must be the same");
}

void TestCampaigns::validation()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QStringList problems;
    QVERIFY(!core::CampaignDefinition::parse(QJsonDocument::fromJson(json).object(), m_ws.get(), &problems));
    QVERIFY2(problems.join(QLatin1Char('\n')).contains(expected), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestCampaigns::storeKeepsTheDefinition()
{
    QCOMPARE(create(parse(R"({"name": "s1", "segment": {"min_score": 50, "titles": ["ops"], "limit": 7},
        "steps": [{"kind": "first_touch"}, {"kind": "follow_up", "after_business_days": 4}],
        "variants": [{"id": "A", "subject": "Hi {{first_name}}", "body": "Hello {{first_name}}.\n\nA call?"},
                     {"id": "B", "template": "first_touch"}]})"),
                 false),
        QString());
    const auto c = core::CampaignStore::find(*m_ws, QStringLiteral("s1"));
    QVERIFY(c);
    QCOMPARE(c->status, QStringLiteral("draft"));
    QStringList problems;
    const auto d = core::CampaignDefinition::parse(c->definition, m_ws.get(), &problems);
    QVERIFY2(d, qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(d->segment.minScore, 50);
    QCOMPARE(d->segment.limit, 7);
    QCOMPARE(d->segment.titles, QStringList { QStringLiteral("ops") });
    QCOMPARE(d->steps.size(), 2);
    QCOMPARE(d->steps.at(1).afterBusinessDays, 4);
    QCOMPARE(d->variantIds, QStringList({ QStringLiteral("A"), QStringLiteral("B") }));
    QCOMPARE(d->steps.at(0).decisionType(), QStringLiteral("email.first_touch"));
    QCOMPARE(d->steps.at(1).decisionType(), QStringLiteral("email.follow_up"));
    QVERIFY(!create(parse(R"({"name": "s1", "steps": [{"kind": "first_touch"}]})")).isEmpty()); // name taken
    QCOMPARE(core::CampaignStore::list(*m_ws).size(), 1);
}

void TestCampaigns::businessDaysSkipWeekends()
{
    using E = core::SequenceEngine;
    QCOMPARE(E::addBusinessDays(at("2026-03-06T10:00:00Z"), 1), at("2026-03-09T10:00:00Z")); // Fri -> Mon
    QCOMPARE(E::addBusinessDays(at("2026-03-04T10:00:00Z"), 3), at("2026-03-09T10:00:00Z")); // Wed -> Mon
    QCOMPARE(E::addBusinessDays(at("2026-03-07T10:00:00Z"), 1), at("2026-03-09T10:00:00Z")); // Sat -> Mon
    QCOMPARE(E::addBusinessDays(at("2026-03-02T10:00:00Z"), 5), at("2026-03-09T10:00:00Z")); // Mon -> Mon
    QCOMPARE(E::addBusinessDays(at("2026-03-02T10:00:00Z"), 0), at("2026-03-02T10:00:00Z"));
}

void TestCampaigns::aStepReachesAContactOnceEver()
{
    addProspect(QStringLiteral("a@l.example"), QStringLiteral("Head of Operations"), QStringLiteral("Logistics"));
    addProspect(QStringLiteral("b@l.example"), QStringLiteral("COO"), QStringLiteral("Logistics"));
    addProspect(QStringLiteral("x@s.example"), QStringLiteral("CTO"), QStringLiteral("Software"));
    QCOMPARE(create(parse(kThreeSteps)), QString());
    const qint64 t = at("2026-03-02T09:00:00Z");
    const core::SequenceEngine::Report r = run(t);
    QCOMPARE(r.enrolled, 2);
    QCOMPARE(r.proposed, 2);
    QCOMPARE(sends(QStringLiteral("c1")), 2);
    auto decisions = [&] {
        return test::scalar(*m_ws, QStringLiteral("SELECT count(*) FROM decisions WHERE type = 'email.first_touch'"))
            .toInt();
    };
    QCOMPARE(decisions(), 2);
    // The email action carries the campaign, step, variant and sentences.
    const QJsonObject action = QJsonDocument::fromJson(
        test::scalar(*m_ws, QStringLiteral("SELECT action FROM decisions WHERE target = 'a@l.example'")).toByteArray())
                                   .object();
    QCOMPARE(action.value(QStringLiteral("campaign")).toString(), QStringLiteral("c1"));
    QCOMPARE(action.value(QStringLiteral("step")).toInt(), 0);
    QCOMPARE(action.value(QStringLiteral("variant")).toString(), QStringLiteral("A"));
    QVERIFY(!action.value(QStringLiteral("sentences")).toArray().isEmpty());
    QVERIFY(!action.value(QStringLiteral("body")).toString().contains(QStringLiteral("growing")));

    // The engine runs again, at once and later: nothing new.
    QCOMPARE(run(t).proposed, 0);
    QCOMPARE(run(t + 3 * kDay).proposed, 0);
    // After a restart (a new workspace handle and engines) and with the step pointer lost.
    m_engine.reset();
    const QString path = m_ws->path();
    m_ws.reset();
    core::WorkspaceError error;
    m_ws = core::Workspace::open(path, core::Workspace::OpenMode::OpenExisting, &error);
    QVERIFY(m_ws);
    m_engine = std::make_unique<core::DecisionEngine>(m_ws);
    QVERIFY(m_ws->execWrite(QStringLiteral("UPDATE enrolments SET step = 0, next_at = 0"), QStringLiteral("test")));
    QCOMPARE(run(t + 4 * kDay).proposed, 0);
    QCOMPARE(sends(QStringLiteral("c1")), 2);
    QCOMPARE(decisions(), 2);
    QCOMPARE(
        enrolment(QStringLiteral("a@l.example"), QStringLiteral("c1"), QStringLiteral("step")), QStringLiteral("1"));
}

void TestCampaigns::theLimitCapsTheCampaignWhenScoresMove()
{
    // The segment is read again on every round; a prospect whose score rises after the launch
    // must not make a campaign of "limit": 2 hold three contacts (seen as 5 sends for 4 contacts
    // when the Research agent re-scored between two rounds).
    addProspect(QStringLiteral("a@l.example"), QStringLiteral("Head of Operations"), QStringLiteral("Logistics"), 90);
    addProspect(QStringLiteral("b@l.example"), QStringLiteral("COO"), QStringLiteral("Logistics"), 80);
    addProspect(QStringLiteral("c@l.example"), QStringLiteral("CFO"), QStringLiteral("Logistics"), 40);
    QCOMPARE(create(parse(R"({"name": "c2", "segment": {"industries": ["Logistics"], "limit": 2},
        "steps": [{"kind": "first_touch"}]})")),
        QString());
    const qint64 t = at("2026-03-02T09:00:00Z");
    QCOMPARE(run(t).enrolled, 2);
    QVERIFY(m_ws->execWrite(
        QStringLiteral("UPDATE prospects SET score = 99 WHERE email = 'c@l.example'"), QStringLiteral("test")));
    QCOMPARE(run(t + kDay).enrolled, 0);
    QCOMPARE(test::scalar(*m_ws, QStringLiteral("SELECT count(*) FROM enrolments WHERE sequence = 'c2'")).toInt(), 2);
    QCOMPARE(sends(QStringLiteral("c2")), 2);
    QCOMPARE(enrolment(QStringLiteral("c@l.example"), QStringLiteral("c2"), QStringLiteral("status")), QString());
}

void TestCampaigns::nextStepWaitsUntilThePreviousWasSent()
{
    addProspect(QStringLiteral("a@l.example"), QStringLiteral("Head of Operations"), QStringLiteral("Logistics"));
    QCOMPARE(create(parse(kThreeSteps)), QString());
    const QString a = QStringLiteral("a@l.example");
    QCOMPARE(run(at("2026-03-02T09:00:00Z")).proposed, 1);
    // Days pass, but step 1 was never sent: step 2 waits, with the reason.
    const core::SequenceEngine::Report waiting = run(at("2026-03-20T09:00:00Z"));
    QCOMPARE(waiting.proposed, 0);
    QCOMPARE(waiting.waiting, 1);
    QCOMPARE(
        enrolment(a, QStringLiteral("c1"), QStringLiteral("reason")), QStringLiteral("waiting: step 1 not sent yet"));
    // Sent on Friday: step 2 (two business days later) is due on Tuesday, not before.
    markSent(QStringLiteral("c1"), a, 0, at("2026-03-20T10:00:00Z"));
    QCOMPARE(run(at("2026-03-23T12:00:00Z")).proposed, 0); // Monday
    QVERIFY(
        enrolment(a, QStringLiteral("c1"), QStringLiteral("reason")).startsWith(QStringLiteral("waiting: step 2 due")));
    QCOMPARE(enrolment(a, QStringLiteral("c1"), QStringLiteral("next_at")).toLongLong(), at("2026-03-24T10:00:00Z"));
    QCOMPARE(run(at("2026-03-24T10:00:00Z")).proposed, 1); // Tuesday
    const QJsonObject followUp = QJsonDocument::fromJson(
        test::scalar(*m_ws, QStringLiteral("SELECT action FROM decisions WHERE type = 'email.follow_up'"))
            .toByteArray())
                                     .object();
    QCOMPARE(followUp.value(QStringLiteral("step")).toInt(), 1);
    QCOMPARE(followUp.value(QStringLiteral("in_reply_to")).toString(), QStringLiteral("<0.a@l.example@test>"));
    // The breakup after that, then the sequence is finished.
    markSent(QStringLiteral("c1"), a, 1, at("2026-03-24T11:00:00Z"));
    QCOMPARE(run(at("2026-03-29T11:00:00Z")).proposed, 1); // Sun: Tue + 3 business days = Fri 27th
    markSent(QStringLiteral("c1"), a, 2, at("2026-03-30T11:00:00Z"));
    const core::SequenceEngine::Report last = run(at("2026-03-31T11:00:00Z"));
    QCOMPARE(last.ended, 1);
    QCOMPARE(enrolment(a, QStringLiteral("c1"), QStringLiteral("status")), QStringLiteral("ended"));
    QCOMPARE(
        enrolment(a, QStringLiteral("c1"), QStringLiteral("reason")), QStringLiteral("finished: all 3 steps sent"));
    QCOMPARE(sends(QStringLiteral("c1"), QStringLiteral("sent")), 3);
}

void TestCampaigns::oneLiveSequencePerContact()
{
    addProspect(QStringLiteral("a@l.example"), QStringLiteral("Head of Operations"), QStringLiteral("Logistics"));
    QCOMPARE(create(parse(kThreeSteps)), QString());
    QCOMPARE(
        create(parse(R"({"name": "c2", "segment": {"titles": ["operations"]}, "steps": [{"kind": "first_touch"}]})")),
        QString());
    const qint64 t = at("2026-03-02T09:00:00Z");
    run(t, QStringLiteral("c1"));
    const core::SequenceEngine::Report r = run(t, QStringLiteral("c2"));
    QCOMPARE(r.enrolled, 0);
    QCOMPARE(r.skipped, 1);
    QCOMPARE(enrolment(QStringLiteral("a@l.example"), QStringLiteral("c2"), QStringLiteral("reason")),
        QStringLiteral("skipped: in campaign c1"));
    QCOMPARE(test::scalar(*m_ws,
                 QStringLiteral("SELECT count(*) FROM enrolments WHERE email = 'a@l.example' AND status IN "
                                "('active', 'paused')"))
                 .toInt(),
        1);
    // The schema holds it too: a second live row is refused.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("UNIQUE constraint failed")));
    QVERIFY(!m_ws->execWrite(
        QStringLiteral("UPDATE enrolments SET status = 'active' WHERE sequence = 'c2'"), QStringLiteral("test")));
    // Once c1 has ended for the contact, c2 takes them.
    QVERIFY(m_ws->execWrite(
        QStringLiteral("UPDATE enrolments SET status = 'ended' WHERE sequence = 'c1'"), QStringLiteral("test")));
    QCOMPARE(run(t + kDay, QStringLiteral("c2")).enrolled, 1);
}

void TestCampaigns::replyBounceAndUnsubscribeEndTheSequence()
{
    const QStringList people = { QStringLiteral("r@l.example"), QStringLiteral("b@l.example"),
        QStringLiteral("u@l.example"), QStringLiteral("o@l.example") };
    for (const QString& p : people)
        addProspect(p, QStringLiteral("COO"), QStringLiteral("Logistics"));
    QCOMPARE(create(parse(kThreeSteps)), QString());
    const qint64 t = at("2026-03-02T09:00:00Z");
    QCOMPARE(run(t).proposed, 4);
    for (const QString& p : people)
        markSent(QStringLiteral("c1"), p, 0, t + 3600 * 1000);
    auto inbound = [&](const QString& from, const QString& cls, qint64 when) {
        QSqlQuery q(m_ws->db());
        q.prepare(QStringLiteral("INSERT INTO mail_messages (message_key, direction, in_reply_to, sender, recipients, "
                                 "subject, sent_at, body, class, received_at) VALUES (?, 'in', ?, ?, 'sam@us.example', "
                                 "'Re', ?, 'text', ?, ?)"));
        q.addBindValue(QStringLiteral("<in.%1@x>").arg(from));
        q.addBindValue(QStringLiteral("<0.%1@test>").arg(from));
        q.addBindValue(QStringLiteral("Someone <%1>").arg(from));
        q.addBindValue(when);
        q.addBindValue(cls);
        q.addBindValue(when);
        QVERIFY(q.exec());
    };
    inbound(people.at(0), QStringLiteral("not_now"), t + kDay);
    inbound(people.at(3), QStringLiteral("out_of_office"), t + kDay);
    QVERIFY(m_ws->execWrite(QStringLiteral("UPDATE campaign_sends SET status = 'bounced' WHERE email = 'b@l.example'"),
        QStringLiteral("test")));
    QString error;
    QVERIFY(core::SuppressionStore(*m_ws).add(
        people.at(2), core::SuppressionStore::Global, QStringLiteral("unsubscribe"), QStringLiteral("test"), &error));
    const core::SequenceEngine::Report r = run(t + 3 * kDay);
    QCOMPARE(r.ended, 3);
    QCOMPARE(enrolment(people.at(0), QStringLiteral("c1"), QStringLiteral("reason")),
        QStringLiteral("ended: replied 2 days ago"));
    QCOMPARE(enrolment(people.at(1), QStringLiteral("c1"), QStringLiteral("reason")), QStringLiteral("ended: bounced"));
    QCOMPARE(
        enrolment(people.at(2), QStringLiteral("c1"), QStringLiteral("reason")), QStringLiteral("ended: unsubscribed"));
    // An out-of-office does not end it: the follow-up goes out.
    QCOMPARE(enrolment(people.at(3), QStringLiteral("c1"), QStringLiteral("status")), QStringLiteral("active"));
    QCOMPARE(r.proposed, 1);
    // The figures: 4 sent, 1 bounced, 1 replied.
    const QList<core::CampaignFigures> f = core::CampaignStore::figures(*m_ws, QStringLiteral("c1"));
    QCOMPARE(f.size(), 2);
    QCOMPARE(f.at(0).sent, 4);
    QCOMPARE(f.at(0).bounced, 1);
    QCOMPARE(f.at(0).delivered, 3);
    QCOMPARE(f.at(0).replied, 1);
    QCOMPARE(f.at(1).proposed, 1);
}

void TestCampaigns::pauseAndResume()
{
    addProspect(QStringLiteral("a@l.example"), QStringLiteral("COO"), QStringLiteral("Logistics"));
    QCOMPARE(create(parse(kThreeSteps)), QString());
    const qint64 t = at("2026-03-02T09:00:00Z");
    run(t);
    markSent(QStringLiteral("c1"), QStringLiteral("a@l.example"), 0, t);
    // What a sequence.pause decision does (an out-of-office until the 16th).
    QSqlQuery q(m_ws->db());
    q.prepare(QStringLiteral("UPDATE enrolments SET status = 'paused', paused_until = ? WHERE email = 'a@l.example'"));
    q.addBindValue(at("2026-03-16T00:00:00Z"));
    QVERIFY(q.exec());
    QCOMPARE(run(at("2026-03-10T09:00:00Z")).proposed, 0);
    QCOMPARE(enrolment(QStringLiteral("a@l.example"), QStringLiteral("c1"), QStringLiteral("status")),
        QStringLiteral("paused"));
    const core::SequenceEngine::Report r = run(at("2026-03-16T09:00:00Z"));
    QCOMPARE(r.resumed, 1);
    QCOMPARE(r.proposed, 1);
    QCOMPARE(enrolment(QStringLiteral("a@l.example"), QStringLiteral("c1"), QStringLiteral("status")),
        QStringLiteral("active"));
}

void TestCampaigns::skipReasonsAreStored()
{
    addProspect(QStringLiteral("s@l.example"), QStringLiteral("COO"), QStringLiteral("Logistics"));
    addProspect(QStringLiteral("d@blocked.example"), QStringLiteral("COO"), QStringLiteral("Logistics"));
    addProspect(QStringLiteral("r@l.example"), QStringLiteral("COO"), QStringLiteral("Logistics"));
    QString error;
    core::SuppressionStore s(*m_ws);
    QVERIFY(s.add(QStringLiteral("s@l.example"), core::SuppressionStore::Global, QStringLiteral("unsubscribe"),
        QStringLiteral("t"), &error));
    QVERIFY(s.add(QStringLiteral("@blocked.example"), QStringLiteral("c1"), QStringLiteral("manual"),
        QStringLiteral("t"), &error));
    const qint64 t = at("2026-03-10T09:00:00Z");
    QSqlQuery q(m_ws->db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO mail_messages (message_key, direction, sender, recipients, subject, "
                                  "sent_at, body, received_at) VALUES ('<x@y>', 'in', 'r@l.example', 'us', 'Hi', %1, "
                                  "'', %1)")
                       .arg(t - 2 * kDay)));
    QCOMPARE(create(parse(kThreeSteps)), QString());
    const core::SequenceEngine::Report r = run(t);
    QCOMPARE(r.enrolled, 0);
    QCOMPARE(r.skipped, 3);
    QCOMPARE(r.proposed, 0);
    QCOMPARE(enrolment(QStringLiteral("s@l.example"), QStringLiteral("c1"), QStringLiteral("reason")),
        QStringLiteral("skipped: on the suppression list (unsubscribe)"));
    QCOMPARE(enrolment(QStringLiteral("d@blocked.example"), QStringLiteral("c1"), QStringLiteral("reason")),
        QStringLiteral("skipped: on the suppression list (manual)"));
    QCOMPARE(enrolment(QStringLiteral("r@l.example"), QStringLiteral("c1"), QStringLiteral("reason")),
        QStringLiteral("skipped: replied 2 days ago"));
    // The console's contact list shows them.
    const QList<core::CampaignContact> contacts = core::CampaignStore::contacts(*m_ws, QStringLiteral("c1"));
    QCOMPARE(contacts.size(), 3);
    for (const core::CampaignContact& c : contacts)
        QVERIFY(c.reason.startsWith(QStringLiteral("skipped: ")));
}

void TestCampaigns::variantsAreDeterministicAndSpread()
{
    QStringList problems;
    const auto d = core::CampaignDefinition::parse(parse(R"({"name": "v", "steps": [{"kind": "first_touch"}],
        "variants": [{"id": "A", "template": "first_touch"}, {"id": "B", "template": "follow_up"}]})"),
        nullptr, &problems);
    QVERIFY2(d, qPrintable(problems.join(QLatin1Char('\n'))));
    QHash<QString, int> counts;
    for (int i = 0; i < 200; ++i) {
        const QString email = QStringLiteral("p%1@x.example").arg(i);
        const QString v = d->variantFor(email);
        QCOMPARE(d->variantFor(email), v);
        QCOMPARE(d->variantFor(email.toUpper()), v);
        counts[v]++;
    }
    QCOMPARE(counts.size(), 2);
    QVERIFY(counts.value(QStringLiteral("A")) > 70 && counts.value(QStringLiteral("B")) > 70);
}

void TestCampaigns::pausedCampaignProposesNothing()
{
    addProspect(QStringLiteral("a@l.example"), QStringLiteral("COO"), QStringLiteral("Logistics"));
    QCOMPARE(create(parse(kThreeSteps)), QString());
    QVERIFY(core::CampaignStore::setStatus(*m_ws, QStringLiteral("c1"), QStringLiteral("paused"), nullptr));
    const core::SequenceEngine::Report r = run(at("2026-03-02T09:00:00Z"));
    QCOMPARE(r.enrolled, 0);
    QCOMPARE(r.proposed, 0);
    QCOMPARE(sends(QStringLiteral("c1")), 0);
}

void TestCampaigns::launchRiskUsesTheRealSegment()
{
    for (int i = 0; i < 120; ++i)
        addProspect(QStringLiteral("p%1@l.example").arg(i), QStringLiteral("COO"), QStringLiteral("Logistics"));
    QCOMPARE(create(parse(R"({"name": "big", "segment": {"industries": ["Logistics"], "limit": 500},
        "steps": [{"kind": "first_touch"}]})"),
                 false),
        QString());
    QCOMPARE(core::CampaignStore::segmentSize(*m_ws, QStringLiteral("big")), 120);
    core::Proposal p;
    p.type = QStringLiteral("campaign.launch");
    p.agent = QStringLiteral("operator");
    p.target = QStringLiteral("big");
    p.action
        = QJsonObject { { QStringLiteral("campaign"), QStringLiteral("big") }, { QStringLiteral("recipients"), 3 } };
    p.inputs = QJsonObject { { QStringLiteral("recipients"), 3 } };
    QCOMPARE(core::RiskEngine::context(*m_ws, p).campaignRecipients, 120);
    const core::Evaluation e = m_engine->evaluate(p);
    QCOMPARE(e.outcome, core::DecisionOutcome::Queue);
    QVERIFY2(e.risk.strategic.reasons.join(QLatin1Char(';')).contains(QStringLiteral("120 recipients")),
        qPrintable(e.risk.strategic.reasons.join(QLatin1Char(';'))));
    // A launch for a campaign that does not exist is refused.
    p.target = QStringLiteral("nothing");
    QCOMPARE(m_engine->evaluate(p).outcome, core::DecisionOutcome::Refuse);
}

void TestCampaigns::missingRequiredFactHoldsTheDraft()
{
    addProspect(QStringLiteral("notitle@l.example"), QString(), QStringLiteral("Logistics"));
    QCOMPARE(create(parse(kThreeSteps)), QString());
    const core::SequenceEngine::Report r = run(at("2026-03-02T09:00:00Z"));
    QCOMPARE(r.enrolled, 1);
    QCOMPARE(r.held, 1);
    QCOMPARE(r.proposed, 0);
    QCOMPARE(sends(QStringLiteral("c1")), 0);
    const QString reason
        = enrolment(QStringLiteral("notitle@l.example"), QStringLiteral("c1"), QStringLiteral("reason"));
    QVERIFY2(reason.startsWith(QStringLiteral("held: ")) && reason.contains(QStringLiteral("prospect.title")),
        qPrintable(reason));
    // Once the operator stores the fact, the draft goes ahead.
    QVERIFY(m_ws->execWrite(QStringLiteral("UPDATE prospects SET title = 'COO'"), QStringLiteral("test")));
    QCOMPARE(run(at("2026-03-02T10:00:00Z")).proposed, 1);
}

void TestCampaigns::rejectedEmailEndsTheSequence()
{
    addProspect(QStringLiteral("a@l.example"), QStringLiteral("COO"), QStringLiteral("Logistics"));
    QCOMPARE(create(parse(kThreeSteps)), QString());
    // Every first touch waits for an operator here.
    QVERIFY(m_ws->execWrite(
        QStringLiteral("UPDATE authority_rules SET mode = 'review_all' WHERE decision_type = 'email.first_touch'"),
        QStringLiteral("test")));
    run(at("2026-03-02T09:00:00Z"));
    const QList<core::ApprovalItem> pending = m_engine->approvals();
    QVERIFY(!pending.isEmpty());
    QVERIFY(m_engine->reject(pending.first().id, QStringLiteral("operator"), QStringLiteral("not this one")));
    run(at("2026-03-03T09:00:00Z"));
    QCOMPARE(enrolment(QStringLiteral("a@l.example"), QStringLiteral("c1"), QStringLiteral("status")),
        QStringLiteral("ended"));
    QCOMPARE(enrolment(QStringLiteral("a@l.example"), QStringLiteral("c1"), QStringLiteral("reason")),
        QStringLiteral("ended: the step 1 email was rejected"));
    QCOMPARE(sends(QStringLiteral("c1"), QStringLiteral("rejected")), 1);
}

void TestCampaigns::stopDecisionEndsAndEnrolIsRefusedWhileLive()
{
    addProspect(QStringLiteral("a@l.example"), QStringLiteral("COO"), QStringLiteral("Logistics"));
    QCOMPARE(create(parse(kThreeSteps)), QString());
    run(at("2026-03-02T09:00:00Z"));
    // Another sequence cannot take a contact who is live in c1.
    core::Proposal enrol;
    enrol.type = QStringLiteral("sequence.enrol");
    enrol.agent = QStringLiteral("outreach");
    enrol.target = QStringLiteral("a@l.example");
    enrol.action = QJsonObject { { QStringLiteral("sequence"), QStringLiteral("nurture") } };
    enrol.inputs = QJsonObject { { QStringLiteral("lawful_basis"), QStringLiteral("legitimate_interest") } };
    const core::Evaluation e = m_engine->evaluate(enrol);
    QCOMPARE(e.outcome, core::DecisionOutcome::Refuse);
    QVERIFY2(e.why.join(QLatin1Char(';')).contains(QStringLiteral("already in the live sequence c1")),
        qPrintable(e.why.join(QLatin1Char(';'))));
    // What CONVERSATIONS proposes on a reply: sequence.stop with the reason.
    core::Proposal stop = enrol;
    stop.type = QStringLiteral("sequence.stop");
    stop.action = QJsonObject { { QStringLiteral("sequence"), QStringLiteral("c1") },
        { QStringLiteral("reason"), QStringLiteral("replied: not interested") } };
    const core::ProposeResult r = m_engine->propose(stop);
    QCOMPARE(r.outcome, core::DecisionOutcome::Act);
    core::Executor executor(m_ws, m_engine.get());
    QCOMPARE(executor.runPending(), 1);
    QCOMPARE(enrolment(QStringLiteral("a@l.example"), QStringLiteral("c1"), QStringLiteral("status")),
        QStringLiteral("ended"));
    QCOMPARE(enrolment(QStringLiteral("a@l.example"), QStringLiteral("c1"), QStringLiteral("reason")),
        QStringLiteral("ended: replied: not interested"));
    // Final: the engine does not pick it up again, even once the first step is sent.
    markSent(QStringLiteral("c1"), QStringLiteral("a@l.example"), 0, at("2026-03-02T10:00:00Z"));
    QCOMPARE(run(at("2026-03-20T09:00:00Z")).proposed, 0);
}

} // namespace

QTEST_GUILESS_MAIN(TestCampaigns)
#include "tst_campaigns.moc"
