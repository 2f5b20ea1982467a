// Prospect import benchmark. Prints figures; asserts nothing.
//
//   bench_import [--rows N] [--companies C] [--runs R] [--seed S] [--dir D] [--keep]
//                [--sqlite-cache-mb M] [--before PATH] [--no-rescore] [--cancel-after-ms MS]
//
// Generates a HubSpot-like prospects CSV (N rows, default 1,000,000; about N/50 companies, a few
// percent duplicates by email and by name, about 1% invalid rows), then in the same run:
//   - baseline: the sqlite3 command-line tool importing the same file raw into a fresh database
//     (`.mode csv`, `.import FILE prospects`: one table, no indexes, no validation);
//   - GreenDoor: ProspectImporter::run into a fresh workspace with a saved ICP, so every new row
//     is validated, de-duplicated and scored;
//   - CsvReader alone over the same file (where the parsing part of the import stands);
//   - ProspectStore::rescoreStale over every prospect after an ICP edit, in one call and in the
//     Research agent's batches.
// Every measured step runs in a child process (sqlite3, or this program re-executed with an
// internal --child-* flag) so its peak RSS is its own: ru_maxrss from wait4().
// --before PATH: another build of this benchmark (e.g. main's) whose --child-import runs in the
// same runs on the same file, for a before/after table measured side by side. Each run prints
// the load average next to its figures (the machine may be shared), then min/median/max.

#include "agents/ResearchAgent.h"
#include "core/formats/CsvReader.h"
#include "core/prospects/Icp.h"
#include "core/prospects/ProspectImporter.h"
#include "core/store/ProspectStore.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <map>
#include <random>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

using namespace gd;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

// ---------------------------------------------------------------------------------------------
// The CSV.

constexpr std::array kFirst = { "Anna", "Hannah", "Johann", "Joanne", "Annika", "Marie", "Sophie", "Laura", "Julia",
    "Lena", "Emma", "Mia", "Clara", "Lea", "Sarah", "Katharina", "Lisa", "Nina", "Eva", "Paula", "Thomas", "Michael",
    "Andreas", "Stefan", "Christian", "Markus", "Daniel", "Tobias", "Jan", "Lukas", "Felix", "Jonas", "Max", "Paul",
    "Leon", "David", "Florian", "Sebastian", "Alexander", "Martin", "James", "John", "Robert", "Mary", "Patricia",
    "Jennifer", "Linda", "Elizabeth", "Susan", "Jessica", "William", "Richard", "Joseph", "Charles", "Christopher",
    "Matthew", "Anthony", "Mark", "Emily", "Olivia", "Isabella", "Ava", "Charlotte", "Amelia", "Noah", "Liam", "Oliver",
    "Ethan", "Lucas", "Mason", "Pierre", "Camille", "Louis", "Chloé", "Zoë", "José", "María", "Lucía", "Łukasz",
    "Søren", "Åsa", "Björn", "Jürgen", "Sven", "Ingrid", "Astrid", "Lars", "Nils", "Erik", "Karin", "Giulia", "Marco",
    "Francesca", "Luca", "Sofia", "Matteo", "Priya", "Rahul", "Wei", "Yuki", "Kenji", "Aisha", "Omar", "Fatima",
    "Mehmet", "Elif", "Piotr", "Agnieszka", "Tomasz", "Katarzyna", "Joanna", "Dmitri", "Olga", "Ivan", "Natalia",
    "Hans", "Greta", "Fritz", "Ute", "Dieter", "Heike", "Bernd", "Sabine", "Uwe", "Petra", "Ralf", "Claudia", "Jörg",
    "Anke", "Frank", "Silke", "Kai", "Imke", "Henrik", "Frauke", "Ole", "Wiebke", "Timo", "Svenja", "Dirk", "Bianca",
    "Holger", "Manuela", "Jens", "Nadine", "Carsten", "Anja", "Ann" };
constexpr std::array kLast = { "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
    "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz",
    "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier",
    "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser",
    "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Schubert", "Smith", "Johnson", "Williams",
    "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson",
    "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris",
    "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres",
    "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter",
    "Roberts", "O'Brien", "O'Connor", "McCarthy", "Murphy", "Kelly", "Dubois", "Lefèvre", "Moreau", "Laurent", "Simon",
    "Michel", "García", "Fernández", "López", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo",
    "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Jansen", "de Vries", "van den Berg", "van Dijk",
    "Bakker", "Visser", "Smit", "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsen",
    "Hansen", "Nielsen", "Jensen", "Pedersen", "Virtanen", "Korhonen", "Mäkinen", "Patel", "Sharma", "Singh", "Kumar",
    "Tanaka", "Suzuki", "Chen", "Wang", "Li", "Zhang", "Liu", "Yilmaz", "Kaya", "Demir", "Hanna", "Mann" };
constexpr std::array kTitles = { "CEO", "Founder & CEO", "Co-Founder", "Managing Director", "Geschäftsführer", "CTO",
    "CFO", "COO", "CIO", "Chief Revenue Officer", "VP Sales", "VP of Marketing", "Vice President Operations",
    "VP Engineering", "Head of Sales", "Head of Operations", "Head of Logistics", "Head of IT", "Head of Procurement",
    "Head of People", "Director of Finance", "Sales Director", "Marketing Director", "IT Director",
    "Director Customer Success", "Sales Manager", "Account Manager", "Key Account Manager", "Marketing Manager",
    "Operations Manager", "Procurement Manager", "Purchasing Manager", "IT Manager", "HR Manager", "Finance Manager",
    "Team Lead Support", "Software Engineer", "Senior Software Engineer", "Data Analyst", "Business Analyst",
    "Project Manager", "Product Manager", "Office Manager", "Assistant", "Working Student", "Consultant",
    "Senior Consultant", "Customer Success Manager", "Growth Marketing Lead", "Controller", "Buyer",
    "Talent Acquisition Specialist", "" };
