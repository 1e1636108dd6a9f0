#include "ui/reader/articletextedit.h"
#include "core/extract/textlayout.h"
#include "ui/widgets/readablecolors.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {
// The least white space beside the text, so it never touches the edges.
constexpr int kMinimumSideMargin = 16;
// Around the text inside the column.
constexpr int kDocumentMargin = 12;
// How far a claim's fill leans from the page towards its tag colour; a
// claim inside another leans from the outer one's fill, so that nested
// claims add up to a stronger band. Less where the text would no longer
// keep its contrast on it (readableTint), on a light palette or a dark one.
constexpr double kFillStrength = 0.31;
constexpr double kMarkedFillStrength = 0.59;
// WCAG's 3:1 for lines that are not text (success criterion 1.4.11).
constexpr double kMinimumMarkContrast = 3.0;
// Suggestions under this confidence are drawn fainter (FigureExtractor's scale).
constexpr double kWeakConfidence = 0.6;
// A mouse that moved less than this between press and release clicked.
constexpr int kClickSlop = 3;

const QColor kUntaggedColor(0x8a, 0x8f, 0x98);
const QColor kSuggestionColor(0x1f, 0x6f, 0xd6);

QFont readingFont(const QFont &base, int zoom)
{
    QFont font = base;
    font.setFamilies({u"Noto Serif"_s, u"DejaVu Serif"_s, u"Georgia"_s, u"Times New Roman"_s});
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(std::max(4.0, base.pointSizeF() * 1.2 + zoom));
    return font;
}

QColor claimColor(const QColor &tagColor)
{
    return tagColor.isValid() ? tagColor : kUntaggedColor;
}

// Shown in place of the '\r' of each CRLF. Default-ignorable, so the text
// engine draws nothing for it and gives it no width; a grapheme and word
// boundary of its own, so a double-clicked word at a line's end stops before
// it; it leaves the shape of the letter before it alone (a zero-width joiner
// would not). Any other '\r', '\n', U+2029, a BOM, combining marks and
// surrogate pairs keep their UTF-16 length in the document as they are.
constexpr QChar kCrlfPlaceholder = u'\u200B';

QString documentText(const QString &body)
{
    QString shown = body;
    for (qsizetype at = body.indexOf(u"\r\n"_s); at >= 0; at = body.indexOf(u"\r\n"_s, at + 2))
        shown[at] = kCrlfPlaceholder;
    return shown;
}

} // namespace

ArticleTextEdit::ArticleTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setFrameShape(QFrame::NoFrame);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // Keyboard selection gives a caret, so Enter can accept the suggestion it is in.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    document()->setDocumentMargin(kDocumentMargin);
    viewport()->setCursor(Qt::IBeamCursor);
    applyFont();
    connect(&m_suggestions, &SuggestionCache::ready, this, [this] { viewport()->update(); });
}

void ArticleTextEdit::setArticleText(const QString &text, const ExtractionContext &context)
{
    m_highlights.clear();
    m_placed.clear();
    m_longest = 0;
    setSelectedClaim(0);
    m_marked.clear();
    // A placeholder rather than a map between body offsets and document
    // positions: with one, every QTextCursor position read anywhere (the
    // pane's selection, the caret, the find bar) would need converting, and
    // one forgotten conversion drifts by a character per line again. With the
    // body's length in the document, there is nothing to convert.
    m_text = text;
    setPlainText(documentText(text));
    m_suggestions.setText(text, context);
    m_paragraphs.clear();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
        if (block.length() > 2 || (block.length() == 2 && !isCrlfPlaceholder(block.position())))
            m_paragraphs.append(block.blockNumber());
    showTableRowsInFixedWidth();
}

void ArticleTextEdit::showTableRowsInFixedWidth()
{
    // The family only: the size follows the reading font and its zoom.
    QTextCharFormat cells;
    cells.setFontFamilies({QFontDatabase::systemFont(QFontDatabase::FixedFont).family()});
    cells.setFontFixedPitch(true);
    cells.setFontStyleHint(QFont::Monospace);
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (block.length() < 4 || !TextLines::isTableRow(block.text()))
            continue;
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(cells);
    }
    cursor.endEditBlock();
}

