#pragma once

#include "core/prospects/ProspectScorer.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QVector>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace gd::core {

class Workspace;

enum class ProspectField
{
    Ignore,
    FirstName,
    LastName,
    FullName,
    Email,
    Title,
    Company,
    Domain,
    Website,
    Industry,
    Employees,
    City,
    Country,
    Location,
    Phone,
    LinkedIn,
    Seniority,
};

QString nameOf(ProspectField field);
QList<ProspectField> allProspectFields();

// Which column holds what. detect() recognises the export layouts of HubSpot, Salesforce,
// Apollo and LinkedIn Sales Navigator (and sensible column names of any other tool); the
// import dialog lets the user correct it.
struct ColumnMapping
{
    QVector<ProspectField> columns;
    QString vendor; // hubspot, salesforce, apollo, linkedin_sales_navigator, generic

    static ColumnMapping detect(const QStringList& header);
    bool has(ProspectField field) const { return columns.contains(field); }
    QJsonObject toJson(const QStringList& header) const;
};

struct ImportReject
{
    qint64 line = 0;
    QString reason;
    QString raw;
};

struct ImportReport
{
    QString importId;
    QString file;
    QString vendor;
    QString encoding;
    QString delimiter;
    qint64 rows = 0;
    qint64 imported = 0;
    qint64 merged = 0;
    qint64 rejected = 0;
    QList<ImportReject> rejects; // all of them (also stored in the workspace)
    bool cancelled = false;
    bool indexesRebuilt = false; // a large import: the prospects indexes were built after the rows
    QString error; // the file could not be imported at all (nothing was stored)
    double seconds = 0;
    // Where the time went, in seconds: the reading thread reading, validating and scoring
    // (read) and waiting for the writer (readWait); the writing thread storing rows (write) and
    // waiting for rows (writeWait); the indexes built again; the commit.
    struct Phases
    {
        double read = 0, readWait = 0, write = 0, writeWait = 0, indexes = 0, commit = 0;
        double readCpu = 0, writeCpu = 0; // CPU time of each thread over the rows

    } phases;

    bool ok() const { return error.isEmpty() && !cancelled; }
    QJsonObject toJson(int maxRejects = -1) const;
};

// Imports a prospect list: CSV in any of the encodings and delimiters CsvReader detects, the
// columns mapped, every row validated and normalised (email syntax, lower-case domains, the
// company domain from the website or a business email, trimmed names), duplicates merged by
// email and by (full name, company domain) without overwriting what is known, each new prospect
// scored against the current ICP. All in one transaction: cancelled or crashed, nothing is
// stored; finished, the report lists every rejected row with its line and reason.
class ProspectImporter final
{
public:
    // Called every few thousand rows, once after each index an import builds after its rows
    // (bytesDone == bytesTotal then), and once at the end.
    using Progress = std::function<void(qint64 bytesDone, qint64 bytesTotal, qint64 rows)>;

    explicit ProspectImporter(std::shared_ptr<Workspace> workspace);

    // The header and the first rows, for the mapping dialog.
    struct Preview
    {
        QStringList header;
        QList<QStringList> rows;
        ColumnMapping mapping;
        QString encoding;
        QString delimiter;
        QString error;
    };
    static Preview preview(const QString& path, int rows = 20);

    void setMapping(const ColumnMapping& mapping) { m_mapping = mapping; }
    // From about this many rows (estimated from the file's size), an import into a workspace
    // with fewer prospects than the file drops the prospects indexes and builds them after the
    // rows, in the same transaction. Tests lower it to take that path with a small file.
    static constexpr qint64 kDefaultIndexRebuildRows = 50000;
    void setIndexRebuildRows(qint64 rows) { m_indexRebuildRows = rows; }
    // Which thread scores the rows: whichever has time (the default), or always the one that
    // reads or the one that writes (tests compare the two; the answers are the same).
    enum class ScoringThread
    {
        Either,
        Reader,
        Writer,
    };
    void setScoringThread(ScoringThread thread) { m_scoringThread = thread; }
    ImportReport run(const QString& path, const Progress& progress = {}, const std::atomic<bool>* cancel = nullptr);

    // The rejected rows of an import as CSV (line, reason, the original row) to fix and re-import.
    static QByteArray rejectsCsv(Workspace& workspace, const QString& importId);

    static QString normaliseDomain(const QString& text);
    static bool isFreeMailDomain(const QString& domain);
    static QString countryCode(const QString& text);
    static int parseEmployees(const QString& text);

private:
    std::shared_ptr<Workspace> m_workspace;
    std::optional<ColumnMapping> m_mapping;
    qint64 m_indexRebuildRows = kDefaultIndexRebuildRows;
    ScoringThread m_scoringThread = ScoringThread::Either;
};

} // namespace gd::core
