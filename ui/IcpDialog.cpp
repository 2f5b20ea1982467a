#include "ui/IcpDialog.h"

#include "core/ai/ModelSettings.h"
#include "core/ai/ModelSpend.h"
#include "core/ai/OfflineModel.h"
#include "core/net/SiteCrawler.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/store/Workspace.h"
#include "ui/AsyncRunner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace gd::ui {

namespace {

QString fieldTitle(const QString& name)
{
    if (name == QLatin1String("industries"))
        return IcpDialog::tr("Industries");
    if (name == QLatin1String("company_sizes"))
        return IcpDialog::tr("Company sizes");
    if (name == QLatin1String("roles"))
        return IcpDialog::tr("Roles");
    if (name == QLatin1String("seniorities"))
        return IcpDialog::tr("Seniority");
    if (name == QLatin1String("regions"))
        return IcpDialog::tr("Regions");
    if (name == QLatin1String("technologies"))
        return IcpDialog::tr("Technologies");
    if (name == QLatin1String("pains"))
        return IcpDialog::tr("Pains you solve");
    if (name == QLatin1String("disqualifiers"))
        return IcpDialog::tr("Disqualifiers");
    return name;
}

QStringList split(const QString& text)
{
    QStringList values;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString v = part.trimmed();
        if (!v.isEmpty() && !values.contains(v))
            values << v;
    }
    return values;
}

} // namespace

IcpDialog::IcpDialog(AsyncRunner* runner, QWidget* parent)
    : QDialog(parent)
    , m_runner(runner)
{
    setWindowTitle(tr("Ideal Customer Profile"));
    resize(820, 640);
    m_pages = new QStackedWidget(this);

    // Page 1: the website.
    auto* start = new QWidget(m_pages);
    auto* intro
        = new QLabel(tr("<h3>Who do you sell to?</h3><p>Type your company's website. GreenDoor reads it (the home "
                        "page and up to nine pages about your product, pricing and customers, respecting "
                        "robots.txt) and drafts your Ideal Customer Profile, with the sentence behind every "
                        "value. Nothing leaves your machine but those page requests.</p>"),
            start);
    intro->setWordWrap(true);
    m_url = new QLineEdit(start);
    m_url->setObjectName(QStringLiteral("icpUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://www.example.com"));
    m_read = new QPushButton(tr("Read My Website"), start);
    m_read->setDefault(true);
    connect(m_read, &QPushButton::clicked, this, [this] { fetch(m_url->text()); });
    connect(m_url, &QLineEdit::returnPressed, this, [this] { fetch(m_url->text()); });
    m_cancel = new QPushButton(tr("Cancel"), start);
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &IcpDialog::cancelFetch);
    m_progress = new QProgressBar(start);
    m_progress->hide();
    m_status = new QLabel(start);
    m_status->setObjectName(QStringLiteral("icpStatus"));
    m_status->setWordWrap(true);
    auto* manual = new QPushButton(tr("Fill In by Hand"), start);
    connect(manual, &QPushButton::clicked, this, [this] {
        m_source = QStringLiteral("manual");
        showForm(core::Icp());
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_url, 1);
    row->addWidget(m_read);
    row->addWidget(m_cancel);
    auto* startLayout = new QVBoxLayout(start);
    startLayout->addWidget(intro);
    startLayout->addLayout(row);
    startLayout->addWidget(m_progress);
    startLayout->addWidget(m_status);
    startLayout->addStretch();
    startLayout->addWidget(manual, 0, Qt::AlignLeft);
    m_pages->addWidget(start);

    // Page 2: the profile, editable.
    auto* formPage = new QWidget(m_pages);
    auto* scroll = new QScrollArea(formPage);
    scroll->setWidgetResizable(true);
    auto* inner = new QWidget(scroll);
    auto* form = new QFormLayout(inner);
    m_company = new QLineEdit(inner);
    m_offering = new QLineEdit(inner);
    form->addRow(tr("Company:"), m_company);
    form->addRow(tr("What you sell:"), m_offering);
    for (const QString& name : core::Icp::fieldNames()) {
        auto* edit = new QLineEdit(inner);
        edit->setObjectName(QStringLiteral("icp_") + name);
        edit->setPlaceholderText(tr("comma-separated"));
        auto* evidence = new QLabel(inner);
        // One line per value, unwrapped: wrapped labels inside a form row get a wrong height.
        evidence->setTextFormat(Qt::PlainText);
        evidence->setStyleSheet(QStringLiteral("color: #616161;"));
        auto* box = new QVBoxLayout;
        box->addWidget(edit);
        box->addWidget(evidence);
        form->addRow(fieldTitle(name) + QLatin1Char(':'), box);
        m_fields.insert(name, edit);
        m_evidence.insert(name, evidence);
    }
    scroll->setWidget(inner);
    auto* buttons = new QDialogButtonBox(formPage);
    auto* back = buttons->addButton(tr("Back"), QDialogButtonBox::ResetRole);
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    m_save = buttons->addButton(tr("Save Profile"), QDialogButtonBox::AcceptRole);
    connect(m_save, &QPushButton::clicked, this, [this] {
        connect(this, &IcpDialog::saved, this, &QDialog::accept, Qt::SingleShotConnection);
        save();
    });
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* formLayout = new QVBoxLayout(formPage);
    formLayout->addWidget(scroll);
    formLayout->addWidget(buttons);
    m_pages->addWidget(formPage);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    if (m_runner) {
        m_status->setText(tr("Reading the current profile..."));
        m_runner->run(
            this, QStringLiteral("current"), [](core::Workspace& ws) { return core::IcpStore::current(ws); },
            [this](const std::optional<core::Icp>& current) {
                // Only if the user has not started yet (typed nothing, is not reading a site).
                const bool untouched = !m_fetching && !isFormShown() && m_url->text().isEmpty();
                if (m_status->text() == tr("Reading the current profile..."))
                    m_status->clear();
                if (current && untouched) {
                    m_url->setText(current->website);
                    m_source = QStringLiteral("edit");
                    showForm(*current);
                }
                Q_EMIT currentLoaded(current.has_value());
            });
    }
}

