// The shared building blocks of core: the RAII transaction, the JSON helper, the CSV writer
// and the email-address check.
#include "core/formats/CsvWriter.h"
#include "core/formats/EmailAddress.h"
#include "core/formats/Json.h"
#include "core/store/Transaction.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace gd;
using namespace gd::core;

namespace {

bool insert(Workspace& ws, const QString& key)
{
    return ws.setMeta(key, QStringLiteral("v"));
}

int count(Workspace& ws, const QString& key)
{
    return test::scalar(ws, QStringLiteral("SELECT count(*) FROM meta WHERE key = ?"), { key }).toInt();
}

} // namespace

class TestFoundation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transactionCommits()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        {
            Transaction tx(*ws);
            QVERIFY2(tx.ok(), qPrintable(tx.error()));
            QVERIFY(!tx.nested());
            QVERIFY(insert(*ws, QStringLiteral("a")));
            QVERIFY2(tx.commit(), qPrintable(tx.error()));
            QVERIFY(!tx.commit()); // twice is an error
        }
        QCOMPARE(count(*ws, QStringLiteral("a")), 1);
        QVERIFY(!ws->inTransaction());
    }

    void transactionRollsBackUnlessCommitted()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        {
            Transaction tx(*ws);
            QVERIFY(tx.ok());
            QVERIFY(insert(*ws, QStringLiteral("b")));
        }
        QCOMPARE(count(*ws, QStringLiteral("b")), 0);
        QVERIFY(!ws->inTransaction());
    }

    void nestedGuardsAreSavepoints()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        {
            Transaction outer(*ws);
            QVERIFY(outer.ok());
            QVERIFY(insert(*ws, QStringLiteral("outer")));
            {
                Transaction inner(*ws);
                QVERIFY2(inner.ok(), qPrintable(inner.error()));
                QVERIFY(inner.nested());
                QVERIFY(insert(*ws, QStringLiteral("dropped")));
                // not committed: rolled back to the savepoint, the outer work stays
            }
            {
                Transaction inner(*ws);
                QVERIFY(insert(*ws, QStringLiteral("kept")));
                QVERIFY(inner.commit());
            }
            QVERIFY(ws->inTransaction());
            QVERIFY(outer.commit());
        }
        QCOMPARE(count(*ws, QStringLiteral("outer")), 1);
        QCOMPARE(count(*ws, QStringLiteral("dropped")), 0);
        QCOMPARE(count(*ws, QStringLiteral("kept")), 1);
    }

    void failedCommitLeavesNothing()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        ws->setFaultInjector([](const QString& tag) { return tag == QLatin1String("commit"); });
        {
            Transaction tx(*ws);
            QVERIFY(insert(*ws, QStringLiteral("c")));
            QVERIFY(!tx.commit());
            QVERIFY(tx.error().contains(QLatin1String("injected")));
        }
        ws->setFaultInjector({});
        QCOMPARE(count(*ws, QStringLiteral("c")), 0);
        QVERIFY(!ws->inTransaction());
        // An outer commit failing drops what a committed inner savepoint wrote too.
        int commits = 0;
        ws->setFaultInjector(
            [&commits](const QString& tag) { return tag == QLatin1String("commit") && ++commits == 2; });
        {
            Transaction outer(*ws);
            {
                Transaction inner(*ws);
                QVERIFY(insert(*ws, QStringLiteral("d")));
                QVERIFY(inner.commit());
            }
            QVERIFY(!outer.commit());
        }
        ws->setFaultInjector({});
        QCOMPARE(count(*ws, QStringLiteral("d")), 0);
    }

    void jsonHelpers()
    {
        const QJsonObject o { { QStringLiteral("name"), QStringLiteral("tab\there \"q\"") } };
        const QString text = json::compact(o);
        QCOMPARE(json::object(text), o);
        QVERIFY(json::object(QStringLiteral("not json")).isEmpty());
        QVERIFY(json::parseObject("[1]").error.contains(QLatin1String("object")));
        QVERIFY(!json::parseObject("{").ok());
        QVERIFY(json::parseObject("{\"a\":1}").ok());
        QByteArray big = "{\"a\":\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}";
        QVERIFY(json::parseObject(big).error.contains(QLatin1String("KiB")));
    }

    void csvWriter_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<bool>("neutralize");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << QStringLiteral("abc") << false << QStringLiteral("abc");
        QTest::newRow("comma") << QStringLiteral("a,b") << false << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << false << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << false << QStringLiteral("\"a\nb\"");
        QTest::newRow("cr") << QStringLiteral("a\rb") << false << QStringLiteral("\"a\rb\"");
        QTest::newRow("formula kept") << QStringLiteral("=1+1") << false << QStringLiteral("=1+1");
        QTest::newRow("formula neutralized")
            << QStringLiteral("=HYPERLINK(\"x\")") << true << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << true << QStringLiteral("'@SUM(A1)");
    }

    void csvWriter()
    {
        QFETCH(QString, in);
        QFETCH(bool, neutralize);
        QFETCH(QString, out);
        QCOMPARE(CsvWriter::field(in, neutralize ? CsvWriter::Formulas::Neutralize : CsvWriter::Formulas::Keep), out);
    }

    void csvWriterDevice()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        QVERIFY(writer.write({ QStringLiteral("a"), QStringLiteral("b c"), QString::fromUtf8("é") }));
        QCOMPARE(buffer.data(), QByteArray("a,b c,\xc3\xa9\r\n"));
    }

    void emailAddress_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("plain") << QStringLiteral("Greta.Dubois@BrightPath.example ")
                               << QStringLiteral("greta.dubois@brightpath.example");
        QTest::newRow("plus") << QStringLiteral("a+b@x.io") << QStringLiteral("a+b@x.io");
        QTest::newRow("subdomain") << QStringLiteral("a@mail.x-y.co.uk") << QStringLiteral("a@mail.x-y.co.uk");
        QTest::newRow("no at") << QStringLiteral("greta") << QString();
        QTest::newRow("no tld") << QStringLiteral("a@localhost") << QString();
        QTest::newRow("two at") << QStringLiteral("a@b@c.com") << QString();
        QTest::newRow("crlf") << QStringLiteral("a@b.com\r\nBcc: evil@x.com") << QString();
        QTest::newRow("lf inside") << QStringLiteral("a@b.com\nx") << QString();
        QTest::newRow("comma") << QStringLiteral("a@b.com,c@d.com") << QString();
        QTest::newRow("angle") << QStringLiteral("Greta <a@b.com>") << QString();
        QTest::newRow("space") << QStringLiteral("a b@c.com") << QString();
        QTest::newRow("double dot") << QStringLiteral("a..b@c.com") << QString();
        QTest::newRow("leading dot") << QStringLiteral(".a@c.com") << QString();
        QTest::newRow("hyphen label") << QStringLiteral("a@-c.com") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void emailAddress()
    {
        QFETCH(QString, in);
        QFETCH(QString, normalized);
        QCOMPARE(EmailAddress::normalized(in).value_or(QString()), normalized);
        QCOMPARE(EmailAddress::isValid(in), !normalized.isEmpty());
    }

    void emailAddressAgreesWithTheExpression()
    {
        // normalized() checks ASCII addresses without the regular expression (an import checks a
        // million): on random near-addresses it must answer exactly as trim, lower-case and the
        // expression do.
        static const QRegularExpression re(
            QStringLiteral(R"(^[a-z0-9!#$%&'*+/=?^_`{|}~\-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~\-]+)*)"
                           R"(@([a-z0-9]([a-z0-9\-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$)"));
        auto expected = [](const QString& text) -> QString {
            const QString a = text.trimmed().toLower();
            const qsizetype at = a.lastIndexOf(QLatin1Char('@'));
            if (a.isEmpty() || a.size() > 254 || at <= 0 || at > 64 || !re.match(a).hasMatch())
                return {};
            return a;
        };
        QRandomGenerator random(42);
        const QString alphabet = QStringLiteral("abcXYZ019.-_+@!#'`~{}|/=?^&%$* \t,;<>\"()[]\\:\u00e9\u212a");
        int valid = 0;
        for (int i = 0; i < 200000; ++i) {
            QString s;
            const int shape = random.bounded(4);
            if (shape == 0) { // random characters
                for (int n = random.bounded(12); n > 0; --n)
                    s += alphabet.at(random.bounded(alphabet.size()));
            } else { // local@label.label.tld with mutations
                auto piece = [&](int maxLength, const QString& chars) {
                    QString p;
                    for (int n = random.bounded(maxLength + 1); n > 0; --n)
                        p += chars.at(random.bounded(chars.size()));
                    return p;
                };
                const QString local = QStringLiteral("abcxyzABC0189.-_+!'");
                const QString label = QStringLiteral("abcXYZ0189-");
                s = piece(shape == 3 ? 70 : 8, local) + QLatin1Char('@');
                for (int labels = random.bounded(1, 4); labels > 0; --labels)
                    s += piece(shape == 3 ? 66 : 6, label) + QLatin1Char('.');
                s += piece(random.bounded(2) ? 4 : 65, QStringLiteral("abcXYZ1"));
                if (random.bounded(8) == 0)
                    s.insert(random.bounded(s.size() + 1), alphabet.at(random.bounded(alphabet.size())));
                if (random.bounded(8) == 0)
                    s = QStringLiteral("  ") + s + QStringLiteral("\t");
            }
            const QString want = expected(s);
            valid += want.isEmpty() ? 0 : 1;
            QCOMPARE(EmailAddress::normalized(s).value_or(QString()), want);
        }
        QVERIFY2(valid > 10000, qPrintable(QString::number(valid)));
    }

    void emailList()
    {
        QCOMPARE(EmailAddress::parseList(QStringLiteral("a@b.com, C@d.org")).value_or(QStringList()),
            (QStringList { QStringLiteral("a@b.com"), QStringLiteral("c@d.org") }));
        QVERIFY(!EmailAddress::parseList(QStringLiteral("a@b.com\r\nBcc: e@x.com")));
        QVERIFY(!EmailAddress::parseList(QString()));
        QCOMPARE(EmailAddress::domain(QStringLiteral("x@Y.com")), QStringLiteral("y.com"));
    }
};

QTEST_GUILESS_MAIN(TestFoundation)
#include "tst_foundation.moc"
