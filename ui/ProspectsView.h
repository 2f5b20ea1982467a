#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTextBrowser;
class QTimer;

namespace gd::ui {

class AsyncRunner;
class ProspectTableModel;

// Prospects, best first: search, a score threshold, and a detail pane with the score's reasons
// and where every field came from. Fluid with a million rows (see ProspectTableModel).
class ProspectsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProspectsView)

public:
    explicit ProspectsView(QWidget* parent = nullptr);
    ~ProspectsView() override;

    void setRunner(AsyncRunner* runner); // the open workspace's; nullptr when none
    void refresh();
    ProspectTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    QSpinBox* minScoreBox() const { return m_minScore; }
    QTextBrowser* detail() const { return m_detail; }
    QPushButton* enrichButton() const { return m_enrich; }

Q_SIGNALS:
    void importRequested();
    void profileRequested();
    void enrichRequested(qint64 companyId, const QString& company);

private:
    void updateDetail();

    ProspectTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QSpinBox* m_minScore = nullptr;
    QLabel* m_count = nullptr;
    QTextBrowser* m_detail = nullptr;
    QPushButton* m_enrich = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace gd::ui