QString ArticleTextEdit::selectedArticleText() const
{
    const QTextCursor cursor = textCursor();
    return m_text.mid(cursor.selectionStart(), cursor.selectionEnd() - cursor.selectionStart());
}

std::pair<int, int> ArticleTextEdit::wholeWords(int start, int end) const
{
    // The paragraph's words only: a Ctrl+T in a 1 MB article does not find
    // the boundaries of all of it.
    const auto widen = [this](int offset, bool backwards) {
        const QTextBlock block = document()->findBlock(offset);
        if (!block.isValid())
            return offset;
        QTextBoundaryFinder words(QTextBoundaryFinder::Word, block.text());
        words.setPosition(offset - block.position());
        if (words.isAtBoundary())
            return offset;
        const qsizetype to = backwards ? words.toPreviousBoundary() : words.toNextBoundary();
        return to < 0 ? offset : block.position() + int(to);
    };
    return {widen(start, true), widen(end, false)};
}

bool ArticleTextEdit::isCrlfPlaceholder(int offset) const
{
    return offset >= 0 && offset + 1 < m_text.size() && m_text.at(offset) == u'\r'
        && m_text.at(offset + 1) == u'\n';
}

QMimeData *ArticleTextEdit::createMimeDataFromSelection() const
{
    auto *mime = new QMimeData;
    mime->setText(selectedArticleText());
    return mime;
}

double ArticleTextEdit::paragraphPosition() const
{
    const QScrollBar *bar = verticalScrollBar();
    if (m_paragraphs.isEmpty())
        return 0;
    if (bar->maximum() > 0 && bar->value() >= bar->maximum())
        return 1;
    // QPlainTextEdit scrolls by lines: the value is the first line shown.
    const QTextBlock top = firstVisibleBlock();
    const auto after = std::upper_bound(m_paragraphs.begin(), m_paragraphs.end(), top.blockNumber());
    const qsizetype index = std::max<qsizetype>(0, after - m_paragraphs.begin() - 1);
    // Above the first paragraph, or on the blank line after one, the view
    // starts at or past that paragraph's end.
    const double into = m_paragraphs.at(index) == top.blockNumber()
        ? double(bar->value() - top.firstLineNumber()) / std::max(1, top.lineCount())
        : (top.blockNumber() < m_paragraphs.first() ? 0.0 : 1.0);
    return (double(index) + into) / double(m_paragraphs.size());
}

int ArticleTextEdit::topBlockNumber() const
{
    return firstVisibleBlock().blockNumber();
}

void ArticleTextEdit::setParagraphPosition(double position)
{
    QScrollBar *bar = verticalScrollBar();
    if (m_paragraphs.isEmpty())
        return;
    if (position >= 1) {
        bar->setValue(bar->maximum());
        return;
    }
    const double mapped = std::max(0.0, position) * double(m_paragraphs.size());
    const qsizetype index = std::min<qsizetype>(m_paragraphs.size() - 1, qsizetype(mapped));
    const QTextBlock block = document()->findBlockByNumber(m_paragraphs.at(index));
    bar->setValue(block.firstLineNumber() + int(std::lround((mapped - double(index)) * block.lineCount())));
}

