#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

class QSqlQuery;

namespace gd::core {

class Workspace;

// A prospect as lists and detail panes show it.
struct ProspectRow
{
    qint64 id = 0;
    qint64 companyId = 0;
    QString fullName;
    QString email;
    QString title;
    QString company;
    QString domain;
    QString industry;
    int employees = -1;
    QString country;
    int score = -1; // -1: not scored
    QStringList reasons;
    QJsonObject sources; // field -> where it came from
    QString source;

    QJsonObject toJson() const;
};

// What the research agent's data-quality profile reads of a prospect.
struct ProspectContact
{
    QString fullName;
    QString email;
    QString domain; // of its company; empty without one
};

// A prospect a first touch may be drafted for, with its company's facts.
struct FirstTouchCandidate
{
    QString fullName;
    QString email; // lower case
    QString title;
    QString company;
    QString industry;
    QString country;
};

// What a prospects list shows: free text over name, email and company, a minimum score
// (-1: any), and the order (by score or by name; both served by an index).
struct ProspectQuery
{
    QString text;
    int minScore = -1;
    bool byName = false;
    bool descending = true;
};

namespace ProspectStore {

// The columns fromRow() reads, in order (p = prospects, c = companies), for queries elsewhere.
QString columns();
// Where each field of a prospect came from, as a JSON object (field -> "import:FILE line N", ...):
// the stored field_sources, or for a prospect an import created (import_id and import_line set,
// no per-row JSON written) the object built from its import line, over which field_sources names
// the fields later duplicates filled. prefix qualifies the prospects columns ("p." or empty).
QString sourcesSql(QLatin1String prefix);
ProspectRow fromRow(const QSqlQuery& query);

// Scores (again) up to limit prospects whose score is missing or older than the current ICP
// version, in one transaction. Returns how many were scored, or -1 on error.
int rescoreStale(Workspace& workspace, int limit, QString* error = nullptr);
int staleCount(Workspace& workspace);
QList<ProspectRow> top(Workspace& workspace, int limit);
std::optional<ProspectRow> byId(Workspace& workspace, qint64 id);
qint64 count(Workspace& workspace);
// How many prospects match; and one page of them in the query's order. A page at a deep offset
// stays fast: the OFFSET walks the covering index, then only the page's rows are read.
qint64 countMatching(Workspace& workspace, const ProspectQuery& query);
QList<ProspectRow> page(Workspace& workspace, const ProspectQuery& query, qint64 offset, int limit);

// Every prospect's name, email and company domain, by id.
QList<ProspectContact> contacts(Workspace& workspace);
// Prospects with a plausible email, not contacted since notContactedSinceMs and without a closed
// deal: the ones a first touch may go to.
int firstTouchEligibleCount(Workspace& workspace, qint64 notContactedSinceMs);
// Of those, the first (by id) with a company and no decision of decisionType about them yet.
QList<FirstTouchCandidate> firstTouchCandidates(
    Workspace& workspace, qint64 notContactedSinceMs, const QString& decisionType, int limit);

} // namespace ProspectStore

} // namespace gd::core
