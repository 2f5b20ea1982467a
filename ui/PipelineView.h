#pragma once

#include "core/sales/DealBook.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QDialog;
class QTreeWidget;

namespace gd::core {
class DecisionEngine;
}

namespace gd::ui {

class AsyncRunner;

// The Pipeline tab: deals grouped by stage with each stage's count, value and weighted value,
// the selected deal's detail and timeline, and moving a deal to another stage, which is a
// deal.move_stage (or deal.close) decision like any other: it acts, waits for approval or is
// refused under the authority matrix. Keyboard: arrows to pick a deal, Ctrl+] to the next stage.
class PipelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineView)

public:
    struct Snapshot
    {
        QString currency;
        QList<core::StageTotal> totals;
        QList<core::Deal> deals;
        QStringList stalled; // "Deal title: no activity for 20 days in stage proposal"
    };

    explicit PipelineView(QWidget* parent = nullptr);
    void setContext(AsyncRunner* runner, core::DecisionEngine* engine);
    void refresh(bool onlyIfIdle = false);
    void showSnapshot(const Snapshot& snapshot);
    QTreeWidget* tree() const { return m_tree; }
    QTextBrowser* detail() const { return m_detail; }
    qint64 selectedDeal() const;
    // Proposes moving the selected deal; reason is needed to close one.
    void moveSelected(const QString& stage, const QString& reason = {});
    // Stage Probabilities...: a dialog with each stage's win probability; saved in the background.
    QDialog* editProbabilities();

Q_SIGNALS:
    void loaded();
    void probabilitiesSaved(const QString& error);
    void moveProposed(const QString& outcome, const QString& message);

private:
    void showDetail();

    QPointer<AsyncRunner> m_runner;
    core::DecisionEngine* m_engine = nullptr;
    Snapshot m_snapshot;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_summary = nullptr;
    QTextBrowser* m_detail = nullptr;
    QComboBox* m_stage = nullptr;
    QPushButton* m_move = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace gd::ui
