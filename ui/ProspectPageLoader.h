#pragma once

#include "core/store/ProspectStore.h"

#include <QObject>
#include <atomic>
#include <memory>

class QThread;

namespace gd::core {
class Workspace;
}

namespace gd::ui {

// The worker behind ProspectTableModel: counts and reads pages of prospects in its own thread.
class ProspectPageLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProspectPageLoader)

public:
    struct Query
    {
        QString filter;
        int minScore = -1;
        bool byName = false;
        bool descending = true;
    };

    explicit ProspectPageLoader(std::shared_ptr<core::Workspace> workspace);
    ~ProspectPageLoader() override;

    void count(quint64 generation, const Query& query);
    // Pages asked for long ago (the user scrolled past them) are skipped: only the newest
    // kKeepRequests requests are served; pageSkipped tells the model to forget a skipped one.
    void page(quint64 generation, const Query& query, int page, int pageSize);
    static constexpr quint64 kKeepRequests = 8;

Q_SIGNALS:
    void counted(quint64 generation, qint64 count);
    void pageReady(quint64 generation, int page, const QList<gd::core::ProspectRow>& rows);
    void pageSkipped(quint64 generation, int page);

private:
    static QString where(const Query& query, QVariantList* binds);

    std::shared_ptr<core::Workspace> m_workspace;
    QThread* m_thread = nullptr;
    std::atomic<quint64> m_latestRequest { 0 };
};

} // namespace gd::ui
