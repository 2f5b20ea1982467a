#pragma once

#include "core/runtime/Coordinator.h"

namespace gd::agents {

// The registry entries of the six agents, with their recurring work.
QList<core::AgentSpec> standardAgents();

} // namespace gd::agents
