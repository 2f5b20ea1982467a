#include "core/prospects/ProspectImporter.h"

#include "core/Text.h"
#include "core/formats/CsvReader.h"
#include "core/formats/CsvWriter.h"
#include "core/formats/EmailAddress.h"
#include "core/formats/Json.h"
#include "core/formats/TextKeys.h"
#include "core/runtime/Types.h"
#include "core/store/ProspectStore.h"
#include "core/store/SqlStatement.h"
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
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <ctime>
#include <deque>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <mutex>
#include <sqlite3.h>
#include <thread>
#include <vector>

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
        { QStringLiteral("indexes_rebuilt"), indexesRebuilt },
        { QStringLiteral("seconds"), seconds },
        { QStringLiteral("phases"),
            QJsonObject { { QStringLiteral("read"), phases.read }, { QStringLiteral("read_wait"), phases.readWait },
                { QStringLiteral("write"), phases.write }, { QStringLiteral("write_wait"), phases.writeWait },
                { QStringLiteral("indexes"), phases.indexes }, { QStringLiteral("commit"), phases.commit },
                { QStringLiteral("read_cpu"), phases.readCpu }, { QStringLiteral("write_cpu"), phases.writeCpu } } },
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
};

// What the workspace already has, for de-duplication without a query per row. Read inside the
// import's write transaction, so that a second import running at the same time waits and then
// sees the first one's prospects instead of inserting them again. Keys are UTF-8.
struct Snapshot
{
    TextKeyIndex byEmail;
    TextKeyIndex byNameKey;
    TextKeyIndex companyByDomain;
    TextKeyIndex companyByName; // the name in lower case
    qint64 prospects = 0;

    bool load(sqlite3* db, QString* error)
    {
        sqlite3_stmt* q = nullptr;
        auto text = [&q](int column) {
            return QByteArrayView(
                reinterpret_cast<const char*>(sqlite3_column_text(q, column)), sqlite3_column_bytes(q, column));
        };
        auto fail = [&] {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_finalize(q);
            return false;
        };
        if (sqlite3_prepare_v2(db, "SELECT id, email, name_key FROM prospects", -1, &q, nullptr) != SQLITE_OK)
            return fail();
        int rc;
        while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
            ++prospects;
            const qint64 id = sqlite3_column_int64(q, 0);
            if (const QByteArrayView email = text(1); !email.isEmpty())
                byEmail.insert(email, id);
            if (const QByteArrayView nk = text(2); !nk.isEmpty() && !nk.endsWith('|'))
                byNameKey.insert(nk, id);
        }
        if (rc != SQLITE_DONE)
            return fail();
        sqlite3_finalize(q);
        if (sqlite3_prepare_v2(db, "SELECT id, domain, name FROM companies", -1, &q, nullptr) != SQLITE_OK)
            return fail();
        while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
            const qint64 id = sqlite3_column_int64(q, 0);
            if (const QByteArrayView domain = text(1); !domain.isEmpty())
                companyByDomain.insert(domain, id);
            // In lower case as the rows' company names are (QString's, not SQLite's ASCII-only lower()).
            companyByName.insert(QString::fromUtf8(text(2)).toLower().toUtf8(), id);
        }
        if (rc != SQLITE_DONE)
            return fail();
        sqlite3_finalize(q);
        return true;
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

// A statement prepared on the connection's sqlite3 handle: positional binds straight from the
// row's strings (UTF-16, SQLITE_STATIC: they outlive the step), no QVariant, no named
// placeholders. Finalized on destruction.
class Statement final
{
public:
    Statement() = default;
    ~Statement() { sqlite3_finalize(m_stmt); }
    Q_DISABLE_COPY_MOVE(Statement)

