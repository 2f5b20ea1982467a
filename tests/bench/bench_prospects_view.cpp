// GUI responsiveness of the prospects list on a large workspace. Prints figures; asserts nothing.
//
//   bench_prospects_view [--rows N] [--workspace PATH] [--keep] [--settle-ms S] [--page-steps P]
//
// Builds a workspace with N prospects (default 1,000,000; bulk INSERT with the SQLite C API in
// one transaction, in a child process so this one's memory is the view's), or opens PATH (e.g.
// one kept by bench_import --dir D). Then opens gd::ui::ProspectsView on it (offscreen unless
// QT_QPA_PLATFORM says otherwise) and, action by action, measures:
//   - GUI-thread stalls: the gaps between the ticks of a 1 ms precise QTimer (max and p99), and
//     the longest single event dispatched on the GUI thread (QApplication::notify, wall and
//     thread CPU time, with the event's type and receiver);
//   - how long until the visible rows are real rows (ProspectTableModel::LoadedRole): the top
//     visible row, and every visible row;
// while scrolling by jumps (0%, 10%, ... 100%), page by page, sorting by name and back by score,
// typing a filter, setting a minimum score and clearing. Baseline in the same run: the same
// measurement while the window sits idle for as long as the actions took.

#include "core/prospects/Icp.h"
#include "core/store/Workspace.h"
#include "ui/AsyncRunner.h"
#include "ui/ProspectTableModel.h"
#include "ui/ProspectsView.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMetaEnum>
#include <QProcess>
#include <QScrollBar>
#include <QSpinBox>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <array>
#include <ctime>
#include <functional>
#include <list>
#include <random>
#include <sqlite3.h>
#include <vector>

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

// ---------------------------------------------------------------------------------------------
// The workspace: N prospects shaped like an import's (names, emails, titles, companies, scores
// with reasons, field sources), inserted with one prepared statement in one transaction.

constexpr std::array kFirst = { "Anna", "Hannah", "Johann", "Joanne", "Annika", "Ann", "Marie", "Sophie", "Laura",
    "Julia", "Lena", "Emma", "Mia", "Clara", "Lea", "Sarah", "Katharina", "Lisa", "Nina", "Eva", "Thomas", "Michael",
    "Andreas", "Stefan", "Christian", "Markus", "Daniel", "Tobias", "Jan", "Lukas", "Felix", "Jonas", "Max", "Paul",
    "Leon", "David", "James", "John", "Robert", "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Susan",
    "William", "Richard", "Joseph", "Emily", "Olivia", "Isabella", "Charlotte", "Noah", "Liam", "Oliver", "Ethan",
    "Pierre", "Camille", "Chloé", "Zoë", "José", "María", "Łukasz", "Søren", "Åsa", "Björn", "Jürgen", "Sven", "Ingrid",
    "Lars", "Giulia", "Marco", "Priya", "Rahul", "Wei", "Yuki", "Aisha", "Omar", "Mehmet", "Piotr", "Agnieszka", "Olga",
    "Hans", "Greta", "Uwe", "Petra", "Jörg", "Anke", "Frank", "Silke", "Kai", "Henrik", "Ole", "Timo", "Svenja", "Dirk",
    "Holger", "Jens", "Nadine", "Anja" };
constexpr std::array kLast = { "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
    "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz",
    "Zimmermann", "Braun", "Krüger", "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "König", "Walter", "Huber",
    "Kaiser", "Fuchs", "Peters", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Smith", "Johnson", "Williams", "Brown",
    "Jones", "Garcia", "Miller", "Davis", "Martinez", "Wilson", "Anderson", "Taylor", "Moore", "Jackson", "Martin",
    "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "King", "Wright", "Scott",
    "Green", "Baker", "O'Brien", "Murphy", "Kelly", "Dubois", "Lefèvre", "Moreau", "García", "López", "Rossi", "Russo",
    "Ferrari", "Nowak", "Kowalski", "Wiśniewski", "Jansen", "de Vries", "van Dijk", "Bakker", "Andersson", "Johansson",
    "Nilsson", "Hansen", "Nielsen", "Jensen", "Virtanen", "Patel", "Sharma", "Tanaka", "Chen", "Wang", "Yilmaz",
    "Hanna", "Mann" };
