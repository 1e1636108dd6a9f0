#include "ui/reader/articletextedit.h"
#include "ui/widgets/readablecolors.h"

#include <QApplication>
#include <QHash>
#include <QImage>
#include <QStyle>
#include <QTest>
#include <QTextCursor>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

// The palettes analysts' desktops give Qt: the style's own light one,
// GNOME's Adwaita light and dark (as the GTK platform theme passes them on)
// and KDE's Breeze Dark.
QPalette makePalette(QColor window, QColor windowText, QColor base, QColor text, QColor highlight)
{
    QPalette palette(windowText, window, window.lighter(130), window.darker(130), window.darker(110), text, base);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, windowText.darker(150));
    return palette;
}

QPalette namedPalette(const QString &name)
{
    if (name == u"adwaita")
        return makePalette(0xf6f5f4, 0x2e3436, Qt::white, 0x2e3436, 0x3584e4);
    if (name == u"adwaita dark")
        return makePalette(0x353535, 0xeeeeec, 0x2d2d2d, 0xeeeeec, 0x15539e);
    if (name == u"breeze dark")
        return makePalette(0x31363b, 0xeff0f1, 0x232629, 0xeff0f1, 0x3daee9);
    return QApplication::style()->standardPalette();
}

// The sample project's tag colours (resources/sample-tags.jsonl), the tag
// panel's defaults for new tags, untagged (invalid), and colours an analyst
// may pick in the colour dialog, from black to white.
const QList<QColor> kTagColors = {
    0xaab7c4, 0x5dade2, 0xec7063, 0x58d68d, 0xd4ac6e, 0xaf7ac5, 0xf5b041,
    0xf4d03f, 0x85c1e9, 0x82e0aa, 0xf5b7b1, 0xd7bde2, 0xf8c471, 0xa3e4d7, 0xd5dbdb,
    QColor(), Qt::black, 0x000080, Qt::red, Qt::yellow, Qt::white,
};

// The colour that covers most of `area` of `image`: a highlight's fill, the
// glyphs drawn on it being thin.
QColor fillIn(const QImage &image, QRect area)
{
    QHash<QRgb, int> counts;
    area &= image.rect();
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            ++counts[image.pixel(x, y)];
    QRgb most = 0;
    int best = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > best) {
            best = it.value();
            most = it.key();
        }
    return QColor::fromRgb(most);
}

// Where [start, end) of one line is drawn, in viewport coordinates, a
// pixel in from the ends (the outlines and the caret).
QRect rangeArea(const ArticleTextEdit &edit, int start, int end)
{
    QTextCursor cursor(edit.document());
    cursor.setPosition(start);
    const QRect first = edit.cursorRect(cursor);
    cursor.setPosition(end);
    const QRect last = edit.cursorRect(cursor);
    return QRect(QPoint(first.right() + 2, first.top() + 1), QPoint(last.left() - 2, first.bottom() - 1));
}

} // namespace

// Issue 13, "Look": on a light palette and a dark one, the text over every
// claim highlight the reader draws keeps WCAG's 4.5:1 (see
// kMinimumTextContrast for why that threshold), whatever the tag's colour,
// for a plain claim, a marked one (drawn stronger) and one inside another.
class TestHighlightContrast : public QObject
{
    Q_OBJECT

private:
    // One line per tag colour, "Claim 12 of the article.", the claim over
    // "12 of the" (and, nested, a claim over "of" inside it).
    struct Drawn
    {
        QString text;
        QList<ArticleTextEdit::Highlight> highlights;
        QList<std::pair<int, int>> measured; // the ranges whose fill is read
    };

    static Drawn layOut(bool nested)
    {
        Drawn drawn;
        qint64 id = 0;
        for (const QColor &color : kTagColors) {
            const int line = int(drawn.text.size());
            drawn.text += u"Claim 12 of the article.\n"_s;
            const int start = line + 6;
            const int end = line + 15;
            drawn.highlights.append({++id, start, end, color});
            if (nested) {
                drawn.highlights.append({++id, start + 3, start + 5, color});
                drawn.measured.append({start + 3, start + 5});
            } else {
                drawn.measured.append({start, end});
            }
        }
        return drawn;
    }

