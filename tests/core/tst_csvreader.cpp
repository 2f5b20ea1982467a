#include "core/formats/CsvReader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstring>

using gd::core::CsvReader;
using Encoding = gd::core::CsvReader::Encoding;
using Records = QList<QStringList>;
using Lines = QList<qint64>;

namespace {

QStringList row(std::initializer_list<QStringView> values)
{
    QStringList fields;
    for (const QStringView value : values)
        fields.append(value.toString());
    return fields;
}

// The ../shared directory the test harness points at, or empty (a user's clone has none).
QString sharedDir()
{
    const QString configured = qEnvironmentVariable("GREENDOOR_SHARED_DIR");
    if (!configured.isEmpty() && QDir(configured).exists())
        return QDir(configured).canonicalPath();
    return {};
}

QByteArray encode(const QString& text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

// A pipe-like device that hands out at most `piece` bytes per read.
class TrickleDevice final : public QIODevice
{
public:
    TrickleDevice(QByteArray data, qint64 piece)
        : m_data(std::move(data))
        , m_piece(piece)
    {
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* out, qint64 maxSize) override
    {
        const qint64 n = std::min({ maxSize, m_piece, m_data.size() - m_pos });
        std::memcpy(out, m_data.constData() + m_pos, static_cast<std::size_t>(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_piece;
    qint64 m_pos = 0;
};

// Reads every record; stops at the end or at an error (left in reader.error()).
Records readAll(CsvReader& reader, Lines* lines = nullptr)
{
    Records records;
    QStringList fields;
    while (reader.readRecord(&fields)) {
        records.append(fields);
        if (lines)
            lines->append(reader.recordStartLine());
    }
    return records;
}

} // namespace

class TestCsvReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void parse_data();
    void parse();
    void reusedListKeepsWhatTheCallerHolds();
    void parseFromPipeInSmallPieces_data();
    void parseFromPipeInSmallPieces();
    void encodings_data();
    void encodings();
    void encodingNames();
    void invalidUtf8AfterTheSample();
    void delimiters_data();
    void delimiters();
    void setDelimiterOverridesDetection();
    void emptyInput_data();
    void emptyInput();
    void refusesBinary_data();
    void refusesBinary();
    void refusesMissingFileAndFolder();
    void unterminatedQuote_data();
    void unterminatedQuote();
    void runawayQuoteStopsInsteadOfLoadingTheFile();
    void largeFieldAcrossChunks_data();
    void largeFieldAcrossChunks();
    void multiByteCharacterSplitAcrossChunks_data();
    void multiByteCharacterSplitAcrossChunks();
    void utf16SurrogatesAcrossChunks_data();
    void utf16SurrogatesAcrossChunks();
    void unpairedUtf16SurrogatesBecomeReplacementCharacters_data();
    void unpairedUtf16SurrogatesBecomeReplacementCharacters();
    void zeroWidthNoBreakSpaceAfterTheByteOrderMarkIsKept_data();
    void zeroWidthNoBreakSpaceAfterTheByteOrderMarkIsKept();
    void progress();
    void progressFromAPartlyReadDevice();
    void notOpened();
    void csvSpectrum_data();
    void csvSpectrum();

private:
    QString writeFile(const QString& name, const QByteArray& bytes);

    QTemporaryDir m_dir;
};

void TestCsvReader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString TestCsvReader::writeFile(const QString& name, const QByteArray& bytes)
{
    QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCsvReader::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("records");
    QTest::addColumn<Lines>("lines");

    QTest::newRow("simple LF") << QByteArrayLiteral("a,b,c\n1,2,3\n")
                               << Records { row({ u"a", u"b", u"c" }), row({ u"1", u"2", u"3" }) } << Lines { 1, 2 };
    QTest::newRow("CRLF") << QByteArrayLiteral("a,b\r\n1,2\r\n") << Records { row({ u"a", u"b" }), row({ u"1", u"2" }) }
                          << Lines { 1, 2 };
    QTest::newRow("final record without newline")
        << QByteArrayLiteral("a,b\n1,2") << Records { row({ u"a", u"b" }), row({ u"1", u"2" }) } << Lines { 1, 2 };
    QTest::newRow("final record without CRLF")
        << QByteArrayLiteral("a,b\r\n1,2") << Records { row({ u"a", u"b" }), row({ u"1", u"2" }) } << Lines { 1, 2 };
    QTest::newRow("one field, no newline") << QByteArrayLiteral("x") << Records { row({ u"x" }) } << Lines { 1 };
    QTest::newRow("delimiter in quotes") << QByteArrayLiteral("\"Doe, John\",\"Acme, Inc.\",x\n")
                                         << Records { row({ u"Doe, John", u"Acme, Inc.", u"x" }) } << Lines { 1 };
    QTest::newRow("doubled quotes") << QByteArrayLiteral("\"say \"\"hi\"\"\",\"\"\"\"\n\"\"\"a\"\"\",b\n")
                                    << Records { row({ u"say \"hi\"", u"\"" }), row({ u"\"a\"", u"b" }) }
                                    << Lines { 1, 2 };
    QTest::newRow("embedded LF") << QByteArrayLiteral("1,\"two\nlines\",3\n4,5,6\n")
                                 << Records { row({ u"1", u"two\nlines", u"3" }), row({ u"4", u"5", u"6" }) }
                                 << Lines { 1, 3 };
    QTest::newRow("embedded CRLF") << QByteArrayLiteral("1,\"two\r\nlines\",3\r\n4,5,6\r\n")
                                   << Records { row({ u"1", u"two\r\nlines", u"3" }), row({ u"4", u"5", u"6" }) }
                                   << Lines { 1, 3 };
    QTest::newRow("embedded CR") << QByteArrayLiteral("1,\"a\rb\"\n2\n")
                                 << Records { row({ u"1", u"a\rb" }), row({ u"2" }) } << Lines { 1, 3 };
    QTest::newRow("several embedded newlines")
        << QByteArrayLiteral("h1,h2\n\"a\n\nb\",1\nx,\"\r\n\r\n\"\ny,2\n")
        << Records { row({ u"h1", u"h2" }), row({ u"a\n\nb", u"1" }), row({ u"x", u"\r\n\r\n" }), row({ u"y", u"2" }) }
        << Lines { 1, 2, 5, 8 };
    QTest::newRow("empty lines skipped") << QByteArrayLiteral("\n\na\n\n\r\n\nb\n\n")
                                         << Records { row({ u"a" }), row({ u"b" }) } << Lines { 3, 7 };
    QTest::newRow("ragged rows") << QByteArrayLiteral("a,b,c\n1,2\n3,4,5,6\n7\n")
                                 << Records { row({ u"a", u"b", u"c" }), row({ u"1", u"2" }),
                                        row({ u"3", u"4", u"5", u"6" }), row({ u"7" }) }
                                 << Lines { 1, 2, 3, 4 };
    QTest::newRow("empty fields") << QByteArrayLiteral(",,\n\"\",x,\n")
                                  << Records { row({ u"", u"", u"" }), row({ u"", u"x", u"" }) } << Lines { 1, 2 };
    QTest::newRow("trailing delimiter at end of input")
        << QByteArrayLiteral("a,b,") << Records { row({ u"a", u"b", u"" }) } << Lines { 1 };
    QTest::newRow("only an empty quoted field")
        << QByteArrayLiteral("\"\"\n") << Records { row({ u"" }) } << Lines { 1 };
    QTest::newRow("quoted field at end of input")
        << QByteArrayLiteral("a,\"b\"") << Records { row({ u"a", u"b" }) } << Lines { 1 };
    QTest::newRow("quote inside unquoted field kept")
        << QByteArrayLiteral("5'10\",ab\"c\",x\"\n") << Records { row({ u"5'10\"", u"ab\"c\"", u"x\"" }) }
        << Lines { 1 };
    QTest::newRow("whitespace kept") << QByteArrayLiteral(" a , b\t,\" c \"\n")
                                     << Records { row({ u" a ", u" b\t", u" c " }) } << Lines { 1 };
    QTest::newRow("text after closing quote kept")
        << QByteArrayLiteral("\"ab\"cd,\"x\"\"y\" z\n") << Records { row({ u"abcd", u"x\"y z" }) } << Lines { 1 };
    QTest::newRow("lone CR ends a line") << QByteArrayLiteral("a,b\rc,d\r")
                                         << Records { row({ u"a", u"b" }), row({ u"c", u"d" }) } << Lines { 1, 2 };
    QTest::newRow("UTF-8 text") << QByteArrayLiteral(
        "name,city\nM\xc3\xbcller,K\xc3\xb6ln \xe2\x82\xac \xf0\x9f\x98\x80\n")
                                << Records { row({ u"name", u"city" }), row({ u"Müller", u"Köln € 😀" }) }
                                << Lines { 1, 2 };
}

void TestCsvReader::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, records);
    QFETCH(Lines, lines);

    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader;
    QString error;
    QVERIFY2(reader.open(&buffer, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(reader.delimiter(), QChar(u','));
    Lines actualLines;
    QCOMPARE(readAll(reader, &actualLines), records);
    QCOMPARE(actualLines, lines);
    QCOMPARE(reader.error(), QString());
    QVERIFY(reader.atEnd());
    QStringList fields { QStringLiteral("stale") };
    QVERIFY(!reader.readRecord(&fields));
    QVERIFY(fields.isEmpty());
}

void TestCsvReader::reusedListKeepsWhatTheCallerHolds()
{
    // readRecord() writes the next record into the list's strings where nothing else holds them:
    // a copy the caller kept still reads the old record, and longer, shorter, quoted and empty
    // fields all come out right in the reused strings.
    QByteArray input = "alpha,b,\"c \"\"quoted\"\"\",d\nx,a much longer second value,\"\",\nfirst,,third,fourth\n";
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader;
    QString error;
    QVERIFY2(reader.open(&buffer, &error), qPrintable(error));
    QStringList fields;
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(fields.join(u'|'), QStringLiteral("alpha|b|c \"quoted\"|d"));
    const QString kept = fields.at(0);
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(fields.join(u'|'), QStringLiteral("x|a much longer second value||"));
    QCOMPARE(kept, QStringLiteral("alpha"));
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(fields.join(u'|'), QStringLiteral("first||third|fourth"));
    QVERIFY(!reader.readRecord(&fields));
    QVERIFY(fields.isEmpty());
}

void TestCsvReader::parseFromPipeInSmallPieces_data()
{
    parse_data();
}

void TestCsvReader::parseFromPipeInSmallPieces()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, records);
    QFETCH(Lines, lines);

    for (const qint64 piece : { 1, 2, 3, 7 }) {
        TrickleDevice device(input, piece);
        QVERIFY(device.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
        CsvReader reader;
        QString error;
        QVERIFY2(reader.open(&device, &error), qPrintable(error));
        QCOMPARE(reader.totalBytes(), -1);
        Lines actualLines;
        QCOMPARE(readAll(reader, &actualLines), records);
        QCOMPARE(actualLines, lines);
        QCOMPARE(reader.error(), QString());
        QCOMPARE(reader.bytesRead(), input.size());
    }
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<Records>("records");

    const QString text = QStringLiteral("Name,City\r\nMüller,Köln\r\nZoë,\"😀, 𝄞\"\r\n");
    const Records expected { row({ u"Name", u"City" }), row({ u"Müller", u"Köln" }), row({ u"Zoë", u"😀, 𝄞" }) };
    const QByteArray utf8 = encode(text, QStringConverter::Utf8);
    const QByteArray le = encode(text, QStringConverter::Utf16LE);
    const QByteArray be = encode(text, QStringConverter::Utf16BE);

    QTest::newRow("UTF-8") << utf8 << Encoding::Utf8 << QChar(u',') << expected;
    QTest::newRow("UTF-8 BOM") << QByteArrayLiteral("\xEF\xBB\xBF") + utf8 << Encoding::Utf8Bom << QChar(u',')
                               << expected;
    QTest::newRow("UTF-16LE BOM") << QByteArrayLiteral("\xFF\xFE") + le << Encoding::Utf16LE << QChar(u',') << expected;
    QTest::newRow("UTF-16LE no BOM") << le << Encoding::Utf16LE << QChar(u',') << expected;
    QTest::newRow("UTF-16BE BOM") << QByteArrayLiteral("\xFE\xFF") + be << Encoding::Utf16BE << QChar(u',') << expected;
    QTest::newRow("UTF-16BE no BOM") << be << Encoding::Utf16BE << QChar(u',') << expected;

    const QString tabbed = QStringLiteral("Vorname\tNachname\nJürgen\tMüller\n");
    const Records tabbedRecords { row({ u"Vorname", u"Nachname" }), row({ u"Jürgen", u"Müller" }) };
    QTest::newRow("UTF-16LE tab (Excel 'Unicode text')")
        << QByteArrayLiteral("\xFF\xFE") + encode(tabbed, QStringConverter::Utf16LE) << Encoding::Utf16LE
        << QChar(u'\t') << tabbedRecords;

    QTest::newRow("Latin-1") << QByteArrayLiteral("Name;Stadt\nM\xFCller;K\xF6ln\n\xC9lo\xEFse;Gen\xE8ve\n")
                             << Encoding::Latin1 << QChar(u';')
                             << Records { row({ u"Name", u"Stadt" }), row({ u"Müller", u"Köln" }),
                                    row({ u"Éloïse", u"Genève" }) };
    QTest::newRow("Latin-1, one byte") << QByteArrayLiteral("a,M\xFC") << Encoding::Latin1 << QChar(u',')
                                       << Records { row({ u"a", u"Mü" }) };
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, input);
    QFETCH(Encoding, encoding);
    QFETCH(QChar, delimiter);
    QFETCH(Records, records);

    const QString path = writeFile(QStringLiteral("encoding.csv"), input);
    CsvReader reader;
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    QCOMPARE(reader.encoding(), encoding);
    QCOMPARE(reader.delimiter(), delimiter);
    QCOMPARE(readAll(reader), records); // the first field has no BOM in front
    QCOMPARE(reader.error(), QString());

    // The same bytes trickling in from a pipe.
    TrickleDevice device(input, 3);
    QVERIFY(device.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    QVERIFY2(reader.open(&device, &error), qPrintable(error));
    QCOMPARE(reader.encoding(), encoding);
    QCOMPARE(readAll(reader), records);
}

void TestCsvReader::encodingNames()
{
    const QList<Encoding> all { Encoding::Utf8, Encoding::Utf8Bom, Encoding::Utf16LE, Encoding::Utf16BE,
        Encoding::Latin1 };
    QStringList names;
    for (const Encoding encoding : all)
        names.append(CsvReader::encodingName(encoding));
    QCOMPARE(names.at(0), QStringLiteral("UTF-8"));
    QCOMPARE(names.at(4), QStringLiteral("Latin-1"));
    names.removeDuplicates();
    QCOMPARE(names.size(), all.size());
    QVERIFY(!names.contains(QString()));
}

void TestCsvReader::invalidUtf8AfterTheSample()
{
    // Detection sees only the first chunk; a Latin-1 byte after it is replaced and logged.
    QByteArray input = QByteArrayLiteral("id,name\n");
    int id = 0;
    while (input.size() < 2 * CsvReader::ChunkBytes)
        input += QByteArray::number(++id) + ",Jos\xc3\xa9\n";
    input += QByteArrayLiteral("last,M\xFCller\n");

    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader;
    QString error;
    QVERIFY2(reader.open(&buffer, &error), qPrintable(error));
    QCOMPARE(reader.encoding(), Encoding::Utf8);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("invalid UTF-8 .*U\\+FFFD")));
    const Records records = readAll(reader);
    QCOMPARE(reader.error(), QString());
    QCOMPARE(records.size(), id + 2);
    QCOMPARE(records.at(1), row({ u"1", u"José" }));
    QCOMPARE(records.last(), row({ u"last", u"M\uFFFDller" }));
}

