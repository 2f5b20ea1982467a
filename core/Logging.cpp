#include "core/Logging.h"

namespace gd::core {

Q_LOGGING_CATEGORY(lcStore, "greendoor.core.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBus, "greendoor.core.bus", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRuntime, "greendoor.core.runtime", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAgents, "greendoor.agents", QtInfoMsg)

} // namespace gd::core
