#include "ui/widgets/readablecolors.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QWidget>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// How far a marked-invalid field's background leans towards its tint.
constexpr double kFieldTintStrength = 0.2;
// Steps of the searches below: fine enough that the colour found is within
// a shade of the strongest readable one.
constexpr int kSteps = 64;

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

// Rounded to 8 bits a channel, as the screen shows it, so that the contrast
// measured is the contrast drawn.
QColor mix(const QColor &from, const QColor &to, double amount)
{
    const auto channel = [amount](int a, int b) { return int(std::lround(a + (b - a) * amount)); };
    return QColor(channel(from.red(), to.red()), channel(from.green(), to.green()), channel(from.blue(), to.blue()));
}

// The colours one widget asked for, kept readable on its palette: the
// widget's style sheet is remade from them whenever the palette changes.
class ReadableColors : public QObject
{
public:
    explicit ReadableColors(QWidget *widget)
        : QObject(widget)
        , m_widget(widget)
    {
        widget->installEventFilter(this);
        watchParent();
    }

    static ReadableColors *of(QWidget *widget)
    {
        for (QObject *child : widget->children())
            if (auto *colors = dynamic_cast<ReadableColors *>(child))
                return colors;
        return new ReadableColors(widget);
    }

    QColor ink;
    QColor tint;

    void apply()
    {
        // The palette the widget would have without our colours: its parent's.
        const QWidget *parent = m_widget->parentWidget();
        const QPalette inherited = parent ? parent->palette() : QApplication::palette(m_widget);
        const QColor text = inherited.color(m_widget->foregroundRole());
        QColor background = inherited.color(m_widget->backgroundRole());
        QString sheet;
        if (tint.isValid()) {
            background = readableTint(background, tint, kFieldTintStrength, text);
            sheet += u"background: "_s + background.name() + u';';
        }
        if (ink.isValid())
            sheet += u"color: "_s + readableInk(ink, background, text).name() + u';';
        // Setting the sheet changes the palette again; the same sheet ends it.
        if (sheet != m_widget->styleSheet())
            m_widget->setStyleSheet(sheet);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::ParentChange:
            if (watched == m_widget)
                watchParent();
            apply();
            break;
        case QEvent::PaletteChange:
        case QEvent::ApplicationPaletteChange:
            apply();
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    // A widget with a style sheet holds a palette of its own, which a new
    // palette of the application no longer reaches: its parent's does.
    void watchParent()
    {
        if (m_parent)
            m_parent->removeEventFilter(this);
        m_parent = m_widget->parentWidget();
        if (m_parent)
            m_parent->installEventFilter(this);
    }

    QWidget *m_widget;
    QPointer<QWidget> m_parent;
};

} // namespace

double relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableTint(const QColor &background, const QColor &tint, double strength, const QColor &text,
                    double minimum)
{
    const int strongest = int(std::lround(std::clamp(strength, 0.0, 1.0) * kSteps));
    for (int step = strongest; step > 0; --step) {
        const QColor tinted = mix(background, tint, double(step) / kSteps);
        if (contrastRatio(tinted, text) >= minimum)
            return tinted;
    }
    return background.toRgb();
}

QColor readableInk(const QColor &ink, const QColor &background, const QColor &fallback, double minimum)
{
    for (int step = 0; step < kSteps; ++step) {
        const QColor mixed = mix(ink, fallback, double(step) / kSteps);
        if (contrastRatio(mixed, background) >= minimum)
            return mixed;
    }
    return fallback.toRgb();
}

void setReadableInk(QWidget *widget, const QColor &ink)
{
    ReadableColors *colors = ReadableColors::of(widget);
    colors->ink = ink;
    colors->apply();
}

void setReadableTint(QWidget *widget, const QColor &tint)
{
    ReadableColors *colors = ReadableColors::of(widget);
    colors->tint = tint;
    colors->apply();
}

} // namespace Claimbench
