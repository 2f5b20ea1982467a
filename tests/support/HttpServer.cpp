#include "support/HttpServer.h"

#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <utility>

namespace gd::test {

struct HttpServer::State
{
    mutable QMutex mutex;
    QHash<QString, Route> routes;
    QHash<QString, QList<Route>> sequences; // answered in order before routes
    QList<Request> requests;
    qint64 streamed = 0;
    bool streamStopped = false;
};

namespace {

constexpr qint64 chunkBytes = 64 * 1024;
constexpr qint64 endlessLimit = 1024LL * 1024 * 1024; // a stream nobody stops ends after 1 GB

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

// One client connection, owned by its socket's lambdas; all of it runs in the server thread.
struct Connection
{
    QTcpSocket* socket = nullptr;
    QByteArray received;
    bool answered = false;
    std::shared_ptr<HttpServer::State> state;
};

void pump(const std::shared_ptr<Connection>& c)
{
    static const QByteArray chunk(chunkBytes, 'x');
    while (c->socket->state() == QAbstractSocket::ConnectedState && c->socket->bytesToWrite() < 4 * chunkBytes) {
        {
            QMutexLocker lock(&c->state->mutex);
            if (c->state->streamed >= endlessLimit)
                return;
            c->state->streamed += chunk.size();
        }
        c->socket->write(chunk);
    }
}

void respond(const std::shared_ptr<Connection>& c, const HttpServer::Route& route)
{
    QTcpSocket* socket = c->socket;
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(route.status) + ' ' + reasonPhrase(route.status) + "\r\n";
    for (const auto& [name, value] : route.headers)
        head += name + ": " + value + "\r\n";
    if (!route.endless && !route.omitContentLength) {
        const qint64 length = route.declaredLength >= 0 ? route.declaredLength : route.body.size();
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    }
    head += "Connection: close\r\n\r\n";
    socket->write(head);

    if (route.endless) {
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [c] { pump(c); });
        const auto stopped = [c] {
            QMutexLocker lock(&c->state->mutex);
            c->state->streamStopped = true;
        };
        QObject::connect(socket, &QTcpSocket::disconnected, socket, stopped);
        QObject::connect(socket, &QTcpSocket::errorOccurred, socket, stopped);
        pump(c);
        return;
    }
    socket->write(route.body);
    if (route.declaredLength < 0)
        socket->disconnectFromHost(); // after the pending bytes are written
}

void onReadyRead(const std::shared_ptr<Connection>& c)
{
    c->received += c->socket->readAll();
    if (c->answered)
        return;
    const qsizetype end = c->received.indexOf("\r\n\r\n");
    if (end < 0) {
        if (c->received.size() > 64 * 1024)
            c->socket->abort();
        return;
    }
    const QList<QByteArray> lines = c->received.left(end).split('\n');
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.toLower().startsWith("content-length:"))
            contentLength = line.mid(15).trimmed().toLongLong();
    }
    if (c->received.size() < end + 4 + contentLength)
        return; // the body is still coming
    c->answered = true;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    HttpServer::Request request;
    request.method = requestLine.value(0);
    request.path = QString::fromLatin1(requestLine.value(1));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.toLower().startsWith("user-agent:"))
            request.userAgent = line.mid(11).trimmed();
        if (line.toLower().startsWith("authorization:"))
            request.authorization = line.mid(14).trimmed();
    }
    request.body = c->received.mid(end + 4, contentLength);

    HttpServer::Route route;
    {
        QMutexLocker lock(&c->state->mutex);
        c->state->requests.append(request);
        const QString withoutQuery = request.path.section(u'?', 0, 0);
        if (QList<HttpServer::Route>* sequence = &c->state->sequences[withoutQuery]; !sequence->isEmpty()) {
            route = sequence->size() > 1 ? sequence->takeFirst() : sequence->first();
        } else if (c->state->routes.contains(request.path)) {
            route = c->state->routes.value(request.path);
        } else if (c->state->routes.contains(withoutQuery)) {
            route = c->state->routes.value(withoutQuery);
        } else {
            route.status = 404;
            route.headers = { { "Content-Type", "text/plain" } };
            route.body = "not found";
        }
    }
    if (route.delayMs > 0)
        QTimer::singleShot(route.delayMs, c->socket, [c, route] { respond(c, route); });
    else
        respond(c, route);
}

} // namespace

HttpServer::HttpServer()
    : m_state(std::make_shared<State>())
    , m_thread(new QThread)
    , m_context(new QObject)
{
    m_thread->setObjectName(QStringLiteral("gd-test-http"));
    m_context->moveToThread(m_thread);
    m_thread->start();
    const std::shared_ptr<State> state = m_state;
    QObject* context = m_context;
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_context,
        [context, state, &port] {
            auto* server = new QTcpServer(context);
            if (!server->listen(QHostAddress::LocalHost, 0))
                return;
            port = server->serverPort();
            QObject::connect(server, &QTcpServer::newConnection, server, [server, state] {
                while (QTcpSocket* socket = server->nextPendingConnection()) {
                    auto c = std::make_shared<Connection>();
                    c->socket = socket;
                    c->state = state;
                    QObject::connect(socket, &QTcpSocket::readyRead, socket, [c] { onReadyRead(c); });
                    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                }
            });
        },
        Qt::BlockingQueuedConnection);
    m_port = port;
}

HttpServer::~HttpServer()
{
    // Close the listener and every connection in their own thread, then stop the thread.
    QObject* context = m_context;
    QMetaObject::invokeMethod(
        m_context,
        [context] {
            const QList<QObject*> children = context->findChildren<QObject*>(Qt::FindDirectChildrenOnly);
            qDeleteAll(children);
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_context; // its thread has finished: nothing else can touch it
    delete m_thread;
}

QUrl HttpServer::url(const QString& pathAndQuery) const
{
    QUrl base;
    base.setScheme(QStringLiteral("http"));
    base.setHost(QStringLiteral("127.0.0.1"));
    base.setPort(m_port);
    return base.resolved(QUrl(pathAndQuery));
}

void HttpServer::setRoute(const QString& path, const Route& route)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->routes.insert(path, route);
}

void HttpServer::setRouteSequence(const QString& path, const QList<Route>& routes)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->sequences.insert(path, routes);
}

void HttpServer::setHtml(const QString& path, const QByteArray& html)
{
    Route route;
    route.headers = { { "Content-Type", "text/html; charset=utf-8" } };
    route.body = html;
    setRoute(path, route);
}

void HttpServer::setRedirect(const QString& from, const QString& to, int status)
{
    Route route;
    route.status = status;
    route.headers = { { "Location", to.toUtf8() } };
    setRoute(from, route);
}

QList<HttpServer::Request> HttpServer::requests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->requests;
}

int HttpServer::requestCount(const QString& path) const
{
    QMutexLocker lock(&m_state->mutex);
    int count = 0;
    for (const Request& r : std::as_const(m_state->requests)) {
        if (r.path == path)
            ++count;
    }
    return count;
}

void HttpServer::clearRequests()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->requests.clear();
}

qint64 HttpServer::streamedBytes() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->streamed;
}

bool HttpServer::streamStopped() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->streamStopped;
}

} // namespace gd::test
