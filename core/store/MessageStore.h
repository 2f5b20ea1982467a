#pragma once

#include "core/runtime/Message.h"

#include <QList>
#include <QMap>
#include <QSqlQuery>
#include <optional>

namespace gd::core {

class Workspace;

// A filter over the communication audit trail (the messages table).
struct MessageFilter
{
    QString agent; // sender or receiver
    std::optional<MessageType> type;
    std::optional<Priority> minPriority;
    QString text; // substring of sender, receiver or content
    QString correlationId;
    qint64 sinceMs = 0;
    qint64 untilMs = 0;
    qint64 afterSeq = 0;
    int limit = 100; // newest first
};

// SQL for the messages table, run on the calling thread's connection.
namespace MessageStore {

// Reads a row of a query that selected kColumns.
Message fromRow(const QSqlQuery& query);
extern const char* const kColumns;

QList<Message> query(Workspace& workspace, const MessageFilter& filter, QString* error = nullptr);
std::optional<Message> byId(Workspace& workspace, const QString& messageId);
// Unacked messages for one receiver, in delivery order.
QList<Message> pending(Workspace& workspace, const QString& receiver, QString* error = nullptr);
qint64 count(Workspace& workspace);
// The highest sequence number stored (0 when empty): how many messages the trail has seen.
qint64 lastSeq(Workspace& workspace);
// Number of messages of one type.
qint64 countOfType(Workspace& workspace, MessageType type);
// Number of messages per type name ("status_update", ...) created at or after sinceMs.
QMap<QString, qint64> countByTypeSince(Workspace& workspace, qint64 sinceMs);

// Stores one message (id and created time must be set) with a statement prepared once per
// thread; sets message.seq, or 0 when the id was stored before (nothing written then).
bool store(Workspace& workspace, Message& message, QString* error = nullptr);
// Stores one message outside the bus (a process with no bus running): it stays pending and is
// delivered when its receiver next registers. Ignored if the id exists.
bool insert(Workspace& workspace, Message message, QString* error = nullptr);

// Marks a message handled (or failed with a reason). Part of the caller's transaction, if any.
bool ack(Workspace& workspace, qint64 seq, qint64 deliveredAtMs, qint64 ackedAtMs, const QString& handlerError,
    QString* error = nullptr);

} // namespace MessageStore

} // namespace gd::core
