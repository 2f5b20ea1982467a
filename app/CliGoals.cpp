// greendoor-cli goal parse|add|list|show|remove: objectives in plain words.
#include "app/CliCommon.h"
#include "core/ai/OfflineModel.h"
#include "core/sales/Goal.h"
#include "core/sales/GoalCascade.h"
#include "core/sales/GoalStore.h"
#include "core/store/TaskStore.h"
#include "core/store/Workspace.h"

#include <QDate>
#include <QJsonArray>
#include <QLocale>

namespace gd::app::cli {

namespace {

bool today(const Args& args, QDate* date, QString* error)
{
    *date = QDate::currentDate();
    if (!args.options.contains(QStringLiteral("today")))
        return true;
    *date = QDate::fromString(args.options.value(QStringLiteral("today")), Qt::ISODate);
    if (!date->isValid()) {
        *error = tr("--today takes a date as YYYY-MM-DD");
        return false;
    }
    return true;
}

void printGoal(const core::Goal& g)
{
    if (g.ambiguous) {
        out() << tr("Not a goal yet. %1").arg(g.question) << "\n";
        return;
    }
    out() << tr("Understood: %1").arg(g.summary()) << "\n";
    out() << "  " << tr("metric: %1").arg(g.metric) << "\n";
    out() << "  " << tr("target: %1").arg(QLocale().toString(g.target, 'f', g.target == std::floor(g.target) ? 0 : 2))
          << (g.currency.isEmpty() ? QString() : QLatin1Char(' ') + g.currency) << "\n";
    out() << "  " << tr("deadline: %1 (from \"%2\")").arg(g.deadline.toString(Qt::ISODate), forTerminal(g.deadlineText))
          << "\n";
    auto list = [](const QString& label, const QStringList& values) {
        if (!values.isEmpty())
            out() << "  " << label << values.join(QStringLiteral(", ")) << "\n";
    };
    list(tr("industries: "), g.industries);
    list(tr("roles: "), g.roles);
    list(tr("regions: "), g.regions);
    list(tr("company sizes: "), g.sizes);
    for (const core::GoalConstraint& c : g.constraints)
        out() << "  " << tr("limit: %1 = %2 (\"%3\")").arg(c.kind).arg(c.value).arg(forTerminal(c.text)) << "\n";
    for (const QString& n : g.notes)
        out() << "  " << tr("note: %1").arg(n) << "\n";
}

QJsonObject progressJson(const core::GoalProgress& p)
{
    return { { QStringLiteral("measured"), p.measured }, { QStringLiteral("current"), p.current },
        { QStringLiteral("expected_by_now"), p.expected }, { QStringLiteral("projected"), p.projected },
        { QStringLiteral("on_track"), p.onTrack }, { QStringLiteral("summary"), p.why } };
}

// What adding the goal set in motion, with where each agent's share stands.
QJsonObject cascadeJson(core::Workspace& ws, const core::StoredGoal& g)
{
    QJsonObject c = g.cascade;
    QJsonArray shares;
    for (const QJsonValue& v : c.value(QStringLiteral("shares")).toArray()) {
        QJsonObject s = v.toObject();
        s.insert(QStringLiteral("done"),
            core::GoalCascade::shareDone(ws, s.value(QStringLiteral("what")).toString(), g.createdAtMs));
        shares.append(s);
    }
    c.insert(QStringLiteral("shares"), shares);
    return c;
}

void printCascade(const QJsonObject& c)
{
    out() << tr("Cascade:") << "\n";
    const QJsonArray caps = c.value(QStringLiteral("caps")).toArray();
    if (!caps.isEmpty()) {
        out() << "  " << tr("limits on decisions (authority matrix):") << "\n";
        for (const QJsonValue& v : caps)
            out() << "    " << v.toObject().value(QStringLiteral("type")).toString() << ": "
                  << forTerminal(v.toObject().value(QStringLiteral("description")).toString()) << "\n";
    }
    if (c.contains(QStringLiteral("campaign"))) {
        const QJsonObject seg = c.value(QStringLiteral("campaign_segment")).toObject();
        QStringList parts;
        for (const QString& key : { QStringLiteral("industries"), QStringLiteral("countries"), QStringLiteral("titles"),
                 QStringLiteral("company_sizes") }) {
            QStringList values;
            for (const QJsonValue& v : seg.value(key).toArray())
                values << v.toString();
            if (!values.isEmpty())
                parts << key + QStringLiteral(" ") + values.join(QLatin1Char('/'));
        }
        out() << "  "
              << tr("campaign: %1 (draft; segment: %2)")
                     .arg(c.value(QStringLiteral("campaign")).toString(), forTerminal(parts.join(QStringLiteral(", "))))
              << "\n";
    }
    const QJsonArray shares = c.value(QStringLiteral("shares")).toArray();
    const QJsonArray tasks = c.value(QStringLiteral("tasks")).toArray();
    if (!shares.isEmpty())
        out() << "  " << tr("agents' shares (tasks):") << "\n";
    for (qsizetype i = 0; i < shares.size(); ++i) {
        const QJsonObject s = shares.at(i).toObject();
        out() << "    " << forTerminal(s.value(QStringLiteral("text")).toString());
        if (s.contains(QStringLiteral("done")))
            out() << "; " << tr("%1 done").arg(s.value(QStringLiteral("done")).toDouble());
        if (i < tasks.size())
            out() << "  [" << tr("task %1").arg(tasks.at(i).toObject().value(QStringLiteral("id")).toString()) << "]";
        out() << "\n";
    }
    const QJsonArray rates = c.value(QStringLiteral("rates")).toArray();
    if (!rates.isEmpty())
        out() << "  " << tr("rates used:") << "\n";
    for (const QJsonValue& v : rates)
        out() << "    " << v.toObject().value(QStringLiteral("text")).toString() << "\n";
    for (const QJsonValue& v : c.value(QStringLiteral("notes")).toArray())
        out() << "  " << tr("note: %1").arg(v.toString()) << "\n";
    for (const QJsonValue& v : c.value(QStringLiteral("conflicts")).toArray())
        out() << "  " << tr("Conflict: %1").arg(v.toString()) << "\n";
}

bool goalId(const Args& args, qint64* id)
{
    bool ok = false;
    *id = args.positionals.value(1).toLongLong(&ok);
    return ok && *id > 0;
}

} // namespace

int cmdGoal(const Args& args)
{
    const QString sub = args.positionals.value(0);
    QString error;
    QDate day;
    if (!today(args, &day, &error))
        return usageError(error);
    if (sub == QLatin1String("parse") || sub == QLatin1String("add")) {
        const QString text = args.options.value(QStringLiteral("text")).trimmed();
        if (text.isEmpty())
            return usageError(tr("goal %1 needs --text \"the objective in plain words\"").arg(sub));
        // With a workspace, its configured model reads the objective (the offline GoalParser underneath).
        core::ObjectiveAnswer parsed;
        if (!args.workspace.isEmpty()) {
            int openCode = Success;
            const auto modelWs = openExisting(args, &openCode);
            if (!modelWs)
                return openCode;
            QString noModel;
            parsed = configuredModel(modelWs, QStringLiteral("deal"), &noModel)->parseObjective({ text, day });
        } else {
            parsed = core::OfflineModel().parseObjective({ text, day });
        }
        const core::Goal goal = parsed.answeredBy == u"offline"
            ? core::GoalParser::parse(text, day)
            : core::Goal::fromJson(parsed.objective).value_or(core::GoalParser::parse(text, day));
        if (parsed.fellBack) {
            err() << tr("note: read by the offline goal parser: %1").arg(parsed.fallbackReason) << "\n";
            err().flush();
        }
        if (sub == QLatin1String("parse")) {
            if (args.json) {
                QJsonObject o = goal.toJson();
                o.insert(QStringLiteral("model"), parsed.outcomeJson());
                printJson(o);
            } else {
                printGoal(goal);
            }
            return Success;
        }
        int code = Success;
        const auto ws = openExisting(args, &code);
        if (!ws)
            return code;
        if (goal.ambiguous) {
            if (args.json)
                printJson(goal.toJson());
            return failure(tr("not added: %1").arg(goal.question));
        }
        core::GoalStore store(*ws);
        QStringList conflicts = store.conflicts(goal, day);
        const auto id = store.add(goal, &error, day);
        if (!id)
            return failure(error);
        const auto stored = store.find(*id);
        if (stored && !args.json) {
            for (const QJsonValue& v : stored->cascade.value(QStringLiteral("conflicts")).toArray())
                conflicts.removeAll(v.toString()); // printed with the cascade
        }
        if (args.json) {
            QJsonObject o = goal.toJson();
            o.insert(QStringLiteral("id"), *id);
            o.insert(QStringLiteral("conflicts"), QJsonArray::fromStringList(conflicts));
            o.insert(QStringLiteral("cascade"), stored ? stored->cascade : QJsonObject());
            printJson(o);
        } else {
            out() << tr("Goal %1 added.").arg(*id) << "\n";
            printGoal(goal);
            for (const QString& c : conflicts)
                out() << tr("Conflict: %1").arg(c) << "\n";
            if (stored)
                printCascade(stored->cascade);
        }
        return Success;
    }
    if (args.options.contains(QStringLiteral("text")))
        return usageError(tr("goal %1 does not take --text").arg(sub));
    int code = Success;
    const auto ws = openExisting(args, &code);
    if (!ws)
        return code;
    core::GoalStore store(*ws);
    if (sub == QLatin1String("list")) {
        QJsonArray array;
        const QList<core::StoredGoal> goals = store.list();
        for (const core::StoredGoal& g : goals) {
            const core::GoalProgress p = store.progress(g, day);
            if (args.json) {
                QJsonObject o = g.goal.toJson();
                o.insert(QStringLiteral("id"), g.id);
                o.insert(QStringLiteral("progress"), progressJson(p));
                array.append(o);
            } else {
                out() << QStringLiteral("%1  ").arg(g.id) << g.goal.summary() << "\n    " << p.why << "\n";
            }
        }
        if (args.json)
            printJson(array);
        else if (goals.isEmpty())
            out() << tr("No goals yet: `goal add --text \"...\"` sets one.") << "\n";
        return Success;
    }
    qint64 id = 0;
    if (sub == QLatin1String("show") || sub == QLatin1String("remove")) {
        if (!goalId(args, &id))
            return usageError(tr("goal %1 needs the goal's number").arg(sub));
        if (sub == QLatin1String("remove")) {
            QJsonObject removed;
            if (!store.remove(id, &error, &removed))
                return failure(error);
            if (args.json) {
                removed.insert(QStringLiteral("removed"), id);
                printJson(removed);
            } else {
                out() << tr("Goal %1 removed (%2).").arg(id).arg(removed.value(QStringLiteral("goal")).toString())
                      << "\n";
                const QJsonArray caps = removed.value(QStringLiteral("caps")).toArray();
                out() << "  " << tr("limits taken off the authority matrix: %1").arg(caps.size()) << "\n";
                for (const QJsonValue& c : caps)
                    out() << "    " << c.toString() << "\n";
                const QString campaign = removed.value(QStringLiteral("campaign")).toString();
                const QString action = removed.value(QStringLiteral("campaign_action")).toString();
                if (action == QLatin1String("deleted"))
                    out() << "  " << tr("campaign %1 deleted (a draft that never ran)").arg(campaign) << "\n";
                else if (action == QLatin1String("archived"))
                    out() << "  "
                          << tr("campaign %1 archived: it ran, so its sends and figures are kept; it is finished and "
                                "its contacts still in the sequence were stopped")
                                 .arg(campaign)
                          << "\n";
                else if (action == QLatin1String("missing"))
                    out() << "  " << tr("campaign %1 was already gone").arg(campaign) << "\n";
                out() << "  "
                      << tr("agent tasks cancelled: %1")
                             .arg(removed.value(QStringLiteral("tasks_cancelled")).toArray().size())
                      << "\n";
                const auto left = static_cast<int>(removed.value(QStringLiteral("tasks_left")).toArray().size());
                if (left > 0)
                    out() << "  " << tr("agent tasks already run or running, left as they are: %1").arg(left) << "\n";
            }
            return Success;
        }
        const auto g = store.find(id);
        if (!g)
            return failure(tr("no goal %1").arg(id));
        const core::GoalProgress p = store.progress(*g, day);
        const QJsonObject cascade = cascadeJson(*ws, *g);
        // Other goals pulling against this one (its own limits are in the cascade).
        QStringList conflicts = store.conflicts(g->goal, day, g->id);
        for (const QJsonValue& v : cascade.value(QStringLiteral("conflicts")).toArray())
            conflicts.removeAll(v.toString());
        if (args.json) {
            QJsonObject o = g->goal.toJson();
            o.insert(QStringLiteral("id"), g->id);
            o.insert(QStringLiteral("progress"), progressJson(p));
            o.insert(QStringLiteral("cascade"), cascade);
            o.insert(QStringLiteral("conflicts"), QJsonArray::fromStringList(conflicts));
            printJson(o);
        } else {
            printGoal(g->goal);
            out() << "  " << tr("progress: %1").arg(p.why) << "\n";
            printCascade(cascade);
            for (const QString& c : conflicts)
                out() << tr("Conflict: %1").arg(c) << "\n";
        }
        return Success;
    }
    return usageError(tr("goal takes parse, add, list, show ID or remove ID"));
}

} // namespace gd::app::cli
