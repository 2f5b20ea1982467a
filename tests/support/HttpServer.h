#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <memory>
#include <utility>

class QObject;
class QThread;

namespace gd::test {

// A real HTTP/1.1 server on 127.0.0.1 and a random port, for tests of blocking clients: it runs
// its own event loop in its own QThread, so the test thread may block in curl while it answers.
// Every answer closes the connection. Routes can be set and requests read at any time, from
// any thread. Unknown paths answer 404.
class HttpServer final
{
public:
    struct Route
    {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers; // e.g. { "Content-Type", "text/html" }
        QByteArray body;
        int delayMs = 0; // wait this long before answering (for timeouts)
        bool endless = false; // stream body bytes until the client goes away (for size caps)
        bool omitContentLength = false; // the body ends when the connection closes
        qint64 declaredLength = -1; // claim this Content-Length, send body, then keep the connection open
    };

    struct Request
    {
        QByteArray method;
        QString path; // as in the request line, query included
        QByteArray userAgent;
        QByteArray authorization; // the Authorization header, when sent
        QByteArray body; // the request body (Content-Length bytes)
    };

    HttpServer(); // listening when constructed; port() is 0 if that failed
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    quint16 port() const { return m_port; }
    QUrl url(const QString& pathAndQuery = QStringLiteral("/")) const;

    // path matches the request target exactly, or without its query.
    void setRoute(const QString& path, const Route& route);
    // Answers the next requests to path with these routes in order; the last one then stays.
    void setRouteSequence(const QString& path, const QList<Route>& routes);
    void setHtml(const QString& path, const QByteArray& html);
    void setRedirect(const QString& from, const QString& to, int status = 302);

    QList<Request> requests() const;
    int requestCount(const QString& path) const;
    void clearRequests();

    qint64 streamedBytes() const; // body bytes written by endless routes so far
    bool streamStopped() const; // an endless stream ended because the client went away

    struct State; // shared with the server thread

private:
    std::shared_ptr<State> m_state;
    QThread* m_thread = nullptr;
    QObject* m_context = nullptr; // lives in m_thread; parent of the QTcpServer
    quint16 m_port = 0;
};

} // namespace gd::test
