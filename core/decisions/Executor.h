#pragma once

#include <QJsonObject>
#include <QString>
#include <functional>
#include <memory>

namespace gd::core {

class DecisionEngine;
class SecretStore;
class Workspace;

// Carries out what the decision framework allowed, from the durable outbox, exactly once.
// An item runs only if its action still hashes to the stored hash and it has a matching
// approval (or was authorized autonomously and the current authority still allows that).
// File effects are written under a name derived from the idempotency key, so a crash after the
// effect and before the bookkeeping repeats nothing; workspace effects commit together with
// the bookkeeping.
class Executor final
{
public:
    // secrets: where provider API keys are read from (nullptr: provider searches fail, saying so).
    Executor(std::shared_ptr<Workspace> workspace, DecisionEngine* engine, SecretStore* secrets = nullptr);

    // Runs every due item; returns how many completed. Does nothing while paused() is true.
    int runPending(QString* error = nullptr);

    // Where email and calendar effects are written until a mail transport is configured.
    static QString outgoingDir(const Workspace& workspace);
    static QString exportsDir(const Workspace& workspace);

private:
    struct Item
    {
        QString id;
        QString decisionId;
        QString approvalId;
        QString key;
        QString type;
        QString target;
        QJsonObject action;
        QString actionHash;
        QString status;
        int attempts = 0;
    };

    bool authorized(const Item& item, QString* why);
    bool perform(const Item& item, QJsonObject* result, QString* error);
    bool performFileEffect(const Item& item, QJsonObject* result, QString* error);
    bool performProviderSearch(const Item& item, QJsonObject* result, QString* error);
    bool performWorkspaceEffect(const Item& item, QString* error);
    bool finish(const Item& item, const QJsonObject& result, QString* error);
    void fail(const Item& item, const QString& why, bool permanent);
    bool requeueForApproval(const Item& item, const QString& why);

    std::shared_ptr<Workspace> m_workspace;
    DecisionEngine* m_engine;
    SecretStore* m_secrets;
    QString m_fault; // GREENDOOR_FAULT, for crash tests: executor:after_claim or executor:after_effect
};

} // namespace gd::core
