#include "ui/reader/pageview.h"

#include "ui/reader/sessionpasswords.h"

#include "ui/reader/pagerenderer.h"

#include <QCryptographicHash>
#include <QInputDialog>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

#include <poppler-qt6.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// Renderings kept: a screenful of pages at any zoom and some on either side.
constexpr int kCacheSize = 12;
// Pages rendered beyond the viewport's, so that a scroll finds them ready.
constexpr int kPrefetch = 1;
// One zoom step scales the fitted width by this much.
constexpr double kZoomStep = 1.1;
constexpr int kClickSlop = 3;
const QColor kUntaggedColor(0x8a, 0x8f, 0x98);

QColor boxColor(const QColor &tagColor)
{
    QColor color = tagColor.isValid() ? tagColor : kUntaggedColor;
    color.setAlpha(90); // the words stay legible under the box
    return color;
}

std::optional<QString> askPassword(QWidget *parent, const QString &message)
{
    bool ok = false;
    const QString password = QInputDialog::getText(parent, PageView::tr("Password"), message,
                                                   QLineEdit::Password, {}, &ok);
    if (!ok)
        return std::nullopt;
    return password;
}

PageView::PasswordPrompt &passwordPrompt()
{
    static PageView::PasswordPrompt prompt = askPassword;
    return prompt;
}

bool opens(const QByteArray &document, const QByteArray &password)
{
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(document, password, password);
    return pdf && !pdf->isLocked();
}

} // namespace

PageView::PageView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_renderer(new PageRenderer(this))
{
    setObjectName(u"pageView"_s);
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    setFrameShape(QFrame::NoFrame);
    verticalScrollBar()->setSingleStep(20);
    connect(m_renderer, &PageRenderer::pageRendered, this, &PageView::pageArrived);
}

PageView::~PageView() = default;

void PageView::setPasswordPrompt(PasswordPrompt prompt)
{
    passwordPrompt() = prompt ? std::move(prompt) : PasswordPrompt(askPassword);
}

void PageView::setDocument(const QByteArray &document, const PageMap &pages, const QString &name)
{
    clear();
    if (document.isEmpty() || pages.isEmpty())
        return;
    m_pages = pages;
    const std::optional<QByteArray> password = unlock(document, name);
    m_open = password.has_value();
    if (!m_open) {
        m_locked = document;
        m_lockedName = name;
    }
    m_renderer->setDocument(m_open ? document : QByteArray(), password.value_or(QByteArray()));
    relayout();
    verticalScrollBar()->setValue(0);
}

void PageView::clear()
{
    m_pages = {};
    m_tops.clear();
    m_open = false;
    m_locked.clear();
    m_lockedName.clear();
    m_cache.clear();
    m_requested.clear();
    m_highlights.clear();
    m_selected = 0;
    ++m_generation;
    m_renderer->setDocument({}, {});
    relayout();
}

std::optional<QByteArray> PageView::unlock(const QByteArray &document, const QString &name)
{
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(document);
    if (!pdf || !pdf->isLocked())
        return QByteArray();
    if (std::optional<QByteArray> known = SessionPasswords::find(document); known && opens(document, *known))
        return known;
    const QString shown = name.isEmpty() ? tr("this article's PDF") : name;
    QString message = tr("The PDF of %1 is encrypted. Password:").arg(shown);
    for (;;) {
        const std::optional<QString> answer = passwordPrompt()(this, message);
        if (!answer)
            return std::nullopt;
        const QByteArray password = answer->toUtf8();
        if (opens(document, password)) {
            SessionPasswords::remember(document, password);
            return password;
        }
        message = tr("The password does not open the PDF of %1. Password:").arg(shown);
    }
}

void PageView::relayout()
{
    ++m_generation;
    m_requested.clear();
    const double available = std::max(1, viewport()->width() - 2 * kPageGap);
    double widest = 0;
    for (const Page &page : std::as_const(m_pages.pages))
        widest = std::max(widest, page.size.width());
    m_scale = widest > 0 ? available / widest * std::pow(kZoomStep, m_zoom) : 1;
    m_tops.clear();
    double y = kPageGap;
    for (const Page &page : std::as_const(m_pages.pages)) {
        m_tops.append(y);
        y += std::ceil(page.size.height() * m_scale) + kPageGap;
    }
    m_contentHeight = m_pages.isEmpty() ? 0 : y;
    m_contentWidth = widest * m_scale + 2 * kPageGap;
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(m_contentHeight)) - viewport()->height()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(m_contentWidth)) - viewport()->width()));
    viewport()->update();
}

void PageView::setZoom(int steps)
{
    if (steps == m_zoom)
        return;
    // The page in the middle of the view stays there.
    const double fraction = m_contentHeight > 0
        ? (verticalScrollBar()->value() + viewport()->height() / 2.0) / m_contentHeight : 0;
    m_zoom = steps;
    relayout();
    verticalScrollBar()->setValue(int(fraction * m_contentHeight - viewport()->height() / 2.0));
}

