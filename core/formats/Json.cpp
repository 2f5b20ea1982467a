#include "core/formats/Json.h"

#include <QCoreApplication>

namespace gd::core::json {

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QByteArray compactBytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject object(const QString& text)
{
    if (text.isEmpty())
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonObject object(const QVariant& value)
{
    return object(value.toString());
}

QJsonArray array(const QString& text)
{
    if (text.isEmpty())
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

ParseResult parseObject(const QByteArray& bytes, qint64 maxBytes)
{
    ParseResult result;
    if (bytes.size() > maxBytes) {
        result.error = QCoreApplication::translate("gd::core", "the document is %1 KiB; at most %2 KiB are accepted")
                           .arg(bytes.size() / 1024)
                           .arg(maxBytes / 1024);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = QCoreApplication::translate("gd::core", "not valid JSON at offset %1: %2")
                           .arg(parseError.offset)
                           .arg(parseError.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.error = QCoreApplication::translate("gd::core", "expected a JSON object");
        return result;
    }
    result.object = doc.object();
    return result;
}

} // namespace gd::core::json
