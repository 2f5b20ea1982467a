#include "agents/OutreachAgent.h"

#include "agents/TaskTypes.h"
#include "core/decisions/DecisionEngine.h"
#include "core/store/OutboxStore.h"
#include "core/store/ProspectStore.h"
#include "core/store/SettingKeys.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <stdexcept>

namespace gd::agents {

namespace {

constexpr qint64 kThirtyDaysMs = 30LL * 24 * 3600 * 1000;
constexpr int kDraftsPerRun = 3;
// The decision types this agent proposes.
const QString kFirstTouch = QStringLiteral("email.first_touch");
const QString kSequenceEnrol = QStringLiteral("sequence.enrol");

QJsonObject loadTemplates()
{
    QFile file(QStringLiteral(":/templates/outreach.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("message templates are missing from the build");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString teamFor(const QString& title)
{
    const QString t = title.toLower();
    if (t.contains(QLatin1String("sales")) || t.contains(QLatin1String("revenue")))
        return QStringLiteral("sales");
    if (t.contains(QLatin1String("operation")) || t.contains(QLatin1String("procurement")))
        return QStringLiteral("operations");
    if (t.contains(QLatin1String("it ")) || t.contains(QLatin1String("cto")) || t.startsWith(QLatin1String("it")))
        return QStringLiteral("IT");
    if (t.contains(QLatin1String("marketing")))
        return QStringLiteral("marketing");
    return QStringLiteral("leadership");
}

} // namespace

OutreachAgent::OutreachAgent()
    : Agent(agentName(), QCoreApplication::translate("gd::agents", "Outreach"), { TaskTypes::outreachPlan })
{
}

QStringList OutreachAgent::unknownPlaceholders(const QString& text)
{
    static const QStringList known = { QStringLiteral("first_name"), QStringLiteral("last_name"),
        QStringLiteral("company"), QStringLiteral("industry"), QStringLiteral("title"), QStringLiteral("team"),
        QStringLiteral("pain"), QStringLiteral("sender_name") };
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{\s*([a-z_]+)\s*\}\})"));
    QStringList unknown;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!known.contains(name) && !unknown.contains(name))
            unknown << name;
    }
    return unknown;
}

QString OutreachAgent::fill(const QString& text, const QHash<QString, QString>& facts)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{\s*([a-z_]+)\s*\}\})"));
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        if (!facts.contains(name))
            throw std::runtime_error("no fact to fill {{" + name.toStdString() + "}}");
        out += facts.value(name);
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