constexpr std::array kIndustries = { "Software", "Computer Software", "Logistics", "Logistics and Supply Chain",
    "Transportation/Trucking/Railroad", "Manufacturing", "Machinery", "Automotive", "Healthcare",
    "Hospital & Health Care", "Pharmaceuticals", "Financial Services", "Banking", "Insurance", "Retail", "E-Learning",
    "Education", "Energy", "Renewables & Environment", "Professional Services", "Management Consulting", "Real Estate",
    "Construction", "Food & Beverages", "Government Administration", "Non-Profit Organization Management",
    "Marketing and Advertising", "Telecommunications", "" };
constexpr std::array kEmployees = { "1-10", "11-50", "51-200", "201-500", "501-1000", "1001-5000", "5001-10000",
    "10001+", "8", "25", "40", "75", "120", "250", "430", "800", "1200", "2500", "7000", "15000", "" };
struct Place
{
    const char* city;
    const char* country;
};
constexpr std::array kPlaces = { Place { "Berlin", "Germany" }, Place { "Hamburg", "Germany" },
    Place { "München", "Germany" }, Place { "Köln", "Germany" }, Place { "Frankfurt am Main", "Germany" },
    Place { "Stuttgart", "Germany" }, Place { "Düsseldorf", "Germany" }, Place { "Leipzig", "Germany" },
    Place { "Wien", "Austria" }, Place { "Zürich", "Switzerland" }, Place { "Basel", "CH" },
    Place { "London", "United Kingdom" }, Place { "Manchester", "United Kingdom" }, Place { "Dublin", "Ireland" },
    Place { "Paris", "France" }, Place { "Lyon", "France" }, Place { "Amsterdam", "Netherlands" },
    Place { "Rotterdam", "NL" }, Place { "Brussels", "Belgium" }, Place { "Stockholm", "Sweden" },
    Place { "Oslo", "Norway" }, Place { "Copenhagen", "Denmark" }, Place { "Helsinki", "Finland" },
    Place { "Madrid", "Spain" }, Place { "Barcelona", "Spain" }, Place { "Milano", "Italy" },
    Place { "Warszawa", "Poland" }, Place { "New York", "United States" }, Place { "San Francisco", "United States" },
    Place { "Austin", "USA" }, Place { "Chicago", "US" }, Place { "Toronto", "Canada" },
    Place { "São Paulo", "Brazil" }, Place { "Bangalore", "India" }, Place { "Tokyo", "Japan" },
    Place { "Sydney", "Australia" }, Place { "", "" } };
constexpr std::array kNameA = { "Nord", "Süd", "Alpen", "Rhein", "Blue", "Green", "Bright", "Silver", "Iron", "Nova",
    "Apex", "Vertex", "Summit", "Harbor", "Atlas", "Orion", "Polar", "Delta", "Sigma", "Terra", "Aqua", "Sky", "Stone",
    "Oak", "Maple", "Cedar", "River", "Lake", "Hill", "Bay", "Peak", "Prime", "Core", "Next", "Smart", "True", "Swift",
    "Bold", "Clear", "Open" };
constexpr std::array kNameB = { "logic", "soft", "works", "tech", "trans", "log", "med", "fin", "data", "line", "wave",
    "point", "bridge", "gate", "field", "stream", "cloud", "labs", "systems", "motion", "cargo", "freight", "care",
    "build", "metal", "energy", "foods", "print", "parts", "tools" };
constexpr std::array kLegal
    = { "GmbH", "AG", "Ltd", "Inc.", "LLC", "SE", "B.V.", "AB", "S.A.", "GmbH & Co. KG", "", "", "" };
constexpr std::array kTld = { "de", "com", "io", "co.uk", "fr", "nl", "se", "ch", "at", "eu", "net" };
constexpr std::array kFreeMail = { "gmail.com", "outlook.com", "gmx.de", "web.de", "yahoo.com" };

// Lower-case ASCII form of a name for an email local part (HubSpot exports have ASCII emails).
QByteArray asciiSlug(const char* utf8)
{
    const QString s = QString::fromUtf8(utf8).normalized(QString::NormalizationForm_KD).toLower();
    QByteArray b;
    for (QChar c : s) {
        if (c.unicode() < 128 && (c.isLetterOrNumber()))
            b += static_cast<char>(c.unicode());
        else if (c == QLatin1Char('\xdf'))
            b += "ss";
        else if (c == QLatin1Char('\xf8'))
            b += 'o';
        else if (c.unicode() == 0x142) // l with stroke
            b += 'l';
    }
    return b;
}

QByteArray csvField(const QByteArray& value)
{
    if (value.contains(',') || value.contains('"') || value.contains('\n')) {
        QByteArray q = value;
        q.replace("\"", "\"\"");
        return '"' + q + '"';
    }
    return value;
}

struct Company
{
    QByteArray name;
    QByteArray domain;
    QByteArray website; // as written in the file (may be empty)
    QByteArray industry;
    QByteArray employees;
    int place = 0;
};

struct Counts
{
    qint64 rows = 0;
    qint64 unique = 0;
    qint64 dupEmail = 0;
    qint64 dupName = 0;
    qint64 badEmail = 0;
    qint64 ragged = 0;
    qint64 noNameNoEmail = 0;
    qint64 bytes = 0;
    int companies = 0;
    qint64 invalid() const { return badEmail + ragged + noNameNoEmail; }
};

class Generator
{
public:
    Generator(quint64 seed, int companies)
        : m_rng(seed)
    {
        for (const char* f : kFirst)
            m_firstSlug << asciiSlug(f);
        for (const char* l : kLast)
            m_lastSlug << asciiSlug(l);
        QSet<QByteArray> domains;
        m_companies.reserve(companies);
        for (int i = 0; i < companies; ++i) {
            Company c;
            const QByteArray a = pick(kNameA), b = pick(kNameB);
            QByteArray legal = pick(kLegal);
            QByteArray base = a + b;
            if (i % 9 == 0)
                base += ' ' + QByteArray(pick(kIndustries)).split(' ').first();
            if (i % 37 == 0)
                base = a + ' ' + b + ", " + pick(kNameA) + " & Partners"; // a comma: a quoted field
            if (i % 500 == 0)
                base = "The \"" + a + "\" " + b; // quotes inside: doubled in the file
            c.name = legal.isEmpty() ? base : base + ' ' + legal;
            QByteArray slug = asciiSlug(a.constData()) + asciiSlug(b.constData());
            QByteArray domain = slug + '.' + pick(kTld);
            for (int n = 2; domains.contains(domain); ++n)
                domain = slug + QByteArray::number(n) + '.' + pick(kTld);
            domains.insert(domain);
            c.domain = domain;
            const int w = uniform(20);
            c.website = w < 2 ? QByteArray()
                : w < 10      ? QByteArray("https://www." + domain)
                : w < 15      ? QByteArray("http://" + domain + '/')
                              : domain;
            c.industry = pick(kIndustries);
            c.employees = pick(kEmployees);
            c.place = uniform(static_cast<int>(kPlaces.size()));
            m_companies.push_back(c);
        }
        m_members.assign(m_companies.size(), 0);
        m_counts.companies = companies;
    }

