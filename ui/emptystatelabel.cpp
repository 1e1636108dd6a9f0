#include "ui/emptystatelabel.h"

namespace Claimbench {

EmptyStateLabel::EmptyStateLabel(QWidget *parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setMargin(24);
    // The placeholder role follows the style's palette, dark themes included.
    setForegroundRole(QPalette::PlaceholderText);
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    setFont(larger);
}

} // namespace Claimbench
