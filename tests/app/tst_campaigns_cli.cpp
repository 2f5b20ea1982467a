// The campaign commands of greendoor-cli, for real: create validates with clear messages, start
// proposes a campaign.launch that waits in the approval queue, the campaign turns active once it
// is carried out, run proposes each step once (a second run adds nothing) and pause stops new
// proposals at once and says what happens to emails already approved or queued.
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace gd;

namespace {

struct Result
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

class TestCampaignsCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void invalidCampaignIsExplained();
    void startWaitsForApprovalThenRuns();

private:
    Result cli(const QStringList& rest) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir->path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->file(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->file(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("GREENDOOR_TEST_CLI", QStringLiteral(GREENDOOR_CLI)),
            QStringList { QStringLiteral("--workspace"), m_ws } + rest);
        p.waitForFinished(120000);
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }
    QString write(const QString& name, const QByteArray& content) const
    {
        QFile f(m_dir->file(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return f.fileName();
    }

    std::unique_ptr<test::TempDir> m_dir;
    QString m_ws;
};

void TestCampaignsCli::init()
{
    m_dir = std::make_unique<test::TempDir>();
    m_ws = m_dir->file(QStringLiteral("w.greendoor"));
    QCOMPARE(cli({ QStringLiteral("init"), QStringLiteral("--demo") }).code, 0);
}

void TestCampaignsCli::invalidCampaignIsExplained()
{
    const QString file = write(QStringLiteral("bad.json"),
        R"({"name": "q2", "mailbox": "nobody", "steps": [{"kind": "follow_up", "after_business_days": 2,
            "subject": "Hi", "body": "I noticed {{company}} is growing its {{team}} team."}]})");
    const Result r = cli({ QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--input"), file });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("no mailbox \"nobody\""), r.err.constData());
    QVERIFY2(r.err.contains("steps[0].kind"), r.err.constData());
    QVERIFY2(r.err.contains("{{team}}"), r.err.constData());
    const Result j = cli({ QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("create"),
        QStringLiteral("--input"), file });
    QCOMPARE(j.code, 1);
    QCOMPARE(j.json().value(QStringLiteral("created")).toBool(), false);
    QVERIFY(j.json().value(QStringLiteral("problems")).toArray().size() >= 3);
    // Nothing was stored.
    const Result list = cli({ QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("list") });
    QCOMPARE(list.code, 0);
    for (const QJsonValue& v : QJsonDocument::fromJson(list.out).array())
        QVERIFY(v.toObject().value(QStringLiteral("name")).toString() != QLatin1String("q2"));
    QCOMPARE(cli({ QStringLiteral("campaign"), QStringLiteral("show") }).code, 2);
    QCOMPARE(cli({ QStringLiteral("campaign"), QStringLiteral("show"), QStringLiteral("nothing") }).code, 1);
}

