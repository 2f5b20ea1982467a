#pragma once

#include <QString>

namespace gd::core {

// A reply split into what its author wrote now, the quoted history and the signature. Analysis
// reads `body`; the full text stays with the message for display.
struct StrippedReply
{
    QString body; // the new text, without quoted history, attribution lines or signature
    QString quoted; // from the first attribution / header block / quote on
    QString signature; // the sign-off and what follows it, up to the quoted history
};

// Finds quoted history and signatures in the plain text of a reply, as written by Gmail, Outlook
// (desktop, web and iOS header blocks, "-----Original Message-----"), Apple Mail, Thunderbird and
// ">"-quoting clients, in English, German, French and Dutch (plus the common Romance forms).
class QuoteStripper final
{
public:
    static StrippedReply strip(const QString& text);
};

} // namespace gd::core
