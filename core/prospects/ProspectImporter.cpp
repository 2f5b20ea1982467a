#include "core/prospects/ProspectImporter.h"

#include "core/Text.h"
#include "core/formats/CsvReader.h"
#include "core/formats/CsvWriter.h"
#include "core/formats/EmailAddress.h"
#include "core/formats/Json.h"
#include "core/runtime/Types.h"
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

namespace gd::core {

namespace {

constexpr std::array<const char*, 17> kFieldNames
    = { "ignore", "first_name", "last_name", "full_name", "email", "title", "company", "domain", "website", "industry",
          "employees", "city", "country", "location", "phone", "linkedin", "seniority" };

QString key(const QString& header)
{
    QString k;
    for (QChar c : header.toLower()) {
        if (c.isLetterOrNumber())
            k += c;
    }
    return k;
}

const QHash<QString, ProspectField>& synonyms()
{
    static const QHash<QString, ProspectField> map = [] {
        QHash<QString, ProspectField> m;
        auto add = [&m](ProspectField f, std::initializer_list<const char*> names) {
            for (const char* n : names)
                m.insert(QString::fromLatin1(n), f);
        };
        add(ProspectField::FirstName, { "firstname", "first", "givenname", "fname", "vorname" });
        add(ProspectField::LastName, { "lastname", "last", "surname", "familyname", "lname", "nachname" });
        add(ProspectField::FullName, { "name", "fullname", "contactname", "contact", "leadname", "personname" });
        add(ProspectField::Email,
            { "email", "emailaddress", "workemail", "businessemail", "email1", "primaryemail", "emailid", "mail" });
        add(ProspectField::Title,
            { "title", "jobtitle", "position", "role", "designation", "currenttitle", "currentposition" });
        add(ProspectField::Company,
            { "company", "companyname", "account", "accountname", "companyaccount", "organization", "organisation",
                "employer", "currentcompany", "firma" });
        add(ProspectField::Domain, { "companydomain", "domain", "emaildomain", "companywebsitedomain" });
        add(ProspectField::Website, { "website", "websiteurl", "companywebsite", "companyurl", "web", "url" });
        add(ProspectField::Industry, { "industry", "companyindustry", "sector", "branche" });
        add(ProspectField::Employees,
            { "employees", "numberofemployees", "noofemployees", "employeecount", "companysize", "companyheadcount",
                "headcount", "size", "companyemployees" });
        add(ProspectField::City, { "city", "mailingcity", "personcity" });
        add(ProspectField::Country, { "country", "countryregion", "mailingcountry", "personcountry", "land" });
        add(ProspectField::Location, { "location", "geography", "personlocation" });
        add(ProspectField::Phone,
            { "phone", "phonenumber", "mobile", "mobilephone", "workphone", "directphone", "corporatephone",
                "workdirectphone" });
        add(ProspectField::LinkedIn,
            { "linkedin", "linkedinurl", "personlinkedinurl", "linkedinprofileurl", "profileurl", "linkedinprofile" });
        add(ProspectField::Seniority, { "seniority" });
        return m;
    }();
    return map;
}

struct Vendor
{
    const char* id;
    std::initializer_list<const char*> signature; // normalised column names only this tool writes
};

const std::array<Vendor, 4> kVendors = { {
    { "hubspot",
        { "countryregion", "websiteurl", "numberofemployees", "phonenumber", "recordid", "contactowner",
            "lifecyclestage" } },
    { "salesforce",
        { "companyaccount", "mailingcity", "mailingcountry", "noofemployees", "leadsource", "leadstatus",
            "accountname" } },
    { "apollo",
        { "employees", "personlinkedinurl", "seniority", "companynameforemails", "emailstatus", "apollocontactid",
            "apolloaccountid" } },
    { "linkedin_sales_navigator",
        { "profileurl", "linkedinprofileurl", "geography", "connectiondegree", "companysize", "currentcompany" } },
} };

const QSet<QString>& freeMail()
{
    static const QSet<QString> domains = { QStringLiteral("gmail.com"), QStringLiteral("googlemail.com"),
        QStringLiteral("yahoo.com"), QStringLiteral("yahoo.de"), QStringLiteral("hotmail.com"),
        QStringLiteral("outlook.com"), QStringLiteral("live.com"), QStringLiteral("gmx.de"), QStringLiteral("gmx.net"),
        QStringLiteral("web.de"), QStringLiteral("icloud.com"), QStringLiteral("me.com"), QStringLiteral("aol.com"),
        QStringLiteral("proton.me"), QStringLiteral("protonmail.com"), QStringLiteral("t-online.de"),
        QStringLiteral("mail.com") };
    return domains;
}

} // namespace

QString nameOf(ProspectField field)
{
    return QLatin1String(kFieldNames.at(static_cast<std::size_t>(field)));
}

QList<ProspectField> allProspectFields()
{
    QList<ProspectField> all;
    for (std::size_t i = 0; i < kFieldNames.size(); ++i)
        all << static_cast<ProspectField>(i);
    return all;
}

ColumnMapping ColumnMapping::detect(const QStringList& header)
{
    ColumnMapping m;
    QSet<QString> keys;
    for (const QString& h : header) {
        const QString k = key(h);
        keys.insert(k);
        ProspectField f = synonyms().value(k, ProspectField::Ignore);
        if (f != ProspectField::Ignore && m.columns.contains(f))
            f = ProspectField::Ignore; // the first column of a kind wins
        m.columns << f;
    }
    // A company column that is actually a country ("Company Country") is not the person's.
    int best = 0;
    m.vendor = QStringLiteral("generic");
    for (const Vendor& v : kVendors) {
        int hits = 0;
        for (const char* s : v.signature)
            hits += keys.contains(QString::fromLatin1(s)) ? 1 : 0;
        if (hits > best) {
            best = hits;
            m.vendor = QString::fromLatin1(v.id);
        }
    }
    return m;
}

QJsonObject ColumnMapping::toJson(const QStringList& header) const
{
    QJsonObject columnsJson;
    for (int i = 0; i < columns.size() && i < header.size(); ++i)
        columnsJson.insert(header.at(i), nameOf(columns.at(i)));
    return QJsonObject { { QStringLiteral("vendor"), vendor }, { QStringLiteral("columns"), columnsJson } };
}

QJsonObject ImportReport::toJson(int maxRejects) const
{
    QJsonArray list;
    for (const ImportReject& r : rejects) {
        if (maxRejects >= 0 && list.size() >= maxRejects)
            break;
        list.append(QJsonObject { { QStringLiteral("line"), r.line }, { QStringLiteral("reason"), r.reason } });
    }
    return QJsonObject {
        { QStringLiteral("import_id"), importId },
        { QStringLiteral("file"), file },
        { QStringLiteral("vendor"), vendor },
        { QStringLiteral("encoding"), encoding },
        { QStringLiteral("delimiter"), delimiter },
        { QStringLiteral("rows"), rows },
        { QStringLiteral("imported"), imported },
        { QStringLiteral("merged"), merged },
        { QStringLiteral("rejected"), rejected },
        { QStringLiteral("rejects"), list },
        { QStringLiteral("cancelled"), cancelled },
        { QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error) },
        { QStringLiteral("seconds"), seconds },
    };
}

