#pragma once

#include "core/mail/MailServerAccount.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace gd::core {

class DecisionEngine;
class LanguageModel;
class Workspace;
struct Mailbox;

// Brings replies in: polls a mailbox's INBOX by IMAP UID (remembering UIDVALIDITY and the last
// UID in mail_sync; a changed UIDVALIDITY reads the folder again, and messages already stored
// are recognised by their key, so nothing is stored twice), and ingests each message: parsed
// (GMime), stored once (key: Message-ID, else "sha256:" + hash of the raw bytes), threaded
// (In-Reply-To/References against stored messages and campaign sends, then subject and
// contact), classified, and acted on through the decision framework. The message, its
// decisions and the sync position commit together. Blocking: run it on a worker thread.
class MailSync final
{
public:
    MailSync(std::shared_ptr<Workspace> workspace, DecisionEngine* engine);

    // The language model that classifies replies and drafts the answers (the offline model
    // unless set; the configured one falls back to it, and the message's details say so).
    void setModel(std::shared_ptr<LanguageModel> model, const std::atomic<bool>* cancel = nullptr);

    struct Options
    {
        QString folder = QStringLiteral("INBOX");
        qint64 maxMessageBytes = 0; // 0: the workspace setting (default 10 MiB)
        const std::atomic<bool>* cancel = nullptr;
        // Tests: called between the UID SEARCH and the first FETCH (to delete a message there).
        std::function<void(const QList<qint64>& uids)> afterSearch;
    };

    // What happened to one message.
    struct Item
    {
        qint64 uid = 0;
        QString key;
        qint64 messageId = 0; // row in mail_messages
        qint64 conversationId = 0;
        QString direction;
        QString contact;
        QString subject;
        QString replyClass;
        double confidence = 0;
        QString thread; // how it was threaded: in-reply-to, references, campaign-send, subject, new
        bool duplicate = false; // stored before: nothing done
        bool tooLarge = false; // over the size limit: headers stored, body not
        bool skipped = false; // gone between SEARCH and FETCH
        QJsonArray decisions;
        QString note;
        QJsonObject toJson() const;
    };

    struct Report
    {
        QString mailbox;
        QString folder;
        qint64 uidValidity = 0;
        bool resynced = false; // UIDVALIDITY changed: the folder was read again
        int fetched = 0;
        int stored = 0;
        int duplicates = 0;
        int skipped = 0;
        int tooLarge = 0;
        int decisions = 0;
        QString error; // empty: the sync ran to the end
        MailErrorKind errorKind = MailErrorKind::None;
        QList<Item> items;
        qint64 elapsedMs = 0;
        QJsonObject toJson() const;
    };

    // One mailbox's folder, from where the last sync stopped.
    Report syncMailbox(const Mailbox& mailbox, const QString& password, const Options& options);
    Report syncMailbox(const Mailbox& mailbox, const QString& password)
    {
        return syncMailbox(mailbox, password, Options());
    }

    struct Source
    {
        QString mailbox; // name; empty for an import
        QString folder;
        qint64 uid = 0;
        qint64 receivedAt = 0; // ms; 0: now
    };
    // One raw message, as if it had arrived over IMAP. afterStore runs inside the message's
    // transaction (the sync position). Returns the item; error set when nothing could be stored.
    Item ingest(const QByteArray& raw, const Source& source, QString* error,
        const std::function<bool(QString*)>& afterStore = {});
    // An .eml file, a folder of them (and of mbox files), or an mbox file.
    Report importPath(const QString& path);

    // The messages of an mbox file ("From " separated; ">From " unquoted).
    static QList<QByteArray> splitMbox(const QByteArray& data);
    // "sha256:<hex>" of the raw bytes: the key of a message without a Message-ID.
    static QString hashKey(const QByteArray& raw);

private:
    Item ingestParsed(const QByteArray& raw, const Source& source, bool headersOnly, qint64 size, QString* error,
        const std::function<bool(QString*)>& afterStore);

    std::shared_ptr<Workspace> m_workspace;
    DecisionEngine* m_engine;
    std::shared_ptr<LanguageModel> m_model;
    const std::atomic<bool>* m_modelCancel = nullptr;
};

} // namespace gd::core
