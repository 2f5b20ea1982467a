#include "core/ai/ModelSettings.h"

#include "core/Text.h"
#include "core/store/SettingKeys.h"
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"

#include <QHostAddress>

namespace gd::core {

bool isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

bool ModelSettings::isLocal() const
{
    return isLoopbackHost(baseUrl.host());
}

bool ModelSettings::mayReceiveProspectData() const
{
    if (sendProspectData == u"on")
        return true;
    if (sendProspectData == u"off")
        return false;
    return isLocal();
}

QString ModelSettings::problem(bool hasApiKey) const
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return tr("the model's address is not a web address: %1").arg(baseUrl.toDisplayString());
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return tr("the model's address must start with http:// or https://");
    if (scheme == u"http" && hasApiKey && !isLocal())
        return tr("the API key would travel unencrypted: use https:// for a server that is not on this machine");
    if (model.trimmed().isEmpty())
        return tr("no model name is set");
    return {};
}

ModelSettings ModelSettings::load(Workspace& workspace)
{
    ModelSettings s;
    const QString url = workspace.meta(QString(keys::ModelUrl));
    if (!url.isEmpty())
        s.baseUrl = QUrl(url, QUrl::StrictMode);
    s.model = workspace.meta(QString(keys::ModelName));
    s.priceInPerMTok = workspace.meta(QString(keys::ModelPriceIn), QStringLiteral("0")).toDouble();
    s.priceOutPerMTok = workspace.meta(QString(keys::ModelPriceOut), QStringLiteral("0")).toDouble();
    s.sendProspectData = workspace.meta(QString(keys::ModelSendProspectData));
    const double budget = workspace.meta(QString(keys::ModelBudget)).toDouble();
    if (budget > 0)
        s.budgetEur = budget;
    return s;
}

bool ModelSettings::save(Workspace& workspace, QString* error) const
{
    Transaction tx(workspace);
    if (!tx.ok()) {
        if (error)
            *error = tx.error();
        return false;
    }
    if (!workspace.setMeta(QString(keys::ModelUrl), baseUrl.toString(), error)
        || !workspace.setMeta(QString(keys::ModelName), model.isNull() ? QStringLiteral("") : model, error)
        || !workspace.setMeta(QString(keys::ModelPriceIn), QString::number(priceInPerMTok, 'g', 12), error)
        || !workspace.setMeta(QString(keys::ModelPriceOut), QString::number(priceOutPerMTok, 'g', 12), error)
        || !workspace.setMeta(QString(keys::ModelBudget), QString::number(budgetEur, 'g', 12), error)
        || !workspace.setMeta(QString(keys::ModelSendProspectData),
            sendProspectData.isNull() ? QStringLiteral("") : sendProspectData, error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

bool ModelSettings::clear(Workspace& workspace, QString* error)
{
    Transaction tx(workspace);
    if (!tx.ok()) {
        if (error)
            *error = tx.error();
        return false;
    }
    for (const QLatin1StringView key :
        { keys::ModelUrl, keys::ModelName, keys::ModelPriceIn, keys::ModelPriceOut, keys::ModelSendProspectData,
            keys::ModelBudget }) {
        if (!workspace.setMeta(QString(key), QStringLiteral(""), error))
            return false;
    }
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

QString ModelSettings::apiKeySecret()
{
    return QStringLiteral("model/api_key");
}

QUrl ModelSettings::ollamaDefaultUrl()
{
    return QUrl(QStringLiteral("http://127.0.0.1:11434/v1"));
}

} // namespace gd::core