void TestCsvReader::delimiters_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QStringList>("header");

    QTest::newRow("comma") << QByteArrayLiteral("a,b,c\n1,2,3\n") << QChar(u',') << row({ u"a", u"b", u"c" });
    QTest::newRow("semicolon") << QByteArrayLiteral("a;b;c\r\n1;2;3\r\n") << QChar(u';') << row({ u"a", u"b", u"c" });
    QTest::newRow("tab") << QByteArrayLiteral("a\tb\tc\n1\t2\t3\n") << QChar(u'\t') << row({ u"a", u"b", u"c" });
    QTest::newRow("semicolon, decimal commas")
        << QByteArrayLiteral("Name;Betrag\nM\xc3\xbcller;1,5\nSchmidt;2,25\nWeber;3\n") << QChar(u';')
        << row({ u"Name", u"Betrag" });
    QTest::newRow("comma, semicolons inside quotes")
        << QByteArrayLiteral("tags,n\n\"a;b;c\",1\n\"d;e\",2\n\"f\",3\n") << QChar(u',') << row({ u"tags", u"n" });
    QTest::newRow("tab, commas in the text")
        << QByteArrayLiteral("Name\tCompany\nDoe, John\tAcme, Inc.\nRoe, Jane\tBeta\n") << QChar(u'\t')
        << row({ u"Name", u"Company" });
    QTest::newRow("semicolon, quoted field over two lines")
        << QByteArrayLiteral("\"a;\nb\";c\n1;2\n3;4\n") << QChar(u';') << row({ u"a;\nb", u"c" });
    QTest::newRow("comma, ragged row") << QByteArrayLiteral("a,b,c\n1,2,3\n4,5\n6,7,8\n") << QChar(u',')
                                       << row({ u"a", u"b", u"c" });
    QTest::newRow("single column defaults to comma")
        << QByteArrayLiteral("email\na@example.org\nb@example.org\n") << QChar(u',') << row({ u"email" });
    QTest::newRow("HubSpot-style quoted header")
        << QByteArrayLiteral("\"First Name\",\"Last Name\",\"Email\"\n\"Ann\",\"Lee; Jr.\",\"ann@example.org\"\n")
        << QChar(u',') << row({ u"First Name", u"Last Name", u"Email" });
}

