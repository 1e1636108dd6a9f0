#pragma once

#include "core/domain/partialdate.h"
#include "ui/reader/suggestioncache.h"

#include <QColor>
#include <QList>
#include <QPlainTextEdit>
#include <QSet>

#include <functional>
#include <optional>
#include <utility>

class QMimeData;
class QPainter;

namespace Claimbench {

// Read-only article text in one centred column of at most `measure`
// characters, with the article's claims drawn over it and the extractor's
// figures underlined as suggestions.
//
// Offsets everywhere in this class are UTF-16 indices into the text given to
// setArticleText() (QString indices, end exclusive) — the units Claim uses —
// and so is every position in document(), read through any QTextCursor: the
// document holds a text of exactly that length. QTextDocument makes one
// paragraph break of "\r\n", so the '\r' of each CRLF is shown as a zero-width
// space (see setArticleText()); articleText() and copying give the real text.
//
// Why a QPlainTextEdit: it lays out lazily, so a 1 MB article opens in tens
// of milliseconds, where QTextEdit lays out everything first. Highlights are
// not char formats or extra selections (both touch every range on every
// change): paintEvent() draws the ranges of the visible paragraphs only,
// found by binary search, under the text; underlines and outlines go over it.
class ArticleTextEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    struct Highlight
    {
        qint64 claimId = 0;
        int start = 0;
        int end = 0;
        QColor color; // the tag's; invalid draws the neutral untagged colour
    };

    // Zoom steps are font sizes in points added to the reading size.
    static constexpr int kMinZoom = -6;
    static constexpr int kMaxZoom = 24;

    explicit ArticleTextEdit(QWidget *parent = nullptr);

    // Shows `text` as is; forgets highlights, marks and suggestions.
    // `published` anchors the relative dates the suggestions resolve.
    void setArticleText(const QString &text, const ExtractionContext &context = {});
    // The text given to setArticleText(), which toPlainText() is not when it
    // has CRLF line ends.
    const QString &articleText() const { return m_text; }
    // articleText() under the selection.
    QString selectedArticleText() const;

    // [start, end) widened at each end that falls inside a word to take the
    // whole word (Unicode word boundaries: "12,600" and "ministry's" are
    // one word each), so that a drag stopping short ("12,600 civilia") still
    // quotes what it meant.
    std::pair<int, int> wholeWords(int start, int end) const;

    // Replaces the claims drawn; ranges outside the text are ignored.
    void setHighlights(QList<Highlight> highlights);
    const QList<Highlight> &highlights() const { return m_highlights; }
    // The claim drawn with an outline (0: none).
    void setSelectedClaim(qint64 claimId);
    qint64 selectedClaim() const { return m_selected; }
    // Claims drawn stronger and dashed: those corresponding to the claim
    // selected in the other pane.
    void setMarkedClaims(const QSet<qint64> &claimIds);
    const QSet<qint64> &markedClaims() const { return m_marked; }

    void setSuggestionsShown(bool shown);
    bool suggestionsShown() const { return m_suggestionsShown; }
    // The suggestion (extractor figure not covered by a claim) at `offset`;
    // answered even while the article's suggestions are being extracted.
    std::optional<SuggestionCache::Suggestion> suggestionAt(int offset) const;
    // The article text as the extractor reads it, with its voice
    // (SuggestionCache::articleReading()), for drafting a claim from it.
    std::shared_ptr<const ArticleReading> articleReading() const { return m_suggestions.articleReading(); }
    // Whether the article's suggestions have arrived from the worker thread
    // (see SuggestionCache); until then none are drawn.
    bool suggestionsReady() const { return m_suggestions.isReady(); }
    // The innermost claim whose range holds `offset` (0: none).
    qint64 claimAt(int offset) const;

    // A placed claim or a shown suggestion, as Alt+Down and Alt+Up step
    // through them.
    struct Mark
    {
        qint64 claimId = 0; // 0: a suggestion
        int start = 0;
        int end = 0;
    };
    // The mark after (`forward`) or before the current place, in text order
    // (by start, then end); none at either end. The current place is the
    // selected claim while the selection lies inside it, else the selection
    // (or the caret). Suggestions count once they have arrived.
    std::optional<Mark> adjacentMark(bool forward) const;

