#pragma once

#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace Claimbench {

enum class OutputFormat { Csv, Json };

// "csv" or "json"; std::nullopt for anything else.
std::optional<OutputFormat> outputFormatFromName(QStringView name);

// The listings' one rule for absent values: null (an empty CSV field), never
// "" or 0, so that scripts can tell "none" from a real value.
QJsonValue textOrNull(const QString &text);
QJsonValue numberOrNull(std::optional<double> number);

// Writes rows of named values as a table, streaming: each row goes out when
// written, so a long listing needs no memory beyond one row.
//   CSV: RFC 4180 — a header row of the column names, CRLF line ends, a field
//        quoted when it holds a comma, quote, CR or LF (quotes doubled);
//        null is an empty field, numbers as in JSON, booleans true/false;
//        a text value that a spreadsheet would run as a formula gets a
//        leading apostrophe (neutralizeFormula()). Whether a value is text or
//        a number is its QJsonValue type, never its characters: a number -5
//        stays -5, the text "-5" becomes '-5.
//   JSON: one array of objects, one object per line, keys in column order
//        (QJsonObject would sort them; SPEC fixes the order).
// `out` must outlive the writer and should encode UTF-8 (QTextStream's
// default in Qt 6). finish() closes the JSON array; the destructor does not,
// so a caller that stops on an error never prints a well-formed partial list.
class TableWriter
{
public:
    TableWriter(OutputFormat format, QStringList columns, QTextStream &out);

    // `values` in column order, one per column (missing ones are null).
    void writeRow(const QList<QJsonValue> &values);
    void finish();

    // A whole listing built before any of it is printed, in the format a
    // --format value names; csv when it names none (the option's default).
    static void writeAll(QStringView formatName, const QStringList &columns,
                         const QList<QList<QJsonValue>> &rows, QTextStream &out);

    // One CSV field, quoted only when it must be.
    static QString csvField(const QString &text);
    // Text made safe to open in a spreadsheet, which runs a cell starting with
    // = + - @ tab or CR as a formula (a title "=HYPERLINK(...)" of an imported
    // page would be a live link, "+cmd|..." a command): such text gets one
    // leading apostrophe, as OWASP's advice on CSV injection says, and so does
    // text that only apostrophes separate from such a character, so that
    // restoreNeutralized() gives every text back exactly. For text cells only.
    static QString neutralizeFormula(const QString &text);
    // The inverse of neutralizeFormula(): drops the apostrophe it added.
    static QString restoreNeutralized(const QString &text);
    // A scalar as JSON text: "\"a\\\"b\"", 12, 1.5, null, true.
    static QString jsonScalar(const QJsonValue &value);

private:
    OutputFormat m_format;
    QStringList m_columns;
    QTextStream &m_out;
    qsizetype m_rows = 0;
};

} // namespace Claimbench
