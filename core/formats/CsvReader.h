#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringDecoder>
#include <QStringList>
#include <memory>
#include <vector>

class QFile;
class QIODevice;

namespace gd::core {

// Reads CSV exports (HubSpot, Salesforce, Apollo, LinkedIn Sales Navigator, Excel) one record at
// a time without loading the file: raw bytes are read in chunks, decoded with a stateful
// QStringDecoder (so multi-byte sequences and surrogate pairs may be split anywhere) and parsed
// in place. Only the record being parsed is kept in memory.
//
// Parsing follows RFC 4180 and is lenient where exporters are sloppy: a quote inside an unquoted
// field is kept literally, text after a closing quote is appended as is ("ab"cd -> abcd), a lone
// CR ends a line like LF and CRLF do (classic Mac exports), ragged rows are returned as they are,
// nothing is trimmed, and empty lines are skipped.
//
//     CsvReader reader;
//     if (!reader.open(path, &error)) ...
//     QStringList fields;
//     while (reader.readRecord(&fields)) ...
//     if (!reader.error().isEmpty()) ...
class CsvReader final
{
public:
    enum class Encoding
    {
        Utf8,
        Utf8Bom,
        Utf16LE,
        Utf16BE,
        Latin1
    };

    // Raw bytes read from the device at a time; the first chunk is also the detection sample.
    static constexpr qsizetype ChunkBytes = qsizetype { 64 } * 1024;
    // A record longer than this (in UTF-16 code units) is refused: it is almost always a quote
    // that was never closed, and keeping it would mean loading the rest of the file.
    static constexpr qsizetype MaxRecordChars = qsizetype { 16 } * 1024 * 1024;

    CsvReader();
    ~CsvReader();
    Q_DISABLE_COPY_MOVE(CsvReader)

    // Opens a file and detects its encoding (UTF-8 with or without BOM, UTF-16 LE/BE by BOM or by
    // the zero-byte pattern, else Latin-1 when the bytes are not valid UTF-8) and its delimiter
    // (comma, semicolon or tab: whichever splits the first lines most consistently, outside
    // quotes) from the first 64 KiB. Returns false with a readable error (file missing or
    // unreadable, binary data such as NUL bytes in a non-UTF-16 file, a spreadsheet, etc.).
    bool open(const QString& path, QString* error);
    // The same for an open, readable device, which stays owned by the caller and must outlive
    // the reading.
    bool open(QIODevice* device, QString* error);

    // Overrides the detected delimiter (call after open). Must not be a quote, CR or LF.
    void setDelimiter(QChar delimiter);
    Encoding encoding() const { return m_encoding; }
    QChar delimiter() const { return QChar(m_delimiter); }
    static QString encodingName(Encoding encoding);

    // Reads the next record into fields. Returns false at the end of the input or on an error
    // (then error() says what and where).
    bool readRecord(QStringList* fields);
    // 1-based physical line where the last record read began.
    qint64 recordStartLine() const { return m_recordLine; }
    // True when no further record can be read (input exhausted, or an error).
    bool atEnd() const;
    QString error() const { return m_error; }
    // After an error: the 1-based line where the record that could not be read begins, and the
    // beginning of its text (at most maxChars characters), to report the broken tail as a row.
    qint64 failedRecordLine() const { return m_line; }
    QString unreadText(qsizetype maxChars) const { return m_buffer.mid(m_pos, maxChars); }

    // Raw bytes taken from the input so far (runs ahead of the records by up to one chunk).
    qint64 bytesRead() const { return m_bytesRead; }
    // Size of the input in bytes (from the device's position at open()); -1 when unknown (a pipe
    // or socket).
    qint64 totalBytes() const { return m_totalBytes; }

private:
    // One field of the record being parsed, as a range of m_buffer.
    struct FieldSpan
    {
        qsizetype begin = 0; // first character of the value (after the opening quote if quoted)
        qsizetype end = 0; // one past the value (the closing quote if quoted)
        qsizetype tailEnd = 0; // quoted fields: end of text after the closing quote
        bool quoted = false;
        bool doubledQuotes = false;
    };

    enum class Parse
    {
        Record,
        NeedMore,
        End,
        Failed
    };

    void reset();
    bool start(QString* error);
    bool detectEncoding(const QByteArray& sample, qsizetype* bomLength, QString* error);
    void detectDelimiter(bool sampleIsWholeInput);
    void decodeAppend(QByteArrayView bytes);
    bool fill();
    Parse parseRecord();
    QString fieldText(const FieldSpan& span) const;
    void fail(const QString& message);

    std::unique_ptr<QFile> m_file;
    QIODevice* m_device = nullptr;
    QStringDecoder m_decoder;
    QByteArray m_raw; // read buffer, reused
    QString m_buffer; // decoded text; [m_pos, size) is not parsed yet
    qsizetype m_pos = 0;
    std::vector<FieldSpan> m_spans;
    Encoding m_encoding = Encoding::Utf8;
    char16_t m_delimiter = u',';
    bool m_inputEnded = false; // the device is drained: m_buffer holds all that is left
    bool m_failed = false;
    bool m_warnedInvalid = false;
    qint64 m_line = 1; // physical line at m_pos
    qint64 m_recordLine = 0;
    qint64 m_openQuoteLine = -1; // set when parseRecord needs more input inside a quoted field
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = -1;
    QString m_error;
};

} // namespace gd::core