void TestCsvReader::delimiters()
{
    QFETCH(QByteArray, input);
    QFETCH(QChar, delimiter);
    QFETCH(QStringList, header);

    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader;
    QString error;
    QVERIFY2(reader.open(&buffer, &error), qPrintable(error));
    QCOMPARE(reader.delimiter(), delimiter);
    QStringList fields;
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(fields, header);
}

void TestCsvReader::setDelimiterOverridesDetection()
{
    QByteArray input = QByteArrayLiteral("a|b,c|d\n1|2,3|4\n");
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader;
    QString error;
    QVERIFY2(reader.open(&buffer, &error), qPrintable(error));
    QCOMPARE(reader.delimiter(), QChar(u','));
    reader.setDelimiter(QChar(u'|'));
    reader.setDelimiter(QChar(u'"')); // refused: a quote cannot be the delimiter
    reader.setDelimiter(QChar(u'\n')); // refused
    QCOMPARE(reader.delimiter(), QChar(u'|'));
    QCOMPARE(readAll(reader), (Records { row({ u"a", u"b,c", u"d" }), row({ u"1", u"2,3", u"4" }) }));
}

void TestCsvReader::emptyInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Encoding>("encoding");

    QTest::newRow("empty file") << QByteArray() << Encoding::Utf8;
    QTest::newRow("only newlines") << QByteArrayLiteral("\n\r\n\r\n\n") << Encoding::Utf8;
    QTest::newRow("only a UTF-8 BOM") << QByteArrayLiteral("\xEF\xBB\xBF") << Encoding::Utf8Bom;
    QTest::newRow("only a UTF-16 BOM") << QByteArrayLiteral("\xFF\xFE") << Encoding::Utf16LE;
}

