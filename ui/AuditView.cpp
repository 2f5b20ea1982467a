#include "ui/AuditView.h"

#include "core/store/Workspace.h"
#include "ui/AsyncRunner.h"
#include "ui/AuditModel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_verifyButton);
    bar->addWidget(m_exportButton);

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

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_verified);
    layout->addWidget(m_view);
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
        this, slot, [f = filter()](core::Workspace& ws) { return core::AuditLog::query(ws, f); },
        [this](const QList<core::AuditEntry>& entries) { showEntries(entries); });
}

core::AuditFilter AuditView::filter() const
{
    core::AuditFilter f;
    f.text = m_search->text().trimmed();
    f.limit = 2000;
    return f;
}

void AuditView::showEntries(const QList<core::AuditEntry>& entries)
{
    m_model->setEntries(entries);
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