QString ProspectImporter::normaliseDomain(const QString& text)
{
    QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return {};
    if (t.contains(QLatin1String("://")))
        t = QUrl(t).host();
    else
        t = t.section(QLatin1Char('/'), 0, 0);
    if (t.startsWith(QLatin1String("www.")))
        t = t.mid(4);
    t = t.section(QLatin1Char(':'), 0, 0);
    if (!t.contains(QLatin1Char('.')))
        return {};
    return t;
}

bool ProspectImporter::isFreeMailDomain(const QString& domain)
{
    return freeMail().contains(domain);
}

QString ProspectImporter::countryCode(const QString& text)
{
    static const QHash<QString, QString> names = {
        { QStringLiteral("germany"), QStringLiteral("DE") },
        { QStringLiteral("deutschland"), QStringLiteral("DE") },
        { QStringLiteral("austria"), QStringLiteral("AT") },
        { QStringLiteral("switzerland"), QStringLiteral("CH") },
        { QStringLiteral("france"), QStringLiteral("FR") },
        { QStringLiteral("netherlands"), QStringLiteral("NL") },
        { QStringLiteral("belgium"), QStringLiteral("BE") },
        { QStringLiteral("luxembourg"), QStringLiteral("LU") },
        { QStringLiteral("united kingdom"), QStringLiteral("GB") },
        { QStringLiteral("uk"), QStringLiteral("GB") },
        { QStringLiteral("england"), QStringLiteral("GB") },
        { QStringLiteral("ireland"), QStringLiteral("IE") },
        { QStringLiteral("united states"), QStringLiteral("US") },
        { QStringLiteral("usa"), QStringLiteral("US") },
        { QStringLiteral("united states of america"), QStringLiteral("US") },
        { QStringLiteral("canada"), QStringLiteral("CA") },
        { QStringLiteral("sweden"), QStringLiteral("SE") },
        { QStringLiteral("norway"), QStringLiteral("NO") },
        { QStringLiteral("denmark"), QStringLiteral("DK") },
        { QStringLiteral("finland"), QStringLiteral("FI") },
        { QStringLiteral("spain"), QStringLiteral("ES") },
        { QStringLiteral("italy"), QStringLiteral("IT") },
        { QStringLiteral("poland"), QStringLiteral("PL") },
        { QStringLiteral("portugal"), QStringLiteral("PT") },
    };
    const QString t = text.trimmed();
    if (t.size() == 2 && t.at(0).isLetter() && t.at(1).isLetter())
        return t.toUpper();
    return names.value(t.toLower(), t);
}

