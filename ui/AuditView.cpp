#include "ui/AuditView.h"

#include "core/reports/AuditSentence.h"
#include "core/reports/ReportPrivacy.h"
#include "core/store/Workspace.h"
#include "ui/AsyncRunner.h"
#include "ui/AuditModel.h"

#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace gd::ui {

AuditView::AuditView(QWidget* parent)
    : QWidget(parent)
    , m_model(new AuditModel(this))
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setPlaceholderText(tr("Filter by who, what or details..."));
    m_search->setClearButtonEnabled(true);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &AuditView::refreshRequested);

    m_verifyButton = new QPushButton(tr("Verify chain"), this);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditView::verify);
    m_exportButton = new QPushButton(tr("Export..."), this);
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        QString filter;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export audit trail"), QStringLiteral("audit.csv"), tr("CSV (*.csv);;JSON (*.json)"), &filter);
        if (!path.isEmpty())
            exportTo(path, !path.endsWith(QLatin1String(".json")));
    });
    m_verified = new QLabel(this);
    m_rawButton = new QPushButton(tr("Raw JSON"), this);
    m_rawButton->setObjectName(QStringLiteral("auditRawJson"));
    m_rawButton->setCheckable(true);
    m_rawButton->setToolTip(tr("Show the selected row exactly as the audit log stores and hashes it"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_verifyButton);
    bar->addWidget(m_exportButton);
    bar->addWidget(m_rawButton);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(22);
    m_view->horizontalHeader()->setSectionResizeMode(AuditModel::DetailsColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(AuditModel::SeqColumn, 50);
    m_view->setColumnWidth(AuditModel::TimeColumn, 150);

    m_raw = new QPlainTextEdit(this);
    m_raw->setObjectName(QStringLiteral("auditRawText"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setMaximumHeight(180);
    m_raw->setVisible(false);
    auto showRaw = [this] {
        const QModelIndex current = m_view->currentIndex();
        m_raw->setPlainText(current.isValid()
                ? m_model->index(current.row(), AuditModel::DetailsColumn).data(AuditModel::RawJsonRole).toString()
                : tr("Select a row to see its details as stored."));
    };
    connect(m_rawButton, &QPushButton::toggled, this, [this, showRaw](bool on) {
        m_raw->setVisible(on);
        if (on)
            showRaw();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, showRaw] {
        if (m_raw->isVisible())
            showRaw();
    });
    // Double-clicking a row opens its raw JSON too.
    connect(m_view, &QTableView::doubleClicked, this, [this] { m_rawButton->setChecked(true); });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_verified);
    layout->addWidget(m_view);
    layout->addWidget(m_raw);
}

void AuditView::setRunner(AsyncRunner* runner)
{
    m_runner = runner;
    m_verified->clear();
    m_verified->setStyleSheet(QString());
    m_verifyButton->setEnabled(runner != nullptr);
    m_exportButton->setEnabled(runner != nullptr);
    if (!m_runner)
        m_model->setEntries({});
}

void AuditView::refresh(bool onlyIfIdle)
{
    const QString slot = QStringLiteral("entries");
    if (!m_runner || (onlyIfIdle && m_runner->isBusy(this, slot)))
        return;
    m_runner->run(
        this, slot,
        [f = filter()](core::Workspace& ws) {
            const QList<core::AuditEntry> entries = core::AuditLog::query(ws, f);
            // The operator's own console names everyone; reports hide suppressed people.
            const QHash<QString, core::AuditSubject> subjects
                = core::AuditSentence::subjects(ws, entries, core::ReportPrivacy());
            QStringList sentences;
            sentences.reserve(entries.size());
            for (const core::AuditEntry& e : entries) {
                const auto it = subjects.constFind(e.decisionId);
                sentences << core::AuditSentence::sentence(e, it == subjects.cend() ? nullptr : &it.value());
            }
            return std::make_pair(entries, sentences);
        },
        [this](const std::pair<QList<core::AuditEntry>, QStringList>& result) {
            showEntries(result.first, result.second);
        });
}

core::AuditFilter AuditView::filter() const
{
    core::AuditFilter f;
    f.text = m_search->text().trimmed();
    f.limit = 2000;
    return f;
}

void AuditView::showEntries(const QList<core::AuditEntry>& entries, const QStringList& sentences)
{
    m_model->setEntries(entries, sentences);
}

void AuditView::verify()
{
    if (!m_runner)
        return;
    m_verifyButton->setEnabled(false);
    m_verified->setStyleSheet(QString());
    m_verified->setText(tr("Verifying the chain..."));
    m_runner->run(
        this, QStringLiteral("verify"), [](core::Workspace& ws) { return core::AuditLog::verify(ws); },
        [this](const core::AuditVerification& v) {
            m_verifyButton->setEnabled(true);
            const QString text = v.ok ? tr("Intact: %1 rows, chain head %2").arg(v.rows).arg(v.headHash.left(16))
                                      : tr("BROKEN at row %1: %2").arg(v.firstBadSeq).arg(v.problem);
            m_verified->setText(text);
            m_verified->setStyleSheet(
                v.ok ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #c62828; font-weight: bold;"));
            Q_EMIT verified(v.ok, text);
        });
}

void AuditView::exportTo(const QString& path, bool csv)
{
    if (!m_runner)
        return;
    m_exportButton->setEnabled(false);
    m_runner->run(
        this, QString(),
        [path, csv](core::Workspace& ws) {
            const QByteArray data = csv ? core::AuditLog::exportCsv(ws) : core::AuditLog::exportJson(ws);
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
                return file.errorString();
            return QString();
        },
        [this, path](const QString& error) {
            m_exportButton->setEnabled(true);
            Q_EMIT exported(path, error);
        });
}

} // namespace gd::ui