struct Title
{
    const char* text;
    const char* role; // matched role or empty
    const char* seniority; // or empty
};
constexpr std::array kTitles = { Title { "CEO", "Leadership", "C-level" },
    Title { "Founder & CEO", "Leadership", "C-level" }, Title { "CTO", "IT", "C-level" },
    Title { "CFO", "Finance", "C-level" }, Title { "COO", "Operations", "C-level" },
    Title { "VP Sales", "Sales", "VP" }, Title { "VP of Marketing", "Marketing", "VP" },
    Title { "Vice President Operations", "Operations", "VP" }, Title { "Head of Sales", "Sales", "Head/Director" },
    Title { "Head of Operations", "Operations", "Head/Director" }, Title { "Head of IT", "IT", "Head/Director" },
    Title { "Director of Finance", "Finance", "Head/Director" }, Title { "Sales Manager", "Sales", "Manager" },
    Title { "Account Manager", "Sales", "Manager" }, Title { "Operations Manager", "Operations", "Manager" },
    Title { "Procurement Manager", "Procurement", "Manager" }, Title { "IT Manager", "IT", "Manager" },
    Title { "HR Manager", "HR", "Manager" }, Title { "Software Engineer", "", "" }, Title { "Data Analyst", "", "" },
    Title { "Project Manager", "", "Manager" }, Title { "Office Manager", "", "Manager" },
    Title { "Consultant", "", "" }, Title { "Working Student", "", "" } };
constexpr std::array kIndustries
    = { "Logistics", "Software", "Manufacturing", "Healthcare", "Financial Services", "Retail", "Education", "Energy",
          "Professional Services", "Real Estate", "Construction", "Marketing and Advertising" };
constexpr std::array kCountries
    = { "DE", "DE", "DE", "AT", "CH", "NL", "BE", "GB", "FR", "US", "US", "SE", "ES", "IT", "PL" };
constexpr std::array kCities = { "Berlin", "Hamburg", "München", "Wien", "Zürich", "Amsterdam", "Brussels", "London",
    "Paris", "New York", "Austin", "Stockholm", "Madrid", "Milano", "Warszawa" };
constexpr std::array kNameA = { "Nord", "Süd", "Alpen", "Rhein", "Blue", "Green", "Bright", "Silver", "Iron", "Nova",
    "Apex", "Vertex", "Summit", "Harbor", "Atlas", "Orion", "Polar", "Delta", "Sigma", "Terra", "Sky", "Stone", "Oak",
    "Maple", "River", "Lake", "Hill", "Bay", "Peak", "Prime", "Core", "Next", "Smart", "Swift", "Bold", "Clear" };
constexpr std::array kNameB = { "logic", "soft", "works", "tech", "trans", "log", "med", "fin", "data", "line", "wave",
    "point", "bridge", "gate", "field", "stream", "cloud", "labs", "systems", "motion", "cargo", "freight", "care" };
constexpr std::array kLegal = { "GmbH", "AG", "Ltd", "Inc.", "LLC", "SE", "B.V.", "AB", "" };

QByteArray asciiLower(const char* utf8)
{
    const QString s = QString::fromUtf8(utf8).normalized(QString::NormalizationForm_KD).toLower();
    QByteArray b;
    for (QChar c : s) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            b += static_cast<char>(c.unicode());
    }
    return b;
}

struct Sql
{
    sqlite3* db = nullptr;
    bool exec(const char* sql)
    {
        char* message = nullptr;
        if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
            err() << "SQL failed: " << sql << ": " << message << "\n";
            sqlite3_free(message);
            return false;
        }
        return true;
    }
};

void bindText(sqlite3_stmt* s, int i, const QByteArray& text)
{
    if (text.isNull())
        sqlite3_bind_null(s, i);
    else
        sqlite3_bind_text(s, i, text.constData(), static_cast<int>(text.size()), SQLITE_STATIC);
}

