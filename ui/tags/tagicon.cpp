#include "ui/tags/tagicon.h"

#include <QPainter>
#include <QPixmap>

namespace Claimbench {

QIcon tagIcon(const QColor &color)
{
    if (!color.isValid())
        return {};
    QPixmap swatch(16, 16);
    swatch.fill(Qt::transparent);
    QPainter painter(&swatch);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(140));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return swatch;
}

} // namespace Claimbench