void TestCsvReader::emptyInput()
{
    QFETCH(QByteArray, input);
    QFETCH(Encoding, encoding);

    const QString path = writeFile(QStringLiteral("empty.csv"), input);
    CsvReader reader;
    QString error = QStringLiteral("not cleared");
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    QCOMPARE(error, QString());
    QCOMPARE(reader.encoding(), encoding);
    QStringList fields;
    QVERIFY(!reader.readRecord(&fields));
    QVERIFY(fields.isEmpty());
    QCOMPARE(reader.error(), QString());
    QVERIFY(reader.atEnd());
    QCOMPARE(reader.totalBytes(), input.size());
    QCOMPARE(reader.bytesRead(), input.size());
}

void TestCsvReader::refusesBinary_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");

    QRandomGenerator random(20240611);
    QByteArray garbage(4096, Qt::Uninitialized);
    for (char& byte : garbage)
        byte = static_cast<char>(random.bounded(256));
    QTest::newRow("random bytes") << garbage << QStringLiteral("not a CSV text file: it contains binary data");
    QTest::newRow("random bytes behind a UTF-16 BOM")
        << QByteArrayLiteral("\xFF\xFE") + garbage << QStringLiteral("not a CSV text file: it contains binary data");
    QTest::newRow("NUL in text") << QByteArrayLiteral("a,b\n1,\0,3\n")
                                 << QStringLiteral("it contains binary data (a zero byte at offset 6)");
    QTest::newRow("control bytes") << QByteArrayLiteral("a\x01\x02,b\x03\n\x04,\x05\n")
                                   << QStringLiteral("it contains binary data (5 control bytes");
    QTest::newRow("PNG image") << QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0")
                               << QStringLiteral("not a CSV text file");
    QTest::newRow("xlsx") << QByteArrayLiteral("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0[Content_Types].xml")
                          << QStringLiteral("Excel workbook (.xlsx)");
    QTest::newRow("xls") << QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0") << QStringLiteral("(.xls)");
    QTest::newRow("UTF-32") << QByteArrayLiteral("\xFF\xFE\0\0a\0\0\0") << QStringLiteral("UTF-32");
}

