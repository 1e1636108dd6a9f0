#pragma once

#include <QString>
#include <QStringView>

namespace Claimbench {

// The form in which the program compares names and article bodies: NFC,
// case-folded, whitespace collapsed and trimmed ("UK Defence  ministry" is
// "uk defence ministry"). Metrics and claimants are unique by the folded
// key of their name or alias, and an article's content hash is taken over
// its folded body, so every layer that matches a spelling to a stored row
// must fold it this way.
QString foldedKey(QStringView text);

} // namespace Claimbench