    bool prepare(sqlite3* db, const char* sql, QString* error)
    {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        m_db = db;
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
        return true;
    }
    void textNotNull(int i, const QString& s)
    {
        static const char16_t kEmpty[] = u"";
        const void* data = s.isNull() ? static_cast<const void*>(kEmpty) : static_cast<const void*>(s.utf16());
        sqlite3_bind_text16(m_stmt, i, data, static_cast<int>(s.size() * 2), SQLITE_STATIC);
    }
    void utf8(int i, const QByteArray& s)
    {
        sqlite3_bind_text(m_stmt, i, s.constData(), static_cast<int>(s.size()), SQLITE_STATIC);
    }
    // UTF-8 that outlives the step; NULL when empty.
    void utf8OrNull(int i, QByteArrayView s)
    {
        if (s.isEmpty())
            sqlite3_bind_null(m_stmt, i);
        else
            sqlite3_bind_text(m_stmt, i, s.data(), static_cast<int>(s.size()), SQLITE_STATIC);
    }
    void utf8NotNull(int i, QByteArrayView s)
    {
        sqlite3_bind_text(m_stmt, i, s.isEmpty() ? "" : s.data(), static_cast<int>(s.size()), SQLITE_STATIC);
    }
    void integer(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void null(int i) { sqlite3_bind_null(m_stmt, i); }
    // Runs it once (a write: no rows expected).
    bool exec(QString* error)
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        if (rc == SQLITE_DONE)
            return true;
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

// Runs one statement on the raw handle (DDL, pragmas).
bool execSql(sqlite3* db, const QString& sql, QString* error)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_free(message);
    return false;
}

// The first column of the first row of sql, as an integer (-1: none).
int scalarInt(sqlite3* db, const char* sql)
{
    sqlite3_stmt* q = nullptr;
    int value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
        value = sqlite3_column_int(q, 0);
    sqlite3_finalize(q);
    return value;
}

// A small bounded memo: the same value for the same text (websites, countries, titles repeat
// throughout a list). Emptied when it grows past its bound, so memory stays flat.
template<typename Value>
class Memo final
{
public:
    template<typename Make>
    const Value& get(const QString& text, Make make)
    {
        const HashedText key(text);
        auto it = m_map.constFind(key);
        if (it != m_map.constEnd())
            return *it;
        if (m_map.size() >= kMaxEntries)
            m_map.clear();
        return *m_map.insert(key, make(text));
    }

private:
    static constexpr qsizetype kMaxEntries = 20000;
    QHash<HashedText, Value> m_map;
};

// Seconds on a monotonic clock, for the report's phases.
double monotonicSeconds()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// CPU seconds of the calling thread.
double threadCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

enum class Case
{
    AsIs,
    Lower, // as QString::toLower() makes it
};

// Copies s into to, which has room for s.size() bytes, as ASCII (lower-cased if asked); false if
// s holds anything beyond ASCII (to then holds bytes the caller must not keep). Eight characters
// at a time where SSE2 is there (every x86-64), the rest one by one.
bool copyAscii(char* to, const QString& s, Case letterCase = Case::AsIs)
{
    const char16_t* from = reinterpret_cast<const char16_t*>(s.constData());
    const qsizetype n = s.size();
    const bool lower = letterCase == Case::Lower;
    qsizetype i = 0;
    char16_t seen = 0;
#if defined(__SSE2__)
    __m128i seen8 = _mm_setzero_si128();
    const __m128i upperA = _mm_set1_epi16(static_cast<short>(u'A' - 1));
    const __m128i upperZ = _mm_set1_epi16(static_cast<short>(u'Z' + 1));
    const __m128i caseBit = _mm_set1_epi16(lower ? 0x20 : 0);
    for (; i + 8 <= n; i += 8) {
        __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(from + i));
        seen8 = _mm_or_si128(seen8, c);
        // Signed compares: anything at or above 0x8000 is beyond ASCII and caught by seen8.
        const __m128i isUpper = _mm_and_si128(_mm_cmpgt_epi16(c, upperA), _mm_cmplt_epi16(c, upperZ));
        c = _mm_add_epi16(c, _mm_and_si128(isUpper, caseBit));
        _mm_storel_epi64(reinterpret_cast<__m128i*>(to + i), _mm_packus_epi16(c, c));
    }
    // Any unit at or above 0x80 sets a bit outside the low seven of its 16-bit lane.
    if (_mm_movemask_epi8(
            _mm_cmpeq_epi16(_mm_and_si128(seen8, _mm_set1_epi16(static_cast<short>(0xff80))), _mm_setzero_si128()))
        != 0xffff)
        return false;
#endif
    for (; i < n; ++i) {
        const char16_t c = from[i];
        seen |= c;
        to[i] = static_cast<char>(lower && c >= u'A' && c <= u'Z' ? c + 32 : c);
    }
    return seen < 0x80;
}

// Whether QString::simplified() would leave s as it is: no white space at either end, and
// inside only single spaces.
bool isSimplified(QStringView s)
{
    if (s.isEmpty())
        return true;
    if (s.front().isSpace() || s.back().isSpace())
        return false;
    bool afterSpace = false;
    for (QChar c : s) {
        if (c.isSpace()) {
            if (c != QLatin1Char(' ') || afterSpace)
                return false;
            afterSpace = true;
        } else {
            afterSpace = false;
        }
    }
    return true;
}

// QString::simplified() without a copy when there is nothing to simplify (most names).
QString simplifiedText(const QString& s)
{
    return isSimplified(s) ? s : s.simplified();
}

// A validated row as the writing thread needs it: its text fields as UTF-8 in one buffer (bound
// to SQLite as they are: no conversion, no allocation on the writing thread), the hashes of the
// keys it is de-duplicated and matched to its company by, and its score (for a new row).
struct WriteRow
{
    enum Field
    {
        Full,
        First,
        Last,
        Email,
        Title,
        Phone,
        LinkedIn,
        City,
        Country,
        NameKey,
        CompanyName,
        CompanyKey, // the company's name in lower case
        Domain,
        Industry,
        Website,
        Line,
        FieldCount
    };

    QByteArray text;
    std::array<int, FieldCount + 1> offsets {};
    quint64 emailHash = 0;
    quint64 nameKeyHash = 0;
    quint64 domainHash = 0;
    quint64 companyKeyHash = 0;
    qint64 line = 0;
    int employees = -1;
    int score = -1; // -1: no ICP to score against
    QByteArray reasons; // UTF-8, one per line
    bool scoreOnWrite = false; // left to the writing thread (see ImportRun::readRows)

    QByteArrayView field(Field f) const
    {
        return QByteArrayView(text).sliced(offsets.at(f), offsets.at(f + 1) - offsets.at(f));
    }
    bool has(Field f) const { return offsets.at(f + 1) > offsets.at(f); }

