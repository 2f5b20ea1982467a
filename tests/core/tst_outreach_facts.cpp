// Personalisation from facts only: every sentence of every draft that names a fact carries the
// value stored in the workspace (checked here with independent SQL), no sentence without a fact
// mentions the prospect or their company, an optional sentence whose fact is missing is dropped
// and a missing required fact holds the draft. The "growing its team" claim is gone.
#include "agents/StandardAgents.h"
#include "agents/TaskTypes.h"
#include "core/prospects/Icp.h"
#include "core/runtime/Runtime.h"
#include "core/sales/OutreachDrafter.h"
#include "core/store/DemoData.h"
#include "core/store/TaskStore.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace gd;

namespace {

QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral(R"(\s+)"));
    return text.remove(space);
}

class TestOutreachFacts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void shippedTemplatesMakeNoUnfoundedClaim();
    void everySentenceMapsToAStoredFact();
    void optionalSentenceIsDroppedWithoutItsFact();
    void missingRequiredFactHoldsTheDraft();
    void agentDraftsCarryTheirFacts();

private:
    // The value stored for a fact about the contact, read without the drafter's code.
    QStringList stored(const QString& email, const QString& fact);
    void checkDraft(const QString& email, const QJsonArray& sentences, const QString& body);

    std::unique_ptr<test::TempDir> m_dir;
    std::shared_ptr<core::Workspace> m_ws;
};

void TestOutreachFacts::init()
{
    m_dir = std::make_unique<test::TempDir>();
    m_ws = test::createWorkspace(*m_dir);
    QString error;
    QVERIFY2(core::DemoData::populate(*m_ws, &error), qPrintable(error));
}

QStringList TestOutreachFacts::stored(const QString& email, const QString& fact)
{
    if (fact == QLatin1String("icp.pain")) {
        const auto icp = core::IcpStore::current(*m_ws);
        return icp ? icp->pains : QStringList();
    }
    static const QHash<QString, QString> columns = {
        { QStringLiteral("prospect.title"), QStringLiteral("p.title") },
        { QStringLiteral("prospect.first_name"), QStringLiteral("p.full_name") },
        { QStringLiteral("prospect.last_name"), QStringLiteral("p.full_name") },
        { QStringLiteral("company.name"), QStringLiteral("c.name") },
        { QStringLiteral("company.industry"), QStringLiteral("c.industry") },
        { QStringLiteral("company.employees"), QStringLiteral("c.employees") },
        { QStringLiteral("company.technologies"), QStringLiteral("c.technologies") },
        { QStringLiteral("company.description"), QStringLiteral("c.description") },
    };
    if (!columns.contains(fact))
        return {};
    const QString value = test::scalar(*m_ws,
        QStringLiteral("SELECT %1 FROM prospects p JOIN companies c ON c.id = p.company_id WHERE p.email = ?")
            .arg(columns.value(fact)),
        { email })
                              .toString();
    if (fact == QLatin1String("prospect.first_name") || fact == QLatin1String("prospect.last_name"))
        return value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return { value };
}