void TestCsvReader::refusesBinary()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);

    const QString path = writeFile(QStringLiteral("binary.csv"), input);
    CsvReader reader;
    QString error;
    QVERIFY(!reader.open(path, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(reader.error(), error);
    QStringList fields;
    QVERIFY(!reader.readRecord(&fields));
    QVERIFY(reader.atEnd());
}

void TestCsvReader::refusesMissingFileAndFolder()
{
    CsvReader reader;
    QString error;
    const QString missing = m_dir.filePath(QStringLiteral("no-such-export.csv"));
    QVERIFY(!reader.open(missing, &error));
    QVERIFY2(error.contains(QStringLiteral("not found")) && error.contains(missing), qPrintable(error));
    QVERIFY(reader.atEnd());

    QVERIFY(!reader.open(m_dir.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("folder")), qPrintable(error));

    QBuffer closed;
    QVERIFY(!reader.open(&closed, &error));
    QVERIFY2(error.contains(QStringLiteral("not open")), qPrintable(error));
}

void TestCsvReader::unterminatedQuote_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("before");
    QTest::addColumn<QString>("message");

    QTest::newRow("third line") << QByteArrayLiteral("a,b\n1,2\n3,\"abc\n\ndef\n")
                                << Records { row({ u"a", u"b" }), row({ u"1", u"2" }) }
                                << QStringLiteral("unterminated quoted field starting at line 3");
    QTest::newRow("after a multi-line record")
        << QByteArrayLiteral("1,\"ok\r\nfine\"\r\n2,x,\"open\r\nstill open") << Records { row({ u"1", u"ok\r\nfine" }) }
        << QStringLiteral("unterminated quoted field starting at line 3");
    QTest::newRow("first byte") << QByteArrayLiteral("\"abc") << Records {}
                                << QStringLiteral("unterminated quoted field starting at line 1");
    QTest::newRow("after empty lines") << QByteArrayLiteral("a\n\n\nb,\"") << Records { row({ u"a" }) }
                                       << QStringLiteral("unterminated quoted field starting at line 4");
}

void TestCsvReader::unterminatedQuote()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, before);
    QFETCH(QString, message);

    const QString path = writeFile(QStringLiteral("unterminated.csv"), input);
    CsvReader reader;
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    QCOMPARE(readAll(reader), before);
    QCOMPARE(reader.error(), message);
    QVERIFY(reader.atEnd());
    QStringList fields;
    QVERIFY(!reader.readRecord(&fields));
    QCOMPARE(reader.error(), message);
}

void TestCsvReader::runawayQuoteStopsInsteadOfLoadingTheFile()
{
    QByteArray input = QByteArrayLiteral("id,notes\n1,ok\n2,\"never closed\n");
    input += QByteArray(CsvReader::MaxRecordChars + CsvReader::ChunkBytes, 'x');
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader;
    QString error;
    QVERIFY2(reader.open(&buffer, &error), qPrintable(error));
    QCOMPARE(readAll(reader).size(), 2);
    QVERIFY2(reader.error().startsWith(QStringLiteral("quoted field starting at line 3 is still open")),
        qPrintable(reader.error()));
    QVERIFY(reader.bytesRead() < input.size());
}

void TestCsvReader::largeFieldAcrossChunks_data()
{
    QTest::addColumn<bool>("quoted");
    QTest::addColumn<QStringConverter::Encoding>("encoding");

    QTest::newRow("quoted, UTF-8") << true << QStringConverter::Utf8;
    QTest::newRow("unquoted, UTF-8") << false << QStringConverter::Utf8;
    QTest::newRow("quoted, UTF-16LE") << true << QStringConverter::Utf16LE;
    QTest::newRow("unquoted, UTF-16BE") << false << QStringConverter::Utf16BE;
}

