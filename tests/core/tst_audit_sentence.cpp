#include "core/decisions/Decision.h"
#include "core/reports/AuditSentence.h"
#include "core/reports/ReportPrivacy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTranslator>

using namespace gd;

namespace {

// German for the few sentences the test reads, as a .qm would give them: proves the sentences
// are looked up through tr() in core's context.
class GermanSentences final : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (QLatin1String(context) != QLatin1String("gd::core"))
            return {};
        static const QHash<QString, QString> de = {
            { QStringLiteral("queued for approval: %1"), QStringLiteral("zur Freigabe vorgelegt: %1") },
            { QStringLiteral("risk %1 %2"), QStringLiteral("Risiko %1 %2") },
            { QStringLiteral("%1 to %2"), QStringLiteral("%1 an %2") },
            { QStringLiteral("First-touch email"), QStringLiteral("Erstkontakt-E-Mail") },
            { QStringLiteral("low"), QStringLiteral("niedrig") },
            { QStringLiteral("a suppressed contact"), QStringLiteral("ein gesperrter Kontakt") },
        };
        return de.value(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

core::AuditEntry entry(const QString& event, const QJsonObject& details = {})
{
    core::AuditEntry e;
    e.seq = 7;
    e.actor = QStringLiteral("system");
    e.event = event;
    e.decisionId = QStringLiteral("d1");
    e.details = details;
    return e;
}

core::AuditSubject olivia()
{
    core::AuditSubject s;
    s.type = QStringLiteral("email.first_touch");
    s.who = QStringLiteral("Olivia Jansen");
    s.hasRisk = true;
    s.risk = 0.19999999999999996;
    s.level = QStringLiteral("low");
    s.reasons = { QStringLiteral("cold contact") };
    return s;
}

} // namespace

class TestAuditSentence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersAreRounded_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("float noise") << 0.19999999999999996 << "0.2";
        QTest::newRow("integer") << 12.0 << "12";
        QTest::newRow("half up") << 0.125 << "0.13";
        QTest::newRow("negative zero") << -0.001 << "0";
        QTest::newRow("large") << 36000.5 << "36000.5";
    }

    void numbersAreRounded()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(core::AuditSentence::number(value), text);
    }

    void rawDetailsReadRounded()
    {
        const QJsonObject details { { QStringLiteral("risk"),
            QJsonObject { { QStringLiteral("combined"), 0.19999999999999996 },
                { QStringLiteral("reasons"), QJsonArray { QStringLiteral("cold contact") } } } } };
        const QString text = core::AuditSentence::roundedJson(details);
        QCOMPARE(text, QStringLiteral("{\"risk\":{\"combined\":0.2,\"reasons\":[\"cold contact\"]}}"));
    }

    void queuedReadsAsASentence()
    {
        const core::AuditSubject s = olivia();
        QCOMPARE(core::AuditSentence::sentence(entry(QStringLiteral("queued")), &s),
            QStringLiteral("queued for approval: First-touch email to Olivia Jansen, risk 0.20 low: cold contact"));
    }

    void everyEventHasASentence_data()
    {
        QTest::addColumn<QString>("event");
        QTest::addColumn<QJsonObject>("details");
        QTest::addColumn<QString>("expected");
        QTest::newRow("proposed") << "proposed" << QJsonObject {}
                                  << "proposed by system: First-touch email to Olivia Jansen";
        QTest::newRow("assessed") << "assessed"
                                  << QJsonObject { { QStringLiteral("risk"),
                                                       QJsonObject {
                                                           { QStringLiteral("combined"), 0.30000000000000004 },
                                                           { QStringLiteral("level"), QStringLiteral("medium") } } },
                                         { QStringLiteral("threshold"), 0.44999999999999996 } }
                                  << "assessed: risk 0.30 medium (acts alone up to 0.45)";
        QTest::newRow("rejected") << "rejected"
                                  << QJsonObject { { QStringLiteral("reason"), QStringLiteral("too early") } }
                                  << "rejected by system: First-touch email to Olivia Jansen (too early)";
        QTest::newRow("executed") << "executed" << QJsonObject {} << "carried out: First-touch email to Olivia Jansen";
        QTest::newRow("goal_removed")
            << "goal_removed"
            << QJsonObject { { QStringLiteral("goal_id"), 3 },
                   { QStringLiteral("goal"), QStringLiteral("90 replies by 31 Mar 2027") },
                   { QStringLiteral("tasks_cancelled"), QJsonArray { 12 } } }
            << "system removed goal 3 (90 replies by 31 Mar 2027); taken back with it: {\"tasks_cancelled\":[12]}";
        QTest::newRow("unknown") << "something_new" << QJsonObject { { QStringLiteral("x"), 1.23456 } }
                                 << "something_new: {\"x\":1.23}";
    }

    void everyEventHasASentence()
    {
        QFETCH(QString, event);
        QFETCH(QJsonObject, details);
        QFETCH(QString, expected);
        const core::AuditSubject s = olivia();
        QCOMPARE(core::AuditSentence::sentence(entry(event, details), &s), expected);
    }

    // A long read skips parsing the details of events whose sentence does not read them: the
    // sentence must then be the same whatever the details hold.
    void eventsWithoutDetailsIgnoreThem()
    {
        const QJsonObject details { { QStringLiteral("why"), QJsonArray { QStringLiteral("because") } },
            { QStringLiteral("reason"), QStringLiteral("too early") }, { QStringLiteral("note"), QStringLiteral("n") },
            { QStringLiteral("risk"),
                QJsonObject {
                    { QStringLiteral("combined"), 0.9 }, { QStringLiteral("level"), QStringLiteral("high") } } },
            { QStringLiteral("threshold"), 0.5 }, { QStringLiteral("kind"), QStringLiteral("audit") } };
        const core::AuditSubject s = olivia();
        int without = 0;
        for (const char* event : { "proposed", "assessed", "queued", "authorized", "refused", "approved", "rejected",
                 "edited", "expired", "executed", "execution_failed", "execution_held", "overridden", "undone",
                 "matrix_changed", "learning_reset", "report_exported", "something_new" }) {
            const QString name = QString::fromLatin1(event);
            const QString full = core::AuditSentence::sentence(entry(name, details), &s);
            const QString bare = core::AuditSentence::sentence(entry(name), &s);
            if (!core::AuditSentence::usesDetails(name)) {
                ++without;
                QVERIFY2(full == bare, event);
            } else {
                QVERIFY2(full != bare, event); // the details show: skipping them would lose something
            }
        }
        QCOMPARE(without, 6);
    }

    void suppressedPeopleKeepNoFreeText()
    {
        core::AuditSubject s = olivia();
        s.who = core::ReportPrivacy::suppressedText();
        s.hidden = true;
        const QString text = core::AuditSentence::sentence(
            entry(QStringLiteral("rejected"), { { QStringLiteral("reason"), QStringLiteral("Olivia said no") } }), &s);
        QVERIFY2(!text.contains(QStringLiteral("Olivia")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("a suppressed contact")), qPrintable(text));
    }

    void privacyHidesAddressesAndDomains()
    {
        core::ReportPrivacy p;
        p.hide(QStringLiteral("Greta@Gone.example"));
        p.hide(QStringLiteral("@blocked.example"));
        QVERIFY(p.hidden(QStringLiteral("greta@gone.example")));
        QVERIFY(p.hidden(QStringLiteral("anyone@BLOCKED.example")));
        QVERIFY(!p.hidden(QStringLiteral("olivia@acme.example")));
        QCOMPARE(p.person(QStringLiteral("greta@gone.example"), QStringLiteral("Greta")),
            core::ReportPrivacy::suppressedText());
        QCOMPARE(p.person(QStringLiteral("olivia@acme.example"), QStringLiteral("Olivia")), QStringLiteral("Olivia"));
    }

    void germanComesThroughTr()
    {
        GermanSentences german;
        QVERIFY(QCoreApplication::installTranslator(&german));
        const core::AuditSubject s = olivia();
        const QString text = core::AuditSentence::sentence(entry(QStringLiteral("queued")), &s);
        QCoreApplication::removeTranslator(&german);
        // The decision types' titles are translated once, when first read (core/decisions/Decision.cpp),
        // so the title is whatever language was loaded then; the sentence around it follows tr() now.
        QCOMPARE(text,
            QStringLiteral("zur Freigabe vorgelegt: %1 an Olivia Jansen, Risiko 0.20 niedrig: cold contact")
                .arg(core::decisionType(QStringLiteral("email.first_touch"))->title));
        // Without the translator: English again.
        QVERIFY(core::AuditSentence::sentence(entry(QStringLiteral("queued")), &s)
                    .startsWith(QStringLiteral("queued for approval")));
    }
};

QTEST_GUILESS_MAIN(TestAuditSentence)
#include "tst_audit_sentence.moc"
