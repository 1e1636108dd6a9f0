#include "core/export/tablewriter.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

constexpr QStringView kCrlf = u"\r\n";

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// True when the first character after any leading apostrophes starts a formula.
bool startsAsFormula(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == u'\'')
        ++i;
    return i < text.size() && isFormulaStart(text[i]);
}

QString csvText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return TableWriter::neutralizeFormula(value.toString());
    case QJsonValue::Double:
    case QJsonValue::Bool:
        return TableWriter::jsonScalar(value);
    case QJsonValue::Null:
    case QJsonValue::Undefined:
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return {};
}

} // namespace

std::optional<OutputFormat> outputFormatFromName(QStringView name)
{
    if (name == u"csv")
        return OutputFormat::Csv;
    if (name == u"json")
        return OutputFormat::Json;
    return std::nullopt;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue numberOrNull(std::optional<double> number)
{
    return number ? QJsonValue(*number) : QJsonValue();
}

TableWriter::TableWriter(OutputFormat format, QStringList columns, QTextStream &out)
    : m_format(format)
    , m_columns(std::move(columns))
    , m_out(out)
{
    if (m_format == OutputFormat::Csv) {
        QStringList header;
        for (const QString &column : std::as_const(m_columns))
            header.append(csvField(neutralizeFormula(column)));  // a claimant can name a column
        m_out << QString(header.join(u',') + kCrlf);
    }
}

void TableWriter::writeRow(const QList<QJsonValue> &values)
{
    QStringList fields;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const QJsonValue value = i < values.size() ? values[i] : QJsonValue();
        if (m_format == OutputFormat::Csv)
            fields.append(csvField(csvText(value)));
        else
            fields.append(jsonScalar(m_columns[i]) + u':' + jsonScalar(value));
    }
    if (m_format == OutputFormat::Csv)
        m_out << QString(fields.join(u',') + kCrlf);
    else
        m_out << QString((m_rows == 0 ? u"[\n  {"_s : u",\n  {"_s) + fields.join(u',') + u'}');
    ++m_rows;
}

void TableWriter::finish()
{
    if (m_format == OutputFormat::Json)
        m_out << (m_rows == 0 ? u"[]\n"_s : u"\n]\n"_s);
    m_out.flush();
}

void TableWriter::writeAll(QStringView formatName, const QStringList &columns,
                           const QList<QList<QJsonValue>> &rows, QTextStream &out)
{
    TableWriter writer(outputFormatFromName(formatName).value_or(OutputFormat::Csv), columns, out);
    for (const QList<QJsonValue> &row : rows)
        writer.writeRow(row);
    writer.finish();
}

QString TableWriter::csvField(const QString &text)
{
    const bool mustQuote = text.contains(u',') || text.contains(u'"') || text.contains(u'\r')
                           || text.contains(u'\n');
    if (!mustQuote)
        return text;
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString TableWriter::neutralizeFormula(const QString &text)
{
    return startsAsFormula(text) ? u'\'' + text : text;
}

QString TableWriter::restoreNeutralized(const QString &text)
{
    return text.startsWith(u'\'') && startsAsFormula(text) ? text.sliced(1) : text;
}

QString TableWriter::jsonScalar(const QJsonValue &value)
{
    // QJsonDocument only serializes containers: wrap in a one-element array
    // and strip the brackets, so escaping and number format stay Qt's.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.sliced(1, json.size() - 2));
}

} // namespace Claimbench
