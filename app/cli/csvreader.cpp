#include "cli/csvreader.h"

using namespace Qt::StringLiterals;

namespace Claimbench {

Result<QList<QStringList>> readCsv(QStringView text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text = text.sliced(1);

    QList<QStringList> records;
    QStringList record;
    QString field;
    int line = 1;
    qsizetype i = 0;
    const auto endRecord = [&] {
        record.append(std::exchange(field, {}));
        // A blank line is one empty field: nothing a writer of records means.
        if (record.size() > 1 || !record.constFirst().isEmpty())
            records.append(record);
        record.clear();
    };
    while (i < text.size()) {
        if (text[i] == u'"') {
            const int quoteLine = line;
            ++i;
            for (;;) {
                if (i >= text.size())
                    return makeError(Error::Code::InvalidInput,
                                     u"line %1: a quoted field is not closed"_s.arg(quoteLine));
                const QChar c = text[i++];
                if (c == u'"') {
                    if (i < text.size() && text[i] == u'"') {
                        field += u'"';
                        ++i;
                        continue;
                    }
                    break;
                }
                line += c == u'\n' ? 1 : 0;
                field += c;
            }
            if (i < text.size() && text[i] != u',' && text[i] != u'\r' && text[i] != u'\n')
                return makeError(Error::Code::InvalidInput,
                                 u"line %1: text after a closing quote"_s.arg(line));
            continue;
        }
        const QChar c = text[i++];
        if (c == u',') {
            record.append(std::exchange(field, {}));
        } else if (c == u'\n' || (c == u'\r' && i < text.size() && text[i] == u'\n')) {
            if (c == u'\r')
                ++i;
            ++line;
            endRecord();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        endRecord();
    return records;
}

} // namespace Claimbench
