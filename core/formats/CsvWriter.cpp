#include "core/formats/CsvWriter.h"

#include <QIODevice>

namespace gd::core {

QString CsvWriter::field(const QString& value, Formulas formulas)
{
    QString text = value;
    if (formulas == Formulas::Neutralize && !text.isEmpty()) {
        const QChar first = text.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            text.prepend(QLatin1Char('\''));
    }
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return text;
    text.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString CsvWriter::record(const QStringList& fields, Formulas formulas)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += field(fields.at(i), formulas);
    }
    line += QLatin1String("\r\n");
    return line;
}

CsvWriter::CsvWriter(QIODevice* device, Formulas formulas)
    : m_device(device)
    , m_formulas(formulas)
{
}

bool CsvWriter::write(const QStringList& fields)
{
    if (!m_ok)
        return false;
    const QByteArray bytes = record(fields, m_formulas).toUtf8();
    m_ok = m_device->write(bytes) == bytes.size();
    return m_ok;
}

} // namespace gd::core