void TestCsvReader::largeFieldAcrossChunks()
{
    QFETCH(bool, quoted);
    QFETCH(QStringConverter::Encoding, encoding);

    // A field of well over 1 MB with every awkward thing the encoding and the quoting allow,
    // spread so that some of it straddles every chunk boundary.
    QString value;
    int newlines = 0;
    for (int i = 0; value.size() < 1200000; ++i) {
        value += QStringLiteral("Notes %1 Müller € 😀 ").arg(i);
        if (quoted) {
            value += (i % 3 == 0) ? QStringLiteral("line\r\n") : QStringLiteral("say \"hi\", line\n");
            ++newlines;
        }
    }
    QString field = value;
    if (quoted)
        field = u'"' + field.replace(u'"', QStringLiteral("\"\"")) + u'"';
    const QString text = QStringLiteral("id,notes,tail\n1,") + field + QStringLiteral(",end\n2,short,x\n");
    const QByteArray bytes = encode(text, encoding);
    QVERIFY(bytes.size() > qsizetype { 1024 } * 1024);
    const QString path = writeFile(QStringLiteral("large.csv"), bytes);

    CsvReader reader;
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    QCOMPARE(reader.delimiter(), QChar(u','));
    Lines lines;
    const Records records = readAll(reader, &lines);
    QCOMPARE(reader.error(), QString());
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(1).size(), 3);
    QCOMPARE(records.at(1).at(0), QStringLiteral("1"));
    QCOMPARE(records.at(1).at(1).size(), value.size());
    QVERIFY(records.at(1).at(1) == value);
    QCOMPARE(records.at(1).at(2), QStringLiteral("end"));
    QCOMPARE(records.at(2), row({ u"2", u"short", u"x" }));
    QCOMPARE(lines, (Lines { 1, 2, 3 + newlines }));
    QCOMPARE(reader.bytesRead(), bytes.size());
}

void TestCsvReader::multiByteCharacterSplitAcrossChunks_data()
{
    QTest::addColumn<QString>("character");
    QTest::addColumn<int>("chunk");
    QTest::addColumn<int>("bytesBefore");

    const QList<QString> characters { QStringLiteral("ü"), QStringLiteral("€"), QStringLiteral("😀") };
    for (const QString& character : characters) {
        const auto length = static_cast<int>(character.toUtf8().size());
        for (int chunk : { 1, 2, 3 }) {
            for (int before = 1; before < length; ++before) {
                QTest::addRow("%d-byte character, %d of its bytes before the end of chunk %d", length, before, chunk)
                    << character << chunk << before;
            }
        }
    }
}

void TestCsvReader::multiByteCharacterSplitAcrossChunks()
{
    QFETCH(QString, character);
    QFETCH(int, chunk);
    QFETCH(int, bytesBefore);

    // Short records, one of which has the character straddling the end of chunk `chunk`.
    const qsizetype boundary = chunk * CsvReader::ChunkBytes;
    QByteArray bytes = QByteArrayLiteral("id,name\n");
    int id = 0;
    while (bytes.size() + 200 < boundary)
        bytes += QByteArray::number(++id) + ",Jane Doe\n";
    const QByteArray prefix = QByteArray::number(++id) + ',';
    const qsizetype padding = boundary - bytesBefore - bytes.size() - prefix.size();
    bytes += prefix + QByteArray(padding, 'p') + character.toUtf8() + "z\n";
    QCOMPARE(bytes.indexOf(character.toUtf8()), boundary - bytesBefore);
    const int splitId = id;
    for (int i = 0; i < 100; ++i)
        bytes += QByteArray::number(++id) + ",after\n";

    const QString path = writeFile(QStringLiteral("split.csv"), bytes);
    CsvReader reader;
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    QCOMPARE(reader.encoding(), Encoding::Utf8);
    const Records records = readAll(reader);
    QCOMPARE(reader.error(), QString());
    QCOMPARE(records.size(), id + 1);
    QCOMPARE(
        records.at(splitId), (QStringList { QString::number(splitId), QString(padding, u'p') + character + u'z' }));
    QCOMPARE(records.last(), (QStringList { QString::number(id), QStringLiteral("after") }));
}

void TestCsvReader::utf16SurrogatesAcrossChunks_data()
{
    QTest::addColumn<QStringConverter::Encoding>("encoding");
    QTest::addColumn<bool>("bom");

    QTest::newRow("UTF-16LE with BOM") << QStringConverter::Utf16LE << true;
    QTest::newRow("UTF-16LE without BOM") << QStringConverter::Utf16LE << false;
    QTest::newRow("UTF-16BE with BOM") << QStringConverter::Utf16BE << true;
    QTest::newRow("UTF-16BE without BOM") << QStringConverter::Utf16BE << false;
}

void TestCsvReader::utf16SurrogatesAcrossChunks()
{
    QFETCH(QStringConverter::Encoding, encoding);
    QFETCH(bool, bom);

    // Short records; the high surrogate of an emoji ends the second chunk, the low one starts
    // the third. (Code units split in the middle happen inside long records: see
    // largeFieldAcrossChunks.)
    const qsizetype boundary = 2 * CsvReader::ChunkBytes;
    const qsizetype bomBytes = bom ? 2 : 0;
    const qsizetype emojiUnit = (boundary - 2 - bomBytes) / 2;
    QString text = QStringLiteral("id,name\n");
    int id = 0;
    while (text.size() + 100 < emojiUnit)
        text += QString::number(++id) + QStringLiteral(",Zoë\n");
    const QString prefix = QString::number(++id) + u',';
    const qsizetype padding = emojiUnit - text.size() - prefix.size();
    text += prefix + QString(padding, u'p') + QStringLiteral("😀z\n");
    QCOMPARE(text.indexOf(QStringLiteral("😀")), emojiUnit);
    const int splitId = id;
    for (int i = 0; i < 50; ++i)
        text += QString::number(++id) + QStringLiteral(",after\n");
    QByteArray bytes = encode(text, encoding);
    if (bom)
        bytes.prepend(
            encoding == QStringConverter::Utf16LE ? QByteArrayLiteral("\xFF\xFE") : QByteArrayLiteral("\xFE\xFF"));

    const QString path = writeFile(QStringLiteral("split16.csv"), bytes);
    CsvReader reader;
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    QCOMPARE(reader.encoding(), encoding == QStringConverter::Utf16LE ? Encoding::Utf16LE : Encoding::Utf16BE);
    const Records records = readAll(reader);
    QCOMPARE(reader.error(), QString());
    QCOMPARE(records.size(), id + 1);
    QCOMPARE(
        records.at(splitId), (QStringList { QString::number(splitId), QString(padding, u'p') + QStringLiteral("😀z") }));
    QCOMPARE(records.last(), (QStringList { QString::number(id), QStringLiteral("after") }));
}

