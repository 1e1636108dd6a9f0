#pragma once

#include "core/domain/pagemap.h"
#include "ui/reader/articletextedit.h"

#include <QAbstractScrollArea>
#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QList>

#include <functional>
#include <optional>

namespace Claimbench {

class PageRenderer;

// The pages of the PDF an article was read from, one under the other, with
// the article's claims drawn over their words in their tags' colours (the
// boxes of PageMap::boxesOf()) and the selected claim outlined, as the text
// beside it draws them.
//
// Why a QAbstractScrollArea of our own (as Okular, qpdfview and QPdfView
// do): the page rectangles are laid out from PageMap's page sizes without
// rendering anything, and only the pages in view are rendered, by a
// PageRenderer on its own thread, into a small cache. A page not yet
// rendered shows a placeholder (or its last rendering, scaled), so a
// 300-page report scrolls at once. A zoom or resize starts a new layout
// generation: renders of the old one are dropped.
//
// The width fits the view; the reader's zoom steps (ArticleTextEdit::zoom())
// scale it from there by 10 % a step.
//
// An encrypted PDF asks for its password once per session (passwordPrompt(),
// a QInputDialog by default) and keeps it in memory only, for every view.
// Offsets are UTF-16 indices into the article body, like Claim's.
// Thread: the GUI thread.
class PageView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    using Highlight = ArticleTextEdit::Highlight;
    // Asks for a password: `message` says which document and, after a wrong
    // one, that it did not open it. nullopt: the user cancelled.
    using PasswordPrompt = std::function<std::optional<QString>(QWidget *parent, const QString &message)>;

    // The gap between pages and around them, in device-independent pixels.
    static constexpr int kPageGap = 8;

    explicit PageView(QWidget *parent = nullptr);
    ~PageView() override;

    // Shows `document` (PDF bytes) laid out as `pages` says; `name` names it
    // in the password prompt. Empty pages or bytes: nothing. Forgets the
    // highlights.
    void setDocument(const QByteArray &document, const PageMap &pages, const QString &name = {});
    void clear();
    bool hasPages() const { return !m_pages.isEmpty(); }
    int pageCount() const { return int(m_pages.pages.size()); }
    // Whether the document opened (false when locked and no password was given).
    bool isOpen() const { return m_open; }

    void setHighlights(QList<Highlight> highlights);
    const QList<Highlight> &highlights() const { return m_highlights; }
    void setSelectedClaim(qint64 claimId);
    qint64 selectedClaim() const { return m_selected; }
    // Scrolls the boxes of [start, end) into the middle of the view, unless
    // they are already in it; a range without boxes scrolls to its page.
    void scrollToRange(int start, int end);

    void setZoom(int steps);
    int zoom() const { return m_zoom; }
    // Pixels per PDF point in the current layout.
    double scale() const { return m_scale; }

    // Page `page` (1-based) in content coordinates (y from the top of the
    // first page's gap, x from the viewport's left).
    QRectF pageRect(int page) const;
    // Where a body range's boxes are in viewport coordinates.
    QList<QRectF> viewportBoxes(int page, int start, int end) const;
    // The 1-based pages intersecting the viewport (0, -1 when none).
    std::pair<int, int> visiblePages() const;
    // Whether `page` (1-based) has a rendering of the current layout.
    bool isRendered(int page) const;
    // The innermost highlighted claim under `position` (viewport coordinates), 0: none.
    qint64 claimAt(QPointF position) const;

    static void setPasswordPrompt(PasswordPrompt prompt);

Q_SIGNALS:
    // A click on a claim's box.
    void claimClicked(qint64 claimId);
    // A page arrived from the renderer (tests wait on it).
    void pageRendered(int page);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct Rendering
    {
        QImage image;
        int generation = 0;
        qint64 lastUsed = 0;
    };

    // The document's password, asked for when it is encrypted; nullopt:
    // cancelled. Empty for an unencrypted one.
    std::optional<QByteArray> unlock(const QByteArray &document, const QString &name);
    void relayout();
    void requestVisible();
    void pageArrived(int page, int generation, const QImage &image);
    void drawPage(QPainter &painter, int page, const QRectF &rect);
    void drawHighlights(QPainter &painter, int page, const QRectF &rect);
    double contentOffsetY() const;
    double contentOffsetX() const;

    PageRenderer *m_renderer;
    PageMap m_pages;
    QList<double> m_tops; // each page's top in content pixels
    double m_contentHeight = 0;
    double m_contentWidth = 0;
    double m_scale = 1;
    int m_zoom = 0;
    int m_generation = 0;
    bool m_open = false;
    // An encrypted document no password opened yet, and its name for the
    // prompt: a click on the page view asks again.
    QByteArray m_locked;
    QString m_lockedName;
    QHash<int, Rendering> m_cache; // by 0-based page
    QSet<int> m_requested;         // 0-based pages of m_generation asked for
    qint64 m_useClock = 0;
    QList<Highlight> m_highlights;
    qint64 m_selected = 0;
    QPoint m_pressPosition;
};

} // namespace Claimbench