IcpDialog::~IcpDialog()
{
    cancelFetch();
}

bool IcpDialog::isFormShown() const
{
    return m_pages->currentIndex() == 1;
}

void IcpDialog::fetch(const QString& text)
{
    const QUrl url = core::SiteCrawler::urlFromUserInput(text);
    if (!url.isValid() || url.host().isEmpty()) {
        m_status->setText(tr("\"%1\" is not a web address.").arg(text));
        Q_EMIT fetchFinished(false, m_status->text());
        return;
    }
    if (!m_runner) {
        m_status->setText(tr("No workspace is open."));
        Q_EMIT fetchFinished(false, m_status->text());
        return;
    }
    m_fetching = true;
    m_read->setEnabled(false);
    m_cancel->show();
    m_progress->show();
    m_progress->setRange(0, 0);
    m_status->setText(tr("Reading %1...").arg(url.toString()));
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancelFlag;
    QPointer<QObject> guard(this);
    AsyncRunner* runner = m_runner;
    // A network job (no workspace); a newer fetch supersedes this one.
    m_runner->run(
        this, QStringLiteral("fetch"),
        [url, cancel, guard, runner] {
            core::SiteCrawler crawler;
            return crawler.crawl(
                url,
                [guard, runner](int done, int total, const QString& page) {
                    runner->notify(guard, [dialog = static_cast<IcpDialog*>(guard.data()), done, total, page] {
                        dialog->m_progress->setRange(0, total);
                        dialog->m_progress->setValue(done);
                        dialog->m_status->setText(
                            tr("Reading %1 (%2 of at most %3)...").arg(page).arg(done).arg(total));
                    });
                },
                cancel.get());
        },
        [this, url](const core::CrawlResult& crawl) {
            m_fetching = false;
            m_read->setEnabled(true);
            m_cancel->hide();
            m_progress->hide();
            if (crawl.pages.isEmpty()) {
                const QString message = tr("Could not read %1: %2. You can fill in the profile by hand.")
                                            .arg(url.toString(), crawl.errorMessage);
                m_status->setText(message);
                Q_EMIT fetchFinished(false, message);
                return;
            }
            QList<core::IcpPage> pages;
            for (const core::CrawledPage& p : crawl.pages)
                pages.append(core::IcpModel::pageFromCrawl(p));
            m_source = QStringLiteral("url");
            draftProfile(pages, url.toString(), tr("Read %n page(s).", nullptr, static_cast<int>(crawl.pages.size())));
        });
}