    // Its fields from in; the buffer keeps its memory from the row it held before.
    void fill(const ProspectInput& in)
    {
        const std::array<const QString*, FieldCount> fields
            = { &in.full, &in.first, &in.last, &in.email, &in.title, &in.phone, &in.linkedIn, &in.city, &in.country,
                  nullptr, &in.companyName, nullptr, &in.domain, &in.industry, &in.website, nullptr };
        // UTF-8 takes at most 3 bytes a UTF-16 unit: room for every field, set once.
        qsizetype units = 2 * (in.full.size() + in.companyName.size()) + in.domain.size();
        for (const QString* f : fields)
            units += f ? f->size() : 0;
        text.resize(3 * units + 1 + 24);
        qsizetype at = 0;
        for (int i = 0; i < FieldCount; ++i) {
            offsets.at(i) = static_cast<int>(at);
            if (i == NameKey) { // the full name in lower case, '|', the domain
                at = put(at, in.full, Case::Lower);
                text[at++] = '|';
                at = put(at, in.domain);
            } else if (i == CompanyKey) {
                at = put(at, in.companyName, Case::Lower);
            } else if (i == Line) {
                at = std::to_chars(text.data() + at, text.data() + at + 24, in.line).ptr - text.constData();
            } else {
                at = put(at, *fields.at(i));
            }
        }
        text.resize(at);
        offsets.at(FieldCount) = static_cast<int>(at);
        emailHash = textHash(field(Email));
        nameKeyHash = textHash(field(NameKey));
        domainHash = textHash(field(Domain));
        companyKeyHash = textHash(field(CompanyKey));
        line = in.line;
        employees = in.employees;
        score = -1;
        reasons.resize(0);
        scoreOnWrite = false;
    }

private:
    // Writes s at `at` as UTF-8 (lower-cased as QString::toLower() does, if asked); returns its end.
    // ASCII (most fields) is copied straight; a lower-cased field may grow, and then the buffer.
    qsizetype put(qsizetype at, const QString& s, Case letterCase = Case::AsIs)
    {
        if (copyAscii(text.data() + at, s, letterCase))
            return at + s.size();
        const QByteArray utf8 = letterCase == Case::Lower ? s.toLower().toUtf8() : s.toUtf8();
        if (const qsizetype excess = utf8.size() - 3 * s.size(); excess > 0)
            text.resize(text.size() + excess);
        std::memcpy(text.data() + at, utf8.constData(), static_cast<std::size_t>(utf8.size()));
        return at + utf8.size();
    }
};

// Rows read, validated and scored by the reading thread, in file order, for the writing thread.
struct RowBatch
{
    std::vector<WriteRow> rows;
    qint64 rowsRead = 0; // rows of the file read up to the end of this batch (valid or not)
    qint64 bytesRead = 0;
};

// A bounded hand-over between the thread that reads the file and the one that writes the rows:
// at most kCapacity batches wait, so memory stays flat however large the file.
class BatchQueue final
{
public:
    static constexpr std::size_t kCapacity = 8;

    // The reader: false when the writer stopped (an error, a cancel): stop reading.
    bool push(RowBatch&& batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_stopped || m_batches.size() < kCapacity; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }
    // The reader: no more batches.
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_one();
    }
    // The writer: the next batch, or false once the reader closed and all were taken.
    bool pop(RowBatch* batch)
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return m_closed || !m_batches.empty(); });
        if (m_batches.empty())
            return false;
        *batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.notify_one();
        return true;
    }
    // Batches waiting for the writer.
    std::size_t waiting()
    {
        std::lock_guard lock(m_mutex);
        return m_batches.size();
    }
    // The writer hands rows it wrote back, so that they are filled again (or freed) on the thread
    // that made them
    // (freeing another thread's allocations contends on the allocator's locks).
    void recycle(std::vector<WriteRow>&& rows)
    {
        std::lock_guard lock(m_mutex);
        m_spent.push_back(std::move(rows));
    }
    // The reader: rows to free.
    std::vector<std::vector<WriteRow>> takeSpent()
    {
        std::lock_guard lock(m_mutex);
        return std::exchange(m_spent, {});
    }
    // The writer gives up: the reader's next push returns false.
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_batches.clear();
        m_notFull.notify_one();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<RowBatch> m_batches;
    std::vector<std::vector<WriteRow>> m_spent;
    bool m_closed = false;
    bool m_stopped = false;
};

// The steps of one import: open and map the file, take the write lock and the snapshot,
// validate each row, merge or insert it, and record the report. All in one transaction.
//
// A large import into an empty or small workspace drops the secondary indexes of prospects
// first and builds them again after the rows, in the same transaction: filling four indexes in
// random key order row by row costs several times more than one sorted build each. A failure or
// a cancel rolls everything back, the dropped indexes included.
class ImportRun final
{
public:
    ImportRun(Workspace& ws, const std::optional<ColumnMapping>& mapping, const QString& path,
        const ProspectImporter::Progress& progress, const std::atomic<bool>* cancel, qint64 rebuildThreshold,
        ProspectImporter::ScoringThread scoring)
        : m_ws(ws)
        , m_mappingOverride(mapping)
        , m_path(path)
        , m_progress(progress)
        , m_cancel(cancel)
        , m_rebuildThreshold(rebuildThreshold)
        , m_scoring(scoring)
    {
        m_timer.start();
        m_report.importId = newId();
        m_report.file = QFileInfo(path).absoluteFilePath();
    }

    ~ImportRun()
    {
        if (m_db)
            sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        m_tx.reset(); // committed, or rolled back here
        QString ignored;
        if (m_foreignKeysOff)
            execSql(m_db, QStringLiteral("PRAGMA foreign_keys = ON"), &ignored);
        if (m_tempStoreOnDisk)
            execSql(m_db, QStringLiteral("PRAGMA temp_store = MEMORY"), &ignored);
    }