// --child-build PATH ROWS
int childBuild(const QString& path, qint64 rows)
{
    core::WorkspaceError error;
    auto ws = core::Workspace::open(path, core::Workspace::OpenMode::CreateNew, &error);
    if (!ws) {
        err() << "cannot create the workspace: " << error.message << "\n";
        return 1;
    }
    core::Icp icp;
    icp.industries = { QStringLiteral("Logistics"), QStringLiteral("Software"), QStringLiteral("Manufacturing") };
    icp.companySizes = { QStringLiteral("51-1000"), QStringLiteral("1000+") };
    icp.roles = { QStringLiteral("Operations"), QStringLiteral("IT"), QStringLiteral("Leadership") };
    icp.regions = { QStringLiteral("DACH"), QStringLiteral("Benelux") };
    QString why;
    const int version = core::IcpStore::save(*ws, icp, QStringLiteral("manual"), &why);
    if (version == 0) {
        err() << "cannot save the ICP: " << why << "\n";
        return 1;
    }
    QSqlDatabase qdb = ws->db();
    const QVariant handle = qdb.driver()->handle();
    Sql sql;
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
        sql.db = *static_cast<sqlite3* const*>(handle.data());
    if (!sql.db) {
        err() << "no sqlite3 handle\n";
        return 1;
    }
    sql.exec("PRAGMA cache_size = -262144"); // this connection only: a faster build
    if (!sql.exec("BEGIN"))
        return 1;
    std::mt19937_64 rng(7);
    auto uniform = [&rng](std::size_t n) { return static_cast<std::size_t>(rng() % n); };

    const int companies = static_cast<int>(std::max<qint64>(50, rows / 50));
    struct Company
    {
        QByteArray name, domain, industry, country;
        int employees;
    };
    std::vector<Company> list;
    sqlite3_stmt* company = nullptr;
    sqlite3_prepare_v2(sql.db,
        "INSERT INTO companies (id, name, domain, industry, employees, country, website) VALUES (?, ?, ?, ?, ?, ?, ?)",
        -1, &company, nullptr);
    for (int i = 0; i < companies; ++i) {
        const char* a = kNameA.at(uniform(kNameA.size()));
        const char* b = kNameB.at(uniform(kNameB.size()));
        const QByteArray legal = kLegal.at(uniform(kLegal.size()));
        Company c;
        c.name = legal.isEmpty() ? QByteArray(QByteArray(a) + b) : QByteArray(QByteArray(a) + b + ' ' + legal);
        c.domain = asciiLower(a) + b + QByteArray::number(i) + ".com";
        c.industry = kIndustries.at(uniform(kIndustries.size()));
        c.country = kCountries.at(uniform(kCountries.size()));
        static constexpr std::array sizes = { 8, 25, 40, 75, 120, 250, 430, 800, 1200, 2500, 7000, 15000 };
        c.employees = sizes.at(uniform(sizes.size()));
        const QByteArray website = "https://www." + c.domain;
        sqlite3_bind_int(company, 1, i + 1);
        bindText(company, 2, c.name);
        bindText(company, 3, c.domain);
        bindText(company, 4, c.industry);
        sqlite3_bind_int(company, 5, c.employees);
        bindText(company, 6, c.country);
        bindText(company, 7, website);
        if (sqlite3_step(company) != SQLITE_DONE) {
            err() << "company insert: " << sqlite3_errmsg(sql.db) << "\n";
            return 1;
        }
        sqlite3_reset(company);
        list.push_back(c);
    }
    sqlite3_finalize(company);

    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(sql.db,
        "INSERT INTO prospects (company_id, full_name, first_name, last_name, email, title, city, country, name_key, "
        "score, "
        "score_reasons, scored_version, field_sources, source, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        -1, &insert, nullptr);
    std::vector<QByteArray> firstSlug, lastSlug;
    for (const char* f : kFirst)
        firstSlug.push_back(asciiLower(f));
    for (const char* l : kLast)
        lastSlug.push_back(asciiLower(l));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QByteArray source = "import:prospects.csv";
    for (qint64 i = 0; i < rows; ++i) {
        const double u = static_cast<double>(rng() >> 11) * 0x1.0p-53;
        const auto ci = static_cast<std::size_t>(std::min<double>(companies - 1, companies * u * u));
        const Company& c = list.at(ci);
        const std::size_t fi = uniform(kFirst.size()), li = uniform(kLast.size());
        const Title& t = kTitles.at(uniform(kTitles.size()));
        const QByteArray first = kFirst.at(fi), last = kLast.at(li);
        const QByteArray full = first + ' ' + last;
        const QByteArray email = uniform(50) == 0
            ? QByteArray()
            : QByteArray(firstSlug.at(fi) + '.' + lastSlug.at(li) + '.' + QByteArray::number(i) + '@' + c.domain);
        const std::size_t place = uniform(kCities.size());
        // A score the way ProspectScorer makes it, with its reasons.
        int score = 0;
        QByteArray reasons;
        if (c.industry == "Logistics" || c.industry == "Software" || c.industry == "Manufacturing") {
            score += 30;
            reasons += "+30 industry " + c.industry + " matches the profile\n";
        } else {
            reasons += "industry " + c.industry + " is not in the profile\n";
        }
        if (c.employees > 50) {
            score += 20;
            reasons += "+20 " + QByteArray::number(c.employees) + " employees fits\n";
        } else {
            reasons += QByteArray::number(c.employees) + " employees is outside the profile's sizes\n";
        }
        const QByteArray role = t.role;
        if (role == "Operations" || role == "IT" || role == "Leadership") {
            score += 25;
            reasons += "+25 \"" + QByteArray(t.text) + "\" is a " + role + " role\n";
        } else {
            reasons += "\"" + QByteArray(t.text) + "\" is not a target role\n";
        }
        const QByteArray seniority = t.seniority;
        if (!seniority.isEmpty() && seniority != "Manager") {
            score += 10;
            reasons += "+10 seniority " + seniority + '\n';
        }
        const QByteArray country = kCountries.at(place);
        if (country == "DE" || country == "AT" || country == "CH" || country == "NL" || country == "BE") {
            score += 15;
            reasons += "+15 " + country + " is in the target regions";
        } else {
            reasons += country + " is outside DACH, Benelux";
        }
        const QByteArray where = source + " line " + QByteArray::number(i + 2);
        QByteArray sources = "{\"city\":\"" + where + "\",\"company\":\"" + where + "\",\"country\":\"" + where + '"';
        if (!email.isEmpty())
            sources += ",\"email\":\"" + where + '"';
        sources += ",\"full_name\":\"" + where + "\",\"title\":\"" + where + "\"}";
        const QByteArray nameKey = full.toLower() + '|' + c.domain;

        sqlite3_bind_int64(insert, 1, static_cast<qint64>(ci) + 1);
        bindText(insert, 2, full);
        bindText(insert, 3, first);
        bindText(insert, 4, last);
        bindText(insert, 5, email.isEmpty() ? QByteArray() : email);
        bindText(insert, 6, QByteArray(t.text));
        const QByteArray city = kCities.at(place);
        bindText(insert, 7, city);
        bindText(insert, 8, country);
        bindText(insert, 9, nameKey);
        sqlite3_bind_int(insert, 10, score);
        bindText(insert, 11, reasons);
        sqlite3_bind_int(insert, 12, version);
        bindText(insert, 13, sources);
        bindText(insert, 14, source);
        sqlite3_bind_int64(insert, 15, now);
        sqlite3_bind_int64(insert, 16, now);
        if (sqlite3_step(insert) != SQLITE_DONE) {
            err() << "prospect insert: " << sqlite3_errmsg(sql.db) << "\n";
            return 1;
        }
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    if (!sql.exec("COMMIT"))
        return 1;
    sql.exec("PRAGMA cache_size = -2000");
    if (!ws->checkpoint(&why)) // what the runtime's timer does; a 700 MB WAL would slow every read
        err() << "checkpoint: " << why << "\n";
    return 0;
}

// ---------------------------------------------------------------------------------------------
// Measuring.

qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64 { ts.tv_sec } * 1000000000 + ts.tv_nsec;
}

struct Phase
{
    QString name;
    std::vector<qint64> gaps; // ns between ticks
    qint64 longestEventNs = 0;
    qint64 longestEventCpuNs = 0;
    QString longestEvent;
    qint64 events = 0;
    qint64 paints = 0;
    qint64 startNs = 0;
    qint64 endNs = 0;
    qint64 firstRowMs = -1; // from the input to the top visible row being real
    qint64 viewportMs = -1; // ... to every visible row being real
    qint64 rows = -1;
    int topRow = -1; // the first visible row when the action ended
    QString note;
};

class Meter;

// Times every event dispatched on the GUI thread (outermost dispatch only).
class TimedApplication final : public QApplication
{
public:
    TimedApplication(int& argc, char** argv)
        : QApplication(argc, argv)
    {
    }
    bool notify(QObject* receiver, QEvent* event) override;
    Meter* meter = nullptr;

private:
    int m_depth = 0;
};

class Meter final : public QObject
{
public:
    Meter()
    {
        m_clock.start();
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(1);
        connect(&m_tick, &QTimer::timeout, this, &Meter::tick);
    }

    qint64 nowNs() const { return m_clock.nsecsElapsed(); }

    void begin(const QString& name)
    {
        phases.push_back(Phase {});
        current = &phases.back();
        current->name = name;
        current->startNs = nowNs();
        m_last = current->startNs;
        if (!m_tick.isActive())
            m_tick.start();
    }
    void end()
    {
        if (current)
            current->endNs = nowNs();
        current = nullptr;
    }

    // The receiver may be gone by now (a single-shot timer deletes itself): only what was
    // read before the dispatch is used.
    void recordEvent(
        qint64 ns, qint64 cpuNs, const QMetaObject* receiverClass, const QString& receiverName, QEvent::Type type)
    {
        if (!current)
            return;
        ++current->events;
        if (ns > current->longestEventNs) {
            current->longestEventNs = ns;
            current->longestEventCpuNs = cpuNs;
            const char* typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
            current->longestEvent = QStringLiteral("%1 to %2%3")
                                        .arg(typeName ? QString::fromLatin1(typeName) : QString::number(type),
                                            QString::fromLatin1(receiverClass->className()),
                                            receiverName.isEmpty() ? QString() : QLatin1Char('/') + receiverName);
        }
    }
    void painted()
    {
        if (current)
            ++current->paints;
    }

    std::function<void()> onTick; // checks for the rows, once per tick
    std::list<Phase> phases;
    Phase* current = nullptr;

private:
    void tick()
    {
        const qint64 now = nowNs();
        if (current)
            current->gaps.push_back(now - m_last);
        m_last = now;
        if (onTick)
            onTick();
    }

    QElapsedTimer m_clock;
    QTimer m_tick;
    qint64 m_last = 0;
};

bool TimedApplication::notify(QObject* receiver, QEvent* event)
{
    if (!meter || QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    const QEvent::Type type = event->type();
    if (type == QEvent::Paint && receiver->parent()
        && receiver->parent()->objectName() == QLatin1String("prospectsView"))
        meter->painted(); // the table's viewport (painted from inside the window's UpdateRequest)
    if (m_depth > 0) {
        ++m_depth;
        const bool r = QApplication::notify(receiver, event);
        --m_depth;
        return r;
    }
    const QMetaObject* receiverClass = receiver->metaObject();
    const QString receiverName = receiver->objectName();
    ++m_depth;
    const qint64 t0 = meter->nowNs();
    const qint64 c0 = threadCpuNs();
    const bool r = QApplication::notify(receiver, event);
    const qint64 cpu = threadCpuNs() - c0;
    const qint64 wall = meter->nowNs() - t0;
    --m_depth;
    meter->recordEvent(wall, cpu, receiverClass, receiverName, type);
    return r;
}

double percentile(std::vector<qint64> v, double p)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(
        std::min<double>(static_cast<double>(v.size() - 1), p * static_cast<double>(v.size())));
    return static_cast<double>(v[i]) / 1e6;
}

double maxMs(const std::vector<qint64>& v)
{
    return v.empty() ? -1 : static_cast<double>(*std::max_element(v.begin(), v.end())) / 1e6;
}

QString ms(double v, int decimals = 1)
{
    return v < 0 ? QStringLiteral("-") : QString::number(v, 'f', decimals);
}

void spin(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

// ---------------------------------------------------------------------------------------------

class Driver
{
public:
    Driver(Meter* meter, ui::ProspectsView* view)
        : m_meter(meter)
        , m_view(view)
        , m_model(view->model())
        , m_table(view->view())
    {
        QObject::connect(m_model, &ui::ProspectTableModel::countChanged, m_table,
            [this](qint64) { m_countedNs = m_meter->nowNs(); });
        m_meter->onTick = [this] { check(); };
    }

    // One action: do(), then wait for the visible rows (measured from markInput(), which do()
    // may call again after its last input; by default the start), then settle.
    void action(
        const QString& name, const std::function<void()>& act, bool reloads, int settleMs, int timeoutMs = 120000)
    {
        m_meter->begin(name);
        m_phase = m_meter->current;
        m_reloads = reloads;
        markInput();
        act();
        QElapsedTimer timeout;
        timeout.start();
        while (m_phase->viewportMs < 0 && timeout.elapsed() < timeoutMs)
            spin(5);
        if (m_phase->viewportMs < 0)
            m_phase->note = QStringLiteral("rows not shown after %1 s").arg(timeoutMs / 1000);
        spin(settleMs);
        m_phase->rows = m_model->rowCount();
        m_phase->topRow = m_table->rowAt(0);
        m_phase = nullptr;
        m_meter->end();
    }

    void markInput()
    {
        m_inputNs = m_meter->nowNs();
        if (m_phase) {
            m_phase->firstRowMs = -1;
            m_phase->viewportMs = -1;
        }
    }

    void idle(const QString& name, qint64 milliseconds)
    {
        m_meter->begin(name);
        spin(static_cast<int>(milliseconds));
        m_meter->end();
    }

    // Page by page: `steps` page-downs `intervalMs` apart; counts the steps whose rows were real
    // before the next one, and the time to rows after each step.
    void pageByPage(const QString& name, int steps, int intervalMs, int settleMs)
    {
        std::vector<qint64> shown;
        int missed = 0;
        action(
            name,
            [&] {
                for (int i = 0; i < steps; ++i) {
                    markInput();
                    m_table->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
                    spin(intervalMs);
                    if (m_phase->viewportMs >= 0)
                        shown.push_back(m_phase->viewportMs);
                    else
                        ++missed;
                }
                markInput();
            },
            false, settleMs);
        Phase& p = m_meter->phases.back();
        std::sort(shown.begin(), shown.end());
        p.note = QStringLiteral(
            "%1 of %2 steps showed real rows within %3 ms (median %4 ms); rows after the last step: %5 ms")
                     .arg(steps - missed)
                     .arg(steps)
                     .arg(intervalMs)
                     .arg(shown.empty() ? QStringLiteral("-") : QString::number(shown.at(shown.size() / 2)))
                     .arg(p.viewportMs);
    }

private:
    // On every tick: are the visible rows real yet?
    void check()
    {
        if (!m_phase || m_phase->viewportMs >= 0)
            return;
        if (m_reloads && (m_countedNs < m_inputNs || m_model->isCounting()))
            return;
        const qint64 elapsedMs = (m_meter->nowNs() - m_inputNs) / 1000000;
        const int rows = m_model->rowCount();
        if (rows == 0) {
            m_phase->firstRowMs = m_phase->viewportMs = elapsedMs;
            return;
        }
        int top = m_table->rowAt(0);
        int bottom = m_table->rowAt(m_table->viewport()->height() - 1);
        if (top < 0)
            top = 0;
        if (bottom < 0)
            bottom = rows - 1;
        auto loaded = [&](int row) {
            return m_model->data(m_model->index(row, 0), ui::ProspectTableModel::LoadedRole).toBool();
        };
        if (!loaded(top))
            return;
        if (m_phase->firstRowMs < 0)
            m_phase->firstRowMs = elapsedMs;
        for (int r = top + 1; r <= bottom; ++r) {
            if (!loaded(r))
                return;
        }
        m_phase->viewportMs = elapsedMs;
    }

    Meter* m_meter;
    ui::ProspectsView* m_view;
    ui::ProspectTableModel* m_model;
    QTableView* m_table;
    Phase* m_phase = nullptr;
    bool m_reloads = false;
    qint64 m_inputNs = 0;
    qint64 m_countedNs = -1;
};

void typeText(QWidget* target, const QString& text, int intervalMs, Driver* driver)
{
    for (QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(target, &press);
        QCoreApplication::sendEvent(target, &release);
        driver->markInput();
        spin(intervalMs);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    for (int i = 1; i + 2 < argc; ++i) {
        if (qstrcmp(argv[i], "--child-build") == 0) {
            QCoreApplication app(argc, argv);
            return childBuild(QString::fromLocal8Bit(argv[i + 1]), QByteArray(argv[i + 2]).toLongLong());
        }
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char* name) -> QString {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    };
    const qint64 rows = option("--rows").isEmpty() ? 1000000 : option("--rows").toLongLong();
    const int settleMs = option("--settle-ms").isEmpty() ? 300 : option("--settle-ms").toInt();
    const int pageSteps = option("--page-steps").isEmpty() ? 60 : option("--page-steps").toInt();
    const bool keep = args.contains(QStringLiteral("--keep"));
    const QLocale en(QLocale::English);

    QTemporaryDir tmp;
    tmp.setAutoRemove(!keep);
    QString path = option("--workspace");
    QElapsedTimer timer;
    if (path.isEmpty()) {
        path = tmp.filePath(QStringLiteral("bench.greendoor"));
        timer.start();
        QProcess build;
        build.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        build.start(
            QCoreApplication::applicationFilePath(), { QStringLiteral("--child-build"), path, QString::number(rows) });
        if (!build.waitForFinished(-1) || build.exitStatus() != QProcess::NormalExit || build.exitCode() != 0) {
            err() << "bench_prospects_view: building the workspace failed\n";
            return 1;
        }
        out() << "bench_prospects_view: built a workspace of " << en.toString(rows) << " prospects in "
              << QString::number(static_cast<double>(timer.elapsed()) / 1000.0, 'f', 1) << " s ("
              << QString::number(static_cast<double>(QFileInfo(path).size()) / 1048576.0, 'f', 0) << " MB)\n";
    } else {
        out() << "bench_prospects_view: using " << path << "\n";
    }
    core::WorkspaceError error;
    auto ws = core::Workspace::open(path, core::Workspace::OpenMode::OpenExisting, &error);
    if (!ws) {
        err() << "bench_prospects_view: cannot open " << path << ": " << error.message << "\n";
        return 1;
    }
    {
        QSqlQuery q(ws->db());
        q.exec(QStringLiteral("SELECT count(*) FROM prospects"));
        out() << "  prospects in the workspace: " << en.toString(q.next() ? q.value(0).toLongLong() : -1)
              << "; platform " << QGuiApplication::platformName() << "\n";
    }
    out().flush();

    Meter meter;
    app.meter = &meter;
    ui::ProspectsView view;
    view.resize(1280, 800);
    view.show();
    spin(300);
    Driver driver(&meter, &view);
    QTableView* table = view.view();
    QScrollBar* bar = table->verticalScrollBar();
    const qint64 hwmBefore = vmHwmKb();

    QElapsedTimer all;
    all.start();
    ui::AsyncRunner runner(ws);
    driver.action(
        QStringLiteral("open (setRunner)"), [&] { view.setRunner(&runner); }, true, settleMs);
    for (int step = 0; step <= 10; ++step) {
        driver.action(
            QStringLiteral("jump to %1%").arg(step * 10),
            [&] { bar->setValue(static_cast<int>(static_cast<qint64>(bar->maximum()) * step / 10)); }, false, settleMs);
    }
    driver.action(
        QStringLiteral("jump to 0%"), [&] { bar->setValue(0); }, false, settleMs);
    driver.pageByPage(QStringLiteral("page down x%1 from the top").arg(pageSteps), pageSteps, 50, settleMs);
    driver.action(
        QStringLiteral("jump to 50%"), [&] { bar->setValue(bar->maximum() / 2); }, false, settleMs);
    driver.pageByPage(QStringLiteral("page down x%1 from 50%").arg(pageSteps), pageSteps, 50, settleMs);
    driver.action(
        QStringLiteral("jump to 0%"), [&] { bar->setValue(0); }, false, settleMs);
    driver.action(
        QStringLiteral("sort by name (A-Z)"),
        [&] { table->sortByColumn(ui::ProspectTableModel::NameColumn, Qt::AscendingOrder); }, true, settleMs);
    driver.action(
        QStringLiteral("jump to 50% (by name)"), [&] { bar->setValue(bar->maximum() / 2); }, false, settleMs);
    driver.action(
        QStringLiteral("sort back by score (best first)"),
        [&] { table->sortByColumn(ui::ProspectTableModel::ScoreColumn, Qt::DescendingOrder); }, true, settleMs);
    driver.action(
        QStringLiteral("type filter \"ann\" (from last key)"),
        [&] { typeText(view.searchField(), QStringLiteral("ann"), 120, &driver); }, true, settleMs);
    driver.action(
        QStringLiteral("minimum score 60 (with filter)"), [&] { view.minScoreBox()->setValue(60); }, true, settleMs);
    driver.action(
        QStringLiteral("clear filter and minimum score"),
        [&] {
            view.searchField()->clear();
            view.minScoreBox()->setValue(-1);
        },
        true, settleMs);
    driver.action(
        QStringLiteral("minimum score 60 (alone)"), [&] { view.minScoreBox()->setValue(60); }, true, settleMs);
    driver.action(
        QStringLiteral("jump to 50% (score >= 60)"), [&] { bar->setValue(bar->maximum() / 2); }, false, settleMs);
    driver.action(
        QStringLiteral("clear minimum score"), [&] { view.minScoreBox()->setValue(-1); }, true, settleMs);
    const qint64 actionsMs = all.elapsed();
    const qint64 hwmActions = vmHwmKb();
    driver.idle(QStringLiteral("idle (baseline)"), actionsMs);

    // Report.
    const int w = 36;
    out() << "\n"
          << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9  %10\n")
                 .arg(QStringLiteral("action"), -w)
                 .arg(QStringLiteral("max gap"), 8)
                 .arg(QStringLiteral("p99 gap"), 8)
                 .arg(QStringLiteral("ticks"), 6)
                 .arg(QStringLiteral("1st row"), 8)
                 .arg(QStringLiteral("all vis"), 8)
                 .arg(QStringLiteral("rows"), 9)
                 .arg(QStringLiteral("top row"), 9)
                 .arg(QStringLiteral("paints"), 6)
                 .arg(QStringLiteral("longest event: wall/cpu ms, what"));
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                 .arg(QString(), -w)
                 .arg(QStringLiteral("ms"), 8)
                 .arg(QStringLiteral("ms"), 8)
                 .arg(QString(), 6)
                 .arg(QStringLiteral("ms"), 8)
                 .arg(QStringLiteral("ms"), 8);
    std::vector<qint64> actionGaps, idleGaps;
    double worstEventMs = 0;
    QString worstEvent;
    QStringList notes;
    for (const Phase& p : meter.phases) {
        const bool isIdle = p.name.startsWith(QLatin1String("idle"));
        (isIdle ? idleGaps : actionGaps).insert((isIdle ? idleGaps : actionGaps).end(), p.gaps.begin(), p.gaps.end());
        if (!isIdle && static_cast<double>(p.longestEventNs) / 1e6 > worstEventMs) {
            worstEventMs = static_cast<double>(p.longestEventNs) / 1e6;
            worstEvent = p.longestEvent + QStringLiteral(" during \"") + p.name + QLatin1Char('"');
        }
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9  %10/%11 %12\n")
                     .arg(p.name, -w)
                     .arg(ms(maxMs(p.gaps)), 8)
                     .arg(ms(percentile(p.gaps, 0.99)), 8)
                     .arg(static_cast<qint64>(p.gaps.size()), 6)
                     .arg(isIdle ? QStringLiteral("-") : ms(static_cast<double>(p.firstRowMs), 0), 8)
                     .arg(isIdle ? QStringLiteral("-") : ms(static_cast<double>(p.viewportMs), 0), 8)
                     .arg(isIdle ? QStringLiteral("-") : en.toString(p.rows), 9)
                     .arg(isIdle ? QStringLiteral("-") : en.toString(p.topRow), 9)
                     .arg(p.paints, 6)
                     .arg(ms(static_cast<double>(p.longestEventNs) / 1e6),
                         ms(static_cast<double>(p.longestEventCpuNs) / 1e6), p.longestEvent);
        if (!p.note.isEmpty())
            notes << p.name + QStringLiteral(": ") + p.note;
    }
    for (const QString& n : std::as_const(notes))
        out() << "  " << n << "\n";
    const double maxStall = maxMs(actionGaps);
    const double idleMax = maxMs(idleGaps);
    out() << "\nall actions (" << QString::number(static_cast<double>(actionsMs) / 1000.0, 'f', 1)
          << " s): longest GUI-thread stall (tick gap) " << ms(maxStall) << " ms, p99 gap "
          << ms(percentile(actionGaps, 0.99)) << " ms, p99.9 " << ms(percentile(actionGaps, 0.999)) << " ms\n";
    out() << "idle baseline (same duration): longest gap " << ms(idleMax) << " ms, p99 gap "
          << ms(percentile(idleGaps, 0.99)) << " ms, p99.9 " << ms(percentile(idleGaps, 0.999)) << " ms\n";
    out() << "longest single event during the actions: " << ms(worstEventMs) << " ms (" << worstEvent << ")\n";
    out() << "target: longest stall <= 50 ms: " << (maxStall <= 50.0 ? "met" : "NOT met") << " (" << ms(maxStall)
          << " ms; " << ms(maxStall - idleMax) << " ms above the idle baseline's longest gap)\n";
    out() << "peak RSS (VmHWM) of this process: " << hwmBefore / 1024 << " MB before setRunner, " << hwmActions / 1024
          << " MB after the actions\n";
    if (keep)
        out() << "kept: " << path << "\n";
    view.setRunner(nullptr);
    app.meter = nullptr;
    return 0;
}
