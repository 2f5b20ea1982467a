#include "ui/MatrixDialog.h"

#include "core/store/Transaction.h"
#include "core/store/Workspace.h"
#include "ui/ApprovalQueueModel.h"
#include "ui/AsyncRunner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gd::ui {

namespace {
enum Column
{
    TypeColumn,
    LevelColumn,
    ModeColumn,
    LimitColumn,
    CeilingAmountColumn,
    CeilingRiskColumn,
    DeadlineColumn,
    GoalColumn,
    ColumnCount
};
}

MatrixDialog::MatrixDialog(AsyncRunner* runner, const core::AuthorityMatrix& matrix, QWidget* parent)
    : QDialog(parent)
    , m_runner(runner)
{
    setWindowTitle(tr("Authority Matrix"));
    resize(1000, 560);
    for (const core::DecisionTypeInfo& info : core::decisionTypes())
        m_original << matrix.ruleFor(info.id);

    auto* intro
        = new QLabel(tr("Who decides what. Level low: agents act alone; medium: agents act alone once GreenDoor "
                        "has learned the operator approves; high and critical: always an operator. The hard "
                        "ceilings are absolute: above them nothing is autonomous, whatever was learned."),
            this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(static_cast<int>(m_original.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("matrixTable"));
    m_table->setHorizontalHeaderLabels({ tr("Decision"), tr("Level"), tr("Autonomy"), tr("Money limit (EUR)"),
        tr("Hard ceiling (EUR)"), tr("Hard ceiling (risk)"), tr("Deadline (min)"), tr("Limits from goals") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TypeColumn, QHeaderView::Stretch);
    for (int row = 0; row < m_original.size(); ++row) {
        const core::AuthorityRule& r = m_original.at(row);
        auto* type = new QTableWidgetItem(ApprovalQueueModel::typeTitle(r.type));
        type->setFlags(Qt::ItemIsEnabled);
        type->setToolTip(r.type);
        m_table->setItem(row, TypeColumn, type);
        auto* level = new QComboBox(m_table);
        for (const core::RiskLevel l :
            { core::RiskLevel::Low, core::RiskLevel::Medium, core::RiskLevel::High, core::RiskLevel::Critical })
            level->addItem(core::riskLevelText(l), core::nameOf(l));
        level->setCurrentIndex(level->findData(core::nameOf(r.level)));
        m_table->setCellWidget(row, LevelColumn, level);
        auto* mode = new QComboBox(m_table);
        mode->addItem(tr("autopilot"), QStringLiteral("autopilot"));
        mode->addItem(tr("review risky"), QStringLiteral("review_risky"));
        mode->addItem(tr("review all"), QStringLiteral("review_all"));
        mode->setCurrentIndex(mode->findData(core::nameOf(r.mode)));
        m_table->setCellWidget(row, ModeColumn, mode);
        auto money = [this](double value) {
            auto* box = new QDoubleSpinBox(m_table);
            box->setRange(0, 10'000'000);
            box->setDecimals(0);
            box->setValue(value);
            return box;
        };
        m_table->setCellWidget(row, LimitColumn, money(r.moneyLimit));
        m_table->setCellWidget(row, CeilingAmountColumn, money(r.ceilingAmount));
        auto* risk = new QDoubleSpinBox(m_table);
        risk->setRange(0, 1);
        risk->setSingleStep(0.05);
        risk->setValue(r.ceilingRisk);
        m_table->setCellWidget(row, CeilingRiskColumn, risk);
        auto* deadline = new QSpinBox(m_table);
        deadline->setRange(1, 60 * 24 * 30);
        deadline->setValue(r.deadlineMinutes);
        m_table->setCellWidget(row, DeadlineColumn, deadline);
        // A goal's limits are set and removed with the goal (goal add / goal remove), not here.
        QStringList fromGoals;
        for (const core::GoalCap& cap : r.goalCaps)
            fromGoals << cap.describe();
        auto* goals = new QTableWidgetItem(fromGoals.join(QStringLiteral("; ")));
        goals->setFlags(Qt::ItemIsEnabled);
        if (!fromGoals.isEmpty())
            goals->setToolTip(tr("Set by a goal; removed when the goal is removed."));
        m_table->setItem(row, GoalColumn, goals);
    }
    m_table->horizontalHeader()->setSectionResizeMode(GoalColumn, QHeaderView::ResizeToContents);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        connect(this, &MatrixDialog::saveFinished, this, &MatrixDialog::onSaveButtonFinished, Qt::SingleShotConnection);
        save();
    });
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("matrixStatus"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
}

QList<core::AuthorityRule> MatrixDialog::editedRules() const
{
    QList<core::AuthorityRule> rules;
    for (int row = 0; row < m_original.size(); ++row) {
        core::AuthorityRule r = m_original.at(row);
        r.level = core::riskLevelFromString(
            qobject_cast<QComboBox*>(m_table->cellWidget(row, LevelColumn))->currentData().toString())
                      .value_or(r.level);
        r.mode = core::autonomyModeFromString(
            qobject_cast<QComboBox*>(m_table->cellWidget(row, ModeColumn))->currentData().toString())
                     .value_or(r.mode);
        r.moneyLimit = qobject_cast<QDoubleSpinBox*>(m_table->cellWidget(row, LimitColumn))->value();
        r.ceilingAmount = qobject_cast<QDoubleSpinBox*>(m_table->cellWidget(row, CeilingAmountColumn))->value();
        r.ceilingRisk = qobject_cast<QDoubleSpinBox*>(m_table->cellWidget(row, CeilingRiskColumn))->value();
        r.deadlineMinutes = qobject_cast<QSpinBox*>(m_table->cellWidget(row, DeadlineColumn))->value();
        rules << r;
    }
    return rules;
}

void MatrixDialog::save()
{
    if (m_saving)
        return;
    if (!m_runner) {
        Q_EMIT saveFinished(tr("No workspace is open."));
        return;
    }
    const QList<core::AuthorityRule> rules = editedRules();
    QList<core::AuthorityRule> changed;
    for (int i = 0; i < rules.size(); ++i) {
        if (!(rules.at(i) == m_original.at(i)))
            changed << rules.at(i);
    }
    setSaving(true);
    m_runner->run(
        this, QString(),
        [changed](core::Workspace& ws) -> QString {
            if (changed.isEmpty())
                return {};
            core::Transaction tx(ws);
            if (!tx.ok())
                return tx.error();
            QString error;
            for (const core::AuthorityRule& rule : changed) {
                if (!core::AuthorityMatrix::saveRule(ws, rule, QStringLiteral("admin"), &error))
                    return error;
            }
            return tx.commit() ? QString() : tx.error();
        },
        [this, rules](const QString& error) {
            setSaving(false);
            if (error.isEmpty())
                m_original = rules;
            m_status->setText(error.isEmpty() ? QString() : tr("Could not save: %1").arg(error));
            Q_EMIT saveFinished(error);
        });
}

void MatrixDialog::onSaveButtonFinished(const QString& error)
{
    if (error.isEmpty())
        accept();
}

void MatrixDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_table->setEnabled(!saving);
    m_buttons->setEnabled(!saving);
    if (saving) {
        m_status->setText(tr("Saving..."));
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
}

} // namespace gd::ui