void TestCsvReader::unpairedUtf16SurrogatesBecomeReplacementCharacters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Records>("expected");
    const QString fffd(QChar::ReplacementCharacter);
    // Found by fuzz_csv (tests/fuzz/corpus/csv/lone-surrogate-at-end): a lone high surrogate
    // at the end was returned as is, and written as UTF-8 it became '?'.
    QTest::newRow("high surrogate at the end") << QByteArray("\xFF\xFE\xDB\xDB\xDB", 5) << Records { { fffd } };
    QTest::newRow("high surrogate before text") << QByteArray("\xFF\xFE"
                                                              "a\x00\x00\xD8"
                                                              "b\x00",
        8) << Records { { u'a' + fffd + u'b' } };
    QTest::newRow("lone low surrogate, big endian") << QByteArray("\xFE\xFF\x00"
                                                                  "a\xDC\x00\x00,\x00"
                                                                  "b",
        10) << Records { { u'a' + fffd, QStringLiteral("b") } };
    QTest::newRow("a pair stays") << QByteArray("\xFF\xFE\x3D\xD8\x00\xDE", 6) << Records { { QStringLiteral("😀") } };

    // The high surrogate ends the first chunk and the next chunk does not begin with a low one.
    QByteArray split("\xFF\xFE", 2);
    QString text;
    while ((split.size() + 2 * text.size()) < CsvReader::ChunkBytes - 2)
        text += u'p';
    split += encode(text, QStringConverter::Utf16LE);
    split += QByteArray("\x00\xD8", 2);
    QCOMPARE(split.size(), CsvReader::ChunkBytes);
    split += encode(QStringLiteral("x\nnext\n"), QStringConverter::Utf16LE);
    QTest::newRow("high surrogate ends a chunk")
        << split << Records { { text + fffd + u'x' }, { QStringLiteral("next") } };
}

void TestCsvReader::unpairedUtf16SurrogatesBecomeReplacementCharacters()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Records, expected);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader;
    QString error;
    QVERIFY2(reader.open(&buffer, &error), qPrintable(error));
    QCOMPARE(readAll(reader), expected);
    QCOMPARE(reader.error(), QString());
}

void TestCsvReader::zeroWidthNoBreakSpaceAfterTheByteOrderMarkIsKept_data()
{
    QTest::addColumn<QByteArray>("bytes");
    // Found by fuzz_csv (tests/fuzz/corpus/csv/feff-after-bom): the decoder dropped a U+FEFF
    // that followed the byte order mark as if it were a second mark.
    QTest::newRow("utf-8") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF"
                                         "b\n");
    QTest::newRow("utf-16le") << QByteArray("\xFF\xFE\xFF\xFE"
                                            "b\x00\n\x00",
        8);
    QTest::newRow("utf-16be") << QByteArray("\xFE\xFF\xFE\xFF\x00"
                                            "b\x00\n",
        8);
}

void TestCsvReader::zeroWidthNoBreakSpaceAfterTheByteOrderMarkIsKept()
{
    QFETCH(QByteArray, bytes);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader;
    QString error;
    QVERIFY2(reader.open(&buffer, &error), qPrintable(error));
    QCOMPARE(readAll(reader), (Records { { QStringLiteral("\uFEFFb") } }));
}

void TestCsvReader::progress()
{
    QByteArray input = QByteArrayLiteral("email,name\n");
    for (int i = 0; i < 20000; ++i)
        input += QByteArrayLiteral("someone") + QByteArray::number(i) + QByteArrayLiteral("@example.org,Someone\n");
    const QString path = writeFile(QStringLiteral("progress.csv"), input);

    CsvReader reader;
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    QCOMPARE(reader.totalBytes(), input.size());
    qint64 last = 0;
    int records = 0;
    bool sawProgressBeforeTheEnd = false;
    QStringList fields;
    while (reader.readRecord(&fields)) {
        ++records;
        QVERIFY(reader.bytesRead() >= last);
        QVERIFY(reader.bytesRead() <= reader.totalBytes());
        if (reader.bytesRead() < reader.totalBytes() && reader.bytesRead() > 0)
            sawProgressBeforeTheEnd = true;
        last = reader.bytesRead();
    }
    QCOMPARE(records, 20001);
    QVERIFY(sawProgressBeforeTheEnd);
    QCOMPARE(reader.bytesRead(), reader.totalBytes());
    QVERIFY(reader.atEnd());
    QCOMPARE(reader.recordStartLine(), 20001);
}

