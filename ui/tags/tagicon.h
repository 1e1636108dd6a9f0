#pragma once

#include <QColor>
#include <QIcon>

namespace Claimbench {

// A small filled swatch of a tag's color for lists and combo boxes; a null
// icon for a tag without a color.
QIcon tagIcon(const QColor &color);

} // namespace Claimbench