int ProspectImporter::parseEmployees(const QString& text)
{
    // "150", "1,200", "51-200", "10,001+", "51 to 200": the largest number stands for the band.
    int best = -1;
    QString digits;
    auto flush = [&] {
        if (!digits.isEmpty())
            best = std::max(best, digits.toInt());
        digits.clear();
    };
    for (QChar c : text) {
        if (c.isDigit())
            digits += c;
        else if (c == QLatin1Char(',') || c == QLatin1Char('.') || c == QLatin1Char('\''))
            continue; // thousands separators
        else
            flush();
    }
    flush();
    return best;
}

ProspectImporter::ProspectImporter(std::shared_ptr<Workspace> workspace)
    : m_workspace(std::move(workspace))
{
}

ProspectImporter::Preview ProspectImporter::preview(const QString& path, int rows)
{
    Preview p;
    CsvReader reader;
    if (!reader.open(path, &p.error))
        return p;
    p.encoding = CsvReader::encodingName(reader.encoding());
    p.delimiter = reader.delimiter() == QLatin1Char('\t') ? QStringLiteral("tab") : QString(reader.delimiter());
    if (!reader.readRecord(&p.header)) {
        p.error = reader.error().isEmpty() ? tr("%1 is empty").arg(QFileInfo(path).fileName()) : reader.error();
        return p;
    }
    QStringList fields;
    while (p.rows.size() < rows && reader.readRecord(&fields))
        p.rows << fields;
    p.mapping = ColumnMapping::detect(p.header);
    return p;
}

