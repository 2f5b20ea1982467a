#pragma once

#include "core/decisions/DecisionEngine.h"

#include <QAbstractTableModel>

namespace gd::ui {

// Per decision type: the approval rate, the current threshold, the last change and why.
class LearnedModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LearnedModel)

public:
    enum Column
    {
        TypeColumn,
        RateColumn,
        ThresholdColumn,
        ExamplesColumn,
        LastChangeColumn,
        ColumnCount
    };
    enum Role
    {
        TypeIdRole = Qt::UserRole + 1
    };

    struct Row
    {
        core::CalibrationState state;
        std::optional<core::LearningEvent> last;
    };

    explicit LearnedModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    void setRows(const QList<Row>& rows);
    static QString describe(const core::LearningEvent& event);

private:
    QList<Row> m_rows;
};

} // namespace gd::ui

Q_DECLARE_METATYPE(gd::ui::LearnedModel::Row)
