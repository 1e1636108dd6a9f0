#include "ui/tags/tagicon.h"

#include <QPainter>
#include <QPixmap>

namespace Claimbench {

QIcon tagIcon(const QColor &color)
{
    if (!color.isValid())
        return {};
    // One pixmap per device pixel ratio a screen may have (100 % to 300 %),
    // so that the swatch is drawn, not scaled up blurred.
    QIcon icon;
    for (const int ratio : {1, 2, 3}) {
        QPixmap swatch(16 * ratio, 16 * ratio);
        swatch.setDevicePixelRatio(ratio);
        swatch.fill(Qt::transparent);
        QPainter painter(&swatch);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(color.darker(140));
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
        painter.end();
        icon.addPixmap(swatch);
    }
    return icon;
}

} // namespace Claimbench