double PageView::contentOffsetY() const
{
    return verticalScrollBar()->value();
}

double PageView::contentOffsetX() const
{
    // Narrower than the view: centred; wider: scrolled.
    const double spare = viewport()->width() - m_contentWidth;
    return spare > 0 ? -spare / 2 : horizontalScrollBar()->value();
}

QRectF PageView::pageRect(int page) const
{
    if (page < 1 || page > m_tops.size())
        return {};
    const QSizeF size = m_pages.pages.at(page - 1).size * m_scale;
    const double x = kPageGap + (m_contentWidth - 2 * kPageGap - size.width()) / 2;
    return {x, m_tops.at(page - 1), std::floor(size.width()), std::ceil(size.height())};
}

QList<QRectF> PageView::viewportBoxes(int page, int start, int end) const
{
    const QPointF origin = pageRect(page).topLeft() - QPointF(contentOffsetX(), contentOffsetY());
    QList<QRectF> boxes;
    for (const QRectF &box : m_pages.boxesOf(page, start, end))
        boxes.append(QRectF(origin + box.topLeft() * m_scale, box.size() * m_scale));
    return boxes;
}

std::pair<int, int> PageView::visiblePages() const
{
    if (m_tops.isEmpty())
        return {0, -1};
    const double top = contentOffsetY();
    const double bottom = top + viewport()->height();
    // The first page whose bottom is below the view's top.
    auto first = std::upper_bound(m_tops.cbegin(), m_tops.cend(), top);
    int firstPage = int(first - m_tops.cbegin()); // 1-based page whose top is <= top (or 0)
    if (firstPage == 0 || pageRect(firstPage).bottom() < top)
        ++firstPage;
    firstPage = std::clamp(firstPage, 1, int(m_tops.size()));
    int lastPage = firstPage;
    while (lastPage < m_tops.size() && m_tops.at(lastPage) < bottom)
        ++lastPage;
    return {firstPage, lastPage};
}

bool PageView::isRendered(int page) const
{
    const auto found = m_cache.constFind(page - 1);
    return found != m_cache.cend() && found->generation == m_generation;
}

void PageView::requestVisible()
{
    if (!m_open)
        return;
    const auto [first, last] = visiblePages();
    if (last < first)
        return;
    const int from = std::max(0, first - 1 - kPrefetch);
    const int to = std::min(pageCount() - 1, last - 1 + kPrefetch);
    m_renderer->setWanted(m_generation, from, to);
    const double dpi = 72.0 * m_scale * devicePixelRatioF();
    // The pages in view first, then the ones around them.
    QList<int> order;
    for (int page = first - 1; page <= last - 1; ++page)
        order.append(page);
    for (int page = from; page <= to; ++page)
        if (!order.contains(page))
            order.append(page);
    for (int page : std::as_const(order)) {
        if (isRendered(page + 1) || m_requested.contains(page))
            continue;
        m_requested.insert(page);
        m_renderer->request(page, dpi, m_generation);
    }
}

void PageView::pageArrived(int page, int generation, const QImage &image)
{
    if (generation != m_generation)
        return;
    m_requested.remove(page);
    Rendering rendering{image, generation, ++m_useClock};
    rendering.image.setDevicePixelRatio(devicePixelRatioF());
    m_cache.insert(page, std::move(rendering));
    while (m_cache.size() > kCacheSize) {
        auto oldest = std::min_element(m_cache.begin(), m_cache.end(), [](const Rendering &a, const Rendering &b) {
            return a.lastUsed < b.lastUsed;
        });
        m_cache.erase(oldest);
    }
    viewport()->update();
    Q_EMIT pageRendered(page + 1);
}

void PageView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const auto [first, last] = visiblePages();
    const QPointF offset(contentOffsetX(), contentOffsetY());
    for (int page = first; page <= last; ++page) {
        const QRectF rect = pageRect(page).translated(-offset);
        drawPage(painter, page, rect);
        drawHighlights(painter, page, rect);
    }
    if (!m_pages.isEmpty() && !m_open) {
        // Over the pages' white placeholders, whatever the theme.
        painter.setPen(Qt::black);
        painter.drawText(viewport()->rect().adjusted(12, 0, -12, 0), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("This PDF is encrypted: the page view needs its password. Click here to enter it."));
    }
    requestVisible();
}

void PageView::drawPage(QPainter &painter, int page, const QRectF &rect)
{
    painter.fillRect(rect, Qt::white);
    const auto found = m_cache.find(page - 1);
    if (found != m_cache.end()) {
        found->lastUsed = ++m_useClock;
        // A rendering of another zoom stands in, scaled, until the new one comes.
        painter.setRenderHint(QPainter::SmoothPixmapTransform, found->generation != m_generation);
        painter.drawImage(rect, found->image);
        return;
    }
    painter.setPen(QColor(0xb0, 0xb0, 0xb0));
    painter.drawText(rect, Qt::AlignCenter, tr("Page %1").arg(page));
}

