#pragma once

#include "core/mail/Mailbox.h"

#include <QString>
#include <QTimeZone>
#include <optional>

namespace gd::core {

class Workspace;

// Whether one email may go out now from a mailbox, judged from the send ledger (so it holds
// across retries, mailboxes, processes and restarts): the rolling-24-hour daily cap with the
// warm-up ramp, the minimum gap plus a random jitter since the mailbox's last send, the sending
// window in the recipient's local time, and the per-recipient-domain cap. Call inside the
// transaction that then writes the ledger row, so two senders cannot both take the last slot.
class SendGate final
{
public:
    struct Wait
    {
        qint64 notBefore = 0; // ms since the epoch: the earliest moment it may be tried again
        QString reason; // "daily cap of 40 reached for mailbox sam; next slot 14:05"
    };

    static constexpr int kDefaultDomainDailyCap = 10;

    // The cap of a mailbox on a day: warmupStartCap on the day it was created, growing by
    // warmupStep per day up to dailyCap (dailyCap at once when warmupStep is 0).
    static int capOn(const Mailbox& mailbox, qint64 now);
    // The recipient's time zone: the prospect's city, else their (or their company's) country,
    // from a small shipped table; the user's zone (workspace setting, else the system's) otherwise.
    static QTimeZone recipientZone(Workspace& workspace, const QString& email);
    // A country (ISO code or English name) or a city to an IANA zone; invalid when unknown.
    static QTimeZone zoneFor(const QString& city, const QString& country);

    // nullopt: go now. The jitter is derived from the previous send's Message-ID, so every check
    // agrees on the same moment.
    static std::optional<Wait> check(
        Workspace& workspace, const Mailbox& mailbox, const QString& recipient, qint64 now);
};

} // namespace gd::core
