#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QVariant>
#include <optional>

// One JSON helper for the whole tree. JSON is always built with QJsonObject/QJsonArray and
// written with these functions, never by string concatenation.
namespace gd::core::json {

// Compact UTF-8 text of an object or array, as stored in TEXT columns.
QString compact(const QJsonObject& object);
QString compact(const QJsonArray& array);
QByteArray compactBytes(const QJsonObject& object);

// The object stored in a TEXT column (or any string); an empty object when the text is empty,
// not JSON, or not an object.
QJsonObject object(const QString& text);
QJsonObject object(const QVariant& value);
QJsonArray array(const QString& text);

// Inputs read whole (proposal files, edited actions, ICP files) are refused above this size.
inline constexpr qint64 kMaxDocumentBytes = 1024 * 1024;

struct ParseResult
{
    QJsonObject object;
    QString error; // empty on success; readable ("not JSON at offset 12: ...", "too large")
    bool ok() const { return error.isEmpty(); }
};

// Parses text that must hold one JSON object of at most maxBytes bytes.
ParseResult parseObject(const QByteArray& bytes, qint64 maxBytes = kMaxDocumentBytes);

} // namespace gd::core::json
