#pragma once

#include "core/error.h"

#include <QList>
#include <QStringList>

namespace Claimbench {

// Reads RFC 4180 CSV: fields separated by commas, records by CRLF or a bare
// LF (what spreadsheets and scripts write), a field quoted when it holds a
// comma, quote or line break, quotes inside doubled. A leading BOM is
// dropped; a last record without a line end is kept; blank lines are skipped.
// InvalidInput, naming the 1-based line, for an unterminated quoted field or
// text after a closing quote.
Result<QList<QStringList>> readCsv(QStringView text);

} // namespace Claimbench
