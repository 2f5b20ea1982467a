#pragma once

#include "core/mail/MimeMessage.h"

#include <QString>

namespace gd::core {

// Why a message is an automatic reply (RFC 3834 and the headers mail systems set in practice).
struct AutoReplyInfo
{
    bool autoReply = false;
    QString evidence; // the header or subject that decided, e.g. "Auto-Submitted: auto-replied"
};

// A bounce: a delivery status notification (RFC 3464) or, failing one, a mailer daemon's wording.
struct BounceInfo
{
    bool bounce = false;
    bool hard = false; // permanent (5.x.x) rather than transient (4.x.x)
    QString recipient; // the address that failed
    QString status; // x.y.z when known
    QString diagnostic;
    QString evidence; // what decided: the DSN, or the sentence of the mailer daemon
};

class AutoReplyDetector final
{
public:
    static AutoReplyInfo autoReply(const ParsedEmail& email);
    static BounceInfo bounce(const ParsedEmail& email);
    // True when the subject starts like an out-of-office reply in one of the known languages.
    static bool outOfOfficeSubject(const QString& subject);
};

} // namespace gd::core
