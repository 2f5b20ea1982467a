#include "core/formats/CsvReader.h"

#include "core/Text.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <algorithm>
#include <cstring>
#include <map>

namespace gd::core {

namespace {

Q_LOGGING_CATEGORY(lcCsv, "greendoor.core.csv", QtInfoMsg)

// How long to wait for more bytes from a pipe or socket before taking the input as ended.
constexpr int SequentialWaitMs = 30000;
// Records looked at to choose the delimiter.
constexpr std::size_t DelimiterSampleRecords = 200;

bool startsWith(const QByteArray& bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < static_cast<qsizetype>(prefix.size()))
        return false;
    return std::equal(prefix.begin(), prefix.end(), reinterpret_cast<const unsigned char*>(bytes.constData()));
}

bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r';
}

// Fields per record when text is split by delimiter, quotes recognised at the start of a field.
// A record cut off by the end of the sample is left out unless the sample is the whole input.
std::vector<int> fieldCounts(QStringView text, char16_t delimiter, bool sampleIsWholeInput)
{
    std::vector<int> counts;
    const char16_t* data = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n && counts.size() < DelimiterSampleRecords) {
        if (isLineBreak(data[i])) { // empty line (or the LF of a CRLF)
            ++i;
            continue;
        }
        int fields = 1;
        bool ended = false;
        while (i < n) {
            if (data[i] == u'"') {
                ++i;
                while (i < n && !(data[i] == u'"' && (i + 1 == n || data[i + 1] != u'"')))
                    i += data[i] == u'"' ? 2 : 1;
                if (i >= n)
                    break;
                ++i;
            }
            while (i < n && data[i] != delimiter && !isLineBreak(data[i]))
                ++i;
            if (i == n)
                break;
            ++i;
            if (data[i - 1] != delimiter) {
                ended = true;
                break;
            }
            ++fields;
        }
        if (ended || sampleIsWholeInput)
            counts.push_back(fields);
    }
    return counts;
}

// Code units that do not occur in text: NUL and C0 controls other than line and page breaks,
// unpaired surrogates, private-use characters and the non-characters U+FFFE/U+FFFF. Random bytes
// read as UTF-16 are about 12 % of these; real text has next to none.
qsizetype countNonText(QStringView text)
{
    const char16_t* data = text.utf16();
    const qsizetype n = text.size();
    qsizetype count = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = data[i];
        if (c < 0x20) {
            if (c != u'\t' && c != u'\n' && c != u'\r' && c != 0x0B && c != 0x0C && c != 0x1A)
                ++count;
        } else if (QChar::isHighSurrogate(c)) {
            if (i + 1 < n && QChar::isLowSurrogate(data[i + 1]))
                ++i;
            else if (i + 1 < n) // a pair cut off by the end of the sample is fine
                ++count;
        } else if (QChar::isLowSurrogate(c) || (c >= 0xE000 && c <= 0xF8FF) || c >= 0xFFFE) {
            ++count;
        }
    }
    return count;
}

} // namespace

CsvReader::CsvReader() = default;

CsvReader::~CsvReader() = default;

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return tr("UTF-8");
    case Encoding::Utf8Bom:
        return tr("UTF-8 with BOM");
    case Encoding::Utf16LE:
        return tr("UTF-16 LE");
    case Encoding::Utf16BE:
        return tr("UTF-16 BE");
    case Encoding::Latin1:
        return tr("Latin-1");
    }
    return {};
}

void CsvReader::reset()
{
    m_device = nullptr;
    m_file.reset();
    m_decoder = QStringDecoder();
    m_raw.clear();
    m_buffer.clear();
    m_pos = 0;
    m_spans.clear();
    m_encoding = Encoding::Utf8;
    m_delimiter = u',';
    m_inputEnded = false;
    m_failed = false;
    m_warnedInvalid = false;
    m_line = 1;
    m_recordLine = 0;
    m_openQuoteLine = -1;
    m_bytesRead = 0;
    m_totalBytes = -1;
    m_error.clear();
}

void CsvReader::fail(const QString& message)
{
    m_failed = true;
    m_error = message;
}

