#include "core/runtime/Message.h"

#include <QDateTime>
#include <QJsonDocument>

namespace gd::core {

namespace {

QJsonValue timeValue(qint64 ms)
{
    if (ms <= 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject Message::payloadJson() const
{
    return QJsonObject {
        { QStringLiteral("content"), content },
        { QStringLiteral("context"), context },
        { QStringLiteral("required_response"), requiredResponse },
        { QStringLiteral("response_deadline"), timeValue(responseDeadlineMs) },
    };
}

QJsonObject Message::toJson() const
{
    return QJsonObject {
        { QStringLiteral("message_id"), id },
        { QStringLiteral("seq"), seq },
        { QStringLiteral("sender"), sender },
        { QStringLiteral("receiver"), receiver },
        { QStringLiteral("type"), nameOf(type) },
        { QStringLiteral("priority"), nameOf(priority) },
        { QStringLiteral("payload"), payloadJson() },
        { QStringLiteral("correlation_id"), correlationId.isEmpty() ? QJsonValue() : QJsonValue(correlationId) },
        { QStringLiteral("created_at"), timeValue(createdAtMs) },
        { QStringLiteral("delivered_at"), timeValue(deliveredAtMs) },
        { QStringLiteral("acked_at"), timeValue(ackedAtMs) },
        { QStringLiteral("handler_error"), handlerError.isEmpty() ? QJsonValue() : QJsonValue(handlerError) },
    };
}

QString Message::summary() const
{
    const QString kind = content.value(QStringLiteral("kind")).toString();
    const QString task = content.value(QStringLiteral("task_type")).toString();
    const QString note = content.value(QStringLiteral("summary")).toString();
    QString head;
    if (kind == QLatin1String("task"))
        head = QStringLiteral("run %1").arg(task);
    else if (kind == QLatin1String("task_done"))
        head = QStringLiteral("done %1").arg(task);
    else if (!kind.isEmpty())
        head = kind;
    else
        head = task;
    QString text = note.isEmpty() ? head : (head.isEmpty() ? note : head + QStringLiteral(": ") + note);
    if (text.size() > 160)
        text = text.left(157) + QStringLiteral("...");
    return text;
}

} // namespace gd::core
