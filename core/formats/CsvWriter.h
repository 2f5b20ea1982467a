#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

namespace gd::core {

// The one CSV writer: RFC 4180 (comma separated, CRLF line ends, fields quoted when they hold
// a comma, quote, CR or LF, quotes doubled). A field that a spreadsheet would run as a formula
// (leading =, +, -, @, tab or CR) is written as text with a leading apostrophe when
// Formulas::Neutralize is asked for (exports meant for spreadsheets; off for round-trip files such as
// rejected import rows).
class CsvWriter final
{
public:
    enum class Formulas
    {
        Keep,
        Neutralize,
    };

    static QString field(const QString& value, Formulas formulas = Formulas::Keep);
    // One record with its CRLF line end.
    static QString record(const QStringList& fields, Formulas formulas = Formulas::Keep);

    explicit CsvWriter(QIODevice* device, Formulas formulas = Formulas::Keep);
    // Writes one record as UTF-8; false once a write failed (the device's error string says why).
    bool write(const QStringList& fields);
    bool ok() const { return m_ok; }

private:
    QIODevice* m_device;
    Formulas m_formulas;
    bool m_ok = true;
};

} // namespace gd::core