void TestOutreachFacts::checkDraft(const QString& email, const QJsonArray& sentences, const QString& body)
{
    QVERIFY(!sentences.isEmpty());
    QString all;
    // What the workspace knows about this contact: a sentence without a fact names none of it.
    const QStringList specific = stored(email, QStringLiteral("company.name"))
        + stored(email, QStringLiteral("prospect.title")) + stored(email, QStringLiteral("company.industry"))
        + stored(email, QStringLiteral("prospect.first_name"));
    for (const QJsonValue& v : sentences) {
        const QJsonObject s = v.toObject();
        const QString text = s.value(QStringLiteral("text")).toString();
        const QString fact = s.value(QStringLiteral("fact")).toString();
        all += text;
        QVERIFY2(!text.contains(QStringLiteral("{{")), qPrintable(text));
        if (fact.isEmpty()) {
            for (const QString& value : specific)
                QVERIFY2(value.isEmpty() || !text.contains(value),
                    qPrintable(QStringLiteral("\"%1\" names \"%2\" without a fact").arg(text, value)));
            continue;
        }
        QVERIFY2(core::OutreachDrafter::knownFacts().contains(fact), qPrintable(fact));
        QJsonArray facts = s.value(QStringLiteral("facts")).toArray();
        QVERIFY(!facts.isEmpty());
        QCOMPARE(facts.first().toObject().value(QStringLiteral("fact")).toString(), fact);
        for (const QJsonValue& f : facts) {
            const QString name = f.toObject().value(QStringLiteral("fact")).toString();
            const QString value = f.toObject().value(QStringLiteral("value")).toString();
            QVERIFY2(!value.isEmpty(), qPrintable(name));
            QVERIFY2(stored(email, name).contains(value) || stored(email, name).value(0).simplified() == value,
                qPrintable(QStringLiteral("%1: %2 = \"%3\" is not what the workspace stores for %4")
                               .arg(text, name, value, email)));
            QVERIFY2(text.contains(value), qPrintable(QStringLiteral("%1 does not hold %2").arg(text, value)));
        }
    }
    // The sentences are the whole body: nothing in it that is not accounted for.
    QCOMPARE(squeezed(body), squeezed(all));
}

void TestOutreachFacts::shippedTemplatesMakeNoUnfoundedClaim()
{
    const QByteArray text = QJsonDocument(core::OutreachDrafter::catalogue()).toJson();
    QVERIFY(!text.contains("growing"));
    const QJsonArray templates = core::OutreachDrafter::catalogue().value(QStringLiteral("templates")).toArray();
    QCOMPARE(templates.size(), 3);
    for (const QJsonValue& t : templates) {
        QCOMPARE(core::OutreachDrafter::problems(t.toObject()), QStringList());
        // Each sentence that fills a placeholder names the fact it needs.
        for (const QJsonValue& p : t.toObject().value(QStringLiteral("body")).toArray()) {
            for (const QJsonValue& s : p.toArray()) {
                const QString sentence = s.toObject().value(QStringLiteral("text")).toString();
                if (sentence.contains(QStringLiteral("{{")))
                    QVERIFY2(!s.toObject().value(QStringLiteral("needs")).toArray().isEmpty(), qPrintable(sentence));
            }
        }
    }
    QCOMPARE(core::OutreachDrafter::unknownPlaceholders(QStringLiteral("{{team}} {{company}} {{ pain }}")),
        QStringList { QStringLiteral("team") });
}

void TestOutreachFacts::everySentenceMapsToAStoredFact()
{
    QSqlQuery q(m_ws->db());
    QVERIFY(q.exec(QStringLiteral("SELECT p.email FROM prospects p JOIN companies c ON c.id = p.company_id "
                                  "WHERE p.email LIKE '%_@_%' ORDER BY p.id")));
    QStringList emails;
    while (q.next())
        emails << q.value(0).toString();
    QVERIFY(emails.size() > 50);
    int drafts = 0;
    int withDescription = 0;
    for (const QString& name :
        { QStringLiteral("first_touch"), QStringLiteral("follow_up"), QStringLiteral("breakup") }) {
        const QJsonObject templ = core::OutreachDrafter::shippedTemplate(name);
        for (const QString& email : std::as_const(emails)) {
            const core::OutreachDraft d
                = core::OutreachDrafter::draft(templ, core::OutreachDrafter::factsFor(*m_ws, email));
            if (!d.held.isEmpty())
                continue;
            ++drafts;
            checkDraft(email, d.sentences, d.body);
            if (QTest::currentTestFailed()) {
                qWarning() << name << email;
                return;
            }
            for (const QJsonValue& s : d.sentences)
                withDescription
                    += s.toObject().value(QStringLiteral("fact")).toString() == QLatin1String("company.description");
        }
    }
    QVERIFY(drafts > 150);
    QVERIFY(withDescription > 0); // the demo's enriched companies are quoted
}

