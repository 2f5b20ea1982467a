#pragma once

#include <QJsonObject>
#include <QString>
#include <atomic>
#include <functional>

namespace gd::core {

class Workspace;

// Enriches a company from its own website with the same fetch rules as the ICP (caps,
// redirects, robots.txt): a description, its industry when unknown, the technologies it names.
// Fills only what is empty, records where each value came from, and marks the company's
// prospects for re-scoring.
namespace CompanyEnricher {

struct Result
{
    bool ok = false;
    QString error;
    QJsonObject filled; // field -> {value, page, sentence}
    QString summary;
};

// keepAlive is called between pages (long work must not look like a hung agent).
Result enrich(Workspace& workspace, qint64 companyId, const std::function<void()>& keepAlive = {},
    const std::atomic<bool>* cancel = nullptr);

} // namespace CompanyEnricher

} // namespace gd::core
