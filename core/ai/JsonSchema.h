#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace gd::core::jsonschema {

// Checks a value against the subset of JSON Schema GreenDoor's task schemas use: type (object,
// array, string, number, integer, boolean, or a list of them), properties, required, items,
// enum, minimum, maximum, maxItems, maxLength. Unknown properties are allowed. On failure says
// where and what ("$.sentences[2].facts: expected array"), for the repair request.
bool validate(const QJsonValue& value, const QJsonObject& schema, QString* error);

} // namespace gd::core::jsonschema
