#pragma once

#include <QString>

namespace gd::core {

class Workspace;

namespace DemoData {

// Fills a new workspace with the sample companies, prospects and deals shipped in
// resources/demo, in one transaction, and marks it as a demo workspace.
bool populate(Workspace& workspace, QString* error);

// Where the console keeps its demo workspace: the user's data directory.
QString defaultDemoPath();

} // namespace DemoData

} // namespace gd::core
