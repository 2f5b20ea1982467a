#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace gd::core {

class Workspace;

// A contact's health as the relationship agent scores it.
struct ContactHealth
{
    qint64 prospectId = 0;
    double score = 0;
    QString reason;
};

// What the relationship agent needs to know about a prospect to score it.
struct ContactFacts
{
    qint64 prospectId = 0;
    std::optional<qint64> lastContactedAtMs;
    bool openDeal = false;
    QString email; // lower case; empty when the prospect has none
};

// The SQL of the contact_health table.
namespace ContactHealthStore {

// Every prospect with its last contact and whether it has an open deal, by prospect id.
QList<ContactFacts> facts(Workspace& workspace);
// Stores (replaces) the health of each contact, stamped updatedAtMs.
bool save(Workspace& workspace, const QList<ContactHealth>& health, qint64 updatedAtMs, QString* error = nullptr);
std::optional<ContactHealth> byProspect(Workspace& workspace, qint64 prospectId);

} // namespace ContactHealthStore

} // namespace gd::core