bool CsvReader::open(const QString& path, QString* error)
{
    reset();
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists()) {
        fail(tr("file not found: %1").arg(shown));
    } else if (info.isDir()) {
        fail(tr("%1 is a folder, not a CSV file").arg(shown));
    } else {
        auto file = std::make_unique<QFile>(path);
        if (file->open(QIODevice::ReadOnly)) {
            m_file = std::move(file);
            m_device = m_file.get();
            return start(error);
        }
        fail(tr("cannot open %1: %2").arg(shown, file->errorString()));
    }
    if (error)
        *error = m_error;
    return false;
}

bool CsvReader::open(QIODevice* device, QString* error)
{
    reset();
    if (!device || !device->isOpen() || !device->isReadable()) {
        fail(tr("the input is not open for reading"));
        if (error)
            *error = m_error;
        return false;
    }
    m_device = device;
    return start(error);
}

bool CsvReader::start(QString* error)
{
    // Counted from where the device stands, so that bytesRead() reaches totalBytes() at the end.
    m_totalBytes = m_device->isSequential() ? -1 : m_device->size() - m_device->pos();

    // The first chunk is the detection sample; once decoded it is also the first text parsed.
    QByteArray sample(ChunkBytes, Qt::Uninitialized);
    qsizetype got = 0;
    while (got < sample.size()) {
        const qint64 n = m_device->read(sample.data() + got, sample.size() - got);
        if (n < 0) {
            fail(tr("cannot read the input: %1").arg(m_device->errorString()));
            break;
        }
        if (n == 0) {
            if (m_device->isSequential() && m_device->waitForReadyRead(SequentialWaitMs))
                continue;
            m_inputEnded = true;
            break;
        }
        got += n;
    }
    sample.truncate(got);
    m_bytesRead = got;

    qsizetype bomLength = 0;
    QString message;
    if (!m_failed && !detectEncoding(sample, &bomLength, &message))
        fail(message);
    if (m_failed) {
        m_file.reset();
        m_device = nullptr;
        if (error)
            *error = m_error;
        return false;
    }
    decodeAppend(QByteArrayView(sample).sliced(bomLength));
    if (m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE) {
        // The byte checks above cannot judge UTF-16; judge the decoded text instead.
        const qsizetype nonText = countNonText(m_buffer);
        if (nonText * 100 > m_buffer.size()) {
            fail(tr("not a CSV text file: it contains binary data (%1 of the first %2 characters are not text)")
                     .arg(nonText)
                     .arg(m_buffer.size()));
            m_file.reset();
            m_device = nullptr;
            if (error)
                *error = m_error;
            return false;
        }
    }
    detectDelimiter(m_inputEnded);
    if (error)
        error->clear();
    return true;
}