void TestCampaignsCli::startWaitsForApprovalThenRuns()
{
    const QString file = write(QStringLiteral("c.json"),
        R"({"name": "software-q2", "segment": {"industries": ["Software"], "limit": 4},
            "steps": [{"kind": "first_touch"}, {"kind": "follow_up", "after_business_days": 3}],
            "variants": [{"id": "A", "template": "first_touch"},
                         {"id": "B", "subject": "{{company}}: a question",
                          "body": "Hi {{first_name}},\n\nI am writing to you as {{title}} at {{company}}.\n\nBest,\n{{sender_name}}"}]})");
    const Result created = cli({ QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("create"),
        QStringLiteral("--input"), file });
    QCOMPARE(created.code, 0);
    QCOMPARE(created.json().value(QStringLiteral("segment_size")).toInt(), 4);
    QCOMPARE(cli({ QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--input"), file }).code, 1);

    const Result start = cli({ QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("start"),
        QStringLiteral("software-q2") });
    QCOMPARE(start.code, 0);
    QCOMPARE(start.json().value(QStringLiteral("outcome")).toString(), QStringLiteral("queue"));
    const QString approval = start.json().value(QStringLiteral("approval_id")).toString();
    QVERIFY(!approval.isEmpty());
    auto status = [&] {
        return cli({ QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("show"),
                       QStringLiteral("software-q2") })
            .json()
            .value(QStringLiteral("status"))
            .toString();
    };
    QCOMPARE(status(), QStringLiteral("launching"));
    QCOMPARE(cli({ QStringLiteral("campaign"), QStringLiteral("start"), QStringLiteral("software-q2") }).code, 1);
    // Nothing is proposed before the launch is carried out.
    QCOMPARE(cli({ QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("run") })
                 .json()
                 .value(QStringLiteral("proposed"))
                 .toInt(),
        0);

    QCOMPARE(cli({ QStringLiteral("approvals"), QStringLiteral("approve"), approval }).code, 0);
    QCOMPARE(cli({ QStringLiteral("run"), QStringLiteral("--seconds"), QStringLiteral("2") }).code, 0);
    QCOMPARE(status(), QStringLiteral("active"));

    const Result run = cli({ QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("run"),
        QStringLiteral("software-q2"), QStringLiteral("--at"), QStringLiteral("2030-03-04T09:00:00Z") });
    QCOMPARE(run.code, 0);
    // The agents' own tick may have proposed some already: together, each contact once.
    const Result again = cli({ QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("run"),
        QStringLiteral("software-q2"), QStringLiteral("--at"), QStringLiteral("2030-03-04T09:00:00Z") });
    QCOMPARE(again.json().value(QStringLiteral("proposed")).toInt(), 0);
    const QJsonObject shown = cli(
        { QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("show"), QStringLiteral("software-q2") })
                                  .json();
    int proposed = 0;
    for (const QJsonValue& f : shown.value(QStringLiteral("figures")).toArray())
        proposed += f.toObject().value(QStringLiteral("proposed")).toInt();
    // A contact the agents' own tick reached during `run` (at today's date) is skipped if the demo
    // has a reply from them a day old; at the later date of `campaign run` it is proposed. Under
    // load that tick comes first (seen in CI as "proposed 3"): each contact is one or the other.
    int skipped = 0;
    const QJsonArray contacts = shown.value(QStringLiteral("contacts")).toArray();
    QCOMPARE(contacts.size(), 4);
    for (const QJsonValue& c : contacts) {
        const QString reason = c.toObject().value(QStringLiteral("reason")).toString();
        if (reason.startsWith(QStringLiteral("skipped: replied")))
            ++skipped;
        else
            QVERIFY2(reason.startsWith(QStringLiteral("waiting: step 1")), qPrintable(reason));
    }
    QVERIFY2(proposed + skipped == 4 && skipped <= 1,
        QByteArray(QJsonDocument(shown.value(QStringLiteral("figures")).toArray()).toJson(QJsonDocument::Compact) + ' '
            + QJsonDocument(contacts).toJson(QJsonDocument::Compact))
            .constData());

    const Result pause = cli({ QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("pause"),
        QStringLiteral("software-q2") });
    QCOMPARE(pause.code, 0);
    QCOMPARE(pause.json().value(QStringLiteral("status")).toString(), QStringLiteral("paused"));
    const int held = pause.json().value(QStringLiteral("in_outbox")).toInt()
        + pause.json().value(QStringLiteral("awaiting_approval")).toInt();
    QVERIFY(held >= 0 && held <= 4);
    QCOMPARE(cli({ QStringLiteral("campaign"), QStringLiteral("pause"), QStringLiteral("software-q2") }).code, 1);
    const Result text = cli({ QStringLiteral("campaign"), QStringLiteral("list") });
    QVERIFY(text.out.contains("software-q2"));
    QVERIFY(text.out.contains("paused"));
    QCOMPARE(cli({ QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("run") })
                 .json()
                 .value(QStringLiteral("enrolled"))
                 .toInt(),
        0);
}

} // namespace

QTEST_GUILESS_MAIN(TestCampaignsCli)
#include "tst_campaigns_cli.moc"
