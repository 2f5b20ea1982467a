#pragma once

#include <QString>
#include <QUrl>

namespace gd::core {

class Workspace;

// The configured language model of a workspace (stored in its meta table; the API key in the
// keychain under apiKeySecret()).
struct ModelSettings
{
    QUrl baseUrl; // e.g. http://127.0.0.1:11434/v1 (Ollama); "/chat/completions" and "/models" are appended
    QString model;
    double priceInPerMTok = 0; // EUR per million prompt tokens; 0 with a local server
    double priceOutPerMTok = 0; // EUR per million completion tokens
    QString sendProspectData; // "on", "off", or empty: on only for a loopback address
    double budgetEur = 5; // what one provider.spend decision (a model budget) authorizes for paid calls

    bool isConfigured() const { return baseUrl.isValid() && !baseUrl.host().isEmpty() && !model.isEmpty(); }
    bool isLocal() const; // the server is on this machine (a loopback address)
    bool costsMoney() const { return priceInPerMTok > 0 || priceOutPerMTok > 0; }
    // May prospect data (stored fields, evidence, inbound mail) be sent to this server?
    bool mayReceiveProspectData() const;
    // Why the address cannot be used, or empty: http(s) only, and https for a remote server that gets a key.
    QString problem(bool hasApiKey) const;

    static ModelSettings load(Workspace& workspace);
    bool save(Workspace& workspace, QString* error) const;
    static bool clear(Workspace& workspace, QString* error);

    static QString apiKeySecret(); // the keychain entry of the key
    static QUrl ollamaDefaultUrl(); // offered first: http://127.0.0.1:11434/v1
};

bool isLoopbackHost(const QString& host);

} // namespace gd::core