bool CsvReader::detectEncoding(const QByteArray& sample, qsizetype* bomLength, QString* error)
{
    *bomLength = 0;
    if (startsWith(sample, { 0xFF, 0xFE, 0x00, 0x00 }) || startsWith(sample, { 0x00, 0x00, 0xFE, 0xFF })) {
        *error = tr("the file is UTF-32, which is not supported: save it as UTF-8 and import it again");
        return false;
    }
    if (startsWith(sample, { 0xEF, 0xBB, 0xBF })) {
        m_encoding = Encoding::Utf8Bom;
        *bomLength = 3;
    } else if (startsWith(sample, { 0xFF, 0xFE })) {
        m_encoding = Encoding::Utf16LE;
        *bomLength = 2;
    } else if (startsWith(sample, { 0xFE, 0xFF })) {
        m_encoding = Encoding::Utf16BE;
        *bomLength = 2;
    } else if (startsWith(sample, { 'P', 'K', 0x03, 0x04 })) {
        *error = tr("not a CSV file: this is an Excel workbook (.xlsx) or another ZIP archive; "
                    "save the sheet as CSV and import that");
        return false;
    } else if (startsWith(sample, { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 })) {
        *error = tr("not a CSV file: this is an Excel 97-2003 workbook (.xls); save the sheet as CSV and import that");
        return false;
    } else {
        // Mostly-ASCII UTF-16 without a BOM has a zero in every other byte: odd offsets for
        // little-endian, even ones for big-endian.
        const auto* bytes = reinterpret_cast<const unsigned char*>(sample.constData());
        const qsizetype n = sample.size();
        qsizetype zeros[2] = { 0, 0 };
        qsizetype controls = 0;
        qsizetype firstZero = -1;
        for (qsizetype i = 0; i < n; ++i) {
            const unsigned char b = bytes[i];
            if (b == 0) {
                ++zeros[i & 1];
                if (firstZero < 0)
                    firstZero = i;
            } else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0B && b != 0x0C && b != 0x1A) {
                ++controls; // 0x0B/0x0C: in-cell line breaks of some exporters; 0x1A: DOS end-of-file
            }
        }
        const qsizetype pairs = n / 2;
        if (pairs > 0 && zeros[1] * 2 > pairs && zeros[0] * 16 < pairs) {
            m_encoding = Encoding::Utf16LE;
        } else if (pairs > 0 && zeros[0] * 2 > pairs && zeros[1] * 16 < pairs) {
            m_encoding = Encoding::Utf16BE;
        } else if (firstZero >= 0) {
            *error = tr("not a CSV text file: it contains binary data (a zero byte at offset %1)").arg(firstZero);
            return false;
        } else if (controls * 100 > n) {
            *error = tr("not a CSV text file: it contains binary data (%1 control bytes in the first %2 bytes)")
                         .arg(controls)
                         .arg(n);
            return false;
        } else {
            // Decoding sets hasError() on invalid UTF-8; being stateful, the probe does not count
            // a sequence cut off by the end of the sample.
            QStringDecoder probe(QStringConverter::Utf8);
            const QString decoded = probe.decode(sample);
            m_encoding = probe.hasError() ? Encoding::Latin1 : Encoding::Utf8;
        }
    }

    // The byte order mark was taken off above; a U+FEFF after it is data, which a decoder with the
    // default flags would drop as a second mark.
    constexpr auto flags = QStringConverter::Flag::ConvertInitialBom;
    switch (m_encoding) {
    case Encoding::Utf8:
    case Encoding::Utf8Bom:
        m_decoder = QStringDecoder(QStringConverter::Utf8, flags);
        break;
    case Encoding::Utf16LE:
        m_decoder = QStringDecoder(QStringConverter::Utf16LE, flags);
        break;
    case Encoding::Utf16BE:
        m_decoder = QStringDecoder(QStringConverter::Utf16BE, flags);
        break;
    case Encoding::Latin1:
        m_decoder = QStringDecoder(QStringConverter::Latin1, flags);
        break;
    }
    return true;
}

void CsvReader::detectDelimiter(bool sampleIsWholeInput)
{
    // The candidate that gives the most records the same number of fields (more than one) wins;
    // ties go to the one giving more fields, then to comma, semicolon, tab in that order.
    static constexpr char16_t candidates[] = { u',', u';', u'\t' };
    char16_t best = u',';
    int bestAgreeing = 0;
    int bestFields = 0;
    for (const char16_t candidate : candidates) {
        std::map<int, int> frequency;
        for (const int count : fieldCounts(m_buffer, candidate, sampleIsWholeInput))
            ++frequency[count];
        int fields = 0;
        int agreeing = 0;
        for (const auto& [count, records] : frequency) {
            if (records >= agreeing) {
                fields = count;
                agreeing = records;
            }
        }
        if (fields < 2)
            continue;
        if (agreeing > bestAgreeing || (agreeing == bestAgreeing && fields > bestFields)) {
            best = candidate;
            bestAgreeing = agreeing;
            bestFields = fields;
        }
    }
    m_delimiter = best;
}

void CsvReader::setDelimiter(QChar delimiter)
{
    const char16_t c = delimiter.unicode();
    if (c == u'"' || isLineBreak(c))
        return;
    m_delimiter = c;
}

