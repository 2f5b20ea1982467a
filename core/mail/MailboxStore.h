#pragma once

#include "core/mail/Mailbox.h"

#include <QList>
#include <optional>

namespace gd::core {

class Workspace;

// The one home of the `mailboxes` table's SQL.
class MailboxStore final
{
public:
    explicit MailboxStore(Workspace& workspace);

    QList<Mailbox> list();
    std::optional<Mailbox> find(const QString& name);
    // Adds a new mailbox; fails (with a reason) when the name or address is taken or a field is invalid.
    bool add(const Mailbox& mailbox, QString* error);
    // Replaces the settings of an existing mailbox (matched by name).
    bool update(const Mailbox& mailbox, QString* error);
    bool remove(const QString& name, QString* error);
    bool setPaused(const QString& name, bool paused, const QString& reason, QString* error);
    // Pauses a mailbox that is not paused yet; *changed tells whether this call paused it (so the
    // operator is told once, not once per email).
    bool pauseOnce(const QString& name, const QString& reason, bool* changed, QString* error);

private:
    Workspace& m_workspace;
};

} // namespace gd::core