void PageView::drawHighlights(QPainter &painter, int page, const QRectF &rect)
{
    const Page &shown = m_pages.pages.at(page - 1);
    const QPointF origin = rect.topLeft();
    const auto toView = [&](const QRectF &box) {
        return QRectF(origin + box.topLeft() * m_scale, box.size() * m_scale);
    };
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    const Highlight *selected = nullptr;
    for (const Highlight &highlight : std::as_const(m_highlights)) {
        if (highlight.end <= shown.start || highlight.start >= shown.end)
            continue;
        if (highlight.claimId == m_selected)
            selected = &highlight;
        painter.setBrush(boxColor(highlight.color));
        for (const QRectF &box : m_pages.boxesOf(page, highlight.start, highlight.end))
            painter.drawRect(toView(box));
    }
    if (!selected)
        return;
    QColor outline = selected->color.isValid() ? selected->color : kUntaggedColor;
    painter.setPen(QPen(outline.darker(140), 2));
    painter.setBrush(Qt::NoBrush);
    for (const QRectF &box : m_pages.boxesOf(page, selected->start, selected->end))
        painter.drawRect(toView(box).adjusted(-1, -1, 1, 1));
}

void PageView::setHighlights(QList<Highlight> highlights)
{
    m_highlights = std::move(highlights);
    viewport()->update();
}

void PageView::setSelectedClaim(qint64 claimId)
{
    if (claimId == m_selected)
        return;
    m_selected = claimId;
    viewport()->update();
}

void PageView::scrollToRange(int start, int end)
{
    const int page = m_pages.pageOf(start);
    if (page == 0)
        return;
    QRectF target;
    for (const QRectF &box : m_pages.boxesOf(page, start, std::max(end, start + 1)))
        target |= box;
    const QRectF rect = pageRect(page);
    const double top = target.isNull() ? rect.top() : rect.top() + target.top() * m_scale;
    const double bottom = target.isNull() ? rect.top() + viewport()->height() / 2.0
                                          : rect.top() + target.bottom() * m_scale;
    const double viewTop = contentOffsetY();
    if (!target.isNull() && top >= viewTop && bottom <= viewTop + viewport()->height())
        return;
    if (target.isNull())
        verticalScrollBar()->setValue(int(top) - kPageGap);
    else
        verticalScrollBar()->setValue(int((top + bottom) / 2 - viewport()->height() / 2.0));
}

qint64 PageView::claimAt(QPointF position) const
{
    const QPointF content = position + QPointF(contentOffsetX(), contentOffsetY());
    const auto [first, last] = visiblePages();
    for (int page = first; page <= last; ++page) {
        const QRectF rect = pageRect(page);
        if (!rect.contains(content))
            continue;
        const QPointF point = (content - rect.topLeft()) / m_scale;
        const Page &shown = m_pages.pages.at(page - 1);
        const Highlight *innermost = nullptr;
        for (const Highlight &highlight : m_highlights) {
            if (highlight.end <= shown.start || highlight.start >= shown.end)
                continue;
            if (innermost && highlight.end - highlight.start >= innermost->end - innermost->start)
                continue;
            const QList<QRectF> boxes = m_pages.boxesOf(page, highlight.start, highlight.end);
            if (std::any_of(boxes.cbegin(), boxes.cend(), [&](const QRectF &box) { return box.contains(point); }))
                innermost = &highlight;
        }
        return innermost ? innermost->claimId : 0;
    }
    return 0;
}

void PageView::mousePressEvent(QMouseEvent *event)
{
    m_pressPosition = event->position().toPoint();
    QAbstractScrollArea::mousePressEvent(event);
}

void PageView::mouseReleaseEvent(QMouseEvent *event)
{
    QAbstractScrollArea::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton
        || (event->position().toPoint() - m_pressPosition).manhattanLength() > kClickSlop)
        return;
    if (!m_open && !m_locked.isEmpty()) {
        const QByteArray document = m_locked;
        const PageMap pages = m_pages;
        const QString name = m_lockedName;
        const auto highlights = m_highlights;
        const qint64 selected = m_selected;
        setDocument(document, pages, name);
        m_highlights = highlights;
        m_selected = selected;
        viewport()->update();
        return;
    }
    if (const qint64 claimId = claimAt(event->position()))
        Q_EMIT claimClicked(claimId);
}

void PageView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    const double fraction = m_contentHeight > 0 ? verticalScrollBar()->value() / m_contentHeight : 0;
    relayout();
    verticalScrollBar()->setValue(int(fraction * m_contentHeight));
}

void PageView::scrollContentsBy(int, int)
{
    viewport()->update();
}

} // namespace Claimbench