void CsvReader::decodeAppend(QByteArrayView bytes)
{
    const qsizetype old = m_buffer.size();
    if (!bytes.isEmpty()) {
        m_buffer.resize(old + m_decoder.requiredSpace(bytes.size()));
        const QChar* end = m_decoder.appendToBuffer(m_buffer.data() + old, bytes);
        m_buffer.truncate(end - m_buffer.constData());
    }
    // Qt's UTF-16 decoders pass unpaired surrogates through without an error; they are invalid
    // text like any bad byte sequence and become U+FFFD too. A high surrogate that ends the text
    // so far may be paired by the next chunk, so it is looked at again then (or at the end).
    bool replaced = false;
    auto* text = reinterpret_cast<char16_t*>(m_buffer.data());
    const qsizetype size = m_buffer.size();
    qsizetype i = std::max<qsizetype>(m_pos, old > 0 && QChar::isHighSurrogate(text[old - 1]) ? old - 1 : old);
    for (; i < size; ++i) {
        if (QChar::isHighSurrogate(text[i])) {
            if (i + 1 < size && QChar::isLowSurrogate(text[i + 1])) {
                ++i;
            } else if (i + 1 < size || m_inputEnded) {
                text[i] = QChar::ReplacementCharacter;
                replaced = true;
            }
        } else if (QChar::isLowSurrogate(text[i])) {
            text[i] = QChar::ReplacementCharacter;
            replaced = true;
        }
    }
    if ((m_decoder.hasError() || replaced) && !m_warnedInvalid) {
        m_warnedInvalid = true;
        qCWarning(lcCsv).noquote() << QStringLiteral("invalid %1 found after line %2 (detection looked at the first "
                                                     "%3 bytes only); invalid bytes were replaced by U+FFFD")
                                          .arg(encodingName(m_encoding))
                                          .arg(m_line)
                                          .arg(ChunkBytes);
    }
}

bool CsvReader::fill()
{
    if (m_inputEnded || !m_device)
        return false;
    // Drop the parsed text and keep the record in progress. Asking for as many bytes as are kept
    // makes a long record grow geometrically, so re-parsing it stays linear; the growth stops
    // at MaxRecordChars so a runaway record is refused before much more of the file is read.
    if (m_pos > 0) {
        const qsizetype rest = m_buffer.size() - m_pos;
        std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, static_cast<std::size_t>(rest) * sizeof(QChar));
        m_buffer.truncate(rest);
        m_pos = 0;
    }
    const qsizetype want = std::max(ChunkBytes, std::min(m_buffer.size(), MaxRecordChars - m_buffer.size()));
    if (m_raw.size() < want)
        m_raw.resize(want);
    qsizetype got = 0;
    while (got < want) {
        const qint64 n = m_device->read(m_raw.data() + got, want - got);
        if (n < 0) {
            fail(tr("cannot read the input after %1 bytes: %2").arg(m_bytesRead + got).arg(m_device->errorString()));
            return false;
        }
        if (n == 0) {
            if (m_device->isSequential() && m_device->waitForReadyRead(SequentialWaitMs))
                continue;
            m_inputEnded = true;
            break;
        }
        got += n;
    }
    m_bytesRead += got;
    decodeAppend(QByteArrayView(m_raw.constData(), got));
    return true;
}

CsvReader::Parse CsvReader::parseRecord()
{
    // Parses one record from m_pos. When the text runs out before the record is complete and
    // more input may come, nothing is committed and the caller refills and parses again.
    const auto* data = reinterpret_cast<const char16_t*>(m_buffer.constData());
    const qsizetype n = m_buffer.size();
    const char16_t delimiter = m_delimiter;
    qsizetype i = m_pos;
    qint64 line = m_line;
    m_openQuoteLine = -1;

    // Empty lines between records are skipped (and consumed for good).
    while (i < n && isLineBreak(data[i])) {
        if (data[i] == u'\r' && i + 1 == n && !m_inputEnded)
            break; // the LF of a CRLF may be in the next chunk
        i += (data[i] == u'\r' && i + 1 < n && data[i + 1] == u'\n') ? 2 : 1;
        ++line;
    }
    m_pos = i;
    m_line = line;
    if (i == n)
        return m_inputEnded ? Parse::End : Parse::NeedMore;
    if (data[i] == u'\r')
        return Parse::NeedMore;

    const qint64 recordLine = line;
    m_spans.clear();
    for (;;) {
        FieldSpan span;
        if (i < n && data[i] == u'"') {
            const qint64 quoteLine = line;
            qsizetype j = i + 1;
            span.quoted = true;
            span.begin = j;
            for (;;) {
                if (j == n) {
                    if (!m_inputEnded) {
                        m_openQuoteLine = quoteLine;
                        return Parse::NeedMore;
                    }
                    fail(tr("unterminated quoted field starting at line %1").arg(quoteLine));
                    return Parse::Failed;
                }
                const char16_t c = data[j];
                if (c == u'"') {
                    if (j + 1 < n && data[j + 1] == u'"') {
                        span.doubledQuotes = true;
                        j += 2;
                        continue;
                    }
                    if (j + 1 == n && !m_inputEnded) { // a doubled quote may be split
                        m_openQuoteLine = quoteLine;
                        return Parse::NeedMore;
                    }
                    break;
                }
                if (c == u'\n' || (c == u'\r' && (j + 1 == n || data[j + 1] != u'\n')))
                    ++line;
                ++j;
            }
            span.end = j;
            i = j + 1;
            while (i < n && data[i] != delimiter && !isLineBreak(data[i]))
                ++i; // text after the closing quote, kept as is
            span.tailEnd = i;
        } else {
            span.begin = i;
            while (i < n) {
                const char16_t c = data[i];
                if (c == delimiter || c == u'\n' || c == u'\r')
                    break;
                ++i;
            }
            span.end = i;
            span.tailEnd = i;
        }
        if (i == n && !m_inputEnded)
            return Parse::NeedMore; // the field may go on in the next chunk
        m_spans.push_back(span);
        if (i < n && data[i] == delimiter) {
            ++i;
            continue;
        }
        if (i < n) { // a line break ends the record
            if (data[i] == u'\r') {
                if (i + 1 == n && !m_inputEnded)
                    return Parse::NeedMore;
                i += (i + 1 < n && data[i + 1] == u'\n') ? 2 : 1;
            } else {
                ++i;
            }
            ++line;
        }
        m_pos = i;
        m_line = line;
        m_recordLine = recordLine;
        return Parse::Record;
    }
}