QJsonObject OutreachAgent::runTask(const core::Task& task, core::HandlerContext& context)
{
    if (task.type != TaskTypes::outreachPlan)
        throw std::runtime_error("outreach agent cannot run this task type");
    const QJsonObject catalogue = loadTemplates();
    const QJsonArray templates = catalogue.value(QStringLiteral("templates")).toArray();
    QJsonArray problems;
    QJsonObject firstTouch;
    for (const QJsonValue& v : templates) {
        const QJsonObject t = v.toObject();
        if (t.value(QStringLiteral("name")).toString() == QLatin1String("first_touch"))
            firstTouch = t;
        const QStringList unknown = unknownPlaceholders(t.value(QStringLiteral("subject")).toString()
            + QLatin1Char('\n') + t.value(QStringLiteral("body")).toString());
        if (!unknown.isEmpty())
            problems.append(QJsonObject { { QStringLiteral("template"), t.value(QStringLiteral("name")) },
                { QStringLiteral("unknown"), QJsonArray::fromStringList(unknown) } });
    }

    core::Workspace& ws = context.workspace();
    const qint64 cutoff = core::nowMs() - kThirtyDaysMs;
    const int eligible = core::ProspectStore::firstTouchEligibleCount(ws, cutoff);

    // Draft first touches for eligible prospects that have no first-touch decision yet. Every
    // draft is a proposal: the decision framework sends it, queues it or refuses it.
    int proposed = 0;
    QJsonObject outcomes;
    if (context.canPropose() && !firstTouch.isEmpty() && problems.isEmpty()) {
        const QJsonObject pains = catalogue.value(QStringLiteral("pains")).toObject();
        const QString defaultPain = catalogue.value(QStringLiteral("default_pain")).toString();
        const QString senderName = ws.meta(core::keys::SenderName, QStringLiteral("GreenDoor"));
        const QString basis = ws.meta(core::keys::LawfulBasis);
        const QList<core::FirstTouchCandidate> drafts
            = core::ProspectStore::firstTouchCandidates(ws, cutoff, kFirstTouch, kDraftsPerRun);
        for (const core::FirstTouchCandidate& d : drafts) {
            const QStringList names = d.fullName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const QString pain = pains.value(d.industry).toString(defaultPain);
            const QHash<QString, QString> facts = {
                { QStringLiteral("first_name"), names.value(0) },
                { QStringLiteral("last_name"), names.size() > 1 ? names.last() : QString() },
                { QStringLiteral("company"), d.company },
                { QStringLiteral("industry"), d.industry.toLower() },
                { QStringLiteral("title"), d.title },
                { QStringLiteral("team"), teamFor(d.title) },
                { QStringLiteral("pain"), pain },
                { QStringLiteral("sender_name"), senderName },
            };
            core::Proposal p;
            p.type = kFirstTouch;
            p.target = d.email;
            p.action = QJsonObject {
                { QStringLiteral("to"), d.email },
                { QStringLiteral("subject"), fill(firstTouch.value(QStringLiteral("subject")).toString(), facts) },
                { QStringLiteral("body"), fill(firstTouch.value(QStringLiteral("body")).toString(), facts) },
                { QStringLiteral("template"), QStringLiteral("first_touch") },
            };
            QJsonObject inputs { { QStringLiteral("region"), d.country }, { QStringLiteral("title"), d.title },
                { QStringLiteral("industry"), d.industry } };
            if (!basis.isEmpty())
                inputs.insert(QStringLiteral("lawful_basis"), basis);
            p.inputs = inputs;
            p.reasoning = tr("%1 (%2 at %3) has not been contacted in 30 days and works in %4, an industry in "
                             "the profile; the draft uses only the title, company, industry and the "
                             "industry's typical pain (%5).")
                              .arg(d.fullName, d.title, d.company, d.industry, pain);
            const core::ProposeResult r = context.propose(p);
            if (!r.error.isEmpty())
                throw std::runtime_error(r.error.toStdString());
            ++proposed;
            const QString outcome = core::nameOf(r.outcome);
            outcomes.insert(outcome, outcomes.value(outcome).toInt() + 1);
        }
    }
    // Contacts whose first touch went out join the follow-up sequence. Enrolment is a decision
    // too (low level in the shipped matrix, so usually carried out without asking).
    int enrolled = 0;
    if (context.canPropose()) {
        const QStringList contacted
            = core::OutboxStore::doneTargetsWithoutDecision(ws, kFirstTouch, kSequenceEnrol, kDraftsPerRun);
        const QString basis = ws.meta(core::keys::LawfulBasis);
        for (const QString& email : std::as_const(contacted)) {
            core::Proposal p;
            p.type = kSequenceEnrol;
            p.target = email;
            p.action = QJsonObject { { QStringLiteral("sequence"), QStringLiteral("first_touch_follow_up") } };
            QJsonObject inputs { { QStringLiteral("sequence"), QStringLiteral("first_touch_follow_up") } };
            if (!basis.isEmpty())
                inputs.insert(QStringLiteral("lawful_basis"), basis);
            p.inputs = inputs;
            p.reasoning = tr("The first touch to %1 was sent; the follow-up sequence keeps the conversation "
                             "going unless they reply.")
                              .arg(email);
            const core::ProposeResult r = context.propose(p);
            if (!r.error.isEmpty())
                throw std::runtime_error(r.error.toStdString());
            ++enrolled;
        }
    }
    return QJsonObject {
        { QStringLiteral("enrolled"), enrolled },
        { QStringLiteral("templates"), templates.size() },
        { QStringLiteral("template_problems"), problems },
        { QStringLiteral("eligible_first_touch"), eligible },
        { QStringLiteral("proposed"), proposed },
        { QStringLiteral("outcomes"), outcomes },
        { QStringLiteral("summary"),
            QStringLiteral("%1 eligible for a first touch; %2 drafts proposed; %3 of %4 templates need a fix")
                .arg(eligible)
                .arg(proposed)
                .arg(problems.size())
                .arg(templates.size()) },
    };
}

} // namespace gd::agents