    void setMeasure(int characters);
    int measure() const { return m_measure; }
    void setZoom(int steps);
    int zoom() const { return m_zoom; }

    // Selects [start, end) and, unless it is already in view, scrolls it
    // into the middle of the view.
    void selectRange(int start, int end);
    // The vertical centre of the line holding `offset`, in this widget's
    // coordinates, when that line is laid out and inside the viewport.
    std::optional<int> visibleY(int offset) const;
    // The claims in the paragraphs currently shown.
    QList<Highlight> visibleHighlights() const;
    // Before a context menu at `position` (viewport coordinates): outside the
    // selection, acts as a click there without accepting a suggestion — the
    // caret moves there and the claim under it (or none) is selected — so the
    // menu's actions act on what was clicked.
    void prepareContextMenu(QPoint position);

    // Where the view is, counted in paragraphs (non-empty lines): the index of
    // the top paragraph plus how far into it the view starts, over the number
    // of paragraphs — 0 at the top, 1 at the end. Synchronized scrolling maps
    // this, not pixels, from one article to the other.
    double paragraphPosition() const;
    void setParagraphPosition(double position);
    // The number of the first block (line of the text) in view.
    int topBlockNumber() const;

Q_SIGNALS:
    // The outlined claim changed (0: none), by setSelectedClaim() or a new text.
    void selectedClaimChanged(qint64 claimId);
    // A click on a claim (0: on text that is no claim).
    void claimClicked(qint64 claimId);
    // A click on a suggestion.
    void suggestionClicked(int start, int end);
    // The column moved (resize, zoom): `left` and `right` are the distances
    // from this widget's edges to the text, for the header to line up.
    void textColumnChanged(int left, int right);
    // Scrolled, resized or relaid out: neighbours drawing at claim
    // positions (the link bar) repaint.
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    QMimeData *createMimeDataFromSelection() const override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct Placed
    {
        Highlight highlight;
        int depth = 0;       // how many claims enclose this one
        qsizetype under = -1; // the m_placed index of the claim drawn under this one's start, -1: none
    };
    // What a click at a point lands on: a claim, else a suggestion, else neither.
    struct Hit
    {
        qint64 claimId = 0;
        std::optional<SuggestionCache::Suggestion> suggestion;
    };
    Hit hitAt(QPointF point) const;
    // Whether `offset` holds the '\r' of a CRLF, shown as a zero-width space.
    bool isCrlfPlaceholder(int offset) const;
    void keepCarriageReturnOutOfSelection();
    // Lines laid out in columns (TextLines::isTableRow) in the system's
    // fixed-width font, so that their cells line up. A format only: the
    // document's text and offsets stay the article's.
    void showTableRowsInFixedWidth();
    // Calls `visit` with each paragraph shown in the viewport, its top-left
    // corner in viewport coordinates and the text [start, end) of its lines
    // in the viewport, top to bottom. A paragraph of a million characters
    // paints only what shows.
    void forEachVisibleBlock(const std::function<void(const QTextBlock &, QPointF, int, int)> &visit) const;
    void paintFills(QPainter &painter, const QTextBlock &block, QPointF origin, int start, int end);
    void paintMarks(QPainter &painter, const QTextBlock &block, QPointF origin, int start, int end);
    // The opaque fill of m_placed[placed] on this palette, readable under the text.
    QColor fillColor(qsizetype placed) const;
    // [first, last) of m_placed that may overlap [start, end).
    std::pair<qsizetype, qsizetype> placedOverlapping(int start, int end) const;
    static QList<QRectF> rangeRects(const QTextBlock &block, QPointF origin, int start, int end);
    bool coveredByClaim(int start, int end) const;
    void updateColumn();
    void applyFont();

    QString m_text;
    QList<int> m_paragraphs; // block numbers of the non-empty lines
    QList<Highlight> m_highlights;
    QList<Placed> m_placed; // by start, then longest first
    int m_longest = 0;      // longest range, bounds the search back from a paragraph
    qint64 m_selected = 0;
    QSet<qint64> m_marked;
    bool m_suggestionsShown = true;
    SuggestionCache m_suggestions;
    int m_measure = 80;
    int m_zoom = 0;
    int m_sideMargin = -1;
    QPoint m_pressPos;
};

} // namespace Claimbench