QString CsvReader::fieldText(const FieldSpan& span) const
{
    const QChar* data = m_buffer.constData();
    const qsizetype tail = span.quoted ? span.tailEnd - (span.end + 1) : 0;
    if (!span.doubledQuotes && tail <= 0)
        return QString(data + span.begin, span.end - span.begin);

    QString text(span.end - span.begin + std::max<qsizetype>(tail, 0), Qt::Uninitialized);
    QChar* out = text.data();
    for (qsizetype i = span.begin; i < span.end; ++i) {
        *out++ = data[i];
        if (data[i] == u'"')
            ++i; // inside quotes every quote is the first of a doubled pair
    }
    if (tail > 0)
        out = std::copy(data + span.end + 1, data + span.tailEnd, out);
    text.truncate(out - text.constData());
    return text;
}

bool CsvReader::readRecord(QStringList* fields)
{
    Q_ASSERT(fields);
    if (!m_device || m_failed) {
        fields->clear();
        return false;
    }
    for (;;) {
        switch (parseRecord()) {
        case Parse::Record: {
            // The list's strings are written over where nothing else holds them: a caller that
            // lets go of the previous record's text reads the next one without an allocation.
            const auto n = static_cast<qsizetype>(m_spans.size());
            fields->resize(n);
            for (qsizetype i = 0; i < n; ++i) {
                const FieldSpan& span = m_spans.at(static_cast<std::size_t>(i));
                QString& field = (*fields)[i];
                const bool plain = !span.doubledQuotes && (!span.quoted || span.tailEnd <= span.end + 1);
                const qsizetype length = span.end - span.begin;
                if (plain && field.isDetached() && field.capacity() >= length) {
                    field.resize(length);
                    std::copy_n(m_buffer.constData() + span.begin, length, field.data());
                } else {
                    field = fieldText(span);
                }
            }
            return true;
        }
        case Parse::End:
        case Parse::Failed:
            fields->clear();
            return false;
        case Parse::NeedMore:
            if (m_buffer.size() - m_pos > MaxRecordChars) {
                const int mib = static_cast<int>(MaxRecordChars / (qsizetype { 1024 } * 1024));
                if (m_openQuoteLine > 0)
                    fail(tr("quoted field starting at line %1 is still open after %2 MiB of text: "
                            "its closing quote is probably missing")
                             .arg(m_openQuoteLine)
                             .arg(mib));
                else
                    fail(tr("record starting at line %1 is longer than %2 MiB").arg(m_line).arg(mib));
                fields->clear();
                return false;
            }
            if (!fill()) {
                fields->clear();
                return false;
            }
            break;
        }
    }
}

bool CsvReader::atEnd() const
{
    if (!m_device || m_failed)
        return true;
    const auto* data = reinterpret_cast<const char16_t*>(m_buffer.constData());
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        if (!isLineBreak(data[i]))
            return false;
    }
    return m_inputEnded || m_device->atEnd();
}

} // namespace gd::core