void IcpDialog::draftProfile(const QList<core::IcpPage>& pages, const QString& website, const QString& readText)
{
    // Which model drafts it: the settings are read first, off the GUI thread.
    m_runner->run(
        this, QStringLiteral("draft"), [](core::Workspace& ws) { return core::ModelSettings::load(ws); },
        [this, pages, website, readText](const core::ModelSettings& settings) {
            if (!settings.isConfigured()) {
                finishDraft(core::OfflineModel().extractIcp({ pages, website }), readText);
                return;
            }
            m_status->setText(tr("Asking the model %1 to draft the profile...").arg(settings.model));
            if (!m_secrets)
                m_secrets = new core::KeychainSecretStore(std::chrono::seconds(5), this);
            QPointer<IcpDialog> self(this);
            m_secrets->read(core::ModelSettings::apiKeySecret(),
                [self, pages, website, readText](const core::SecretStore::Result& key) {
                    if (self)
                        self->draftWithModel(pages, website, key.ok ? key.secret.trimmed() : QString(), readText);
                });
        });
}

void IcpDialog::draftWithModel(
    const QList<core::IcpPage>& pages, const QString& website, const QString& apiKey, const QString& readText)
{
    if (!m_runner)
        return;
    auto cancel = m_cancelFlag;
    m_runner->run(
        this, QStringLiteral("draft"),
        [ws = m_runner->workspace(), pages, website, apiKey, cancel] {
            const auto model = core::makeLanguageModel(ws, apiKey, QStringLiteral("research"));
            return model->extractIcp({ pages, website }, cancel.get());
        },
        [this, readText](const core::IcpAnswer& answer) { finishDraft(answer, readText); });
}

void IcpDialog::finishDraft(const core::IcpAnswer& answer, const QString& readText)
{
    QString text = readText;
    if (answer.fellBack)
        text += QLatin1Char(' ') + tr("Drafted by the offline model: %1").arg(answer.fallbackReason);
    else if (answer.answeredBy != QLatin1String("offline"))
        text += QLatin1Char(' ') + tr("Drafted by the model %1.").arg(answer.answeredBy);
    m_status->setText(text);
    showForm(answer.icp);
    Q_EMIT fetchFinished(true, text);
}

void IcpDialog::cancelFetch()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void IcpDialog::showForm(const core::Icp& icp)
{
    m_draft = icp;
    m_company->setText(icp.companyName);
    m_offering->setText(icp.offering);
    for (const QString& name : core::Icp::fieldNames()) {
        m_fields.value(name)->setText(icp.field(name)->join(QStringLiteral(", ")));
        QStringList lines;
        for (const QString& value : *icp.field(name)) {
            const core::IcpEvidence e = icp.evidence.value(name + QLatin1Char(':') + value);
            if (!e.sentence.isEmpty())
                lines << tr("%1: \"%2\" (%3)").arg(value, e.sentence.left(110), e.page);
        }
        m_evidence.value(name)->setText(lines.join(QLatin1Char('\n')));
        m_evidence.value(name)->setVisible(!lines.isEmpty());
    }
    m_pages->setCurrentIndex(1);
}

core::Icp IcpDialog::profileFromForm() const
{
    core::Icp icp = m_draft;
    icp.companyName = m_company->text().trimmed();
    icp.offering = m_offering->text().trimmed();
    if (icp.website.isEmpty())
        icp.website = m_url->text().trimmed();
    for (const QString& name : core::Icp::fieldNames())
        *icp.field(name) = split(m_fields.value(name)->text());
    // Evidence only for values that are still there.
    for (auto it = icp.evidence.begin(); it != icp.evidence.end();) {
        const QStringList* list = icp.field(it.key().section(QLatin1Char(':'), 0, 0));
        it = list && list->contains(it.key().section(QLatin1Char(':'), 1)) ? std::next(it) : icp.evidence.erase(it);
    }
    return icp;
}

void IcpDialog::save()
{
    if (m_saving)
        return;
    if (!m_runner) {
        Q_EMIT saveFailed(tr("No workspace is open."));
        return;
    }
    m_saving = true;
    m_save->setEnabled(false);
    setCursor(Qt::BusyCursor);
    m_status->setText(tr("Saving the profile..."));
    m_runner->run(
        this, QString(),
        [icp = profileFromForm(), source = m_source](core::Workspace& ws) {
            QString error;
            const int version = core::IcpStore::save(ws, icp, source, &error);
            return std::make_pair(version, error);
        },
        [this](const std::pair<int, QString>& result) {
            m_saving = false;
            m_save->setEnabled(true);
            unsetCursor();
            if (result.first == 0) {
                m_status->setText(tr("Could not save the profile: %1").arg(result.second));
                // The status line is on the first page: say it where the user is.
                auto* box
                    = new QMessageBox(QMessageBox::Warning, windowTitle(), m_status->text(), QMessageBox::Ok, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                Q_EMIT saveFailed(result.second);
                return;
            }
            m_status->clear();
            Q_EMIT saved(result.first);
        });
}

} // namespace gd::ui