    // Writes the whole file; returns false on an I/O error.
    bool write(const QString& path, qint64 rows)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        QByteArray buffer;
        buffer.reserve(1 << 22);
        buffer += "First Name,Last Name,Email,Job Title,Company Name,Website URL,Industry,Number of "
                  "Employees,City,Country/Region\n";
        m_people.reserve(static_cast<std::size_t>(rows));
        for (qint64 i = 0; i < rows; ++i) {
            row(&buffer);
            if (buffer.size() > (1 << 22) - 4096) {
                if (file.write(buffer) != buffer.size())
                    return false;
                m_counts.bytes += buffer.size();
                buffer.clear();
            }
        }
        if (file.write(buffer) != buffer.size())
            return false;
        m_counts.bytes += buffer.size();
        m_counts.rows = rows;
        return file.flush();
    }

    const Counts& counts() const { return m_counts; }

private:
    struct Person
    {
        quint32 company;
        quint32 member;
        bool freeMail;
        bool noEmail;
    };

    template<typename List>
    const char* pick(const List& list)
    {
        return list.at(static_cast<std::size_t>(uniform(static_cast<int>(list.size()))));
    }
    int uniform(int n) { return static_cast<int>(m_rng() % static_cast<quint64>(n)); }
    double unit() { return static_cast<double>(m_rng() >> 11) * 0x1.0p-53; }

    // The (first, last) pair of member j of company c: distinct for j < |first| * |last|.
    std::pair<int, int> nameOf(const Person& p) const
    {
        const int nf = static_cast<int>(kFirst.size()), nl = static_cast<int>(kLast.size());
        const int k = static_cast<int>(p.member % static_cast<quint32>(nf * nl));
        return { (k + static_cast<int>(p.company)) % nf, (k / nf + static_cast<int>(p.company) * 7) % nl };
    }

    QByteArray emailOf(const Person& p) const
    {
        const auto [f, l] = nameOf(p);
        const QByteArray local = m_firstSlug.at(f) + '.' + m_lastSlug.at(l);
        if (p.freeMail)
            return local + '.' + QByteArray::number(p.company) + '_' + QByteArray::number(p.member) + '@'
                + kFreeMail.at((p.company + p.member) % kFreeMail.size());
        return local + '@' + m_companies.at(p.company).domain;
    }

    void writeRow(QByteArray* b, const Person& p, const QByteArray& email, const QByteArray& title, int dropFields = 0,
        bool extraField = false)
    {
        const Company& c = m_companies.at(p.company);
        const auto [f, l] = nameOf(p);
        const Place& place = kPlaces.at(static_cast<std::size_t>(c.place));
        const QByteArray fields[] = { kFirst.at(static_cast<std::size_t>(f)), kLast.at(static_cast<std::size_t>(l)),
            email, title, c.name, c.website, c.industry, c.employees, place.city, place.country };
        const int n = 10 - dropFields;
        for (int i = 0; i < n; ++i) {
            if (i)
                *b += ',';
            *b += csvField(fields[i]);
        }
        if (extraField)
            *b += ",unexpected";
        *b += '\n';
    }

    QByteArray titleOf(const Person& p) const
    {
        return kTitles.at((p.company * 31u + p.member * 17u) % kTitles.size());
    }

    void row(QByteArray* b)
    {
        const double u = unit();
        // About 1% invalid rows, 3% duplicates by email, 0.5% duplicates by name (no email,
        // same company website), the rest new prospects.
        if (u < 0.004) {
            ++m_counts.badEmail;
            Person p = newPerson();
            p.freeMail = false;
            const QByteArray good = emailOf(p);
            static const std::array<QByteArray, 4> breakers = { "@", "(at)", " at ", "@@" };
            QByteArray bad = good;
            bad.replace("@", breakers.at(static_cast<std::size_t>(uniform(4))));
            if (bad == good || bad.endsWith('@'))
                bad = good.left(good.indexOf('@') + 1); // "anna.schmidt@"
            writeRow(b, p, bad, titleOf(p));
            return;
        }
        if (u < 0.007) {
            ++m_counts.ragged;
            Person p = newPerson();
            if (uniform(2))
                writeRow(b, p, emailOf(p), titleOf(p), 2);
            else
                writeRow(b, p, emailOf(p), titleOf(p), 0, true);
            return;
        }
        if (u < 0.010) {
            ++m_counts.noNameNoEmail;
            const Company& c = m_companies.at(static_cast<std::size_t>(uniform(static_cast<int>(m_companies.size()))));
            *b += ",,," + csvField(pick(kTitles)) + ',' + csvField(c.name) + ',' + c.website + ','
                + csvField(c.industry) + ',' + c.employees + ",,\n";
            return;
        }
        if (u < 0.040 && !m_people.empty()) {
            ++m_counts.dupEmail;
            const Person& p = m_people.at(static_cast<std::size_t>(uniform(static_cast<int>(m_people.size()))));
            if (p.noEmail) { // nothing to match by email: by name then (website is set for these)
                --m_counts.dupEmail;
                ++m_counts.dupName;
                writeRow(b, p, QByteArray(), titleOf(p));
                return;
            }
            QByteArray email = emailOf(p);
            const int variant = uniform(3);
            if (variant == 0)
                email = email.toUpper();
            else if (variant == 1)
                email = "  " + email + ' ';
            writeRow(b, p, email, variant == 2 ? QByteArray("Senior " + titleOf(p)) : titleOf(p));
            return;
        }
        if (u < 0.045 && !m_people.empty()) {
            const Person& p = m_people.at(static_cast<std::size_t>(uniform(static_cast<int>(m_people.size()))));
            if (!m_companies.at(p.company).website.isEmpty() && !p.freeMail) {
                ++m_counts.dupName;
                writeRow(b, p, QByteArray(), titleOf(p));
                return;
            }
        }
        ++m_counts.unique;
        Person p = newPerson();
        const Company& c = m_companies.at(p.company);
        if (!c.website.isEmpty() && uniform(100) == 0)
            p.noEmail = true;
        m_people.push_back(p);
        writeRow(b, p, p.noEmail ? QByteArray() : emailOf(p), titleOf(p));
    }

    Person newPerson()
    {
        // Skewed: a few large accounts, a long tail.
        const double u = unit();
        const auto c = static_cast<quint32>(std::min<double>(
            static_cast<double>(m_companies.size()) - 1, static_cast<double>(m_companies.size()) * u * u));
        Person p { c, m_members[c]++, false, false };
        p.freeMail = m_companies.at(c).website.size() > 0 && uniform(40) == 0;
        return p;
    }

    std::mt19937_64 m_rng;
    std::vector<Company> m_companies;
    std::vector<quint32> m_members;
    std::vector<Person> m_people; // every new prospect so far, for duplicates
    QList<QByteArray> m_firstSlug;
    QList<QByteArray> m_lastSlug;
    Counts m_counts;
};

