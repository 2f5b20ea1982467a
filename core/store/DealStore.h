#pragma once

#include <QList>
#include <QString>

namespace gd::core {

class Workspace;

// A deal as the pipeline summary reads it.
struct DealRow
{
    QString stage; // a DealStage key ("closed_won")
    qint64 valueCents = 0;
    qint64 updatedAtMs = 0;
    qint64 prospectId = 0; // 0: none
};

// The SQL of the deals table.
namespace DealStore {

// Every deal, by id.
QList<DealRow> all(Workspace& workspace);

} // namespace DealStore

} // namespace gd::core
