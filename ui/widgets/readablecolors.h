#pragma once

#include <QColor>

class QWidget;

namespace Claimbench {

// Colours that keep text readable on whatever palette the desktop gives,
// light or dark, measured as WCAG 2.1 defines contrast.
//
// 4.5:1 is WCAG's level AA for body text (success criterion 1.4.3): the
// quotes under claim highlights and the messages in the panels are body-size
// text that analysts read for hours, not large headings (3:1).
inline constexpr double kMinimumTextContrast = 4.5;

// The hues the panels mark things with, for setReadableInk() and
// setReadableTint() to fit to the palette.
inline constexpr QRgb kErrorHue = 0xb00020;   // a refused edit, an invalid field
inline constexpr QRgb kWarningHue = 0x8a5300; // a claim whose quote was lost

// WCAG 2.1 relative luminance of an opaque colour, 0 (black) to 1 (white).
double relativeLuminance(const QColor &color);
// (lighter + 0.05) / (darker + 0.05): 1 for equal colours, 21 for black on white.
double contrastRatio(const QColor &a, const QColor &b);

// `background` blended towards `tint` by `strength` (0 to 1), or less where
// that is needed for `text` to keep `minimum` against the result: the
// strongest readable tint no stronger than asked. `background` itself is
// returned when even the faintest tint is not readable. Opaque colours.
QColor readableTint(const QColor &background, const QColor &tint, double strength, const QColor &text,
                    double minimum = kMinimumTextContrast);
// `ink`, or the least mix of it towards `fallback` (the palette's own text
// colour) that keeps `minimum` against `background`.
QColor readableInk(const QColor &ink, const QColor &background, const QColor &fallback,
                   double minimum = kMinimumTextContrast);

// Draws `widget`'s text in `ink` made readable (readableInk) on the
// background it inherits; an invalid colour gives it back the palette's
// text colour. Recomputed whenever the palette changes (a desktop switched
// to a dark theme while the program runs). Works through the widget's style
// sheet, which it then owns.
void setReadableInk(QWidget *widget, const QColor &ink);
// Tints `widget`'s background towards `tint` as far as its text stays
// readable (readableTint); an invalid colour removes the tint. Recomputed
// like setReadableInk(), through the same style sheet.
void setReadableTint(QWidget *widget, const QColor &tint);

} // namespace Claimbench