    // Draws `drawn` in `edit`, every claim marked or none.
    static void show(ArticleTextEdit &edit, const Drawn &drawn, bool marked)
    {
        edit.resize(700, 900);
        edit.setSuggestionsShown(false);
        edit.setArticleText(drawn.text);
        edit.setHighlights(drawn.highlights);
        QSet<qint64> all;
        for (const ArticleTextEdit::Highlight &h : drawn.highlights)
            all.insert(h.claimId);
        edit.setMarkedClaims(marked ? all : QSet<qint64>());
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
    }

    static QColor firstFill(ArticleTextEdit &edit, const Drawn &drawn)
    {
        return fillIn(edit.viewport()->grab().toImage(),
                      rangeArea(edit, drawn.measured[0].first, drawn.measured[0].second));
    }

    static void checkReadable(ArticleTextEdit &edit, const Drawn &drawn, const QString &where)
    {
        const QImage image = edit.viewport()->grab().toImage();
        const QColor text = edit.palette().color(QPalette::Text);
        for (qsizetype i = 0; i < drawn.measured.size(); ++i) {
            const auto [start, end] = drawn.measured.at(i);
            const QColor fill = fillIn(image, rangeArea(edit, start, end));
            const double ratio = contrastRatio(fill, text);
            QVERIFY2(ratio >= kMinimumTextContrast,
                     qPrintable(u"%1: tag %2 drawn as %3 under text %4: %5:1"_s.arg(
                         where, kTagColors.at(i).isValid() ? kTagColors.at(i).name() : u"(untagged)"_s,
                         fill.name(), text.name(), QString::number(ratio, 'f', 2))));
        }
    }

private Q_SLOTS:
    void cleanup() { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void textOnEveryHighlightIsReadable_data()
    {
        QTest::addColumn<QString>("palette");
        QTest::addColumn<bool>("marked");
        QTest::addColumn<bool>("nested");
        for (const QString &palette : {u"standard"_s, u"adwaita"_s, u"adwaita dark"_s, u"breeze dark"_s}) {
            QTest::addRow("%s", qPrintable(palette)) << palette << false << false;
            QTest::addRow("%s, marked", qPrintable(palette)) << palette << true << false;
            QTest::addRow("%s, nested", qPrintable(palette)) << palette << false << true;
            QTest::addRow("%s, nested and marked", qPrintable(palette)) << palette << true << true;
        }
    }
    void textOnEveryHighlightIsReadable()
    {
        QFETCH(QString, palette);
        QFETCH(bool, marked);
        QFETCH(bool, nested);
        QApplication::setPalette(namedPalette(palette));
        const Drawn drawn = layOut(nested);
        ArticleTextEdit edit;
        show(edit, drawn, marked);
        checkReadable(edit, drawn, palette);
    }

    // The desktop switched from light to dark while the program runs: what
    // is drawn next follows the new palette.
    void paletteChangedAtRunTimeRecolours()
    {
        QApplication::setPalette(namedPalette(u"adwaita"_s));
        const Drawn drawn = layOut(false);
        ArticleTextEdit edit;
        show(edit, drawn, true);
        checkReadable(edit, drawn, u"before"_s);
        const QColor lightFill = firstFill(edit, drawn);

        QApplication::setPalette(namedPalette(u"adwaita dark"_s));
        QTRY_COMPARE(edit.palette().color(QPalette::Base), QColor(0x2d2d2d));
        checkReadable(edit, drawn, u"after"_s);
        QVERIFY(firstFill(edit, drawn) != lightFill);
    }
};

QTEST_MAIN(TestHighlightContrast)
#include "tst_highlightcontrast.moc"
