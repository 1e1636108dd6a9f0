#pragma once

#include <QByteArray>
#include <QImage>
#include <QObject>

#include <memory>

class QThread;

namespace Poppler {
class Document;
}

namespace Claimbench {

// Renders one page (0-based) of `document` at `dpi` dots per inch, with the
// hints the page view uses; a null image for a page out of range.
// The page view's worker and bench_pageview share it.
QImage renderPdfPage(Poppler::Document &document, int page, double dpi);

// Renders a PDF's pages off the GUI thread. The worker thread owns its own
// Poppler::Document (Poppler documents are not safe to share between
// threads), loaded from the bytes given to setDocument().
//
// Requests queue up; each carries a generation (the page view's layout: a
// zoom or resize starts a new one). A request whose generation is no longer
// current, or whose page has scrolled out of the wanted range, is dropped
// unrendered when the worker reaches it, so fast scrolling renders only what
// is still in view.
// Thread: create and call from the GUI thread; pageRendered() arrives there.
class PageRenderer : public QObject
{
    Q_OBJECT
public:
    explicit PageRenderer(QObject *parent = nullptr);
    ~PageRenderer() override;

    // Starts over with `document` (PDF bytes; empty: none), opened with
    // `password` when it is encrypted. Drops every queued request.
    void setDocument(const QByteArray &document, const QByteArray &password);
    // Queues a render of `page` (0-based) at `dpi` for layout `generation`.
    void request(int page, double dpi, int generation);
    // What is still worth rendering: pages first..last (0-based, inclusive)
    // of `generation`.
    void setWanted(int generation, int first, int last);

Q_SIGNALS:
    // `image` has its device pixel ratio left at 1; the caller sets it.
    void pageRendered(int page, int generation, const QImage &image);

private:
    struct Shared;
    class Worker;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread;
    Worker *m_worker;
};

} // namespace Claimbench