QByteArray ProspectImporter::rejectsCsv(Workspace& ws, const QString& importId)
{
    QString out = QStringLiteral("line,reason,row\r\n");
    QSqlQuery q(ws.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT line, reason, raw FROM import_rejects WHERE import_id = ? ORDER BY line"));
    q.addBindValue(importId);
    if (q.exec()) {
        while (q.next())
            out += CsvWriter::record({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    }
    return out.toUtf8();
}

namespace {

// The columns of the file that hold each field (-1: none).
struct Columns
{
    int first = -1, last = -1, full = -1, email = -1, title = -1, company = -1, domain = -1, website = -1,
        industry = -1, employees = -1, city = -1, country = -1, location = -1, phone = -1, linkedIn = -1;

    explicit Columns(const ColumnMapping& mapping)
    {
        auto column = [&](ProspectField f) { return static_cast<int>(mapping.columns.indexOf(f)); };
        first = column(ProspectField::FirstName);
        last = column(ProspectField::LastName);
        full = column(ProspectField::FullName);
        email = column(ProspectField::Email);
        title = column(ProspectField::Title);
        company = column(ProspectField::Company);
        domain = column(ProspectField::Domain);
        website = column(ProspectField::Website);
        industry = column(ProspectField::Industry);
        employees = column(ProspectField::Employees);
        city = column(ProspectField::City);
        country = column(ProspectField::Country);
        location = column(ProspectField::Location);
        phone = column(ProspectField::Phone);
        linkedIn = column(ProspectField::LinkedIn);
    }
};

// One row, validated and normalised.
struct ProspectInput
{
    qint64 line = 0;
    QString email;
    QString first;
    QString last;
    QString full;
    QString domain;
    QString website;
    QString city;
    QString country;
    QString companyName;
    QString industry;
    QString title;
    QString phone;
    QString linkedIn;
    int employees = -1;
    QString nameKey() const { return full.toLower() + QLatin1Char('|') + domain; }
};

// What the workspace already has, for de-duplication without a query per row. Read inside the
// import's write transaction, so that a second import running at the same time waits and then
// sees the first one's prospects instead of inserting them again.
struct Snapshot
{
    QHash<QString, qint64> byEmail;
    QHash<QString, qint64> byNameKey;
    QHash<QString, qint64> companyByDomain;
    QHash<QString, qint64> companyByName;

    void load(const QSqlDatabase& db)
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT id, email, name_key FROM prospects"));
        while (q.next()) {
            const QString email = q.value(1).toString();
            if (!email.isEmpty())
                byEmail.insert(email, q.value(0).toLongLong());
            const QString nk = q.value(2).toString();
            if (!nk.isEmpty() && !nk.endsWith(QLatin1Char('|')))
                byNameKey.insert(nk, q.value(0).toLongLong());
        }
        q.exec(QStringLiteral("SELECT id, domain, lower(name) FROM companies"));
        while (q.next()) {
            if (!q.value(1).toString().isEmpty())
                companyByDomain.insert(q.value(1).toString(), q.value(0).toLongLong());
            companyByName.insert(q.value(2).toString(), q.value(0).toLongLong());
        }
    }
};

// A file's identity at one moment, to notice that it changed while it was read.
struct FileStamp
{
    qint64 size = -1;
    qint64 modifiedMs = -1;

    static FileStamp of(const QString& path)
    {
        QFileInfo info(path);
        info.setCaching(false);
        if (!info.exists())
            return {};
        return { info.size(), info.lastModified().toMSecsSinceEpoch() };
    }
    bool operator==(const FileStamp&) const = default;
};

// At most this much of an unreadable tail is kept as the rejected row's text.
constexpr qsizetype kMaxRejectedTailChars = 4096;
// How long an import waits for another writer (another import) to finish before giving up.
constexpr qint64 kMaxWaitForWriterMs = qint64 { 10 } * 60 * 1000;

QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// The steps of one import: open and map the file, take the write lock and the snapshot,
// validate each row, merge or insert it, and record the report. All in one transaction.
class ImportRun final
{
public:
    ImportRun(Workspace& ws, const std::optional<ColumnMapping>& mapping, const QString& path,
        const ProspectImporter::Progress& progress, const std::atomic<bool>* cancel)
        : m_ws(ws)
        , m_mappingOverride(mapping)
        , m_path(path)
        , m_progress(progress)
        , m_cancel(cancel)
    {
        m_timer.start();
        m_report.importId = newId();
        m_report.file = QFileInfo(path).absoluteFilePath();
    }

    ImportReport run()
    {
        m_startStamp = FileStamp::of(m_path);
        if (!openAndMap())
            return m_report;
        const std::optional<Icp> icp = IcpStore::current(m_ws);
        if (icp)
            m_scorer.emplace(*icp);

        // A bigger page cache for the one big transaction (SQLite's default 2 MB spills pages
        // to the WAL and reads them back); restored afterwards.
        QSqlQuery cache(m_ws.db());
        cache.exec(QStringLiteral("PRAGMA cache_size = -65536"));
        struct RestoreCache
        {
            Workspace& ws;
            ~RestoreCache()
            {
                QSqlQuery q(ws.db());
                q.exec(QStringLiteral("PRAGMA cache_size = -2000"));
            }
        } restoreCache { m_ws };

        if (!beginAndSnapshot())
            return finished();
        prepareStatements();
        QStringList fields;
        qint64 lastProgress = 0;
        while (m_reader.readRecord(&fields)) {
            ++m_report.rows;
            if (cancelled()) {
                m_tx->rollback();
                m_report.cancelled = true;
                m_report.imported = m_report.merged = 0;
                return finished();
            }
            if (m_progress && m_report.rows - lastProgress >= 2000) {
                lastProgress = m_report.rows;
                m_progress(m_reader.bytesRead(), m_reader.totalBytes(), m_report.rows);
            }
            const std::optional<ProspectInput> row = validateRow(fields, m_reader.recordStartLine());
            if (row && !store(*row))
                return abandon(m_report.error);
        }
        if (!finish())
            return abandon(m_report.error);
        if (m_progress)
            m_progress(m_reader.bytesRead(), m_reader.totalBytes(), m_report.rows);
        return finished();
    }

private:
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    ImportReport finished()
    {
        m_report.seconds = static_cast<double>(m_timer.elapsed()) / 1000.0;
        return m_report;
    }

    ImportReport abandon(const QString& why)
    {
        if (m_tx)
            m_tx->rollback();
        m_report.error = why;
        m_report.imported = m_report.merged = 0;
        return finished();
    }

    // Step 1: the file, its header and which column holds what.
    bool openAndMap()
    {
        if (!m_reader.open(m_path, &m_report.error))
            return false;
        m_report.encoding = CsvReader::encodingName(m_reader.encoding());
        m_report.delimiter
            = m_reader.delimiter() == QLatin1Char('\t') ? QStringLiteral("tab") : QString(m_reader.delimiter());
        if (!m_reader.readRecord(&m_header)) {
            m_report.error = m_reader.error().isEmpty()
                ? tr("%1 has no header row: nothing to import").arg(QFileInfo(m_path).fileName())
                : m_reader.error();
            return false;
        }
        const ColumnMapping mapping = m_mappingOverride.value_or(ColumnMapping::detect(m_header));
        m_report.vendor = mapping.vendor;
        const bool hasName = mapping.has(ProspectField::FullName) || mapping.has(ProspectField::FirstName)
            || mapping.has(ProspectField::LastName);
        if (!mapping.has(ProspectField::Email) && !hasName) {
            m_report.error
                = tr("no column holds an email address or a name (the columns are: %1). Map them in the import "
                     "dialog.")
                      .arg(m_header.join(QStringLiteral(", ")));
            return false;
        }
        m_columns.emplace(mapping);
        return true;
    }

    // Step 2: the write lock, then what the workspace already has. Another import holding the
    // lock is waited for (it may take minutes on a big file) unless the import is cancelled.
    bool beginAndSnapshot()
    {
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            m_tx.emplace(m_ws);
            if (m_tx->ok())
                break;
            const QString why = m_tx->error();
            m_tx.reset();
            const bool busy = why.contains(QLatin1String("locked")) || why.contains(QLatin1String("busy"));
            if (!busy || waited.elapsed() > kMaxWaitForWriterMs || cancelled()) {
                m_report.error = why;
                if (cancelled())
                    m_report.cancelled = true;
                return false;
            }
            QThread::msleep(20);
        }
        m_snapshot.load(m_ws.db());
        return true;
    }

    void prepareStatements()
    {
        QSqlDatabase db = m_ws.db();
        m_insertCompany = QSqlQuery(db);
        m_insertCompany.prepare(QStringLiteral(
            "INSERT INTO companies (name, domain, industry, employees, country, website) VALUES (?, ?, ?, ?, ?, ?)"));
        m_fillCompany = QSqlQuery(db);
        m_fillCompany.prepare(QStringLiteral(
            "UPDATE companies SET industry = coalesce(nullif(industry, ''), ?), employees = coalesce(employees, ?), "
            "country = coalesce(nullif(country, ''), ?), website = coalesce(nullif(website, ''), ?) WHERE id = ?"));
        m_insertProspect = QSqlQuery(db);
        m_insertProspect.prepare(QStringLiteral(
            "INSERT INTO prospects (company_id, full_name, first_name, last_name, email, title, phone, "
            "linkedin_url, city, country, "
            "name_key, score, score_reasons, scored_version, field_sources, source, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        m_mergeProspect = QSqlQuery(db);
        m_mergeProspect.prepare(QStringLiteral(
            "UPDATE prospects SET company_id = coalesce(company_id, ?), first_name = coalesce(nullif(first_name, ''), "
            "?), last_name = coalesce(nullif(last_name, ''), ?), email = coalesce(nullif(email, ''), ?), "
            "title = coalesce(nullif(title, ''), ?), phone = coalesce(nullif(phone, ''), ?), "
            "linkedin_url = coalesce(nullif(linkedin_url, ''), ?), city = coalesce(nullif(city, ''), ?), "
            "country = coalesce(nullif(country, ''), ?), field_sources = json_patch(?, coalesce(field_sources, "
            "'{}')), scored_version = 0, updated_at = ? WHERE id = ?"));
        m_now = nowMs();
        m_source = QStringLiteral("import:%1").arg(QFileInfo(m_path).fileName());
    }

    void reject(qint64 line, const QString& reason, const QString& raw)
    {
        m_report.rejects.append({ line, reason, notNull(raw) });
        ++m_report.rejected;
    }

    // Step 3: one row checked and normalised, or rejected with its line and the reason.
    std::optional<ProspectInput> validateRow(const QStringList& fields, qint64 line)
    {
        auto cell = [&](int c) { return c >= 0 && c < fields.size() ? fields.at(c).trimmed() : QString(); };
        auto rejectRow = [&](const QString& reason) {
            QString raw = CsvWriter::record(fields);
            raw.chop(2); // the record's CRLF
            reject(line, reason, raw);
            return std::nullopt;
        };
        const Columns& c = *m_columns;
        if (fields.size() != m_header.size())
            return rejectRow(tr("the row has %1 fields, the header has %2").arg(fields.size()).arg(m_header.size()));
        ProspectInput row;
        row.line = line;
        if (!cell(c.email).isEmpty()) {
            const std::optional<QString> email = EmailAddress::normalized(cell(c.email));
            if (!email)
                return rejectRow(tr("\"%1\" is not a valid email address").arg(cell(c.email)));
            row.email = *email;
        }
        row.first = cell(c.first);
        row.last = cell(c.last);
        row.full = cell(c.full).simplified();
        if (row.full.isEmpty())
            row.full = QString(row.first + QLatin1Char(' ') + row.last).simplified();
        if (row.first.isEmpty() && row.last.isEmpty() && !row.full.isEmpty()) {
            row.first = row.full.section(QLatin1Char(' '), 0, 0);
            row.last = row.full.section(QLatin1Char(' '), 1);
        }
        if (row.full.isEmpty() && row.email.isEmpty())
            return rejectRow(tr("no name and no email address"));
        if (row.full.isEmpty())
            row.full = row.email.section(QLatin1Char('@'), 0, 0);

        row.domain = ProspectImporter::normaliseDomain(cell(c.domain));
        row.website = cell(c.website);
        if (row.domain.isEmpty())
            row.domain = ProspectImporter::normaliseDomain(row.website);
        if (row.domain.isEmpty() && !row.email.isEmpty()) {
            const QString emailDomain = row.email.section(QLatin1Char('@'), 1);
            if (!ProspectImporter::isFreeMailDomain(emailDomain))
                row.domain = emailDomain;
        }
        row.city = cell(c.city);
        row.country = cell(c.country);
        if (c.location >= 0 && (row.city.isEmpty() || row.country.isEmpty())) {
            const QStringList parts = cell(c.location).split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (row.city.isEmpty() && parts.size() >= 2)
                row.city = parts.first().trimmed();
            if (row.country.isEmpty() && !parts.isEmpty())
                row.country = parts.last().trimmed();
        }
        if (!row.country.isEmpty())
            row.country = ProspectImporter::countryCode(row.country);
        row.companyName = cell(c.company);
        row.industry = cell(c.industry);
        row.employees = c.employees >= 0 ? ProspectImporter::parseEmployees(cell(c.employees)) : -1;
        row.title = cell(c.title);
        row.phone = cell(c.phone);
        row.linkedIn = cell(c.linkedIn);
        return row;
    }

    // The company of a row: found by domain, else by name; created or completed. 0: none.
    bool storeCompany(const ProspectInput& row, qint64* companyId)
    {
        *companyId = 0;
        if (row.domain.isEmpty() && row.companyName.isEmpty())
            return true;
        qint64 id = !row.domain.isEmpty() ? m_snapshot.companyByDomain.value(row.domain)
                                          : m_snapshot.companyByName.value(row.companyName.toLower());
        if (id == 0) {
            m_insertCompany.bindValue(0, row.companyName.isEmpty() ? row.domain : row.companyName);
            m_insertCompany.bindValue(1, nullable(row.domain));
            m_insertCompany.bindValue(2, nullable(row.industry));
            m_insertCompany.bindValue(3, row.employees >= 0 ? QVariant(row.employees) : QVariant());
            m_insertCompany.bindValue(4, nullable(row.country));
            m_insertCompany.bindValue(5, nullable(row.website));
            if (!m_ws.execWrite(m_insertCompany, QStringLiteral("import:company"), &m_report.error))
                return false;
            id = m_insertCompany.lastInsertId().toLongLong();
            if (!row.domain.isEmpty())
                m_snapshot.companyByDomain.insert(row.domain, id);
            if (!row.companyName.isEmpty())
                m_snapshot.companyByName.insert(row.companyName.toLower(), id);
        } else if (!row.industry.isEmpty() || row.employees >= 0 || !row.country.isEmpty() || !row.website.isEmpty()) {
            m_fillCompany.bindValue(0, nullable(row.industry));
            m_fillCompany.bindValue(1, row.employees >= 0 ? QVariant(row.employees) : QVariant());
            m_fillCompany.bindValue(2, nullable(row.country));
            m_fillCompany.bindValue(3, nullable(row.website));
            m_fillCompany.bindValue(4, id);
            if (!m_ws.execWrite(m_fillCompany, QStringLiteral("import:company"), &m_report.error))
                return false;
        }
        *companyId = id;
        return true;
    }

    // Where each field came from, written with the JSON writer: a file name may hold any
    // character (a tab, a quote, a control character) and must still give valid JSON.
    QString fieldSources(const ProspectInput& row) const
    {
        const QString where = m_source + QStringLiteral(" line ") + QString::number(row.line);
        QJsonObject sources;
        for (const auto& [name, value] :
            { std::pair { "company", row.companyName.isEmpty() ? row.domain : row.companyName },
                { "country", row.country }, { "city", row.city }, { "email", row.email }, { "full_name", row.full },
                { "linkedin_url", row.linkedIn }, { "phone", row.phone }, { "title", row.title } }) {
            if (!value.isEmpty())
                sources.insert(QLatin1String(name), where);
        }
        return json::compact(sources);
    }

    // Step 4: merge the row into the prospect it duplicates (by email, else by name and
    // company domain) without overwriting what is known, or insert it scored.
    bool store(const ProspectInput& row)
    {
        qint64 companyId = 0;
        if (!storeCompany(row, &companyId))
            return false;
        const QString nameKey = row.nameKey();
        const QString sources = fieldSources(row);
        qint64 existing = !row.email.isEmpty() ? m_snapshot.byEmail.value(row.email) : 0;
        if (existing == 0 && !row.domain.isEmpty())
            existing = m_snapshot.byNameKey.value(nameKey);
        if (existing != 0) {
            m_mergeProspect.bindValue(0, companyId > 0 ? QVariant(companyId) : QVariant());
            m_mergeProspect.bindValue(1, nullable(row.first));
            m_mergeProspect.bindValue(2, nullable(row.last));
            m_mergeProspect.bindValue(3, nullable(row.email));
            m_mergeProspect.bindValue(4, nullable(row.title));
            m_mergeProspect.bindValue(5, nullable(row.phone));
            m_mergeProspect.bindValue(6, nullable(row.linkedIn));
            m_mergeProspect.bindValue(7, nullable(row.city));
            m_mergeProspect.bindValue(8, nullable(row.country));
            m_mergeProspect.bindValue(9, sources);
            m_mergeProspect.bindValue(10, m_now);
            m_mergeProspect.bindValue(11, existing);
            if (!m_ws.execWrite(m_mergeProspect, QStringLiteral("import:merge"), &m_report.error))
                return false;
            if (!row.email.isEmpty())
                m_snapshot.byEmail.insert(row.email, existing);
            ++m_report.merged;
            return true;
        }
        ProspectScore score;
        if (m_scorer) {
            ProspectFacts facts;
            facts.title = row.title;
            facts.companyName = row.companyName;
            facts.industry = row.industry;
            facts.employees = row.employees;
            facts.country = row.country;
            score = m_scorer->score(facts);
        }
        m_insertProspect.bindValue(0, companyId > 0 ? QVariant(companyId) : QVariant());
        m_insertProspect.bindValue(1, row.full);
        m_insertProspect.bindValue(2, nullable(row.first));
        m_insertProspect.bindValue(3, nullable(row.last));
        m_insertProspect.bindValue(4, nullable(row.email));
        m_insertProspect.bindValue(5, nullable(row.title));
        m_insertProspect.bindValue(6, nullable(row.phone));
        m_insertProspect.bindValue(7, nullable(row.linkedIn));
        m_insertProspect.bindValue(8, nullable(row.city));
        m_insertProspect.bindValue(9, nullable(row.country));
        m_insertProspect.bindValue(10, nameKey);
        m_insertProspect.bindValue(11, m_scorer ? QVariant(score.score) : QVariant());
        m_insertProspect.bindValue(12, m_scorer ? QVariant(score.reasons.join(QLatin1Char('\n'))) : QVariant());
        m_insertProspect.bindValue(13, m_scorer ? m_scorer->icpVersion() : 0);
        m_insertProspect.bindValue(14, sources);
        m_insertProspect.bindValue(15, m_source);
        m_insertProspect.bindValue(16, m_now);
        m_insertProspect.bindValue(17, m_now);
        if (!m_ws.execWrite(m_insertProspect, QStringLiteral("import:prospect"), &m_report.error))
            return false;
        const qint64 id = m_insertProspect.lastInsertId().toLongLong();
        if (!row.email.isEmpty())
            m_snapshot.byEmail.insert(row.email, id);
        if (!row.domain.isEmpty())
            m_snapshot.byNameKey.insert(nameKey, id);
        ++m_report.imported;
        return true;
    }

    // Step 5: the unreadable tail as a rejected row, the file-changed check, the report stored
    // with every rejected row, and the commit.
    bool finish()
    {
        if (!m_reader.error().isEmpty()) {
            // The rest of the file cannot be read (an unterminated quote, a runaway record,
            // binary data): it is the rejected remainder; what was read before stays.
            reject(m_reader.failedRecordLine(), m_reader.error(), m_reader.unreadText(kMaxRejectedTailChars));
        }
        // A file that changed while it was read (truncated, rewritten, still being written) gave
        // rows from two different files, or only a part: store nothing and say so.
        const FileStamp endStamp = FileStamp::of(m_path);
        const bool readAll = m_reader.error().isEmpty() && m_reader.totalBytes() >= 0;
        if (!(endStamp == m_startStamp) || (readAll && m_reader.bytesRead() != m_reader.totalBytes())) {
            m_report.error = tr("%1 changed while it was being read (%2 bytes when the import started, %3 bytes "
                                "now): nothing was imported. Import it again once it is complete.")
                                 .arg(QDir::toNativeSeparators(m_report.file))
                                 .arg(m_startStamp.size)
                                 .arg(endStamp.size);
            return false;
        }

        QSqlQuery q(m_ws.db());
        q.prepare(QStringLiteral(
            "INSERT INTO imports (id, file, started_at, finished_at, vendor, imported, merged, rejected) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(m_report.importId);
        q.addBindValue(m_report.file);
        q.addBindValue(m_now);
        q.addBindValue(nowMs());
        q.addBindValue(m_report.vendor);
        q.addBindValue(m_report.imported);
        q.addBindValue(m_report.merged);
        q.addBindValue(m_report.rejected);
        if (!m_ws.execWrite(q, QStringLiteral("import:record"), &m_report.error))
            return false;
        q.prepare(QStringLiteral("INSERT INTO import_rejects (import_id, line, reason, raw) VALUES (?, ?, ?, ?)"));
        for (const ImportReject& r : std::as_const(m_report.rejects)) {
            q.bindValue(0, m_report.importId);
            q.bindValue(1, r.line);
            q.bindValue(2, notNull(r.reason));
            q.bindValue(3, notNull(r.raw));
            if (!m_ws.execWrite(q, QStringLiteral("import:reject"), &m_report.error))
                return false;
        }
        if (!m_tx->commit()) {
            m_report.error = m_tx->error();
            return false;
        }
        return true;
    }

    Workspace& m_ws;
    std::optional<ColumnMapping> m_mappingOverride;
    QString m_path;
    ProspectImporter::Progress m_progress;
    const std::atomic<bool>* m_cancel;
    QElapsedTimer m_timer;
    ImportReport m_report;
    FileStamp m_startStamp;
    CsvReader m_reader;
    QStringList m_header;
    std::optional<Columns> m_columns;
    std::optional<ProspectScorer> m_scorer;
    std::optional<Transaction> m_tx;
    Snapshot m_snapshot;
    QSqlQuery m_insertCompany;
    QSqlQuery m_fillCompany;
    QSqlQuery m_insertProspect;
    QSqlQuery m_mergeProspect;
    qint64 m_now = 0;
    QString m_source;
};

} // namespace

ImportReport ProspectImporter::run(const QString& path, const Progress& progress, const std::atomic<bool>* cancel)
{
    ImportRun importRun(*m_workspace, m_mapping, path, progress, cancel);
    return importRun.run();
}

} // namespace gd::core