    ImportReport run()
    {
        m_startStamp = FileStamp::of(m_path);
        if (!openAndMap())
            return m_report;
        const std::optional<Icp> icp = IcpStore::current(m_ws);
        if (icp) {
            m_scorer.emplace(*icp);
            m_cachedScorer.emplace(*m_scorer);
            m_writerScorer.emplace(*m_scorer);
        }
        m_db = sqliteHandle(m_ws.db());
        if (!m_db) {
            m_report.error = tr("the workspace is not an SQLite database");
            return finished();
        }

        // A bigger page cache for the one big transaction (SQLite's default 2 MB spills pages
        // to the WAL and reads them back). The index builds' sorter may write its sorted runs
        // to temporary files (see rebuildIndexes(); a setting SQLite takes only outside a
        // transaction): SQLite's own files, deleted as they are opened. Both restored afterwards.
        QString ignored;
        execSql(m_db, QStringLiteral("PRAGMA cache_size = -65536"), &ignored);
        if (sqlite3_get_autocommit(m_db) != 0 && scalarInt(m_db, "PRAGMA temp_store") == 2)
            m_tempStoreOnDisk = execSql(m_db, QStringLiteral("PRAGMA temp_store = FILE"), &ignored);
        struct RestoreCache
        {
            sqlite3* db;
            ~RestoreCache()
            {
                QString ignored;
                execSql(db, QStringLiteral("PRAGMA cache_size = -2000"), &ignored);
            }
        } restoreCache { m_db };

        // The rows refer only to companies this import found or created in its own transaction:
        // SQLite need not look each one up again (half a second a million rows). Switched back on
        // when the run ends (a PRAGMA that only takes effect outside a transaction).
        if (sqlite3_get_autocommit(m_db) != 0 && scalarInt(m_db, "PRAGMA foreign_keys") == 1)
            m_foreignKeysOff = execSql(m_db, QStringLiteral("PRAGMA foreign_keys = OFF"), &ignored);
        if (!beginAndSnapshot())
            return finished();
        if (!prepareStatements() || !recordImport() || !dropIndexesForALargeImport())
            return abandon(m_report.error);
        // Two threads: this one writes (de-duplication, companies, the rows); a second reads the
        // file, validates and scores each row, and hands them over in file order.
        {
            std::thread reader([this] { readRows(); });
            struct Join
            {
                BatchQueue& queue;
                std::thread& thread;
                ~Join()
                {
                    queue.stop(); // a no-op once the reader closed the queue
                    thread.join();
                }
            } join { m_queue, reader };
            RowBatch batch;
            qint64 lastProgress = 0;
            m_writeCpuStart = threadCpuSeconds();
            double mark = monotonicSeconds();
            for (;;) {
                const bool more = m_queue.pop(&batch);
                const double popped = monotonicSeconds();
                m_report.phases.writeWait += popped - mark;
                mark = popped;
                if (!more || cancelled())
                    break;
                for (const WriteRow& row : batch.rows) {
                    if (!store(row)) {
                        m_queue.stop();
                        m_failed = true;
                        break;
                    }
                }
                if (m_failed)
                    break;
                if (m_progress && batch.rowsRead - lastProgress >= 2000) {
                    lastProgress = batch.rowsRead;
                    m_progress(batch.bytesRead, m_reader.totalBytes(), batch.rowsRead);
                }
                m_queue.recycle(std::move(batch.rows));
                const double stored = monotonicSeconds();
                m_report.phases.write += stored - mark;
                mark = stored;
            }
        }
        m_report.phases.writeCpu = threadCpuSeconds() - m_writeCpuStart;
        // The reading thread has ended: its counts and rejected rows are this thread's now.
        if (m_failed)
            return abandon(m_report.error);
        if (cancelled())
            return cancel();
        if (!finish()) {
            if (cancelled())
                return cancel();
            return abandon(m_report.error);
        }
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

    void scoreRow(const ProspectInput& row, WriteRow* scored)
    {
        if (!m_cachedScorer)
            return;
        ProspectFacts facts;
        facts.title = row.title;
        facts.companyName = row.companyName;
        facts.industry = row.industry;
        facts.employees = row.employees;
        facts.country = row.country;
        scored->score = m_cachedScorer->score(facts, &scored->reasons);
    }

    ImportReport cancel()
    {
        m_tx->rollback();
        m_report.cancelled = true;
        m_report.error.clear();
        m_report.imported = m_report.merged = 0;
        return finished();
    }

    ImportReport abandon(const QString& why)
    {
        if (m_tx)
            m_tx->rollback();
        m_report.error = why;
        m_report.imported = m_report.merged = 0;
        return finished();
    }

    // The reading thread: records into validated, scored rows, in batches. Stops at the end of
    // the file, on a cancel, or when the writer stopped the queue.
    void readRows()
    {
        constexpr std::size_t kBatchRows = 512;
        QStringList fields;
        RowBatch batch;
        batch.rows.reserve(kBatchRows);
        ProspectInput input;
        const double cpuStart = threadCpuSeconds();
        struct CpuTime
        {
            double start;
            double* total;
            ~CpuTime() { *total = threadCpuSeconds() - start; }
        } cpu { cpuStart, &m_report.phases.readCpu };
        double mark = monotonicSeconds();
        auto hand = [&](RowBatch&& full) {
            const double before = monotonicSeconds();
            m_report.phases.read += before - mark;
            const bool ok = m_queue.push(std::move(full));
            mark = monotonicSeconds();
            m_report.phases.readWait += mark - before;
            return ok;
        };
        // Rows the writer is done with come back and are filled again: their buffers keep their
        // memory, so a row costs no allocation once the first batches went round.
        std::vector<std::vector<WriteRow>> spare;
        std::size_t used = 0;
        auto startBatch = [&] {
            batch = RowBatch {};
            if (spare.empty())
                spare = m_queue.takeSpent();
            if (!spare.empty()) {
                batch.rows = std::move(spare.back());
                spare.pop_back();
            } else {
                batch.rows.reserve(kBatchRows);
            }
            used = 0;
        };
        auto nextRow = [&]() -> WriteRow& {
            if (used < batch.rows.size())
                return batch.rows[used++];
            ++used;
            return batch.rows.emplace_back();
        };
        // Counted here and published with each batch: m_report's counters share a cache line,
        // and the writing thread adds to its own for every row.
        qint64 rows = m_report.rows;
        const std::atomic<bool>* const cancel = m_cancel;
        // Scoring goes to whichever thread has time: while batches pile up for the writer, this
        // thread scores; when the writer has caught up (it waits for rows), the writer scores.
        // Both scorers give the same answers (CachedProspectScorer over one ProspectScorer).
        using Scoring = ProspectImporter::ScoringThread;
        bool scoreHere = m_scoring != Scoring::Writer;
        while (m_reader.readRecord(&fields)) {
            ++rows;
            if (cancel && cancel->load(std::memory_order_relaxed))
                break;
            if (validateRow(fields, m_reader.recordStartLine(), &input)) {
                WriteRow& row = nextRow();
                row.fill(input);
                if (scoreHere)
                    scoreRow(input, &row);
                else
                    row.scoreOnWrite = m_writerScorer.has_value();
            }
            // Lets go of the record's text, so that the reader writes the next one into it.
            input = ProspectInput {};
            if (used >= kBatchRows) {
                m_report.rows = rows;
                batch.rows.resize(used);
                batch.rowsRead = rows;
                batch.bytesRead = m_reader.bytesRead();
                if (!hand(std::move(batch)))
                    return;
                startBatch();
                if (m_scoring == Scoring::Either) {
                    const std::size_t waiting = m_queue.waiting();
                    if (waiting <= 1)
                        scoreHere = false;
                    else if (waiting >= 3)
                        scoreHere = true;
                }
            }
        }
        m_report.rows = rows;
        batch.rows.resize(used);
        batch.rowsRead = rows;
        batch.bytesRead = m_reader.bytesRead();
        if (!batch.rows.empty() && !hand(std::move(batch)))
            return;
        m_report.phases.read += monotonicSeconds() - mark;
        m_queue.close();
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
        return m_snapshot.load(m_db, &m_report.error);
    }

    bool prepareStatements()
    {
        QString& e = m_report.error;
        m_now = nowMs();
        const QString source = QStringLiteral("import:%1").arg(QFileInfo(m_path).fileName());
        m_sourceUtf8 = source.toUtf8();
        m_importIdUtf8 = m_report.importId.toUtf8();
        const QString whereSql
            = QStringLiteral("'%1 line '").arg(QString(source).replace(QLatin1Char('\''), QStringLiteral("''")));
        m_insertCompany.prepare(m_db,
            "INSERT INTO companies (name, domain, industry, employees, country, website) VALUES (?1, ?2, ?3, ?4, ?5, "
            "?6)",
            &e);
        m_fillCompany.prepare(m_db,
            "UPDATE companies SET industry = coalesce(nullif(industry, ''), ?1), employees = coalesce(employees, ?2), "
            "country = coalesce(nullif(country, ''), ?3), website = coalesce(nullif(website, ''), ?4) WHERE id = ?5",
            &e);
        if (!e.isEmpty())
            return false;
        if (!m_insertProspect.prepare(m_db,
                "INSERT INTO prospects (company_id, full_name, first_name, last_name, email, title, phone, "
                "linkedin_url, city, country, name_key, score, score_reasons, scored_version, source, import_id, "
                "import_line, created_at, updated_at) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?18)",
                &e))
            return false;
        // A merge fills only what is empty, and records where each field it filled came from
        // (field_sources holds those only: the rest still come from the prospect's own import
        // line, see ProspectStore::sourcesSql). A duplicate that brings nothing new leaves
        // field_sources alone, so the row keeps its size and its place in its page.
        struct Sourced
        {
            const char* field;
            const char* column;
            int param;
        };
        static constexpr std::array<Sourced, 7> kFilled = { {
            { "company", "company_id", 1 },
            { "country", "country", 9 },
            { "city", "city", 8 },
            { "email", "email", 4 },
            { "linkedin_url", "linkedin_url", 7 },
            { "phone", "phone", 6 },
            { "title", "title", 5 },
        } };
        QStringList fills;
        QStringList members;
        for (const Sourced& f : kFilled) {
            const QString filled = qstrcmp(f.column, "company_id") == 0
                ? QStringLiteral("(?%1 IS NOT NULL AND company_id IS NULL)").arg(f.param)
                : QStringLiteral("(?%1 IS NOT NULL AND coalesce(%2, '') = '')")
                      .arg(f.param)
                      .arg(QLatin1String(f.column));
            fills << filled;
            members << QStringLiteral("'%1', CASE WHEN %2 THEN %3 || ?10 END")
                           .arg(QLatin1String(f.field), filled, whereSql);
        }
        const QByteArray merge = QStringLiteral(
            "UPDATE prospects SET company_id = coalesce(company_id, ?1), first_name = coalesce(nullif(first_name, "
            "''), ?2), last_name = coalesce(nullif(last_name, ''), ?3), email = coalesce(nullif(email, ''), ?4), "
            "title = coalesce(nullif(title, ''), ?5), phone = coalesce(nullif(phone, ''), ?6), "
            "linkedin_url = coalesce(nullif(linkedin_url, ''), ?7), city = coalesce(nullif(city, ''), ?8), "
            "country = coalesce(nullif(country, ''), ?9), field_sources = CASE WHEN %1 THEN "
            "json_patch(coalesce(field_sources, '{}'), json_patch('{}', json_object(%2))) ELSE field_sources END, "
            "scored_version = 0, updated_at = ?11 WHERE id = ?12")
                                     .arg(fills.join(QStringLiteral(" OR ")), members.join(QStringLiteral(", ")))
                                     .toUtf8();
        return m_mergeProspect.prepare(m_db, merge.constData(), &e);
    }

    // The import's own row first (prospects refer to it); its counts are filled in at the end.
    bool recordImport()
    {
        Statement q;
        if (!q.prepare(
                m_db, "INSERT INTO imports (id, file, started_at, vendor) VALUES (?1, ?2, ?3, ?4)", &m_report.error))
            return false;
        q.textNotNull(1, m_report.importId);
        q.textNotNull(2, m_report.file);
        q.integer(3, m_now);
        q.textNotNull(4, m_report.vendor);
        return write(q, QStringLiteral("import:record"));
    }

    // For a file that is large next to what the workspace holds: the secondary indexes of
    // prospects go now and are built again, sorted, once the rows are in (finish()).
    bool dropIndexesForALargeImport()
    {
        const qint64 total = m_reader.totalBytes();
        const qint64 estimatedRows = total > 0 ? total / kBytesPerRowEstimate : 0;
        // The de-duplication maps grow by about a row each: sized once instead of rehashed (up to
        // a few million rows; the size is a guess from the file's bytes, and a huge file grows
        // them as it goes rather than reserving gigabytes up front).
        const qint64 reserved = std::min<qint64>(estimatedRows, kMaxReservedRows);
        m_snapshot.byEmail.reserve(m_snapshot.byEmail.size() + reserved);
        m_snapshot.byNameKey.reserve(m_snapshot.byNameKey.size() + reserved);
        if (estimatedRows < m_rebuildThreshold || m_snapshot.prospects > estimatedRows)
            return true;
        sqlite3_stmt* q = nullptr;
        if (sqlite3_prepare_v2(m_db,
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'prospects' AND sql IS "
                "NOT NULL ORDER BY name",
                -1, &q, nullptr)
            != SQLITE_OK) {
            m_report.error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        // Every secondary index goes, also those on a column of few distinct values (the score,
        // the ICP version): filled row by row, even at a few insertion points, they cost the
        // writing thread more than their sorted build after the rows (measured: 4 s against 2.3 s
        // for a million rows).
        while (sqlite3_step(q) == SQLITE_ROW) {
            m_droppedIndexes.append({ QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(q, 0))),
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(q, 1))) });
        }
        sqlite3_finalize(q);
        for (const auto& [name, sql] : std::as_const(m_droppedIndexes)) {
            if (!execSql(m_db, QStringLiteral("DROP INDEX \"%1\"").arg(name), &m_report.error))
                return false;
        }
        m_report.indexesRebuilt = !m_droppedIndexes.isEmpty();
        return true;
    }

    // Builds the dropped indexes again; a cancel interrupts the build (SQLite's progress handler).
    bool rebuildIndexes()
    {
        if (m_droppedIndexes.isEmpty())
            return true;
        if (m_ws.shouldFail(QStringLiteral("import:index"))) {
            m_report.error = QStringLiteral("injected fault (import:index)");
            return false;
        }
        sqlite3_progress_handler(
            m_db, 20000,
            [](void* cancel) -> int {
                const auto* flag = static_cast<const std::atomic<bool>*>(cancel);
                return flag && flag->load() ? 1 : 0;
            },
            const_cast<std::atomic<bool>*>(m_cancel));
        // SQLite sorts an index's keys on this thread alone unless its sorter may write sorted
        // runs to temporary files (temp_store FILE, set in run()) and a run is smaller than all
        // the keys (a run is as large as the page cache): then two worker threads sort runs
        // while this one reads the table. Measured on a million rows: the four builds
        // 5.2-7.6 s -> 3.1-3.7 s (interleaved runs; 4.2 -> 2.9 s for the same statements in
        // the sqlite3 shell), with 8 MB runs.
        QString ignored;
        execSql(m_db, QStringLiteral("PRAGMA cache_size = -8000"), &ignored);
        execSql(m_db, QStringLiteral("PRAGMA threads = 2"), &ignored);
        bool ok = true;
        for (const auto& [name, sql] : std::as_const(m_droppedIndexes)) {
            if (cancelled() || !execSql(m_db, sql, &m_report.error)) {
                ok = false;
                break;
            }
            if (m_progress) // all bytes read; one more index built
                m_progress(m_reader.bytesRead(), m_reader.totalBytes(), m_report.rows);
        }
        execSql(m_db, QStringLiteral("PRAGMA threads = 0"), &ignored);
        execSql(m_db, QStringLiteral("PRAGMA cache_size = -65536"), &ignored);
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        return ok;
    }

    bool write(Statement& q, const QString& tag)
    {
        if (m_ws.shouldFail(tag)) {
            m_report.error = QStringLiteral("injected fault (%1)").arg(tag);
            return false;
        }
        return q.exec(&m_report.error);
    }

    void reject(qint64 line, const QString& reason, const QString& raw)
    {
        m_report.rejects.append({ line, reason, notNull(raw) });
        ++m_report.rejected;
    }

    // Step 3: one row checked and normalised into *out, or rejected with its line and the reason.
    bool validateRow(const QStringList& fields, qint64 line, ProspectInput* out)
    {
        auto cell = [&](int c) { return c >= 0 && c < fields.size() ? fields.at(c).trimmed() : QString(); };
        auto rejectRow = [&](const QString& reason) {
            QString raw = CsvWriter::record(fields);
            raw.chop(2); // the record's CRLF
            reject(line, reason, raw);
            return false;
        };
        const Columns& c = *m_columns;
        if (fields.size() != m_header.size())
            return rejectRow(tr("the row has %1 fields, the header has %2").arg(fields.size()).arg(m_header.size()));
        ProspectInput& row = *out;
        row.line = line;
        row.email.clear();
        const QString emailCell = cell(c.email);
        if (!emailCell.isEmpty()) {
            const std::optional<QString> email = EmailAddress::normalized(emailCell);
            if (!email)
                return rejectRow(tr("\"%1\" is not a valid email address").arg(emailCell));
            row.email = *email;
        }
        row.first = cell(c.first);
        row.last = cell(c.last);
        row.full = simplifiedText(cell(c.full));
        if (row.full.isEmpty()) {
            if (!isSimplified(row.first) || !isSimplified(row.last))
                row.full = QString(row.first + QLatin1Char(' ') + row.last).simplified();
            else if (row.first.isEmpty() || row.last.isEmpty())
                row.full = row.first.isEmpty() ? row.last : row.first;
            else
                row.full = row.first + QLatin1Char(' ') + row.last;
        }
        if (row.first.isEmpty() && row.last.isEmpty() && !row.full.isEmpty()) {
            row.first = row.full.section(QLatin1Char(' '), 0, 0);
            row.last = row.full.section(QLatin1Char(' '), 1);
        }
        if (row.full.isEmpty() && row.email.isEmpty())
            return rejectRow(tr("no name and no email address"));
        if (row.full.isEmpty())
            row.full = row.email.section(QLatin1Char('@'), 0, 0);

        row.domain = m_domains.get(cell(c.domain), &ProspectImporter::normaliseDomain);
        row.website = cell(c.website);
        if (row.domain.isEmpty())
            row.domain = m_domains.get(row.website, &ProspectImporter::normaliseDomain);
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
            row.country = m_countries.get(row.country, &ProspectImporter::countryCode);
        row.companyName = cell(c.company);
        row.industry = cell(c.industry);
        row.employees = c.employees >= 0 ? m_employees.get(cell(c.employees), &ProspectImporter::parseEmployees) : -1;
        row.title = cell(c.title);
        row.phone = cell(c.phone);
        row.linkedIn = cell(c.linkedIn);
        return true;
    }

    // The company of a row: found by domain, else by name; created or completed. 0: none.
    bool storeCompany(const WriteRow& row, qint64* companyId)
    {
        using F = WriteRow;
        *companyId = 0;
        if (!row.has(F::Domain) && !row.has(F::CompanyKey))
            return true;
        qint64 id = row.has(F::Domain) ? m_snapshot.companyByDomain.value(row.field(F::Domain), row.domainHash)
                                       : m_snapshot.companyByName.value(row.field(F::CompanyKey), row.companyKeyHash);
        const quint8 rowFields = (row.has(F::Industry) ? 1 : 0) | (row.employees >= 0 ? 2 : 0)
            | (row.has(F::Country) ? 4 : 0) | (row.has(F::Website) ? 8 : 0);
        if (id == 0) {
            m_insertCompany.utf8NotNull(1, row.has(F::CompanyName) ? row.field(F::CompanyName) : row.field(F::Domain));
            m_insertCompany.utf8OrNull(2, row.field(F::Domain));
            m_insertCompany.utf8OrNull(3, row.field(F::Industry));
            if (row.employees >= 0)
                m_insertCompany.integer(4, row.employees);
            else
                m_insertCompany.null(4);
            m_insertCompany.utf8OrNull(5, row.field(F::Country));
            m_insertCompany.utf8OrNull(6, row.field(F::Website));
            if (!write(m_insertCompany, QStringLiteral("import:company")))
                return false;
            id = sqlite3_last_insert_rowid(m_db);
            if (row.has(F::Domain))
                m_snapshot.companyByDomain.insert(row.field(F::Domain), row.domainHash, id);
            if (row.has(F::CompanyKey))
                m_snapshot.companyByName.insert(row.field(F::CompanyKey), row.companyKeyHash, id);
            m_companyFields[id] = rowFields;
        } else if (quint8& known = m_companyFields[id]; (rowFields & ~known) != 0) {
            // Only when the row brings a field the company may still lack (fills never overwrite).
            m_fillCompany.utf8OrNull(1, row.field(F::Industry));
            if (row.employees >= 0)
                m_fillCompany.integer(2, row.employees);
            else
                m_fillCompany.null(2);
            m_fillCompany.utf8OrNull(3, row.field(F::Country));
            m_fillCompany.utf8OrNull(4, row.field(F::Website));
            m_fillCompany.integer(5, id);
            if (!write(m_fillCompany, QStringLiteral("import:company")))
                return false;
            known |= rowFields;
        }
        *companyId = id;
        return true;
    }

    // Step 4: merge the row into the prospect it duplicates (by email, else by name and
    // company domain) without overwriting what is known, or insert it scored.
    bool store(const WriteRow& row)
    {
        using F = WriteRow;
        qint64 companyId = 0;
        if (!storeCompany(row, &companyId))
            return false;
        qint64 existing = row.has(F::Email) ? m_snapshot.byEmail.value(row.field(F::Email), row.emailHash) : 0;
        if (existing == 0 && row.has(F::Domain))
            existing = m_snapshot.byNameKey.value(row.field(F::NameKey), row.nameKeyHash);
        if (existing != 0) {
            Statement& q = m_mergeProspect;
            if (companyId > 0)
                q.integer(1, companyId);
            else
                q.null(1);
            q.utf8OrNull(2, row.field(F::First));
            q.utf8OrNull(3, row.field(F::Last));
            q.utf8OrNull(4, row.field(F::Email));
            q.utf8OrNull(5, row.field(F::Title));
            q.utf8OrNull(6, row.field(F::Phone));
            q.utf8OrNull(7, row.field(F::LinkedIn));
            q.utf8OrNull(8, row.field(F::City));
            q.utf8OrNull(9, row.field(F::Country));
            q.utf8NotNull(10, row.field(F::Line));
            q.integer(11, m_now);
            q.integer(12, existing);
            if (!write(q, QStringLiteral("import:merge")))
                return false;
            if (row.has(F::Email))
                m_snapshot.byEmail.insert(row.field(F::Email), row.emailHash, existing);
            ++m_report.merged;
            return true;
        }
        int score = row.score;
        const QByteArray* reasons = &row.reasons;
        if (row.scoreOnWrite) {
            ProspectFacts facts;
            facts.title = QString::fromUtf8(row.field(F::Title));
            facts.companyName = QString::fromUtf8(row.field(F::CompanyName));
            facts.industry = QString::fromUtf8(row.field(F::Industry));
            facts.employees = row.employees;
            facts.country = QString::fromUtf8(row.field(F::Country));
            score = m_writerScorer->score(facts, &m_writerReasons);
            reasons = &m_writerReasons;
        }
        Statement& q = m_insertProspect;
        if (companyId > 0)
            q.integer(1, companyId);
        else
            q.null(1);
        q.utf8NotNull(2, row.field(F::Full));
        q.utf8OrNull(3, row.field(F::First));
        q.utf8OrNull(4, row.field(F::Last));
        q.utf8OrNull(5, row.field(F::Email));
        q.utf8OrNull(6, row.field(F::Title));
        q.utf8OrNull(7, row.field(F::Phone));
        q.utf8OrNull(8, row.field(F::LinkedIn));
        q.utf8OrNull(9, row.field(F::City));
        q.utf8OrNull(10, row.field(F::Country));
        q.utf8NotNull(11, row.field(F::NameKey));
        if (score >= 0) {
            q.integer(12, score);
            q.utf8(13, *reasons);
            q.integer(14, m_scorer->icpVersion());
        } else {
            q.null(12);
            q.null(13);
            q.integer(14, 0);
        }
        q.utf8(15, m_sourceUtf8);
        q.utf8(16, m_importIdUtf8);
        q.integer(17, row.line);
        q.integer(18, m_now);
        if (!write(q, QStringLiteral("import:prospect")))
            return false;
        const qint64 id = sqlite3_last_insert_rowid(m_db);
        if (row.has(F::Email))
            m_snapshot.byEmail.insert(row.field(F::Email), row.emailHash, id);
        if (row.has(F::Domain))
            m_snapshot.byNameKey.insert(row.field(F::NameKey), row.nameKeyHash, id);
        ++m_report.imported;
        return true;
    }

    // Step 5: the unreadable tail as a rejected row, the file-changed check, the indexes built
    // again, the report stored with every rejected row, and the commit.
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
        const double indexStart = monotonicSeconds();
        // The de-duplication keys are done with: freed before the index builds take their memory.
        m_snapshot = Snapshot {};
        m_companyFields = IdFlags {};
        if (!rebuildIndexes())
            return false;
        m_report.phases.indexes = monotonicSeconds() - indexStart;

        Statement q;
        if (!q.prepare(m_db,
                "UPDATE imports SET finished_at = ?1, imported = ?2, merged = ?3, rejected = ?4 WHERE id = ?5",
                &m_report.error))
            return false;
        q.integer(1, nowMs());
        q.integer(2, m_report.imported);
        q.integer(3, m_report.merged);
        q.integer(4, m_report.rejected);
        q.textNotNull(5, m_report.importId);
        if (!write(q, QStringLiteral("import:record")))
            return false;
        if (!q.prepare(m_db, "INSERT INTO import_rejects (import_id, line, reason, raw) VALUES (?1, ?2, ?3, ?4)",
                &m_report.error))
            return false;
        for (const ImportReject& r : std::as_const(m_report.rejects)) {
            q.textNotNull(1, m_report.importId);
            q.integer(2, r.line);
            q.textNotNull(3, r.reason);
            q.textNotNull(4, r.raw);
            if (!write(q, QStringLiteral("import:reject")))
                return false;
        }
        const double commitStart = monotonicSeconds();
        if (!m_tx->commit()) {
            m_report.error = m_tx->error();
            return false;
        }
        m_report.phases.commit = monotonicSeconds() - commitStart;
        return true;
    }

    // Bytes per row assumed to estimate a file's rows from its size (CRM exports run 100-300).
    static constexpr qint64 kBytesPerRowEstimate = 150;
    static constexpr qint64 kMaxReservedRows = 4'000'000;

    Workspace& m_ws;
    std::optional<ColumnMapping> m_mappingOverride;
    QString m_path;
    ProspectImporter::Progress m_progress;
    const std::atomic<bool>* m_cancel;
    qint64 m_rebuildThreshold;
    ProspectImporter::ScoringThread m_scoring;
    QElapsedTimer m_timer;
    ImportReport m_report;
    FileStamp m_startStamp;
    CsvReader m_reader;
    QStringList m_header;
    std::optional<Columns> m_columns;
    std::optional<ProspectScorer> m_scorer;
    std::optional<CachedProspectScorer> m_cachedScorer; // the reading thread's
    std::optional<CachedProspectScorer> m_writerScorer; // the writing thread's (same answers)
    QByteArray m_writerReasons;
    std::optional<Transaction> m_tx;
    sqlite3* m_db = nullptr;
    Snapshot m_snapshot;
    Memo<QString> m_domains;
    Memo<QString> m_countries;
    Memo<int> m_employees;
    // Per company: which of industry (1), employees (2), country (4), website (8) are known to be
    // filled (set at creation or by a fill), so a row that brings nothing new writes nothing.
    IdFlags m_companyFields;
    QList<std::pair<QString, QString>> m_droppedIndexes; // name, CREATE statement
    Statement m_insertCompany;
    Statement m_fillCompany;
    Statement m_insertProspect;
    Statement m_mergeProspect;
    BatchQueue m_queue;
    double m_writeCpuStart = 0;
    bool m_failed = false; // a write failed: m_report.error says why
    bool m_foreignKeysOff = false; // switched off for the run: on again at its end
    bool m_tempStoreOnDisk = false; // temporary files allowed for the run: in memory again at its end
    qint64 m_now = 0;
    QByteArray m_sourceUtf8;
    QByteArray m_importIdUtf8;
};

} // namespace

ImportReport ProspectImporter::run(const QString& path, const Progress& progress, const std::atomic<bool>* cancel)
{
    ImportRun importRun(*m_workspace, m_mapping, path, progress, cancel, m_indexRebuildRows, m_scoringThread);
    return importRun.run();
}

} // namespace gd::core
