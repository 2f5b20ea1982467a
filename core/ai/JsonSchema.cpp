#include "core/ai/JsonSchema.h"

#include "core/Text.h"

#include <QJsonArray>
#include <cmath>

namespace gd::core::jsonschema {

namespace {

bool hasType(const QJsonValue& value, const QString& type)
{
    if (type == u"object")
        return value.isObject();
    if (type == u"array")
        return value.isArray();
    if (type == u"string")
        return value.isString();
    if (type == u"number")
        return value.isDouble();
    if (type == u"integer")
        return value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
    if (type == u"boolean")
        return value.isBool();
    if (type == u"null")
        return value.isNull();
    return true;
}

bool check(const QJsonValue& value, const QJsonObject& schema, const QString& path, QString* error)
{
    const QJsonValue type = schema.value(QLatin1String("type"));
    if (type.isString() || type.isArray()) {
        QStringList types;
        if (type.isString())
            types << type.toString();
        for (const QJsonValue& t : type.toArray())
            types << t.toString();
        bool any = false;
        for (const QString& t : std::as_const(types))
            any = any || hasType(value, t);
        if (!any) {
            *error = tr("%1: expected %2").arg(path, types.join(QStringLiteral(" or ")));
            return false;
        }
    }
    if (schema.contains(QLatin1String("enum"))) {
        if (!schema.value(QLatin1String("enum")).toArray().contains(value)) {
            QStringList allowed;
            for (const QJsonValue& v : schema.value(QLatin1String("enum")).toArray())
                allowed << v.toVariant().toString();
            *error = tr("%1: must be one of %2").arg(path, allowed.join(QStringLiteral(", ")));
            return false;
        }
    }
    if (value.isDouble()) {
        if (schema.contains(QLatin1String("minimum"))
            && value.toDouble() < schema.value(QLatin1String("minimum")).toDouble()) {
            *error = tr("%1: below the minimum").arg(path);
            return false;
        }
        if (schema.contains(QLatin1String("maximum"))
            && value.toDouble() > schema.value(QLatin1String("maximum")).toDouble()) {
            *error = tr("%1: above the maximum").arg(path);
            return false;
        }
    }
    if (value.isString() && schema.contains(QLatin1String("maxLength"))
        && value.toString().size() > schema.value(QLatin1String("maxLength")).toInt()) {
        *error = tr("%1: longer than %2 characters")
                     .arg(path, QString::number(schema.value(QLatin1String("maxLength")).toInt()));
        return false;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue& r : schema.value(QLatin1String("required")).toArray()) {
            if (!object.contains(r.toString())) {
                *error = tr("%1: missing \"%2\"").arg(path, r.toString());
                return false;
            }
        }
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (object.contains(it.key())
                && !check(object.value(it.key()), it.value().toObject(), path + QLatin1Char('.') + it.key(), error))
                return false;
        }
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (schema.contains(QLatin1String("maxItems"))
            && array.size() > schema.value(QLatin1String("maxItems")).toInt()) {
            *error = tr("%1: more than %2 items")
                         .arg(path, QString::number(schema.value(QLatin1String("maxItems")).toInt()));
            return false;
        }
        const QJsonObject items = schema.value(QLatin1String("items")).toObject();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!check(array.at(i), items, QStringLiteral("%1[%2]").arg(path, QString::number(i)), error))
                return false;
        }
    }
    return true;
}

} // namespace

bool validate(const QJsonValue& value, const QJsonObject& schema, QString* error)
{
    QString ignored;
    return check(value, schema, QStringLiteral("$"), error ? error : &ignored);
}

} // namespace gd::core::jsonschema
