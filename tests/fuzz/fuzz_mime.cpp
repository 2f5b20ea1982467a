// libFuzzer target: reading mail. The input is a raw message, as an IMAP server or an mbox would
// hand it over. Properties: no crash, UB or leak in GMime's wrapper, the quote stripper, the
// auto-reply and bounce detectors, or the reply classifier; every analysis names exactly one of
// the eight classes with a confidence in [0, 1]; the decoded text holds no NUL; a message built
// again from what was read (when its fields are valid for sending) reads back the same subject,
// sender and body.
#include "core/mail/MimeMessage.h"
#include "core/mail/ReplyClassifier.h"

#include <QByteArray>
#include <QString>
#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace gd::core;

namespace {

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "fuzz_mime: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto parsed = MimeMessage::parse(raw);
    if (!parsed)
        return 0;
    if (parsed->text.contains(QChar(0)) || parsed->subject.contains(QChar(0)))
        fail("NUL in decoded text");
    const ReplyAnalysis analysis = ReplyClassifier::builtin().analyze(*parsed);
    if (static_cast<std::size_t>(analysis.replyClass) >= kReplyClassCount)
        fail("class out of range");
    if (!std::isfinite(analysis.confidence) || analysis.confidence < 0.0 || analysis.confidence > 1.0)
        fail("confidence out of [0, 1]");

    // Built again from what was read: where the fields may be sent, they read back the same.
    OutgoingEmail again;
    again.from = parsed->from;
    again.to = parsed->to;
    again.subject = parsed->subject;
    again.text = parsed->text;
    again.messageId = QStringLiteral("fuzz@greendoor.test");
    const auto rebuilt = MimeMessage::build(again);
    if (!rebuilt)
        return 0; // refused (an invalid address, a line break in a header): nothing to compare
    const auto reread = MimeMessage::parse(*rebuilt);
    if (!reread)
        fail("a message GreenDoor built cannot be read back");
    if (reread->subject != again.subject.simplified() && reread->subject != again.subject) {
        std::fprintf(stderr, "[%s]\n[%s]\n", qPrintable(again.subject), qPrintable(reread->subject));
        fail("subject changed in a round trip");
    }
    if (reread->from.address != again.from.address)
        fail("sender changed in a round trip");
    QString expected = again.text;
    expected.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QString actual = reread->text;
    // A body that ends without a line end may get one; nothing else may change.
    if (actual != expected && actual != expected + QLatin1Char('\n') && actual + QLatin1Char('\n') != expected)
        fail("body changed in a round trip");
    return 0;
}