void TestCsvReader::progressFromAPartlyReadDevice()
{
    QByteArray input = QByteArrayLiteral("# exported by a CRM\nname,email\nAnn,ann@example.org\n");
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QVERIFY(!buffer.readLine().isEmpty()); // the caller skips a preamble line itself
    CsvReader reader;
    QString error;
    QVERIFY2(reader.open(&buffer, &error), qPrintable(error));
    QCOMPARE(reader.totalBytes(), input.size() - 20);
    QCOMPARE(readAll(reader), (Records { row({ u"name", u"email" }), row({ u"Ann", u"ann@example.org" }) }));
    QCOMPARE(reader.bytesRead(), reader.totalBytes());
}

void TestCsvReader::notOpened()
{
    CsvReader reader;
    QStringList fields;
    QVERIFY(!reader.readRecord(&fields));
    QVERIFY(reader.atEnd());
    QCOMPARE(reader.totalBytes(), -1);
    QCOMPARE(reader.bytesRead(), 0);
}

void TestCsvReader::csvSpectrum_data()
{
    QTest::addColumn<QString>("csvPath");
    QTest::addColumn<QString>("jsonPath");
    QTest::addColumn<bool>("restoreCrlf");
    QTest::addColumn<bool>("expectLf");

    const QString shared = sharedDir();
    if (shared.isEmpty()) {
        QTest::newRow("no shared data") << QString() << QString() << false << false;
        return;
    }
    const QDir root(shared + QStringLiteral("/conformance/csv-spectrum"));
    const QStringList names
        = QDir(root.filePath(QStringLiteral("csvs"))).entryList({ QStringLiteral("*.csv") }, QDir::Files, QDir::Name);
    if (names.isEmpty()) {
        QTest::newRow("no csv files") << root.filePath(QStringLiteral("csvs")) << QString() << false << false;
        return;
    }
    for (const QString& name : names) {
        const QString base = name.chopped(4);
        const QString csv = root.filePath(QStringLiteral("csvs/") + name);
        const QString json = root.filePath(QStringLiteral("json/") + base + QStringLiteral(".json"));
        // The *_crlf files of this copy lost their CRs (line endings were normalised when it was
        // stored), while the JSON still expects the CRLF inside quoted values. Check the file as
        // stored (a quoted LF is an LF), and the file with its CRLF line ends put back.
        QFile file(csv);
        const bool lostCrs = base.endsWith(QStringLiteral("_crlf")) && file.open(QIODevice::ReadOnly)
            && !file.readAll().contains('\r');
        QTest::newRow(qPrintable(name)) << csv << json << false << lostCrs;
        if (lostCrs)
            QTest::newRow(qPrintable(name + QStringLiteral(" with CRLF restored"))) << csv << json << true << false;
    }
}

void TestCsvReader::csvSpectrum()
{
    QFETCH(QString, csvPath);
    QFETCH(QString, jsonPath);
    QFETCH(bool, restoreCrlf);
    QFETCH(bool, expectLf);

    if (csvPath.isEmpty())
        QSKIP("GREENDOOR_SHARED_DIR is not set or does not exist: the csv-spectrum conformance data "
              "(../shared/conformance/csv-spectrum) is not available in this checkout");
    QVERIFY2(!jsonPath.isEmpty(), qPrintable(QStringLiteral("no csv-spectrum files in ") + csvPath));

    QFile jsonFile(jsonPath);
    QVERIFY2(jsonFile.open(QIODevice::ReadOnly), qPrintable(jsonPath));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(jsonFile.readAll(), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    // Most files hold an array of objects; location_coordinates.json holds its one object bare.
    const QJsonArray expected = document.isArray() ? document.array() : QJsonArray { document.object() };

    CsvReader reader;
    QString error;
    QByteArray restored;
    QBuffer buffer(&restored);
    if (restoreCrlf) {
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        restored = csvFile.readAll().replace("\n", "\r\n");
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QVERIFY2(reader.open(&buffer, &error), qPrintable(error));
    } else {
        QVERIFY2(reader.open(csvPath, &error), qPrintable(error));
    }
    const Records records = readAll(reader);
    QCOMPARE(reader.error(), QString());
    QVERIFY(!records.isEmpty());
    const QStringList& header = records.first();
    QCOMPARE(records.size() - 1, expected.size());
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList& fields = records.at(r);
        const QJsonObject object = expected.at(r - 1).toObject();
        QCOMPARE(fields.size(), header.size());
        QCOMPARE(object.size(), header.size());
        for (qsizetype i = 0; i < header.size(); ++i) {
            QVERIFY2(object.contains(header.at(i)), qPrintable(header.at(i)));
            QString want = object.value(header.at(i)).toString();
            if (expectLf)
                want.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            // csv-spectrum 2.0.0 erratum: this JSON expects a phone number that is not in the CSV
            // (2095257564). Upstream later fixed both files; when this copy is updated the check
            // below passes unexpectedly (XPASS fails the test) and this exception can go.
            if (csvPath.endsWith(QStringLiteral("/location_coordinates.csv")) && want == QStringLiteral("1234567890"))
                QEXPECT_FAIL("", "csv-spectrum 2.0.0's location_coordinates.json does not match its CSV", Continue);
            QCOMPARE(fields.at(i), want);
        }
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)

#include "tst_csvreader.moc"
