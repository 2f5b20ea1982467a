#pragma once

#include "core/mail/AutoReplyDetector.h"
#include "core/mail/MimeMessage.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>
#include <vector>

namespace gd::core {

// What a reply to outreach means. Every reply gets exactly one.
enum class ReplyClass
{
    Interested,
    NotInterested,
    NotNow,
    Objection,
    OutOfOffice,
    Referral,
    Unsubscribe,
    Bounce
};
inline constexpr std::size_t kReplyClassCount = 8;
inline constexpr std::array<const char*, kReplyClassCount> kReplyClassNames
    = { "interested", "not_interested", "not_now", "objection", "out_of_office", "referral", "unsubscribe", "bounce" };

QString replyClassName(ReplyClass c);
std::optional<ReplyClass> replyClassFromName(QStringView name);

struct ReplyAnalysis
{
    ReplyClass replyClass = ReplyClass::NotInterested;
    double confidence = 0.0; // 0..1; below 0.5 it is a guess for a person to check
    QStringList deciding; // the sentences (or headers) that decided
    QString body; // the reply without quoted history and signature: what was analysed
    QDate returnDate; // out_of_office: when the sender is back, when the reply says
    QString referredName; // referral (or an out-of-office naming a stand-in)
    QString referredEmail;
    AutoReplyInfo autoReply;
    BounceInfo bounce;
};

struct ReplyExample
{
    ReplyClass replyClass;
    QString text;
};

// Reads replies: rules for what headers and DSNs settle (bounce, automatic replies, explicit
// unsubscribe requests), a multinomial naive Bayes over word uni- and bigrams for the rest. Offline
// and deterministic. The text of a reply is only ever data: nothing in it is followed.
class ReplyClassifier final
{
public:
    // The training data: "== class" lines, each followed by the example's text.
    static std::optional<QList<ReplyExample>> parseExamples(const QString& text, QString* error = nullptr);
    // The examples shipped with the application (:/replies/training.txt).
    static QList<ReplyExample> builtinExamples();
    // Trained once, on first use, from the shipped examples. Thread-safe; const afterwards.
    static const ReplyClassifier& builtin();

    void train(const QList<ReplyExample>& examples);
    bool isTrained() const { return m_trained; }

    ReplyAnalysis analyze(const ParsedEmail& email) const;
    // The statistical part alone, on a text that is already stripped: the class and its probability.
    std::pair<ReplyClass, double> classifyText(const QString& text) const;

    // Out-of-office return date in en/de/fr/nl wording, resolved against the day it was sent.
    static QDate extractReturnDate(const QString& text, const QDate& sent);
    // A person the reply points to: { name, email } (either may be empty).
    static std::pair<QString, QString> extractReferral(const QString& text, const QString& senderAddress = {});

    static QStringList features(const QString& text);

private:
    std::array<double, kReplyClassCount> logScores(const QStringList& features) const;
    double weight(const QString& feature, std::size_t c) const;

    QHash<QString, std::array<double, kReplyClassCount>> m_counts;
    std::array<double, kReplyClassCount> m_totals {};
    std::array<double, kReplyClassCount> m_logPrior {};
    double m_vocabulary = 0;
    bool m_trained = false;
};

} // namespace gd::core
