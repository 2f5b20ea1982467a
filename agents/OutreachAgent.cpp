#include "agents/OutreachAgent.h"

#include "agents/TaskTypes.h"
#include "core/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

#include <stdexcept>

namespace gd::agents {

namespace {
constexpr qint64 kThirtyDaysMs = 30LL * 24 * 3600 * 1000;
}

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

QJsonObject OutreachAgent::runTask(const core::Task& task, core::HandlerContext& context)
{
    if (task.type != TaskTypes::outreachPlan)
        throw std::runtime_error("outreach agent cannot run this task type");
    QFile file(QStringLiteral(":/templates/outreach.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("message templates are missing from the build");
    const QJsonArray templates = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("templates")).toArray();
    QJsonArray problems;
    for (const QJsonValue& v : templates) {
        const QJsonObject t = v.toObject();
        const QStringList unknown = unknownPlaceholders(t.value(QStringLiteral("subject")).toString() + QLatin1Char('\n')
            + t.value(QStringLiteral("body")).toString());
        if (!unknown.isEmpty())
            problems.append(QJsonObject { { QStringLiteral("template"), t.value(QStringLiteral("name")) },
                { QStringLiteral("unknown"), QJsonArray::fromStringList(unknown) } });
    }

    QSqlQuery q(context.workspace().db());
    q.prepare(QStringLiteral(
        "SELECT count(*) FROM prospects p WHERE p.email LIKE '%_@_%._%' AND p.email NOT LIKE '%@%@%' "
        "AND (p.last_contacted_at IS NULL OR p.last_contacted_at < ?) "
        "AND NOT EXISTS (SELECT 1 FROM deals d WHERE d.prospect_id = p.id AND d.stage LIKE 'closed%')"));
    q.addBindValue(core::nowMs() - kThirtyDaysMs);
    const int eligible = q.exec() && q.next() ? q.value(0).toInt() : 0;
    return QJsonObject {
        { QStringLiteral("templates"), templates.size() },
        { QStringLiteral("template_problems"), problems },
        { QStringLiteral("eligible_first_touch"), eligible },
        { QStringLiteral("summary"),
            QStringLiteral("%1 prospects eligible for a first touch; %2 of %3 templates need a fix")
                .arg(eligible)
                .arg(problems.size())
                .arg(templates.size()) },
    };
}

} // namespace gd::agents
