#include "agents/StandardAgents.h"

#include "agents/AnalyticsAgent.h"
#include "agents/DealAgent.h"
#include "agents/OptimizationAgent.h"
#include "agents/OutreachAgent.h"
#include "agents/RelationshipAgent.h"
#include "agents/ResearchAgent.h"
#include "agents/TaskTypes.h"
#include "core/store/ProspectStore.h"

namespace gd::agents {

namespace {

template<typename T>
core::AgentSpec specFor(QList<core::Schedule> schedules)
{
    T probe;
    core::AgentSpec spec;
    spec.name = probe.name();
    spec.title = probe.title();
    spec.capabilities = probe.capabilities();
    spec.factory = [] { return new T; };
    spec.schedules = std::move(schedules);
    return spec;
}

} // namespace

QList<core::AgentSpec> standardAgents()
{
    using core::Priority;
    return {
        specFor<ResearchAgent>({ { TaskTypes::prospectsProfile, 30'000, Priority::Low, {} },
            { TaskTypes::prospectsScore, 2'000, Priority::Low,
                [](core::Workspace& ws) { return core::ProspectStore::staleCount(ws) > 0; } } }),
        specFor<OutreachAgent>({ { TaskTypes::outreachPlan, 30'000, Priority::Low, {} } }),
        specFor<RelationshipAgent>({ { TaskTypes::contactsHealth, 20'000, Priority::Low, {} } }),
        specFor<DealAgent>({ { TaskTypes::pipelineSummary, 20'000, Priority::Medium, {} },
            { TaskTypes::dealsReview, 60'000, Priority::Low, {} } }),
        specFor<AnalyticsAgent>({ { TaskTypes::metricsSnapshot, 5'000, Priority::Low, {} } }),
        specFor<OptimizationAgent>({ { TaskTypes::runtimeReview, 15'000, Priority::Low, {} } }),
    };
}

} // namespace gd::agents
