// greendoor-cli eval: runs a language task's models over a labelled folder and prints how often
// they are right (precision and recall per field or class; a confusion matrix for replies).
#include "app/CliCommon.h"
#include "core/ai/LanguageModel.h"
#include "core/mail/MimeMessage.h"
#include "core/mail/ReplyClassifier.h"
#include "core/prospects/Icp.h"
#include "core/prospects/IcpEval.h"
#include "core/sales/Goal.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <functional>

namespace gd::app::cli {

namespace {

QString percent(double value)
{
    return value < 0 ? QStringLiteral("–") : QString::number(value * 100.0, 'f', 1);
}

QString pad(const QString& text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

QString rpad(const QString& text, int width)
{
    return text.rightJustified(width, QLatin1Char(' '));
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// The workspace's configured language model, when --workspace names one that has a server set;
// null otherwise (the offline model is then compared with nothing).
std::shared_ptr<core::LanguageModel> configured(const Args& args)
{
    if (args.workspace.isEmpty())
        return nullptr;
    int code = Success;
    const auto ws = openExisting(args, &code);
    if (!ws)
        return nullptr;
    QString why;
    auto model = configuredModel(ws, QStringLiteral("analytics"), &why);
    return model && !model->isOffline() ? model : nullptr;
}

// ---- icp ----

int evalIcp(const Args& args, const QString& dir)
{
    QString error;
    const auto sites = core::IcpEval::loadSites(dir, &error);
    if (!sites)
        return failure(error);
    // The models to compare, side by side. The offline model is always there; a configured
    // model joins this list once one is set (core/ai).
    struct Model
    {
        QString name;
        core::IcpEval::Model draft;
    };
    QList<Model> models = { { QStringLiteral("offline"),
        [](const core::IcpLabelledSite& site) { return core::IcpModel::draft(site.pages, site.url); } } };
    if (const auto model = configured(args))
        models.append({ model->name(), [model](const core::IcpLabelledSite& site) {
                           return model->extractIcp({ site.pages, site.url }).icp;
                       } });
    QList<core::IcpEval::Report> reports;
    for (const Model& m : models)
        reports.append(core::IcpEval::run(m.name, *sites, m.draft));

    const bool perSite = args.flags.contains(QStringLiteral("per-site"));
    if (args.json) {
        QJsonArray list;
        for (const auto& r : std::as_const(reports))
            list.append(core::IcpEval::toJson(r, perSite));
        printJson(QJsonObject { { QStringLiteral("task"), QStringLiteral("icp") }, { QStringLiteral("data"), dir },
            { QStringLiteral("sites"), static_cast<int>(sites->size()) }, { QStringLiteral("models"), list } });
        return finishOutput() ? Success : Failure;
    }
    out() << tr("ICP extraction on %1 labelled sites in %2").arg(sites->size()).arg(forTerminal(dir)) << "\n\n";
    QString header = pad(tr("field"), 16);
    QString sub = pad(QString(), 16);
    for (const auto& r : std::as_const(reports)) {
        header += pad(forTerminal(r.model), 22);
        sub += pad(tr("precision recall  (n)"), 22);
    }
    out() << header << "\n" << sub << "\n";
    auto row = [&](const QString& name, const std::function<core::IcpEval::Counts(const core::IcpEval::Report&)>& get) {
        QString line = pad(name, 16);
        for (const auto& r : std::as_const(reports)) {
            const core::IcpEval::Counts c = get(r);
            line += pad(rpad(percent(c.precision()), 9) + rpad(percent(c.recall()), 7)
                    + QStringLiteral("  (%1)").arg(c.tp + c.fn),
                22);
        }
        out() << line << "\n";
    };
    for (const QString& field : core::IcpEval::fields())
        row(field, [&](const core::IcpEval::Report& r) { return r.fields.value(field); });
    row(tr("all fields"), [](const core::IcpEval::Report& r) { return r.overall; });
    out() << "\n";
    for (const auto& r : std::as_const(reports)) {
        out() << tr("%1: F1 over all fields %2; %3 ms per site (median)")
                     .arg(forTerminal(r.model), percent(r.overall.f1()), QString::number(median(r.callMs), 'f', 2))
              << "\n";
    }
    if (perSite) {
        for (const auto& r : std::as_const(reports)) {
            out() << "\n" << tr("%1, per site (- missing, + not expected):").arg(forTerminal(r.model)) << "\n";
            for (const core::IcpEval::SiteResult& s : r.sites) {
                out() << "  " << forTerminal(s.site) << ": "
                      << tr("offering \"%1\"").arg(forTerminal(s.offering.left(90))) << "\n";
                for (const QString& field : core::IcpEval::fields()) {
                    QStringList parts;
                    for (const QString& v : s.missing.value(field))
                        parts << QStringLiteral("-") + v;
                    for (const QString& v : s.extra.value(field)) {
                        const QString why = s.extraEvidence.value(field + QLatin1Char(':') + v);
                        parts << QStringLiteral("+") + v
                                + (why.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(why.left(100)));
                    }
                    if (!parts.isEmpty())
                        out() << "    " << field << ": " << forTerminal(parts.join(QStringLiteral(", "))) << "\n";
                }
            }
        }
    }
    return finishOutput() ? Success : Failure;
}

// ---- reply ----

struct ReplyRun
{
    QString model;
    std::array<std::array<int, core::kReplyClassCount>, core::kReplyClassCount> matrix {}; // [truth][predicted]
    QList<double> callMs;
    int total = 0;
    int correct = 0;
};

int evalReply(const Args& args, const QString& dir)
{
    // Labels: labels.csv (file,class,...) when present, else the class in the file name
    // ("023_not_interested_en.eml").
    QList<QPair<QString, core::ReplyClass>> labelled;
    const QDir root(dir);
    if (!root.exists())
        return failure(tr("%1 is not a folder").arg(dir));
    QFile csv(root.filePath(QStringLiteral("labels.csv")));
    if (csv.open(QIODevice::ReadOnly)) {
        const QStringList lines
            = QString::fromUtf8(csv.read(4 * 1024 * 1024)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList f = lines.at(i).trimmed().split(QLatin1Char(','));
            const auto c = core::replyClassFromName(f.value(1));
            if (!c)
                return failure(tr("labels.csv line %1: unknown class \"%2\"").arg(i + 1).arg(f.value(1)));
            labelled.append({ f.value(0), *c });
        }
    } else {
        for (const QString& file : root.entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name)) {
            std::optional<core::ReplyClass> found;
            for (std::size_t k = 0; k < core::kReplyClassCount; ++k) {
                const QString name = QLatin1String(core::kReplyClassNames[k]);
                // The longest class name that the file name contains wins (not_interested over interested).
                if (file.contains(QLatin1Char('_') + name + QLatin1Char('_'))
                    && (!found || name.size() > core::replyClassName(*found).size()))
                    found = static_cast<core::ReplyClass>(k);
            }
            if (found)
                labelled.append({ file, *found });
        }
    }
    if (labelled.isEmpty())
        return failure(tr("no labelled replies in %1 (labels.csv, or the class in each .eml file's name)").arg(dir));

    struct Model
    {
        QString name;
        std::function<core::ReplyClass(const core::ParsedEmail&)> classify;
    };
    QList<Model> models = { { QStringLiteral("offline"),
        [](const core::ParsedEmail& email) { return core::ReplyClassifier::builtin().analyze(email).replyClass; } } };
    if (const auto model = configured(args))
        models.append({ model->name(),
            [model](const core::ParsedEmail& email) { return model->classifyReply({ email }).analysis.replyClass; } });
    QList<ReplyRun> runs;
    for (const Model& m : models) {
        ReplyRun run;
        run.model = m.name;
        for (const auto& [file, truth] : std::as_const(labelled)) {
            QFile f(root.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                return failure(tr("cannot read %1").arg(f.fileName()));
            QString why;
            const auto email = core::MimeMessage::parse(f.read(10 * 1024 * 1024), &why);
            if (!email)
                return failure(tr("%1 is not an email: %2").arg(file, why));
            QElapsedTimer timer;
            timer.start();
            const core::ReplyClass predicted = m.classify(*email);
            run.callMs.append(double(timer.nsecsElapsed()) / 1e6);
            ++run.matrix[static_cast<std::size_t>(truth)][static_cast<std::size_t>(predicted)];
            ++run.total;
            run.correct += truth == predicted ? 1 : 0;
        }
        runs.append(run);
    }
    auto precisionOf = [](const ReplyRun& r, std::size_t c) {
        int predicted = 0;
        for (std::size_t t = 0; t < core::kReplyClassCount; ++t)
            predicted += r.matrix[t][c];
        return predicted == 0 ? -1.0 : double(r.matrix[c][c]) / predicted;
    };
    auto recallOf = [](const ReplyRun& r, std::size_t c) {
        int actual = 0;
        for (std::size_t p = 0; p < core::kReplyClassCount; ++p)
            actual += r.matrix[c][p];
        return actual == 0 ? -1.0 : double(r.matrix[c][c]) / actual;
    };
    if (args.json) {
        QJsonArray list;
        for (const ReplyRun& r : std::as_const(runs)) {
            QJsonObject classes;
            QJsonArray matrix;
            for (std::size_t c = 0; c < core::kReplyClassCount; ++c) {
                auto value = [](double v) { return v < 0 ? QJsonValue() : QJsonValue(qRound(v * 1000) / 1000.0); };
                classes.insert(QLatin1String(core::kReplyClassNames[c]),
                    QJsonObject { { QStringLiteral("precision"), value(precisionOf(r, c)) },
                        { QStringLiteral("recall"), value(recallOf(r, c)) } });
                QJsonArray row;
                for (std::size_t p = 0; p < core::kReplyClassCount; ++p)
                    row.append(r.matrix[c][p]);
                matrix.append(row);
            }
            list.append(QJsonObject { { QStringLiteral("model"), r.model }, { QStringLiteral("classes"), classes },
                { QStringLiteral("confusion"), matrix }, { QStringLiteral("total"), r.total },
                { QStringLiteral("correct"), r.correct },
                { QStringLiteral("accuracy"), r.total ? double(r.correct) / r.total : 0.0 },
                { QStringLiteral("call_ms_median"), median(r.callMs) } });
        }
        QJsonArray names;
        for (const char* n : core::kReplyClassNames)
            names.append(QLatin1String(n));
        printJson(QJsonObject { { QStringLiteral("task"), QStringLiteral("reply") }, { QStringLiteral("data"), dir },
            { QStringLiteral("replies"), static_cast<int>(labelled.size()) }, { QStringLiteral("class_order"), names },
            { QStringLiteral("models"), list } });
        return finishOutput() ? Success : Failure;
    }
    out() << tr("Reply classification on %1 labelled replies in %2").arg(labelled.size()).arg(forTerminal(dir))
          << "\n\n";
    QString header = pad(tr("class"), 16);
    QString sub = pad(QString(), 16);
    for (const ReplyRun& r : std::as_const(runs)) {
        header += pad(forTerminal(r.model), 22);
        sub += pad(tr("precision recall"), 22);
    }
    out() << header << "\n" << sub << "\n";
    for (std::size_t c = 0; c < core::kReplyClassCount; ++c) {
        QString line = pad(QLatin1String(core::kReplyClassNames[c]), 16);
        for (const ReplyRun& r : std::as_const(runs))
            line += pad(rpad(percent(precisionOf(r, c)), 9) + rpad(percent(recallOf(r, c)), 7), 22);
        out() << line << "\n";
    }
    for (const ReplyRun& r : std::as_const(runs)) {
        out() << "\n"
              << tr("%1: %2 of %3 right (%4%); %5 ms per reply (median)")
                     .arg(forTerminal(r.model))
                     .arg(r.correct)
                     .arg(r.total)
                     .arg(percent(r.total ? double(r.correct) / r.total : 0.0))
                     .arg(QString::number(median(r.callMs), 'f', 3))
              << "\n";
        out() << tr("Confusion matrix (rows: labelled class, columns: predicted):") << "\n";
        QString head = pad(QString(), 16);
        for (std::size_t p = 0; p < core::kReplyClassCount; ++p)
            head += rpad(QString::number(p + 1), 5);
        out() << head << "\n";
        for (std::size_t t = 0; t < core::kReplyClassCount; ++t) {
            QString line = pad(QStringLiteral("%1 %2").arg(t + 1).arg(QLatin1String(core::kReplyClassNames[t])), 16);
            for (std::size_t p = 0; p < core::kReplyClassCount; ++p)
                line += rpad(QString::number(r.matrix[t][p]), 5);
            out() << line << "\n";
        }
    }
    return finishOutput() ? Success : Failure;
}

// ---- objective ----

// Objectives in JSON lines ({"text", "today", "metric", "target", "deadline", "currency",
// "ambiguous", "industries", "roles", "regions", "sizes"}): a .jsonl file or a folder of them.
int evalObjective(const Args& args, const QString& data)
{
    QStringList files;
    const QFileInfo info(data);
    if (info.isDir()) {
        const QDir dir(data);
        for (const QString& f : dir.entryList({ QStringLiteral("*.jsonl") }, QDir::Files, QDir::Name))
            files << dir.filePath(f);
    } else if (info.isFile()) {
        files << data;
    } else {
        return failure(tr("%1 is not a file or folder").arg(data));
    }
    QList<QJsonObject> rows;
    for (const QString& path : std::as_const(files)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return failure(tr("cannot read %1").arg(path));
        int line = 0;
        for (const QByteArray& raw : f.read(16 * 1024 * 1024).split('\n')) {
            ++line;
            if (raw.trimmed().isEmpty())
                continue;
            const QJsonDocument doc = QJsonDocument::fromJson(raw);
            if (!doc.isObject() || !doc.object().contains(QStringLiteral("text")))
                return failure(tr("%1 line %2 is not a labelled objective").arg(path).arg(line));
            rows.append(doc.object());
        }
    }
    if (rows.isEmpty())
        return failure(tr("no labelled objectives (.jsonl) in %1").arg(data));

    using Counts = core::IcpEval::Counts;
    const QStringList fieldOrder = { QStringLiteral("asked back"), QStringLiteral("metric"), QStringLiteral("target"),
        QStringLiteral("deadline"), QStringLiteral("currency"), QStringLiteral("industries"), QStringLiteral("roles"),
        QStringLiteral("regions"), QStringLiteral("sizes") };
    struct Run
    {
        QString model;
        QMap<QString, Counts> fields;
        int goals = 0;
        int exact = 0;
        QList<double> callMs;
    };
    struct Model
    {
        QString name;
        std::function<core::Goal(const QString&, const QDate&)> parse;
    };
    QList<Model> models = { { QStringLiteral("offline"),
        [](const QString& text, const QDate& today) { return core::GoalParser::parse(text, today); } } };
    if (const auto model = configured(args))
        models.append({ model->name(), [model](const QString& text, const QDate& today) {
                           const auto goal = core::Goal::fromJson(model->parseObjective({ text, today }).objective);
                           return goal.value_or(core::Goal {});
                       } });
    QList<Run> runs;
    for (const Model& m : models) {
        Run run;
        run.model = m.name;
        for (const QString& f : fieldOrder)
            run.fields.insert(f, {});
        for (const QJsonObject& row : std::as_const(rows)) {
            QDate today = QDate::fromString(row.value(QStringLiteral("today")).toString(), Qt::ISODate);
            if (!today.isValid())
                today = QDate::currentDate();
            QElapsedTimer timer;
            timer.start();
            const core::Goal g = m.parse(row.value(QStringLiteral("text")).toString(), today);
            run.callMs.append(double(timer.nsecsElapsed()) / 1e6);
            const bool vague = row.value(QStringLiteral("ambiguous")).toBool();
            Counts& asked = run.fields[QStringLiteral("asked back")];
            asked.tp += vague && g.ambiguous;
            asked.fp += !vague && g.ambiguous;
            asked.fn += vague && !g.ambiguous;
            if (vague)
                continue;
            ++run.goals;
            // A value: right, wrong (a false value and a missed one), or missing.
            auto scalar = [&](const QString& field, bool labelled, bool predicted, bool right) {
                if (!labelled)
                    return;
                Counts& c = run.fields[field];
                if (predicted && right)
                    ++c.tp;
                else {
                    ++c.fn;
                    c.fp += predicted ? 1 : 0;
                }
            };
            const bool answered = !g.ambiguous;
            const bool metric = g.metric == row.value(QStringLiteral("metric")).toString();
            const bool target = std::abs(g.target - row.value(QStringLiteral("target")).toDouble()) < 0.01;
            const bool deadline = g.deadline.toString(Qt::ISODate) == row.value(QStringLiteral("deadline")).toString();
            const bool hasCurrency = row.contains(QStringLiteral("currency"));
            const bool currency = g.currency == row.value(QStringLiteral("currency")).toString();
            scalar(QStringLiteral("metric"), true, answered && !g.metric.isEmpty(), metric);
            scalar(QStringLiteral("target"), true, answered && g.target != 0, target);
            scalar(QStringLiteral("deadline"), true, answered && g.deadline.isValid(), deadline);
            scalar(QStringLiteral("currency"), hasCurrency, answered && !g.currency.isEmpty(), currency);
            if (answered && metric && target && deadline && (!hasCurrency || currency))
                ++run.exact;
            const QList<QPair<QString, QStringList>> lists
                = { { QStringLiteral("industries"), g.industries }, { QStringLiteral("roles"), g.roles },
                      { QStringLiteral("regions"), g.regions }, { QStringLiteral("sizes"), g.sizes } };
            for (const auto& [field, got] : lists) {
                if (!row.contains(field))
                    continue; // not labelled on this row
                QStringList want;
                for (const QJsonValue& v : row.value(field).toArray())
                    want << v.toString();
                Counts& c = run.fields[field];
                for (const QString& v : got)
                    (want.contains(v) ? c.tp : c.fp) += 1;
                for (const QString& v : std::as_const(want))
                    c.fn += got.contains(v) ? 0 : 1;
            }
        }
        runs.append(run);
    }
    if (args.json) {
        QJsonArray list;
        for (const Run& r : std::as_const(runs)) {
            QJsonObject fields;
            auto value = [](double v) { return v < 0 ? QJsonValue() : QJsonValue(qRound(v * 1000) / 1000.0); };
            for (const QString& f : fieldOrder) {
                const Counts c = r.fields.value(f);
                fields.insert(f,
                    QJsonObject { { QStringLiteral("tp"), c.tp }, { QStringLiteral("fp"), c.fp },
                        { QStringLiteral("fn"), c.fn }, { QStringLiteral("precision"), value(c.precision()) },
                        { QStringLiteral("recall"), value(c.recall()) } });
            }
            list.append(QJsonObject { { QStringLiteral("model"), r.model }, { QStringLiteral("fields"), fields },
                { QStringLiteral("goals"), r.goals }, { QStringLiteral("exact"), r.exact },
                { QStringLiteral("call_ms_median"), median(r.callMs) } });
        }
        printJson(
            QJsonObject { { QStringLiteral("task"), QStringLiteral("objective") }, { QStringLiteral("data"), data },
                { QStringLiteral("objectives"), static_cast<int>(rows.size()) }, { QStringLiteral("models"), list } });
        return finishOutput() ? Success : Failure;
    }
    out() << tr("Objective parsing on %1 labelled objectives in %2").arg(rows.size()).arg(forTerminal(data)) << "\n\n";
    QString header = pad(tr("field"), 16);
    QString sub = pad(QString(), 16);
    for (const Run& r : std::as_const(runs)) {
        header += pad(forTerminal(r.model), 22);
        sub += pad(tr("precision recall  (n)"), 22);
    }
    out() << header << "\n" << sub << "\n";
    for (const QString& f : fieldOrder) {
        QString line = pad(f, 16);
        for (const Run& r : std::as_const(runs)) {
            const Counts c = r.fields.value(f);
            line += pad(rpad(percent(c.precision()), 9) + rpad(percent(c.recall()), 7)
                    + QStringLiteral("  (%1)").arg(c.tp + c.fn),
                22);
        }
        out() << line << "\n";
    }
    out() << "\n";
    for (const Run& r : std::as_const(runs)) {
        out() << tr("%1: %2 of %3 real goals exact (metric, target, deadline, currency); %4 ms per objective (median)")
                     .arg(forTerminal(r.model))
                     .arg(r.exact)
                     .arg(r.goals)
                     .arg(QString::number(median(r.callMs), 'f', 3))
              << "\n";
    }
    return finishOutput() ? Success : Failure;
}

} // namespace

int cmdEval(const Args& args)
{
    const QString task = args.options.value(QStringLiteral("task"));
    const QString dir = args.options.value(QStringLiteral("data"));
    if (task.isEmpty() || dir.isEmpty())
        return usageError(tr("eval needs --task icp|reply|objective and --data DIR"));
    if (task == QLatin1String("icp"))
        return evalIcp(args, dir);
    if (task == QLatin1String("reply"))
        return evalReply(args, dir);
    if (task == QLatin1String("objective"))
        return evalObjective(args, dir);
    return usageError(tr("unknown task %1: use icp, reply or objective").arg(task));
}

} // namespace gd::app::cli
