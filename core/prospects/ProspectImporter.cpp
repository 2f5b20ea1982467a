#include "core/prospects/ProspectImporter.h"

#include "core/formats/CsvReader.h"
#include "core/Text.h"
#include "core/runtime/Types.h"
#include "core/store/Workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
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

const QRegularExpression& emailSyntax()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$)"));
    return re;
}

QString csvLine(const QStringList& fields)
{
    QStringList out;
    for (const QString& f : fields) {
        if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n'))
            || f.contains(QLatin1Char('\r'))) {
            QString q = f;
            q.replace(QLatin1String("\""), QLatin1String("\"\""));
            out << QLatin1Char('"') + q + QLatin1Char('"');
        } else {
            out << f;
        }
    }
    return out.join(QLatin1Char(','));
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
            out += csvLine({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() })
                + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

ImportReport ProspectImporter::run(const QString& path, const Progress& progress, const std::atomic<bool>* cancel)
{
    Workspace& ws = *m_workspace;
    QElapsedTimer timer;
    timer.start();
    ImportReport report;
    report.importId = newId();
    report.file = QFileInfo(path).absoluteFilePath();

    CsvReader reader;
    if (!reader.open(path, &report.error))
        return report;
    report.encoding = CsvReader::encodingName(reader.encoding());
    report.delimiter = reader.delimiter() == QLatin1Char('\t') ? QStringLiteral("tab") : QString(reader.delimiter());
    QStringList header;
    if (!reader.readRecord(&header)) {
        report.error = reader.error().isEmpty()
            ? tr("%1 has no header row: nothing to import").arg(QFileInfo(path).fileName())
            : reader.error();
        return report;
    }
    const ColumnMapping mapping = m_mapping.value_or(ColumnMapping::detect(header));
    report.vendor = mapping.vendor;
    const bool hasName = mapping.has(ProspectField::FullName) || mapping.has(ProspectField::FirstName)
        || mapping.has(ProspectField::LastName);
    if (!mapping.has(ProspectField::Email) && !hasName) {
        report.error
            = tr("no column holds an email address or a name (the columns are: %1). Map them in the import dialog.")
                  .arg(header.join(QStringLiteral(", ")));
        return report;
    }
    auto column = [&](ProspectField f) { return static_cast<int>(mapping.columns.indexOf(f)); };
    const int cFirst = column(ProspectField::FirstName), cLast = column(ProspectField::LastName),
              cFull = column(ProspectField::FullName), cEmail = column(ProspectField::Email),
              cTitle = column(ProspectField::Title), cCompany = column(ProspectField::Company),
              cDomain = column(ProspectField::Domain), cWebsite = column(ProspectField::Website),
              cIndustry = column(ProspectField::Industry), cEmployees = column(ProspectField::Employees),
              cCity = column(ProspectField::City), cCountry = column(ProspectField::Country),
              cLocation = column(ProspectField::Location), cPhone = column(ProspectField::Phone),
              cLinkedIn = column(ProspectField::LinkedIn);

    const std::optional<Icp> icp = IcpStore::current(ws);
    std::optional<ProspectScorer> scorer;
    if (icp)
        scorer.emplace(*icp);

    // What the workspace already has, for de-duplication without a query per row.
    QHash<QString, qint64> byEmail;
    QHash<QString, qint64> byNameKey;
    QHash<QString, qint64> companyByDomain;
    QHash<QString, qint64> companyByName;
    {
        QSqlQuery q(ws.db());
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

    // A bigger page cache for the one big transaction (SQLite's default 2 MB spills pages to the
    // WAL and reads them back); restored afterwards.
    QSqlQuery cache(ws.db());
    cache.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    struct RestoreCache
    {
        Workspace& ws;
        ~RestoreCache()
        {
            QSqlQuery q(ws.db());
            q.exec(QStringLiteral("PRAGMA cache_size = -2000"));
        }
    } restoreCache { ws };
    if (!ws.begin(&report.error))
        return report;
    auto abandon = [&](const QString& why) {
        ws.rollback();
        report.error = why;
        report.imported = report.merged = 0;
        report.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
        return report;
    };
    const qint64 now = nowMs();
    const QString source = QStringLiteral("import:%1").arg(QFileInfo(path).fileName());
    const int version = scorer ? scorer->icpVersion() : 0;
    QString jsonSource = source; // escaped once for the hand-built field sources JSON
    jsonSource.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));

    QSqlQuery insertCompany(ws.db());
    insertCompany.prepare(QStringLiteral(
        "INSERT INTO companies (name, domain, industry, employees, country, website) VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery fillCompany(ws.db());
    fillCompany.prepare(QStringLiteral(
        "UPDATE companies SET industry = coalesce(nullif(industry, ''), ?), employees = coalesce(employees, ?), "
        "country = coalesce(nullif(country, ''), ?), website = coalesce(nullif(website, ''), ?) WHERE id = ?"));
    QSqlQuery insertProspect(ws.db());
    insertProspect.prepare(
        QStringLiteral("INSERT INTO prospects (company_id, full_name, first_name, last_name, email, title, phone, "
                       "linkedin_url, city, country, "
                       "name_key, score, score_reasons, scored_version, field_sources, source, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery mergeProspect(ws.db());
    mergeProspect.prepare(QStringLiteral(
        "UPDATE prospects SET company_id = coalesce(company_id, ?), first_name = coalesce(nullif(first_name, ''), ?), "
        "last_name = coalesce(nullif(last_name, ''), ?), email = coalesce(nullif(email, ''), ?), "
        "title = coalesce(nullif(title, ''), ?), phone = coalesce(nullif(phone, ''), ?), "
        "linkedin_url = coalesce(nullif(linkedin_url, ''), ?), city = coalesce(nullif(city, ''), ?), "
        "country = coalesce(nullif(country, ''), ?), field_sources = json_patch(?, coalesce(field_sources, '{}')), "
        "scored_version = 0, updated_at = ? WHERE id = ?"));

    QStringList fields;
    qint64 lastProgress = 0;
    auto cell = [&](int c) { return c >= 0 && c < fields.size() ? fields.at(c).trimmed() : QString(); };
    auto reject = [&](qint64 line, const QString& reason) {
        report.rejects.append({ line, reason, csvLine(fields) });
        ++report.rejected;
    };
    auto nullable = [](const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); };

    while (reader.readRecord(&fields)) {
        ++report.rows;
        const qint64 line = reader.recordStartLine();
        if (cancel && cancel->load()) {
            ws.rollback();
            report.cancelled = true;
            report.imported = report.merged = 0;
            report.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
            return report;
        }
        if (progress && report.rows - lastProgress >= 2000) {
            lastProgress = report.rows;
            progress(reader.bytesRead(), reader.totalBytes(), report.rows);
        }
        if (fields.size() != header.size()) {
            reject(line, tr("the row has %1 fields, the header has %2").arg(fields.size()).arg(header.size()));
            continue;
        }
        const QString email = cell(cEmail).toLower();
        if (!email.isEmpty() && !emailSyntax().match(email).hasMatch()) {
            reject(line, tr("\"%1\" is not a valid email address").arg(cell(cEmail)));
            continue;
        }
        QString first = cell(cFirst);
        QString last = cell(cLast);
        QString full = cell(cFull).simplified();
        if (full.isEmpty())
            full = QString(first + QLatin1Char(' ') + last).simplified();
        if (first.isEmpty() && last.isEmpty() && !full.isEmpty()) {
            first = full.section(QLatin1Char(' '), 0, 0);
            last = full.section(QLatin1Char(' '), 1);
        }
        if (full.isEmpty() && email.isEmpty()) {
            reject(line, tr("no name and no email address"));
            continue;
        }
        if (full.isEmpty())
            full = email.section(QLatin1Char('@'), 0, 0);

        QString domain = normaliseDomain(cell(cDomain));
        const QString website = cell(cWebsite);
        if (domain.isEmpty())
            domain = normaliseDomain(website);
        if (domain.isEmpty() && !email.isEmpty()) {
            const QString emailDomain = email.section(QLatin1Char('@'), 1);
            if (!isFreeMailDomain(emailDomain))
                domain = emailDomain;
        }
        QString city = cell(cCity);
        QString country = cell(cCountry);
        if (cLocation >= 0 && (city.isEmpty() || country.isEmpty())) {
            const QStringList parts = cell(cLocation).split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (city.isEmpty() && parts.size() >= 2)
                city = parts.first().trimmed();
            if (country.isEmpty() && !parts.isEmpty())
                country = parts.last().trimmed();
        }
        if (!country.isEmpty())
            country = countryCode(country);
        const QString companyName = cell(cCompany);
        const QString industry = cell(cIndustry);
        const int employees = cEmployees >= 0 ? parseEmployees(cell(cEmployees)) : -1;

        // The company: by domain, else by name.
        qint64 companyId = 0;
        if (!domain.isEmpty() || !companyName.isEmpty()) {
            companyId = !domain.isEmpty() ? companyByDomain.value(domain) : companyByName.value(companyName.toLower());
            if (companyId == 0) {
                insertCompany.bindValue(0, companyName.isEmpty() ? domain : companyName);
                insertCompany.bindValue(1, nullable(domain));
                insertCompany.bindValue(2, nullable(industry));
                insertCompany.bindValue(3, employees >= 0 ? QVariant(employees) : QVariant());
                insertCompany.bindValue(4, nullable(country));
                insertCompany.bindValue(5, nullable(website));
                if (!ws.execWrite(insertCompany, QStringLiteral("import:company"), &report.error))
                    return abandon(report.error);
                companyId = insertCompany.lastInsertId().toLongLong();
                if (!domain.isEmpty())
                    companyByDomain.insert(domain, companyId);
                if (!companyName.isEmpty())
                    companyByName.insert(companyName.toLower(), companyId);
            } else if (!industry.isEmpty() || employees >= 0 || !country.isEmpty() || !website.isEmpty()) {
                fillCompany.bindValue(0, nullable(industry));
                fillCompany.bindValue(1, employees >= 0 ? QVariant(employees) : QVariant());
                fillCompany.bindValue(2, nullable(country));
                fillCompany.bindValue(3, nullable(website));
                fillCompany.bindValue(4, companyId);
                if (!ws.execWrite(fillCompany, QStringLiteral("import:company"), &report.error))
                    return abandon(report.error);
            }
        }

        const QString nameKey = full.toLower() + QLatin1Char('|') + domain;
        // Where each field came from, as compact JSON built directly (this runs a million times).
        QString sourcesJson = QStringLiteral("{");
        const QString where
            = QLatin1Char('"') + jsonSource + QStringLiteral(" line ") + QString::number(line) + QLatin1Char('"');
        for (const auto& [name, value] : { std::pair { "company", companyName.isEmpty() ? domain : companyName },
                 { "country", country }, { "city", city }, { "email", email }, { "full_name", full },
                 { "linkedin_url", cell(cLinkedIn) }, { "phone", cell(cPhone) }, { "title", cell(cTitle) } }) {
            if (value.isEmpty())
                continue;
            if (sourcesJson.size() > 1)
                sourcesJson += QLatin1Char(',');
            sourcesJson += QLatin1Char('"') + QLatin1String(name) + QStringLiteral("\":") + where;
        }
        sourcesJson += QLatin1Char('}');

        qint64 existing = !email.isEmpty() ? byEmail.value(email) : 0;
        if (existing == 0 && !domain.isEmpty())
            existing = byNameKey.value(nameKey);
        if (existing != 0) {
            // Merge: fill what is empty, never overwrite what is known.
            mergeProspect.bindValue(0, companyId > 0 ? QVariant(companyId) : QVariant());
            mergeProspect.bindValue(1, nullable(first));
            mergeProspect.bindValue(2, nullable(last));
            mergeProspect.bindValue(3, nullable(email));
            mergeProspect.bindValue(4, nullable(cell(cTitle)));
            mergeProspect.bindValue(5, nullable(cell(cPhone)));
            mergeProspect.bindValue(6, nullable(cell(cLinkedIn)));
            mergeProspect.bindValue(7, nullable(city));
            mergeProspect.bindValue(8, nullable(country));
            mergeProspect.bindValue(9, sourcesJson);
            mergeProspect.bindValue(10, now);
            mergeProspect.bindValue(11, existing);
            if (!ws.execWrite(mergeProspect, QStringLiteral("import:merge"), &report.error))
                return abandon(report.error);
            if (!email.isEmpty())
                byEmail.insert(email, existing);
            ++report.merged;
            continue;
        }
        ProspectScore score;
        if (scorer) {
            ProspectFacts facts;
            facts.title = cell(cTitle);
            facts.companyName = companyName;
            facts.industry = industry;
            facts.employees = employees;
            facts.country = country;
            score = scorer->score(facts);
        }
        insertProspect.bindValue(0, companyId > 0 ? QVariant(companyId) : QVariant());
        insertProspect.bindValue(1, full);
        insertProspect.bindValue(2, nullable(first));
        insertProspect.bindValue(3, nullable(last));
        insertProspect.bindValue(4, nullable(email));
        insertProspect.bindValue(5, nullable(cell(cTitle)));
        insertProspect.bindValue(6, nullable(cell(cPhone)));
        insertProspect.bindValue(7, nullable(cell(cLinkedIn)));
        insertProspect.bindValue(8, nullable(city));
        insertProspect.bindValue(9, nullable(country));
        insertProspect.bindValue(10, nameKey);
        insertProspect.bindValue(11, scorer ? QVariant(score.score) : QVariant());
        insertProspect.bindValue(12, scorer ? QVariant(score.reasons.join(QLatin1Char('\n'))) : QVariant());
        insertProspect.bindValue(13, version);
        insertProspect.bindValue(14, sourcesJson);
        insertProspect.bindValue(15, source);
        insertProspect.bindValue(16, now);
        insertProspect.bindValue(17, now);
        if (!ws.execWrite(insertProspect, QStringLiteral("import:prospect"), &report.error))
            return abandon(report.error);
        const qint64 id = insertProspect.lastInsertId().toLongLong();
        if (!email.isEmpty())
            byEmail.insert(email, id);
        if (!domain.isEmpty())
            byNameKey.insert(nameKey, id);
        ++report.imported;
    }
    if (!reader.error().isEmpty()) {
        // The rest of the file cannot be read (an unterminated quote, binary data): report it as
        // the rejected remainder; what was read before stays.
        report.rejects.append({ reader.recordStartLine(), reader.error(), QString() });
        ++report.rejected;
    }

    QSqlQuery q(ws.db());
    q.prepare(
        QStringLiteral("INSERT INTO imports (id, file, started_at, finished_at, vendor, imported, merged, rejected) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(report.importId);
    q.addBindValue(report.file);
    q.addBindValue(now);
    q.addBindValue(nowMs());
    q.addBindValue(report.vendor);
    q.addBindValue(report.imported);
    q.addBindValue(report.merged);
    q.addBindValue(report.rejected);
    if (!ws.execWrite(q, QStringLiteral("import:record"), &report.error))
        return abandon(report.error);
    q.prepare(QStringLiteral("INSERT INTO import_rejects (import_id, line, reason, raw) VALUES (?, ?, ?, ?)"));
    for (const ImportReject& r : std::as_const(report.rejects)) {
        q.bindValue(0, report.importId);
        q.bindValue(1, r.line);
        q.bindValue(2, r.reason);
        q.bindValue(3, r.raw);
        if (!ws.execWrite(q, QStringLiteral("import:reject"), &report.error))
            return abandon(report.error);
    }
    if (!ws.commit(&report.error))
        return abandon(report.error);
    if (progress)
        progress(reader.bytesRead(), reader.totalBytes(), report.rows);
    report.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    return report;
}

} // namespace gd::core