void TestOutreachFacts::optionalSentenceIsDroppedWithoutItsFact()
{
    const QJsonObject templ = core::OutreachDrafter::shippedTemplate(QStringLiteral("first_touch"));
    const QString with = QStringLiteral("ben.keller@blueharborfreight.example"); // described, with technologies
    const QString without = QStringLiteral("ben.jansen@blueharborfreight.example");
    QVERIFY(m_ws->execWrite(QStringLiteral("UPDATE companies SET description = NULL, technologies = NULL WHERE id = "
                                           "(SELECT company_id FROM prospects WHERE email = 'anna.becker@"
                                           "northwindanalytics.example')"),
        QStringLiteral("test")));
    const core::OutreachDraft d1 = core::OutreachDrafter::draft(templ, core::OutreachDrafter::factsFor(*m_ws, with));
    QVERIFY(d1.held.isEmpty());
    QVERIFY(d1.body.contains(QStringLiteral("short-sea freight forwarding")));
    QVERIFY(d1.body.contains(QStringLiteral("Salesforce, Microsoft 365")));
    Q_UNUSED(without);
    const QString plain = QStringLiteral("anna.becker@northwindanalytics.example");
    const core::OutreachDraft d2 = core::OutreachDrafter::draft(templ, core::OutreachDrafter::factsFor(*m_ws, plain));
    QVERIFY(d2.held.isEmpty());
    QVERIFY(!d2.body.contains(QStringLiteral("describes")));
    QVERIFY(!d2.body.contains(QStringLiteral("works with")));
    QCOMPARE(d2.dropped.size(), 2);
    checkDraft(plain, d2.sentences, d2.body);
}

void TestOutreachFacts::missingRequiredFactHoldsTheDraft()
{
    const QString email = QStringLiteral("anna.becker@northwindanalytics.example");
    QVERIFY(m_ws->execWrite(
        QStringLiteral("UPDATE prospects SET title = '' WHERE email = 'anna.becker@northwindanalytics.example'"),
        QStringLiteral("test")));
    const core::OutreachDraft d
        = core::OutreachDrafter::draft(core::OutreachDrafter::shippedTemplate(QStringLiteral("first_touch")),
            core::OutreachDrafter::factsFor(*m_ws, email));
    QVERIFY(d.held.contains(QStringLiteral("prospect.title")));
    QVERIFY(d.body.isEmpty());
    QVERIFY(d.sentences.isEmpty());
    // A user's template with an unknown fact is refused before any draft.
    const QJsonObject custom = core::OutreachDrafter::templateFromText(
        QStringLiteral("x"), QStringLiteral("Hi"), QStringLiteral("I saw {{company}} is growing its {{team}} team."));
    QVERIFY(!core::OutreachDrafter::problems(custom).isEmpty());
}

void TestOutreachFacts::agentDraftsCarryTheirFacts()
{
    // The Outreach agent without campaigns (the demo's is paused) drafts first touches itself.
    core::Runtime runtime(m_ws, agents::standardAgents(), test::fastOptions());
    runtime.start();
    QVERIFY(runtime.waitUntilStarted());
    const QString task = runtime.coordinator()->submitTask(agents::TaskTypes::outreachPlan, {});
    QTRY_VERIFY(
        core::TaskStore::byId(*m_ws, task) && core::TaskStore::byId(*m_ws, task)->status == core::TaskStatus::Done);
    runtime.stop();
    QSqlQuery q(m_ws->db());
    QVERIFY(q.exec(QStringLiteral("SELECT target, action FROM decisions WHERE type = 'email.first_touch'")));
    int checked = 0;
    while (q.next()) {
        const QJsonObject action = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
        checkDraft(q.value(0).toString(), action.value(QStringLiteral("sentences")).toArray(),
            action.value(QStringLiteral("body")).toString());
        ++checked;
    }
    QVERIFY(checked > 0);
}

} // namespace

QTEST_GUILESS_MAIN(TestOutreachFacts)
#include "tst_outreach_facts.moc"