// ---------------------------------------------------------------------------------------------
// Children.

struct ChildRun
{
    bool ok = false;
    QString status;
    double wallSeconds = 0;
    double cpuSeconds = 0;
    qint64 maxRssKb = 0;
    QByteArray output;
    QByteArray errors;
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs a program (PATH lookup) to completion, stdout and stderr to files, and reports its own
// resource use from wait4(): wall clock from spawn to reaping, user+system CPU, peak RSS.
ChildRun runChild(const QString& program, const QStringList& args, const QString& scratch)
{
    ChildRun run;
    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(program));
    for (const QString& a : args)
        storage.push_back(QFile::encodeName(a));
    std::vector<char*> argv;
    for (QByteArray& s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    const QByteArray outPath = QFile::encodeName(scratch + QStringLiteral(".out"));
    const QByteArray errPath = QFile::encodeName(scratch + QStringLiteral(".err"));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, argv.front(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        run.status = QStringLiteral("cannot start %1: %2").arg(program, QString::fromLocal8Bit(strerror(rc)));
        return run;
    }
    int status = 0;
    rusage usage {};
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR) {
            run.status = QStringLiteral("wait4 failed");
            return run;
        }
    }
    run.wallSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    run.cpuSeconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    run.maxRssKb = usage.ru_maxrss;
    run.output = readAll(QString::fromLocal8Bit(outPath));
    run.errors = readAll(QString::fromLocal8Bit(errPath));
    if (WIFSIGNALED(status))
        run.status = QStringLiteral("killed by signal %1").arg(WTERMSIG(status));
    else if (WEXITSTATUS(status) != 0)
        run.status = QStringLiteral("exit code %1").arg(WEXITSTATUS(status));
    else
        run.ok = true;
    if (!run.ok)
        err() << "bench_import: " << program << ' ' << args.join(QLatin1Char(' ')) << ": " << run.status
              << "; stderr ends:\n"
              << QString::fromLocal8Bit(run.errors.right(800)) << "\n";
    return run;
}

qint64 vmHwmKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

core::Icp benchIcp(bool edited)
{
    core::Icp icp;
    icp.companyName = QStringLiteral("Bench Freight Software");
    icp.offering = QStringLiteral("dispatch software");
    icp.industries = edited
        ? QStringList { QStringLiteral("Manufacturing"), QStringLiteral("Logistics"), QStringLiteral("Retail") }
        : QStringList { QStringLiteral("Logistics"), QStringLiteral("Software"), QStringLiteral("Manufacturing") };
    icp.companySizes = edited ? QStringList { QStringLiteral("1000+") }
                              : QStringList { QStringLiteral("51-1000"), QStringLiteral("1000+") };
    icp.roles = edited
        ? QStringList { QStringLiteral("Sales"), QStringLiteral("Leadership") }
        : QStringList { QStringLiteral("Operations"), QStringLiteral("IT"), QStringLiteral("Leadership") };
    icp.seniorities = { QStringLiteral("C-level"), QStringLiteral("VP"), QStringLiteral("Head/Director") };
    icp.regions = edited ? QStringList { QStringLiteral("Europe"), QStringLiteral("North America") }
                         : QStringList { QStringLiteral("DACH"), QStringLiteral("Benelux") };
    icp.disqualifiers = { QStringLiteral("Government"), QStringLiteral("Students") };
    return icp;
}

void printJson(const QJsonObject& o)
{
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << "\n";
    out().flush();
}

// --child-import CSV WORKSPACE [CACHE_MB]: a fresh workspace, a saved ICP, then the import.
// CACHE_MB > 0 is a diagnosis: PRAGMA cache_size on the import's connection (the workspace
// leaves SQLite's default, 2 MB).
int childImport(const QString& csv, const QString& path, int cacheMb)
{
    QElapsedTimer setup;
    setup.start();
    core::WorkspaceError error;
    auto ws = core::Workspace::open(path, core::Workspace::OpenMode::CreateNew, &error);
    if (!ws) {
        err() << "cannot create the workspace: " << error.message << "\n";
        return 1;
    }
    QString why;
    if (core::IcpStore::save(*ws, benchIcp(false), QStringLiteral("manual"), &why) == 0) {
        err() << "cannot save the ICP: " << why << "\n";
        return 1;
    }
    if (cacheMb > 0)
        QSqlQuery(ws->db()).exec(QStringLiteral("PRAGMA cache_size = -%1").arg(qint64 { cacheMb } * 1024));
    const double setupSeconds = static_cast<double>(setup.nsecsElapsed()) / 1e9;
    const qint64 hwmBefore = vmHwmKb();
    qint64 progressCalls = 0;
    core::ProspectImporter importer(ws);
    QElapsedTimer timer;
    timer.start();
    const core::ImportReport report = importer.run(csv, [&](qint64, qint64, qint64) { ++progressCalls; });
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const qint64 hwmAfter = vmHwmKb();
    if (!report.ok()) {
        err() << "import failed: " << report.error << "\n";
        return 1;
    }
    const qint64 stored = core::ProspectStore::count(*ws);
    const int stale = core::ProspectStore::staleCount(*ws);
    printJson({ { QStringLiteral("setup_s"), setupSeconds }, { QStringLiteral("import_s"), seconds },
        { QStringLiteral("rows"), report.rows }, { QStringLiteral("imported"), report.imported },
        { QStringLiteral("merged"), report.merged }, { QStringLiteral("rejected"), report.rejected },
        { QStringLiteral("vendor"), report.vendor }, { QStringLiteral("stored"), stored },
        { QStringLiteral("stale"), stale }, { QStringLiteral("hwm_before_kb"), hwmBefore },
        { QStringLiteral("hwm_after_kb"), hwmAfter }, { QStringLiteral("progress_calls"), progressCalls },
        { QStringLiteral("phases"), report.toJson(0).value(QStringLiteral("phases")) } });
    return 0;
}

