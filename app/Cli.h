#pragma once

#include <QStringList>

namespace gd::app {

// greendoor-cli: everything the console does, headless. Returns the exit code:
// 0 success, 1 failure, 2 usage error.
int runCli(const QStringList& arguments);

} // namespace gd::app