void ArticleTextEdit::setHighlights(QList<Highlight> highlights)
{
    const int length = document()->characterCount() - 1;
    highlights.removeIf([length](const Highlight &h) {
        return h.start < 0 || h.end <= h.start || h.end > length;
    });
    std::sort(highlights.begin(), highlights.end(), [](const Highlight &a, const Highlight &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    m_highlights = std::move(highlights);
    m_placed.clear();
    m_placed.reserve(m_highlights.size());
    m_longest = 0;
    // The ranges still open at the current start: their count is the
    // nesting depth, which decides who gets the inner underline; the last
    // opened is drawn under this one.
    QList<qsizetype> open;
    for (const Highlight &h : std::as_const(m_highlights)) {
        open.removeIf([this, &h](qsizetype placed) { return m_placed.at(placed).highlight.end <= h.start; });
        m_placed.append({h, int(open.size()), open.isEmpty() ? -1 : open.constLast()});
        open.append(m_placed.size() - 1);
        m_longest = std::max(m_longest, h.end - h.start);
    }
    viewport()->update();
    Q_EMIT viewChanged();
}

void ArticleTextEdit::setSelectedClaim(qint64 claimId)
{
    if (claimId == m_selected)
        return;
    m_selected = claimId;
    viewport()->update();
    Q_EMIT selectedClaimChanged(claimId);
}

void ArticleTextEdit::setMarkedClaims(const QSet<qint64> &claimIds)
{
    m_marked = claimIds;
    viewport()->update();
}

void ArticleTextEdit::setSuggestionsShown(bool shown)
{
    m_suggestionsShown = shown;
    viewport()->update();
}

std::pair<qsizetype, qsizetype> ArticleTextEdit::placedOverlapping(int start, int end) const
{
    const auto byStart = [](const Placed &p, int offset) { return p.highlight.start < offset; };
    const auto first = std::lower_bound(m_placed.begin(), m_placed.end(), start - m_longest, byStart);
    const auto last = std::lower_bound(first, m_placed.end(), end, byStart);
    return {first - m_placed.begin(), last - m_placed.begin()};
}

qint64 ArticleTextEdit::claimAt(int offset) const
{
    const auto [first, last] = placedOverlapping(offset, offset + 1);
    qint64 found = 0;
    int depth = -1;
    for (qsizetype i = first; i < last; ++i) {
        const Placed &p = m_placed.at(i);
        if (p.highlight.start <= offset && offset < p.highlight.end && p.depth > depth) {
            found = p.highlight.claimId;
            depth = p.depth;
        }
    }
    return found;
}

bool ArticleTextEdit::coveredByClaim(int start, int end) const
{
    const auto [first, last] = placedOverlapping(start, end);
    for (qsizetype i = first; i < last; ++i)
        if (m_placed.at(i).highlight.end > start)
            return true;
    return false;
}

std::optional<SuggestionCache::Suggestion> ArticleTextEdit::suggestionAt(int offset) const
{
    for (const SuggestionCache::Suggestion &s : m_suggestions.holding(offset))
        if (!coveredByClaim(s.start, s.end))
            return s;
    return std::nullopt;
}

std::optional<ArticleTextEdit::Mark> ArticleTextEdit::adjacentMark(bool forward) const
{
    const QTextCursor cursor = textCursor();
    std::pair current{cursor.selectionStart(), cursor.selectionEnd()};
    for (const Placed &placed : m_placed) {
        const Highlight &claim = placed.highlight;
        if (claim.claimId == m_selected && claim.start <= current.first && current.second <= claim.end)
            current = {claim.start, claim.end};
    }
    std::optional<Mark> found;
    const auto consider = [&](const Mark &mark) {
        const std::pair at{mark.start, mark.end};
        const bool beyond = forward ? at > current : at < current;
        const bool nearer = !found || (forward ? at < std::pair{found->start, found->end}
                                               : at > std::pair{found->start, found->end});
        if (beyond && nearer)
            found = mark;
    };
    for (const Placed &placed : m_placed)
        consider({placed.highlight.claimId, placed.highlight.start, placed.highlight.end});
    if (m_suggestionsShown) {
        for (const SuggestionCache::Suggestion &s : m_suggestions.startingIn(0, int(m_text.size()) + 1))
            if (!coveredByClaim(s.start, s.end))
                consider({0, s.start, s.end});
    }
    return found;
}

void ArticleTextEdit::setMeasure(int characters)
{
    m_measure = std::max(20, characters);
    updateColumn();
}

void ArticleTextEdit::setZoom(int steps)
{
    const int zoom = std::clamp(steps, kMinZoom, kMaxZoom);
    if (zoom == m_zoom)
        return;
    m_zoom = zoom;
    applyFont();
}

void ArticleTextEdit::applyFont()
{
    setFont(readingFont(QApplication::font(this), m_zoom));
}

void ArticleTextEdit::selectRange(int start, int end)
{
    QTextCursor cursor(document());
    cursor.setPosition(start);
    const bool startInView = viewport()->rect().contains(cursorRect(cursor));
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    // Words in view stay where the analyst is reading them; the view moves
    // only to bring a range into it.
    const bool inView = startInView && viewport()->rect().contains(cursorRect(cursor));
    setTextCursor(cursor);
    if (!inView)
        centerCursor();
}

namespace {

// The first line of `layout` for which `before` is false (lines in order).
int firstLineWhere(const QTextLayout *layout, const std::function<bool(const QTextLine &)> &before)
{
    int lo = 0;
    int hi = layout->lineCount();
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (before(layout->lineAt(mid)))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

} // namespace

void ArticleTextEdit::forEachVisibleBlock(
    const std::function<void(const QTextBlock &, QPointF, int, int)> &visit) const
{
    const QPointF offset = contentOffset();
    const qreal bottom = viewport()->height();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF rect = blockBoundingGeometry(block).translated(offset);
        if (rect.top() > bottom)
            break;
        if (!block.isVisible())
            continue;
        const QTextLayout *layout = block.layout();
        const int base = block.position();
        const int first = firstLineWhere(layout, [&](const QTextLine &l) { return rect.top() + l.y() + l.height() <= 0; });
        const int after = firstLineWhere(layout, [&](const QTextLine &l) { return rect.top() + l.y() < bottom; });
        if (first >= after || after > layout->lineCount()) {
            visit(block, rect.topLeft(), base, base + block.length());
            continue;
        }
        const QTextLine last = layout->lineAt(after - 1);
        visit(block, rect.topLeft(), base + layout->lineAt(first).textStart(),
              base + last.textStart() + last.textLength() + 1);
    }
}

QList<QRectF> ArticleTextEdit::rangeRects(const QTextBlock &block, QPointF origin, int start, int end)
{
    QList<QRectF> rects;
    const QTextLayout *layout = block.layout();
    const int base = block.position();
    const int from = firstLineWhere(layout, [&](const QTextLine &l) { return base + l.textStart() + l.textLength() <= start; });
    for (int i = from; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        if (base + line.textStart() >= end)
            break;
        const int lineStart = base + line.textStart();
        const int lineEnd = lineStart + line.textLength();
        if (end <= lineStart || start >= lineEnd)
            continue;
        const qreal x1 = line.cursorToX(std::max(start, lineStart) - base);
        const qreal x2 = line.cursorToX(std::min(end, lineEnd) - base);
        rects.append(QRectF(origin.x() + std::min(x1, x2), origin.y() + line.y(),
                            std::abs(x2 - x1), line.height()));
    }
    return rects;
}

void ArticleTextEdit::paintEvent(QPaintEvent *event)
{
    {
        QPainter painter(viewport());
        painter.setClipRect(event->rect());
        forEachVisibleBlock([this, &painter](const QTextBlock &block, QPointF origin, int start, int end) {
            paintFills(painter, block, origin, start, end);
        });
    }
    QPlainTextEdit::paintEvent(event);
    QPainter painter(viewport());
    painter.setClipRect(event->rect());
    painter.setRenderHint(QPainter::Antialiasing);
    forEachVisibleBlock([this, &painter](const QTextBlock &block, QPointF origin, int start, int end) {
        paintMarks(painter, block, origin, start, end);
    });
}

void ArticleTextEdit::paintFills(QPainter &painter, const QTextBlock &block, QPointF origin, int start, int end)
{
    const auto [first, last] = placedOverlapping(start, end);
    for (qsizetype i = first; i < last; ++i) {
        const Highlight &h = m_placed.at(i).highlight;
        if (h.end <= start)
            continue;
        const QColor fill = fillColor(i);
        for (const QRectF &rect : rangeRects(block, origin, h.start, h.end))
            painter.fillRect(rect, fill);
    }
}

void ArticleTextEdit::paintMarks(QPainter &painter, const QTextBlock &block, QPointF origin, int start, int end)
{
    const auto [first, last] = placedOverlapping(start, end);
    for (qsizetype i = first; i < last; ++i) {
        const Placed &p = m_placed.at(i);
        const Highlight &h = p.highlight;
        if (h.end <= start)
            continue;
        const QColor strong = claimColor(h.color).darker(140);
        const bool selected = h.claimId == m_selected;
        const bool marked = m_marked.contains(h.claimId);
        for (const QRectF &rect : rangeRects(block, origin, h.start, h.end)) {
            // A claim inside another one gets a solid underline in its own
            // colour: the blended fill alone would hide where it starts.
            if (p.depth > 0)
                painter.fillRect(QRectF(rect.left(), rect.bottom() - 2.5, rect.width(), 2.5),
                                 claimColor(h.color).darker(115));
            if (selected || marked) {
                QPen pen(selected ? palette().color(QPalette::Highlight) : strong, selected ? 2.0 : 1.5,
                         selected ? Qt::SolidLine : Qt::DashLine);
                painter.setPen(pen);
                painter.setBrush(Qt::NoBrush);
                painter.drawRoundedRect(rect.adjusted(-1, 0, 1, 0), 3, 3);
            }
        }
    }
    if (!m_suggestionsShown)
        return;
    const QColor suggestionColor = readableInk(kSuggestionColor, palette().color(QPalette::Base),
                                               palette().color(QPalette::Text), kMinimumMarkContrast);
    // A suggestion that a line above the viewport opens may reach into it.
    constexpr int kLongestSuggestion = 200;
    for (const SuggestionCache::Suggestion &s :
         m_suggestions.startingIn(std::max(block.position(), start - kLongestSuggestion), end)) {
        if (coveredByClaim(s.start, s.end))
            continue;
        QColor color = suggestionColor;
        color.setAlpha(s.confidence < kWeakConfidence ? 90 : 230);
        painter.setPen(QPen(color, 1.6, Qt::DotLine, Qt::RoundCap));
        for (const QRectF &rect : rangeRects(block, origin, s.start, s.end))
            painter.drawLine(QPointF(rect.left(), rect.bottom() - 1.5), QPointF(rect.right(), rect.bottom() - 1.5));
    }
}

QColor ArticleTextEdit::fillColor(qsizetype placed) const
{
    const Placed &p = m_placed.at(placed);
    const QColor under = p.under >= 0 ? fillColor(p.under) : palette().color(QPalette::Base);
    const double strength = m_marked.contains(p.highlight.claimId) ? kMarkedFillStrength : kFillStrength;
    return readableTint(under, claimColor(p.highlight.color), strength, palette().color(QPalette::Text));
}

std::optional<int> ArticleTextEdit::visibleY(int offset) const
{
    const QTextBlock block = document()->findBlock(offset);
    if (!block.isValid() || !block.layout() || block.layout()->lineCount() == 0)
        return std::nullopt;
    const QRectF geometry = blockBoundingGeometry(block).translated(contentOffset());
    const QTextLine line = block.layout()->lineForTextPosition(offset - block.position());
    if (!line.isValid())
        return std::nullopt;
    const qreal y = geometry.top() + line.y() + line.height() / 2;
    if (y < 0 || y > viewport()->height())
        return std::nullopt;
    return viewport()->mapTo(this, QPoint(0, int(y))).y();
}

QList<ArticleTextEdit::Highlight> ArticleTextEdit::visibleHighlights() const
{
    QList<Highlight> shown;
    QSet<qint64> seen; // a claim spanning paragraphs is listed once
    forEachVisibleBlock([this, &shown, &seen](const QTextBlock &, QPointF, int start, int end) {
        const auto [first, last] = placedOverlapping(start, end);
        for (qsizetype i = first; i < last; ++i) {
            const Highlight &h = m_placed.at(i).highlight;
            if (h.end > start && !seen.contains(h.claimId)) {
                seen.insert(h.claimId);
                shown.append(h);
            }
        }
    });
    return shown;
}

// The mouse selects a CRLF line to its end (dragged past it, or the line
// triple-clicked) after the placeholder, where an LF line's selection stops
// before its '\n': without this, such a claim's quote would end in '\r'.
// Only the mouse: Shift+Right must be able to step over the placeholder.
void ArticleTextEdit::keepCarriageReturnOutOfSelection()
{
    QTextCursor cursor = textCursor();
    const int end = cursor.selectionEnd();
    if (!cursor.hasSelection() || !isCrlfPlaceholder(end - 1))
        return;
    const int start = cursor.selectionStart();
    const bool forward = cursor.position() == end;
    cursor.setPosition(forward ? start : end - 1);
    cursor.setPosition(forward ? end - 1 : start, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

void ArticleTextEdit::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QPlainTextEdit::mousePressEvent(event);
    keepCarriageReturnOutOfSelection();
}

void ArticleTextEdit::mouseMoveEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseMoveEvent(event);
    keepCarriageReturnOutOfSelection();
}

void ArticleTextEdit::mouseDoubleClickEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseDoubleClickEvent(event);
    keepCarriageReturnOutOfSelection();
}

ArticleTextEdit::Hit ArticleTextEdit::hitAt(QPointF point) const
{
    const int offset = cursorForPosition(point.toPoint()).position();
    const QTextBlock block = document()->findBlock(offset);
    const QPointF origin = blockBoundingGeometry(block).translated(contentOffset()).topLeft();
    const auto hits = [&](int start, int end) {
        const QList<QRectF> rects = rangeRects(block, origin, start, end);
        return std::any_of(rects.begin(), rects.end(),
                           [&](const QRectF &r) { return r.adjusted(0, 0, 1, 0).contains(point); });
    };
    // The caret lands on the nearer edge of a character: look on both sides.
    for (const int at : {offset, offset - 1}) {
        if (const qint64 claim = claimAt(at); claim != 0) {
            const auto it = std::find_if(m_highlights.begin(), m_highlights.end(),
                                         [claim](const Highlight &h) { return h.claimId == claim; });
            if (hits(it->start, it->end))
                return {claim, std::nullopt};
        }
    }
    if (m_suggestionsShown) {
        if (auto s = suggestionAt(offset); s && hits(s->start, s->end))
            return {0, std::move(s)};
    }
    return {};
}

void ArticleTextEdit::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton
        || (event->position().toPoint() - m_pressPos).manhattanLength() > kClickSlop
        || textCursor().hasSelection())
        return;
    const Hit hit = hitAt(event->position());
    if (hit.suggestion)
        Q_EMIT suggestionClicked(hit.suggestion->start, hit.suggestion->end);
    else
        Q_EMIT claimClicked(hit.claimId);
}

