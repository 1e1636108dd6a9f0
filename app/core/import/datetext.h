#pragma once

#include "core/domain/partialdate.h"

#include <QStringView>

namespace Claimbench {

// Reads the publication dates found in article files and page metadata:
// ISO 8601 ("2025-06-13", "2025-06-13T10:00:00+02:00", "2025/06/13",
// "2025-06"), English month names ("June 13, 2025", "Fri, 13 Jun 2025
// 10:00:00 GMT", "13th June 2025", "June 2025"), optional weekday prefix.
// A datetime gives the calendar day as written in its own time zone.
//
// With `whole` the text must be only the date (surrounding spaces and
// no-break spaces allowed) — for telling a date line from a body line.
// Otherwise the date must start the text and anything may follow (a time,
// a zone, "| Updated ...").
// Returns a null PartialDate when there is no valid date.
PartialDate parseDateText(QStringView text, bool whole = true);

} // namespace Claimbench
