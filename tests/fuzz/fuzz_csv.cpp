// libFuzzer target: the CSV reader on arbitrary bytes.
// Properties: no crash, UB or leak; every record the reader returns, written again with CsvWriter
// (UTF-8, commas) and read back, gives the same records; reading is deterministic.
#include "core/formats/CsvReader.h"
#include "core/formats/CsvWriter.h"

#include <QBuffer>
#include <QByteArray>
#include <QStringList>
#include <cstdio>
#include <cstdlib>

using gd::core::CsvReader;
using gd::core::CsvWriter;

namespace {

struct Read
{
    bool opened = false;
    QList<QStringList> records;
    QString error;
};

Read readAll(const QByteArray& bytes, bool forceComma)
{
    Read r;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader;
    QString error;
    r.opened = reader.open(&buffer, &error);
    if (!r.opened) {
        r.error = error;
        return r;
    }
    if (forceComma)
        reader.setDelimiter(QLatin1Char(','));
    QStringList fields;
    while (reader.readRecord(&fields))
        r.records.append(fields);
    r.error = reader.error();
    return r;
}

[[noreturn]] void fail(const char* what, const QList<QStringList>& a, const QList<QStringList>& b)
{
    std::fprintf(stderr, "fuzz_csv: %s\n", what);
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QStringList x = a.value(i);
        const QStringList y = b.value(i);
        if (x != y) {
            std::fprintf(stderr, "first difference at record %lld:\n  %s\n  %s\n", static_cast<long long>(i),
                qPrintable(x.join(QStringLiteral("|"))), qPrintable(y.join(QStringLiteral("|"))));
            break;
        }
    }
    std::abort();
}

// Records the writer cannot carry through a UTF-8 CSV file by design: a NUL character (a UTF-8
// file with NUL bytes is refused as binary) and a record that is one empty field (written as an
// empty line, which readers skip).
bool writable(const QList<QStringList>& records)
{
    for (const QStringList& record : records) {
        if (record.size() == 1 && record.first().isEmpty())
            return false;
        for (const QString& field : record) {
            if (field.contains(QChar(0)))
                return false;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Read first = readAll(bytes, false);
    const Read again = readAll(bytes, false);
    if (first.opened != again.opened || first.records != again.records || first.error != again.error)
        fail("reading the same bytes twice gave different results", first.records, again.records);
    if (!first.opened || first.records.isEmpty() || !writable(first.records))
        return 0;

    QString text;
    for (const QStringList& record : first.records)
        text += CsvWriter::record(record);
    // With a byte order mark, as a U+FEFF that begins the first field is data, not a mark.
    const Read round = readAll(QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8(), true);
    if (!round.opened)
        fail(qPrintable(QStringLiteral("the written records could not be opened again: ") + round.error), first.records,
            round.records);
    if (round.records != first.records)
        fail("written and read again, the records differ", first.records, round.records);
    return 0;
}
