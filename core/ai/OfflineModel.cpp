#include "core/ai/OfflineModel.h"

#include "core/Text.h"
#include "core/sales/Goal.h"

namespace gd::core {

namespace {

void answered(ModelOutcome& outcome)
{
    outcome.ok = true;
    outcome.answeredBy = QStringLiteral("offline");
}

void add(DraftAnswer& draft, const QString& text, const QString& fact, const QString& value)
{
    draft.sentences.append({ text, fact, value });
}

QString joinBody(const QString& greeting, const QList<DraftSentence>& sentences, const QString& signOff)
{
    QStringList lines;
    if (!greeting.isEmpty())
        lines << greeting << QString();
    QStringList paragraph;
    for (const DraftSentence& s : sentences)
        paragraph << s.text;
    lines << paragraph.join(QLatin1Char(' '));
    if (!signOff.isEmpty())
        lines << QString() << signOff;
    return lines.join(QLatin1Char('\n'));
}

QString greetingFor(const QList<ModelFact>& facts)
{
    const QString first = OfflineModel::factValue(facts, QStringLiteral("prospect.first_name"));
    return first.isEmpty() ? tr("Hello,") : tr("Hi %1,").arg(first);
}

QString signOffFor(const QList<ModelFact>& facts)
{
    const QString sender = OfflineModel::factValue(facts, QStringLiteral("sender.name"));
    return sender.isEmpty() ? tr("Best regards") : tr("Best regards,\n%1").arg(sender);
}

} // namespace

QString OfflineModel::factValue(const QList<ModelFact>& facts, const QString& id)
{
    for (const ModelFact& f : facts) {
        if (f.id == id)
            return f.value.simplified();
    }
    return {};
}

QString nameOf(ModelTask task)
{
    switch (task) {
    case ModelTask::ExtractIcp:
        return QStringLiteral("extract_icp");
    case ModelTask::DraftEmail:
        return QStringLiteral("draft_email");
    case ModelTask::ClassifyReply:
        return QStringLiteral("classify_reply");
    case ModelTask::DraftReply:
        return QStringLiteral("draft_reply");
    case ModelTask::ParseObjective:
        return QStringLiteral("parse_objective");
    }
    return {};
}

QJsonObject ModelOutcome::outcomeJson() const
{
    QJsonObject o { { QStringLiteral("answered_by"), answeredBy }, { QStringLiteral("fell_back"), fellBack } };
    if (!fallbackReason.isEmpty())
        o.insert(QStringLiteral("fallback_reason"), fallbackReason);
    if (unsupported)
        o.insert(QStringLiteral("unsupported"), true);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (usage.requests > 0) {
        o.insert(QStringLiteral("requests"), usage.requests);
        o.insert(QStringLiteral("tokens_in"), usage.tokensIn);
        o.insert(QStringLiteral("tokens_out"), usage.tokensOut);
        o.insert(QStringLiteral("eur"), usage.eur);
    }
    if (!spendDecisionId.isEmpty())
        o.insert(QStringLiteral("spend_decision"), spendDecisionId);
    return o;
}

QJsonArray DraftAnswer::sentencesJson() const
{
    QJsonArray array;
    for (const DraftSentence& s : sentences)
        array.append(QJsonObject { { QStringLiteral("text"), s.text }, { QStringLiteral("fact"), s.fact },
            { QStringLiteral("value"), s.value } });
    return array;
}

IcpAnswer OfflineModel::extractIcp(const IcpRequest& request, const std::atomic<bool>*)
{
    IcpAnswer answer;
    answer.icp = IcpModel::draft(request.pages, request.website);
    answered(answer);
    return answer;
}

DraftAnswer OfflineModel::draftEmail(const DraftRequest& request, const std::atomic<bool>*)
{
    // Every sentence about the prospect quotes one stored fact; nothing else is said about them.
    DraftAnswer draft;
    if (!request.templateBody.isEmpty()) {
        draft.subject = request.templateSubject;
        draft.body = request.templateBody;
        draft.sentences = request.templateSentences;
        answered(draft);
        return draft;
    }
    const QList<ModelFact>& facts = request.facts;
    const QString company = factValue(facts, QStringLiteral("company.name"));
    const QString description = factValue(facts, QStringLiteral("company.description"));
    const QString title = factValue(facts, QStringLiteral("prospect.title"));
    const QString pain = factValue(facts, QStringLiteral("icp.pain"));
    const QString offering = factValue(facts, QStringLiteral("sender.offering"));
    const QString ourCompany = factValue(facts, QStringLiteral("sender.company"));

    if (!description.isEmpty()) {
        add(draft,
            company.isEmpty() ? tr("I read that your company describes itself as \"%1\".").arg(description)
                              : tr("I read that %1 describes itself as \"%2\".").arg(company, description),
            QStringLiteral("company.description"), description);
    } else {
        for (const ModelFact& f : facts) {
            if (f.id.startsWith(QLatin1String("evidence:"))) {
                add(draft, tr("I read on your website: \"%1\".").arg(f.value.simplified()), f.id, f.value.simplified());
                break;
            }
        }
    }
    if (!title.isEmpty())
        add(draft,
            pain.isEmpty() ? tr("As %1, you may be the right person to ask.").arg(title)
                           : tr("As %1, you may be the right person to ask about %2.").arg(title, pain),
            QStringLiteral("prospect.title"), title);
    if (!offering.isEmpty())
        add(draft,
            ourCompany.isEmpty() ? tr("We help with %1.").arg(offering)
                                 : tr("%1 helps with %2.").arg(ourCompany, offering),
            QString(), QString());
    add(draft, tr("Would a short call next week be useful?"), QString(), QString());
    draft.subject = company.isEmpty() ? tr("A quick question") : tr("A question for %1").arg(company);
    draft.body = joinBody(greetingFor(facts), draft.sentences, signOffFor(facts));
    answered(draft);
    return draft;
}

ReplyAnswer OfflineModel::classifyReply(const ReplyRequest& request, const std::atomic<bool>*)
{
    ReplyAnswer answer;
    answer.analysis = ReplyClassifier::builtin().analyze(request.email);
    answered(answer);
    return answer;
}

DraftAnswer OfflineModel::draftReply(const DraftRequest& request, const std::atomic<bool>*)
{
    DraftAnswer draft;
    if (!request.templateBody.isEmpty()) {
        draft.subject = request.templateSubject;
        draft.body = request.templateBody;
        draft.sentences = request.templateSentences;
        answered(draft);
        return draft;
    }
    const QString cls = request.replyClass;
    QString text;
    if (cls == u"interested")
        text = tr("Thank you for your reply. Would you like to suggest a time for a short call, or shall I send a few "
                  "options?");
    else if (cls == u"not_now")
        text = tr("Thank you for letting me know. I will get back to you later and will not write before then.");
    else if (cls == u"objection")
        text = tr("Thank you for your honest answer. May I ask what would need to be true for this to be worth a "
                  "conversation?");
    else if (cls == u"referral")
        text = tr("Thank you for pointing me to the right person; I will contact them directly.");
    else if (cls == u"not_interested" || cls == u"unsubscribe")
        text = tr("Understood, thank you for letting me know. I will not write to you again.");
    else {
        draft.error = cls.isEmpty() ? tr("the reply has no class; classify it first")
                                    : tr("an automatic reply or a bounce gets no answer");
        draft.answeredBy = QStringLiteral("offline");
        return draft;
    }
    add(draft, text, QString(), QString());
    const QString subject = factValue(request.facts, QStringLiteral("reply.subject"));
    draft.subject = subject.isEmpty()                                   ? tr("Re: your reply")
        : subject.startsWith(QLatin1String("Re:"), Qt::CaseInsensitive) ? subject
                                                                        : QStringLiteral("Re: ") + subject;
    draft.body = joinBody(greetingFor(request.facts), draft.sentences, signOffFor(request.facts));
    answered(draft);
    return draft;
}

ObjectiveAnswer OfflineModel::parseObjective(const ObjectiveRequest& request, const std::atomic<bool>*)
{
    ObjectiveAnswer answer;
    answer.objective = GoalParser::parse(request.text, request.today).toJson();
    answered(answer);
    return answer;
}

} // namespace gd::core