qint64 countOf(core::Workspace& ws, const char* table)
{
    QSqlQuery q(ws.db());
    return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next()
        ? q.value(0).toLongLong()
        : -1;
}

// --child-cancel CSV WORKSPACE DELAY_MS: the import on a worker thread, cancelled after DELAY_MS;
// prints how long run() took to return after the cancel and what was left in the workspace.
int childCancel(const QString& csv, const QString& path, int delayMs)
{
    core::WorkspaceError error;
    auto ws = core::Workspace::open(path, core::Workspace::OpenMode::CreateNew, &error);
    if (!ws) {
        err() << "cannot create the workspace: " << error.message << "\n";
        return 1;
    }
    QString why;
    if (core::IcpStore::save(*ws, benchIcp(false), QStringLiteral("manual"), &why) == 0) {
        err() << "cannot save the ICP: " << why << "\n";
        return 1;
    }
    std::atomic<bool> cancel { false };
    std::atomic<qint64> cancelledAtNs { 0 };
    std::atomic<qint64> rowsAtCancel { 0 };
    QElapsedTimer timer;
    core::ImportReport report;
    QThread* worker = QThread::create([&] {
        core::ProspectImporter importer(ws);
        report = importer.run(
            csv, [&](qint64, qint64, qint64 rowsDone) { rowsAtCancel = rowsDone; }, &cancel);
        ws->releaseThreadConnection();
    });
    timer.start();
    worker->start();
    if (!worker->wait(QDeadlineTimer(delayMs))) {
        cancelledAtNs = timer.nsecsElapsed();
        cancel = true;
        worker->wait();
    }
    const qint64 returnedNs = timer.nsecsElapsed();
    delete worker;
    const double latency = cancelledAtNs > 0 ? static_cast<double>(returnedNs - cancelledAtNs) / 1e9 : -1;
    printJson({ { QStringLiteral("cancelled"), report.cancelled }, { QStringLiteral("latency_s"), latency },
        { QStringLiteral("rows_read"), rowsAtCancel.load() },
        { QStringLiteral("stored"), core::ProspectStore::count(*ws) },
        { QStringLiteral("imports"), countOf(*ws, "imports") },
        { QStringLiteral("companies"), countOf(*ws, "companies") } });
    return 0;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() >= 3 ? QString::fromLatin1(parts.at(0) + ' ' + parts.at(1) + ' ' + parts.at(2))
                             : QStringLiteral("?");
}

// --child-rescore WORKSPACE LIMIT: an ICP edit (a new version), then rescoreStale until done.
int childRescore(const QString& path, int limit)
{
    core::WorkspaceError error;
    auto ws = core::Workspace::open(path, core::Workspace::OpenMode::OpenExisting, &error);
    if (!ws) {
        err() << "cannot open the workspace: " << error.message << "\n";
        return 1;
    }
    // Every edit differs from the last, so every prospect is stale.
    const std::optional<core::Icp> current = core::IcpStore::current(*ws);
    core::Icp icp = benchIcp(current && current->version % 2 == 1);
    QString why;
    if (core::IcpStore::save(*ws, icp, QStringLiteral("edit"), &why) == 0) {
        err() << "cannot save the ICP: " << why << "\n";
        return 1;
    }
    const int staleBefore = core::ProspectStore::staleCount(*ws);
    const qint64 hwmBefore = vmHwmKb();
    QElapsedTimer timer;
    timer.start();
    qint64 scored = 0;
    int calls = 0;
    double longestCall = 0;
    while (true) {
        QElapsedTimer call;
        call.start();
        const int n = core::ProspectStore::rescoreStale(*ws, limit, &why);
        longestCall = std::max(longestCall, static_cast<double>(call.nsecsElapsed()) / 1e9);
        ++calls;
        if (n < 0) {
            err() << "rescore failed: " << why << "\n";
            return 1;
        }
        if (n == 0)
            break;
        scored += n;
    }
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    printJson({ { QStringLiteral("rescore_s"), seconds }, { QStringLiteral("scored"), scored },
        { QStringLiteral("calls"), calls }, { QStringLiteral("longest_call_s"), longestCall },
        { QStringLiteral("stale_before"), staleBefore },
        { QStringLiteral("stale_after"), core::ProspectStore::staleCount(*ws) },
        { QStringLiteral("hwm_before_kb"), hwmBefore }, { QStringLiteral("hwm_after_kb"), vmHwmKb() } });
    return 0;
}