void ArticleTextEdit::prepareContextMenu(QPoint position)
{
    QTextCursor cursor = cursorForPosition(position);
    const QTextCursor selection = textCursor();
    if (selection.hasSelection() && cursor.position() >= selection.selectionStart()
        && cursor.position() <= selection.selectionEnd())
        return;
    const Hit hit = hitAt(position);
    // Accept Suggestion acts on the suggestion holding the caret.
    if (hit.suggestion)
        cursor.setPosition(hit.suggestion->start);
    setTextCursor(cursor);
    Q_EMIT claimClicked(hit.claimId);
}

void ArticleTextEdit::scrollContentsBy(int dx, int dy)
{
    QPlainTextEdit::scrollContentsBy(dx, dy);
    Q_EMIT viewChanged();
}

void ArticleTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateColumn();
    Q_EMIT viewChanged();
}

void ArticleTextEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateColumn();
        Q_EMIT viewChanged();
    }
}

void ArticleTextEdit::updateColumn()
{
    // The column is made with viewport margins: the blank sides are not part
    // of the document, and the scroll bar stays at the widget's right edge.
    const int column = fontMetrics().averageCharWidth() * m_measure + 2 * kDocumentMargin;
    const int scrollBar = verticalScrollBar()->sizeHint().width();
    const int side = std::max(kMinimumSideMargin, (contentsRect().width() - scrollBar - column) / 2);
    if (side != m_sideMargin) {
        m_sideMargin = side;
        setViewportMargins(side, 0, side, 0);
        // A hidden viewport gets its resize event only when shown; the text
        // must wrap to the new width now (QPlainTextEdit does this on resize).
        QResizeEvent resize(viewport()->size(), viewport()->size());
        QPlainTextEdit::resizeEvent(&resize);
    }
    const int left = contentsRect().left() + side + kDocumentMargin;
    const int right = width() - contentsRect().right() - 1 + side + scrollBar + kDocumentMargin;
    Q_EMIT textColumnChanged(left, right);
}

} // namespace Claimbench
