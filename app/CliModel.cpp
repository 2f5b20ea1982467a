// greendoor-cli model set|test|show|off: the optional language model (an OpenAI-compatible server).
#include "app/CliCommon.h"
#include "core/ai/ModelSettings.h"
#include "core/ai/ModelSpend.h"
#include "core/ai/OpenAiCompatibleModel.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace gd::app::cli {

namespace {

// The key from standard input: one line, the line end dropped.
bool readKey(QString* key, QString* error)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        *error = tr("cannot read the API key from standard input");
        return false;
    }
    QByteArray bytes = readAtMost(in, 16 * 1024);
    if (bytes.size() > 16 * 1024) {
        *error = tr("the API key on standard input is longer than 16 KiB");
        return false;
    }
    bytes = bytes.trimmed();
    if (bytes.contains('\n') || bytes.contains('\r')) {
        *error = tr("the API key on standard input spans several lines; give it on one line");
        return false;
    }
    if (bytes.isEmpty()) {
        *error = tr("--key-stdin reads the API key from standard input; it was empty");
        return false;
    }
    *key = QString::fromUtf8(bytes);
    return true;
}

bool priceOption(const Args& args, const QString& name, double* value, QString* error)
{
    if (!args.options.contains(name))
        return true;
    bool ok = false;
    const double v = args.options.value(name).toDouble(&ok);
    if (!ok || v < 0 || v > 100000) {
        *error = tr("--%1 takes a price in EUR per million tokens (e.g. 0.15)").arg(name);
        return false;
    }
    *value = v;
    return true;
}

QJsonObject settingsJson(const core::ModelSettings& s, bool hasKey)
{
    return { { QStringLiteral("configured"), s.isConfigured() }, { QStringLiteral("url"), s.baseUrl.toString() },
        { QStringLiteral("model"), s.model }, { QStringLiteral("local"), s.isLocal() },
        { QStringLiteral("api_key"), hasKey }, { QStringLiteral("price_in_eur_per_mtok"), s.priceInPerMTok },
        { QStringLiteral("price_out_eur_per_mtok"), s.priceOutPerMTok }, { QStringLiteral("budget_eur"), s.budgetEur },
        { QStringLiteral("send_prospect_data"), s.mayReceiveProspectData() },
        { QStringLiteral("send_prospect_data_setting"),
            s.sendProspectData.isEmpty() ? QStringLiteral("default") : s.sendProspectData } };
}

} // namespace

QString readModelKey(QString* error)
{
    const core::SecretStore::Result r = keychain([](core::SecretStore& store, core::SecretStore::Callback done) {
        store.read(core::ModelSettings::apiKeySecret(), std::move(done));
    });
    if (r.ok)
        return r.secret.trimmed();
    if (r.status != core::SecretStore::Result::NotFound && error)
        *error = r.error;
    return {};
}

std::shared_ptr<core::LanguageModel> configuredModel(
    const std::shared_ptr<core::Workspace>& ws, const QString& agent, QString* why)
{
    const core::ModelSettings settings = core::ModelSettings::load(*ws);
    QString keyError;
    const QString key = settings.isConfigured() ? readModelKey(&keyError) : QString();
    if (!keyError.isEmpty()) {
        // A local server needs no key: go on without one, and say so.
        err() << tr("note: the model's API key could not be read (%1); asking the model without one").arg(keyError)
              << "\n";
        err().flush();
    }
    auto model = core::makeLanguageModel(ws, key, agent, why);
    if (settings.isConfigured() && model->isOffline() && why && !why->isEmpty()) {
        err() << tr("note: the configured model is not used: %1").arg(*why) << "\n";
        err().flush();
    }
    return model;
}