// --child-parse CSV: CsvReader alone, every record read, nothing else.
int childParse(const QString& csv)
{
    core::CsvReader reader;
    QString error;
    if (!reader.open(csv, &error)) {
        err() << error << "\n";
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    QStringList fields;
    qint64 records = 0, chars = 0;
    while (reader.readRecord(&fields)) {
        ++records;
        chars += fields.value(2).size();
    }
    printJson({ { QStringLiteral("parse_s"), static_cast<double>(timer.nsecsElapsed()) / 1e9 },
        { QStringLiteral("records"), records }, { QStringLiteral("checksum"), chars } });
    return 0;
}

// ---------------------------------------------------------------------------------------------

double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

QString num(double v, int decimals = 0)
{
    return QLocale(QLocale::English).toString(v, 'f', decimals);
}

QString mb(double kb)
{
    return num(kb / 1024.0, 0);
}

QString fileMb(const QString& path)
{
    qint64 total = 0;
    for (const char* suffix : { "", "-wal", "-journal" })
        total += QFileInfo(path + QLatin1String(suffix)).size();
    return num(static_cast<double>(total) / (1024.0 * 1024.0), 0);
}

void removeDb(const QString& path)
{
    for (const char* suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

QJsonObject parseChild(const ChildRun& run)
{
    const QList<QByteArray> lines = run.output.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char* name) -> QString {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    };

    if (const qsizetype i = args.indexOf(QStringLiteral("--child-import")); i >= 0 && i + 3 < args.size())
        return childImport(args.at(i + 1), args.at(i + 2), args.at(i + 3).toInt());
    if (const qsizetype i = args.indexOf(QStringLiteral("--child-rescore")); i >= 0 && i + 2 < args.size())
        return childRescore(args.at(i + 1), args.at(i + 2).toInt());
    if (const qsizetype i = args.indexOf(QStringLiteral("--child-parse")); i >= 0 && i + 1 < args.size())
        return childParse(args.at(i + 1));
    if (const qsizetype i = args.indexOf(QStringLiteral("--child-cancel")); i >= 0 && i + 3 < args.size())
        return childCancel(args.at(i + 1), args.at(i + 2), args.at(i + 3).toInt());

    const qint64 rows = option("--rows").isEmpty() ? 1000000 : option("--rows").toLongLong();
    const int companies = option("--companies").isEmpty() ? static_cast<int>(std::max<qint64>(50, rows / 50))
                                                          : option("--companies").toInt();
    const QString runsOption = option("--runs").isEmpty() ? option("--repeat") : option("--runs");
    const int repeat = std::max(1, runsOption.isEmpty() ? 1 : runsOption.toInt());
    const QString before = option("--before");
    const bool rescore = !args.contains(QStringLiteral("--no-rescore"));
    const int cancelAfterMs = option("--cancel-after-ms").isEmpty() ? 3000 : option("--cancel-after-ms").toInt();
    const quint64 seed = option("--seed").isEmpty() ? 20240611 : option("--seed").toULongLong();
    const bool keep = args.contains(QStringLiteral("--keep"));
    const int cacheMb = option("--sqlite-cache-mb").toInt();
    if (rows <= 0 || companies <= 0) {
        err() << "usage: bench_import [--rows N] [--companies C] [--runs R] [--seed S] [--dir D] [--keep] "
                 "[--sqlite-cache-mb M] [--before PATH] [--no-rescore] [--cancel-after-ms MS]\n";
        return 2;
    }

    QTemporaryDir tmp;
    QString dir = option("--dir");
    if (dir.isEmpty()) {
        if (!tmp.isValid()) {
            err() << "bench_import: no temporary directory\n";
            return 1;
        }
        tmp.setAutoRemove(!keep);
        dir = tmp.path();
    } else {
        QDir().mkpath(dir);
    }
    const QString csv = QDir(dir).filePath(QStringLiteral("prospects.csv"));
    const QString self = QCoreApplication::applicationFilePath();
    const QLocale en(QLocale::English);

    QElapsedTimer timer;
    timer.start();
    Generator generator(seed, companies);
    if (!generator.write(csv, rows)) {
        err() << "bench_import: cannot write " << csv << "\n";
        return 1;
    }
    const Counts c = generator.counts();
    out() << "bench_import: " << en.toString(c.rows) << " rows, "
          << num(static_cast<double>(c.bytes) / (1024.0 * 1024.0), 1) << " MB CSV (HubSpot columns, UTF-8), "
          << en.toString(c.companies) << " companies, generated in "
          << num(static_cast<double>(timer.elapsed()) / 1000.0, 1) << " s in " << dir << "\n";
    out() << "  in the file: " << en.toString(c.unique) << " new prospects, " << en.toString(c.dupEmail)
          << " duplicates by email (case/space variants), " << en.toString(c.dupName)
          << " by name+company without email, " << en.toString(c.invalid()) << " invalid (" << en.toString(c.badEmail)
          << " bad email, " << en.toString(c.ragged) << " ragged, " << en.toString(c.noNameNoEmail)
          << " no name and no email)\n";
    if (cacheMb > 0)
        out() << "  DIAGNOSIS RUN: PRAGMA cache_size = " << cacheMb
              << " MB on the import's connection (the workspace leaves SQLite's default, 2 MB)\n";
    out().flush();

    std::vector<double> rawWall, rawCpu, rawRss, gdWall, gdImport, gdCpu, gdRss, parseS, ratios;
    std::map<QString, std::vector<double>> gdPhases; // ImportReport::phases, per run
    std::vector<double> beforeImport, beforeRss, beforeRatios;
    QJsonObject lastImport, lastBefore;
    qint64 rawRows = -1;
    QString rawWarnings;
    const QString sqliteDb = QDir(dir).filePath(QStringLiteral("raw.sqlite"));
    const QString workspace = QDir(dir).filePath(QStringLiteral("bench.greendoor"));
    const QString beforeWorkspace = QDir(dir).filePath(QStringLiteral("before.greendoor"));
    const QString scratch = QDir(dir).filePath(QStringLiteral("child"));
    if (!before.isEmpty())
        out() << "  before: " << before << " (its --child-import, same file, same runs)\n";
    out() << "\nrun  load avg (1/5/15 min)   sqlite3 s  GreenDoor s  ratio  RSS MB"
          << (before.isEmpty() ? "" : "   before s  ratio  RSS MB") << "\n";
    out().flush();
    for (int r = 0; r < repeat; ++r) {
        const QString load = loadAverage();
        // a. Baseline: sqlite3 .import into a fresh database.
        removeDb(sqliteDb);
        const ChildRun raw = runChild(QStringLiteral("sqlite3"),
            { QStringLiteral("-batch"), sqliteDb, QStringLiteral(".mode csv"),
                QStringLiteral(".import %1 prospects").arg(csv) },
            scratch);
        if (!raw.ok)
            return 1;
        rawWall.push_back(raw.wallSeconds);
        rawCpu.push_back(raw.cpuSeconds);
        rawRss.push_back(static_cast<double>(raw.maxRssKb));
        rawWarnings = QString::number(raw.errors.count('\n'));
        const ChildRun count = runChild(
            QStringLiteral("sqlite3"), { sqliteDb, QStringLiteral("SELECT count(*) FROM prospects") }, scratch);
        rawRows = count.output.trimmed().toLongLong();

        // b. GreenDoor, isolated in a child.
        removeDb(workspace);
        const ChildRun gd
            = runChild(self, { QStringLiteral("--child-import"), csv, workspace, QString::number(cacheMb) }, scratch);
        if (!gd.ok)
            return 1;
        lastImport = parseChild(gd);
        gdWall.push_back(gd.wallSeconds);
        gdImport.push_back(lastImport.value(QStringLiteral("import_s")).toDouble());
        gdCpu.push_back(gd.cpuSeconds);
        gdRss.push_back(static_cast<double>(gd.maxRssKb));
        ratios.push_back(gdImport.back() / raw.wallSeconds);
        const QJsonObject phases = lastImport.value(QStringLiteral("phases")).toObject();
        for (auto it = phases.begin(); it != phases.end(); ++it)
            gdPhases[it.key()].push_back(it.value().toDouble());

        // c. The same import with the other build (before), when given.
        QString beforeColumns;
        if (!before.isEmpty()) {
            removeDb(beforeWorkspace);
            const ChildRun b = runChild(
                before, { QStringLiteral("--child-import"), csv, beforeWorkspace, QString::number(cacheMb) }, scratch);
            if (!b.ok)
                return 1;
            lastBefore = parseChild(b);
            beforeImport.push_back(lastBefore.value(QStringLiteral("import_s")).toDouble());
            beforeRss.push_back(static_cast<double>(b.maxRssKb));
            beforeRatios.push_back(beforeImport.back() / raw.wallSeconds);
            beforeColumns = QStringLiteral(" %1 %2 %3")
                                .arg(num(beforeImport.back(), 2), 10)
                                .arg(num(beforeRatios.back(), 1) + QLatin1Char('x'), 6)
                                .arg(mb(beforeRss.back()), 7);
            removeDb(beforeWorkspace);
        }

        // CsvReader alone.
        const ChildRun parse = runChild(self, { QStringLiteral("--child-parse"), csv }, scratch);
        if (parse.ok)
            parseS.push_back(parseChild(parse).value(QStringLiteral("parse_s")).toDouble());
        out() << QStringLiteral("%1  %2 %3 %4 %5 %6")
                     .arg(QStringLiteral("%1/%2").arg(r + 1).arg(repeat), -3)
                     .arg(load, -24)
                     .arg(num(raw.wallSeconds, 2), 10)
                     .arg(num(gdImport.back(), 2), 12)
                     .arg(num(ratios.back(), 2) + QLatin1Char('x'), 6)
                     .arg(mb(gdRss.back()), 7)
              << beforeColumns << "\n";
        out().flush();
    }

    auto minMedMax = [](const std::vector<double>& v, int decimals, const QString& unit) {
        if (v.empty())
            return QStringLiteral("-");
        return QStringLiteral("%1 / %2 / %3%4")
            .arg(num(*std::min_element(v.begin(), v.end()), decimals), num(median(v), decimals),
                num(*std::max_element(v.begin(), v.end()), decimals), unit);
    };
    auto kbToMb = [](std::vector<double> v) {
        for (double& x : v)
            x /= 1024.0;
        return v;
    };
    out() << "\nmin / median / max of " << repeat << " run" << (repeat > 1 ? "s" : "") << ":\n";
    out() << "  sqlite3 .import            " << minMedMax(rawWall, 2, QStringLiteral(" s")) << "\n";
    out() << "  GreenDoor import           " << minMedMax(gdImport, 2, QStringLiteral(" s")) << "\n";
    out() << "  ratio per run              " << minMedMax(ratios, 2, QStringLiteral("x")) << "\n";
    out() << "  GreenDoor peak RSS         " << minMedMax(kbToMb(gdRss), 0, QStringLiteral(" MB")) << "\n";
    // Where the import's time went (ImportReport::phases): the reading and the writing thread
    // overlap; the index builds and the commit follow.
    for (const char* phase : { "read_cpu", "write_cpu", "read_wait", "write_wait", "indexes", "commit" }) {
        const auto it = gdPhases.find(QString::fromLatin1(phase));
        if (it != gdPhases.end())
            out() << "    phase " << QString::fromLatin1(phase).leftJustified(19)
                  << minMedMax(it->second, 2, QStringLiteral(" s")) << "\n";
    }
    if (!before.isEmpty()) {
        out() << "  before: import             " << minMedMax(beforeImport, 2, QStringLiteral(" s")) << "\n";
        out() << "  before: ratio per run      " << minMedMax(beforeRatios, 2, QStringLiteral("x")) << "\n";
        out() << "  before: peak RSS           " << minMedMax(kbToMb(beforeRss), 0, QStringLiteral(" MB")) << "\n";
        out() << "  before: imported " << lastBefore.value(QStringLiteral("imported")).toInteger() << ", merged "
              << lastBefore.value(QStringLiteral("merged")).toInteger() << ", rejected "
              << lastBefore.value(QStringLiteral("rejected")).toInteger() << "\n";
    }

    const double rawS = median(rawWall);
    const double gdS = median(gdImport);
    const double ratio = median(ratios);
    const double rssMb = *std::max_element(gdRss.begin(), gdRss.end()) / 1024.0;
    const double rowsPerS = static_cast<double>(rows) / gdS;
    out() << "\n(medians of " << repeat << " run" << (repeat > 1 ? "s" : "")
          << "; wall = elapsed, cpu = user+system of the child)\n";
    out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                 .arg(QStringLiteral("import of the same file"), -44)
                 .arg(QStringLiteral("wall s"), 8)
                 .arg(QStringLiteral("cpu s"), 8)
                 .arg(QStringLiteral("rows/s"), 10)
                 .arg(QStringLiteral("peak RSS MB"), 12);
    auto line = [&](const QString& what, double wall, double cpu, double rss) {
        out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                     .arg(what, -44)
                     .arg(num(wall, 2), 8)
                     .arg(cpu < 0 ? QStringLiteral("-") : num(cpu, 2), 8)
                     .arg(num(static_cast<double>(rows) / wall), 10)
                     .arg(rss < 0 ? QStringLiteral("-") : mb(rss), 12);
    };
    line(QStringLiteral("sqlite3 .mode csv + .import (baseline)"), rawS, median(rawCpu), median(rawRss));
    line(QStringLiteral("GreenDoor ProspectImporter::run"), gdS, -1, -1);
    line(QStringLiteral("GreenDoor child process (incl. open, ICP)"), median(gdWall), median(gdCpu), median(gdRss));
    if (!parseS.empty())
        line(QStringLiteral("CsvReader alone (parse only, no SQL)"), median(parseS), -1, -1);
    out() << "  sqlite3 stored " << en.toString(rawRows) << " rows (" << rawWarnings
          << " warning lines on its stderr for ragged rows); database " << fileMb(sqliteDb) << " MB\n";
    out() << "  GreenDoor: rows " << en.toString(lastImport.value(QStringLiteral("rows")).toInteger()) << ", imported "
          << en.toString(lastImport.value(QStringLiteral("imported")).toInteger()) << " (expected "
          << en.toString(c.unique) << "), merged "
          << en.toString(lastImport.value(QStringLiteral("merged")).toInteger()) << " (expected "
          << en.toString(c.dupEmail + c.dupName) << "), rejected "
          << en.toString(lastImport.value(QStringLiteral("rejected")).toInteger()) << " (expected "
          << en.toString(c.invalid()) << "); vendor " << lastImport.value(QStringLiteral("vendor")).toString()
          << "; prospects stored " << en.toString(lastImport.value(QStringLiteral("stored")).toInteger())
          << ", stale after the import " << en.toString(lastImport.value(QStringLiteral("stale")).toInteger())
          << " (merged rows wait for the Research agent)\n";
    out() << "  GreenDoor: workspace " << fileMb(workspace) << " MB (with its -wal); open + ICP save "
          << num(lastImport.value(QStringLiteral("setup_s")).toDouble(), 2) << " s; VmHWM before the import "
          << mb(lastImport.value(QStringLiteral("hwm_before_kb")).toDouble()) << " MB, after "
          << mb(lastImport.value(QStringLiteral("hwm_after_kb")).toDouble()) << " MB\n";
    out() << "\nratio GreenDoor / sqlite3 raw import time (median of the per-run ratios): " << num(ratio, 2)
          << "x (target <= 3x: " << (ratio <= 3.0 ? "met" : "NOT met") << "; worst run "
          << num(*std::max_element(ratios.begin(), ratios.end()), 2) << "x)\n";
    out() << "peak RSS of the import process (largest of the runs): " << num(rssMb, 0)
          << " MB (target <= 500 MB: " << (rssMb <= 500.0 ? "met" : "NOT met") << ")\n";
    out() << "throughput: " << num(rowsPerS) << " rows/s = " << num(rowsPerS * 3600.0 / 1e6, 0)
          << " million rows/hour; the seed's bar is 1,000 prospects/hour (" << num(rowsPerS * 3600.0 / 1000.0)
          << " times that)\n";
    out().flush();

    // d. Cancel: the import on a worker thread, cancelled part-way.
    if (cancelAfterMs > 0) {
        const QString cancelWorkspace = QDir(dir).filePath(QStringLiteral("cancel.greendoor"));
        removeDb(cancelWorkspace);
        const ChildRun run = runChild(
            self, { QStringLiteral("--child-cancel"), csv, cancelWorkspace, QString::number(cancelAfterMs) }, scratch);
        if (run.ok) {
            const QJsonObject o = parseChild(run);
            out() << "\ncancel after " << cancelAfterMs << " ms: run() returned "
                  << num(o.value(QStringLiteral("latency_s")).toDouble() * 1000.0, 0) << " ms after the cancel ("
                  << en.toString(o.value(QStringLiteral("rows_read")).toInteger())
                  << " rows read); left behind: " << o.value(QStringLiteral("stored")).toInteger() << " prospects, "
                  << o.value(QStringLiteral("companies")).toInteger() << " companies, "
                  << o.value(QStringLiteral("imports")).toInteger() << " import records\n";
        }
        removeDb(cancelWorkspace);
    }

    // e. Rescoring after an ICP edit: one call over everything, then the Research agent's batches.
    if (rescore)
        out() << "\nProspectStore::rescoreStale after an ICP edit (IcpStore::save of a new version):\n";
    for (const int limit : { std::numeric_limits<int>::max(), agents::ResearchAgent::kScoreBatch }) {
        if (!rescore)
            break;
        const ChildRun run
            = runChild(self, { QStringLiteral("--child-rescore"), workspace, QString::number(limit) }, scratch);
        if (!run.ok)
            return 1;
        const QJsonObject o = parseChild(run);
        const double s = o.value(QStringLiteral("rescore_s")).toDouble();
        const auto scored = o.value(QStringLiteral("scored")).toInteger();
        out() << "  "
              << (limit == std::numeric_limits<int>::max()
                         ? QStringLiteral("one call, no limit")
                         : QStringLiteral("Research agent's batches of %1").arg(limit))
              << ": " << en.toString(scored) << " rescored (stale before "
              << en.toString(o.value(QStringLiteral("stale_before")).toInteger()) << ", after "
              << o.value(QStringLiteral("stale_after")).toInteger() << ") in " << num(s, 2)
              << " s = " << num(static_cast<double>(scored) / s) << " rows/s; "
              << o.value(QStringLiteral("calls")).toInt() << " calls, longest "
              << num(o.value(QStringLiteral("longest_call_s")).toDouble(), 2) << " s; peak RSS "
              << mb(static_cast<double>(run.maxRssKb)) << " MB (VmHWM before "
              << mb(o.value(QStringLiteral("hwm_before_kb")).toDouble()) << " MB)\n";
        out().flush();
    }
    if (keep || !option("--dir").isEmpty())
        out() << "\nkept: " << csv << ", " << workspace << ", " << sqliteDb << "\n";
    else {
        removeDb(sqliteDb);
        removeDb(workspace);
    }
    return 0;
}
