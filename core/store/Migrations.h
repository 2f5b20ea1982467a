#pragma once

#include <QStringList>
#include <vector>

namespace gd::core {

struct Migration
{
    int version;
    const char* description;
    QStringList statements;
};

// The numbered schema migrations, in order. Version N is the Nth entry.
const std::vector<Migration>& migrations();

} // namespace gd::core