int cmdModel(const Args& args)
{
    const QString sub = args.positionals.value(0);
    if (args.positionals.size() > 1)
        return usageError(tr("unexpected argument %1").arg(args.positionals.at(1)));
    int code = Success;

    if (sub == QLatin1String("set")) {
        const QString url = args.options.value(QStringLiteral("url")).trimmed();
        const QString name = args.options.value(QStringLiteral("model")).trimmed();
        if (url.isEmpty() || name.isEmpty())
            return usageError(tr("model set needs --url URL and --model NAME (Ollama: --url %1)")
                                  .arg(core::ModelSettings::ollamaDefaultUrl().toString()));
        core::ModelSettings s;
        s.baseUrl = QUrl(url, QUrl::StrictMode);
        s.model = name;
        QString error;
        if (!priceOption(args, QStringLiteral("price-in"), &s.priceInPerMTok, &error)
            || !priceOption(args, QStringLiteral("price-out"), &s.priceOutPerMTok, &error))
            return usageError(error);
        if (args.options.contains(QStringLiteral("budget"))) {
            bool ok = false;
            s.budgetEur = args.options.value(QStringLiteral("budget")).toDouble(&ok);
            if (!ok || s.budgetEur <= 0 || s.budgetEur > 100000)
                return usageError(tr("--budget takes the EUR one model budget authorizes (e.g. 5)"));
        }
        if (args.options.contains(QStringLiteral("send-prospect-data"))) {
            const QString v = args.options.value(QStringLiteral("send-prospect-data"));
            if (v != QLatin1String("on") && v != QLatin1String("off"))
                return usageError(tr("--send-prospect-data takes on or off"));
            s.sendProspectData = v;
        }
        QString key;
        const bool newKey = args.flags.contains(QStringLiteral("key-stdin"));
        if (newKey && !readKey(&key, &error))
            return failure(error);
        auto ws = openExisting(args, &code);
        if (!ws)
            return code;
        if (!args.options.contains(QStringLiteral("send-prospect-data")))
            s.sendProspectData = core::ModelSettings::load(*ws).sendProspectData; // kept unless given
        if (!args.options.contains(QStringLiteral("budget")))
            s.budgetEur = core::ModelSettings::load(*ws).budgetEur;
        const bool hasKey = newKey || !readModelKey(nullptr).isEmpty();
        if (const QString problem = s.problem(hasKey); !problem.isEmpty())
            return failure(problem);
        if (newKey) {
            const core::SecretStore::Result written
                = keychain([&](core::SecretStore& store, core::SecretStore::Callback done) {
                      store.write(core::ModelSettings::apiKeySecret(), key, std::move(done));
                  });
            if (!written.ok)
                return failure(tr("the API key could not be stored in the keychain: %1").arg(written.error));
        }
        if (!s.save(*ws, &error))
            return failure(error);
        if (args.json) {
            printJson(settingsJson(s, hasKey));
        } else {
            out() << tr("Model set: %1 at %2.").arg(s.model, s.baseUrl.toDisplayString()) << "\n";
            out() << (s.mayReceiveProspectData()
                    ? tr("Prospect data (stored fields, evidence, reply text) is sent to it.")
                    : tr("Prospect data is NOT sent to it (turn on with --send-prospect-data on); ICP "
                         "drafts from your own website and objectives still use it."))
                  << "\n";
            if (s.costsMoney())
                out() << tr("Paid calls draw on a model budget of %1 EUR: a provider.spend decision the authority "
                            "matrix judges (above its limit it waits for your approval; until then the offline model "
                            "answers). Each call's actual cost is booked against it.")
                             .arg(QString::number(s.budgetEur))
                      << "\n";
            out() << tr("Try it: greendoor-cli --workspace %1 model test").arg(args.workspace) << "\n";
        }
        return Success;
    }

    auto ws = openExisting(args, &code);
    if (!ws)
        return code;
    const core::ModelSettings s = core::ModelSettings::load(*ws);

    if (sub == QLatin1String("show")) {
        QString keyError;
        const bool hasKey = s.isConfigured() && !readModelKey(&keyError).isEmpty();
        if (args.json) {
            printJson(settingsJson(s, hasKey));
            return Success;
        }
        if (!s.isConfigured()) {
            out() << tr("No model is configured: the offline model answers every task. Ollama users: model set "
                        "--url %1 --model NAME")
                         .arg(core::ModelSettings::ollamaDefaultUrl().toString())
                  << "\n";
            return Success;
        }
        out() << tr("Model:          %1").arg(forTerminal(s.model)) << "\n";
        out() << tr("Address:        %1 (%2)")
                     .arg(forTerminal(s.baseUrl.toDisplayString()),
                         s.isLocal() ? tr("on this machine") : tr("another machine"))
              << "\n";
        out() << tr("API key:        %1").arg(hasKey ? tr("in the keychain") : tr("none")) << "\n";
        out() << tr("Price:          %1 EUR in, %2 EUR out per million tokens")
                     .arg(QString::number(s.priceInPerMTok), QString::number(s.priceOutPerMTok))
              << "\n";
        out() << tr("Prospect data:  %1")
                     .arg(s.mayReceiveProspectData() ? tr("sent to the model") : tr("not sent to the model"))
              << "\n";
        if (s.costsMoney()) {
            out() << tr("Budget:         %1 EUR per provider.spend decision").arg(QString::number(s.budgetEur)) << "\n";
            for (const core::ModelSpend::Budget& b : core::ModelSpend::budgets(*ws))
                out() << "  "
                      << tr("%1 (%2): %3 of %4 EUR left")
                             .arg(b.decisionId, b.status, QString::number(b.amount - b.spent, 'f', 4),
                                 QString::number(b.amount, 'f', 2))
                      << "\n";
        }
        return Success;
    }
    if (sub == QLatin1String("off")) {
        QString error;
        if (!core::ModelSettings::clear(*ws, &error))
            return failure(error);
        const core::SecretStore::Result removed
            = keychain([](core::SecretStore& store, core::SecretStore::Callback done) {
                  store.remove(core::ModelSettings::apiKeySecret(), std::move(done));
              });
        if (!removed.ok && removed.status != core::SecretStore::Result::NotFound)
            err() << tr("note: the API key could not be removed from the keychain: %1").arg(removed.error) << "\n";
        if (args.json)
            printJson(QJsonObject { { QStringLiteral("configured"), false } });
        else
            out() << tr("Model off: the offline model answers every task.") << "\n";
        return Success;
    }
    if (sub == QLatin1String("test")) {
        if (!s.isConfigured())
            return failure(tr("no model is configured: model set --url URL --model NAME"));
        QString keyError;
        core::ModelClientOptions options;
        options.settings = s;
        options.apiKey = readModelKey(&keyError);
        if (!keyError.isEmpty()) {
            err() << tr("note: the model's API key could not be read (%1); testing without one").arg(keyError) << "\n";
            err().flush();
        }
        options.totalTimeout = std::chrono::seconds(15);
        core::OpenAiCompatibleModel model(options);
        const auto list = model.listModels();
        if (args.json) {
            printJson(QJsonObject { { QStringLiteral("ok"), list.ok }, { QStringLiteral("url"), s.baseUrl.toString() },
                { QStringLiteral("models"), QJsonArray::fromStringList(list.models) },
                { QStringLiteral("configured_model_listed"), list.models.contains(s.model) },
                { QStringLiteral("error"), list.error } });
            return list.ok ? Success : Failure;
        }
        if (!list.ok)
            return failure(list.error);
        out() << QCoreApplication::translate(
            "gd::app", "%1 offers %n model(s):", nullptr, static_cast<int>(list.models.size()))
                     .arg(forTerminal(s.baseUrl.toDisplayString()))
              << "\n";
        for (const QString& m : list.models)
            out() << "  " << forTerminal(m) << (m == s.model ? QStringLiteral("   (configured)") : QString()) << "\n";
        if (!list.models.contains(s.model))
            out() << tr("note: the configured model %1 is not in the list").arg(forTerminal(s.model)) << "\n";
        return Success;
    }
    return usageError(tr("model takes set, test, show or off"));
}

} // namespace gd::app::cli
