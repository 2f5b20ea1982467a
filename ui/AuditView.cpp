#include "ui/AuditView.h"

#include "core/store/Workspace.h"
#include "ui/AuditModel.h"

#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

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

    auto* verifyButton = new QPushButton(tr("Verify chain"), this);
    connect(verifyButton, &QPushButton::clicked, this, &AuditView::verify);
    auto* exportButton = new QPushButton(tr("Export..."), this);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        QString filter;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export audit trail"), QStringLiteral("audit.csv"), tr("CSV (*.csv);;JSON (*.json)"), &filter);
        if (!path.isEmpty())
            exportTo(path, !path.endsWith(QLatin1String(".json")));
    });
    m_verified = new QLabel(this);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(verifyButton);
    bar->addWidget(exportButton);

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

void AuditView::setWorkspace(std::shared_ptr<core::Workspace> workspace)
{
    m_workspace = std::move(workspace);
    m_verified->clear();
    if (!m_workspace)
        m_model->setEntries({});
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
    if (!m_workspace)
        return;
    auto ws = m_workspace;
    auto* watcher = new QFutureWatcher<core::AuditVerification>(this);
    connect(watcher, &QFutureWatcher<core::AuditVerification>::finished, this, [this, watcher] {
        const core::AuditVerification v = watcher->result();
        watcher->deleteLater();
        const QString text = v.ok ? tr("Intact: %1 rows, chain head %2").arg(v.rows).arg(v.headHash.left(16))
                                  : tr("BROKEN at row %1: %2").arg(v.firstBadSeq).arg(v.problem);
        m_verified->setText(text);
        m_verified->setStyleSheet(
            v.ok ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #c62828; font-weight: bold;"));
        Q_EMIT verified(v.ok, text);
    });
    watcher->setFuture(QtConcurrent::run([ws] {
        core::AuditVerification v = core::AuditLog::verify(*ws);
        ws->releaseThreadConnection();
        return v;
    }));
}

void AuditView::exportTo(const QString& path, bool csv)
{
    if (!m_workspace)
        return;
    auto ws = m_workspace;
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        Q_EMIT exported(path, error);
    });
    watcher->setFuture(QtConcurrent::run([ws, path, csv] {
        const QByteArray data = csv ? core::AuditLog::exportCsv(*ws) : core::AuditLog::exportJson(*ws);
        ws->releaseThreadConnection();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
            return file.errorString();
        return QString();
    }));
}

} // namespace gd::ui
