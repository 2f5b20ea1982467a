#pragma once

#include "core/runtime/Types.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace gd::core {

// Endpoints that are not agents.
inline const QString kCoordinatorEndpoint = QStringLiteral("coordinator");
inline const QString kOperatorEndpoint = QStringLiteral("operator");

// The inter-agent message of the communication protocol (seed schema). It is persisted
// before delivery; seq orders messages in the workspace and is assigned on persist.
struct Message
{
    QString id;
    QString sender;
    QString receiver;
    MessageType type = MessageType::StatusUpdate;
    Priority priority = Priority::Medium;
    QJsonObject content;
    QJsonObject context;
    bool requiredResponse = false;
    qint64 responseDeadlineMs = 0; // 0: no deadline
    QString correlationId;
    qint64 createdAtMs = 0;
    qint64 deliveredAtMs = 0;
    qint64 ackedAtMs = 0;
    QString handlerError;
    qint64 seq = 0;

    // Not persisted: monotonic publish time, for delivery latency inside one process.
    qint64 publishedNs = 0;

    QJsonObject payloadJson() const;
    QJsonObject toJson() const;
    // One line for logs and lists; never the whole content.
    QString summary() const;
};

} // namespace gd::core

Q_DECLARE_METATYPE(gd::core::Message)
