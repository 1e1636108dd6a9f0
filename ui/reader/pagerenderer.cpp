#include "ui/reader/pagerenderer.h"

#include <QThread>

#include <poppler-qt6.h>

#include <atomic>

namespace Claimbench {

QImage renderPdfPage(Poppler::Document &document, int page, double dpi)
{
    const std::unique_ptr<Poppler::Page> pdfPage(document.page(page));
    if (!pdfPage)
        return {};
    return pdfPage->renderToImage(dpi, dpi);
}

struct PageRenderer::Shared
{
    std::atomic<int> generation = -1;
    std::atomic<int> first = 0;
    std::atomic<int> last = -1;
    // Bumped by setDocument(): requests for an older document are dropped.
    std::atomic<int> documentSerial = 0;
};

// Lives on the renderer's thread; its slots run there, one at a time.
class PageRenderer::Worker : public QObject
{
    Q_OBJECT
public:
    explicit Worker(std::shared_ptr<Shared> shared)
        : m_shared(std::move(shared))
    {
    }

    void open(const QByteArray &bytes, const QByteArray &password, int serial)
    {
        m_serial = serial;
        m_document.reset();
        if (bytes.isEmpty())
            return;
        m_document = Poppler::Document::loadFromData(bytes, password, password);
        if (!m_document || m_document->isLocked()) {
            m_document.reset();
            return;
        }
        m_document->setRenderHint(Poppler::Document::Antialiasing);
        m_document->setRenderHint(Poppler::Document::TextAntialiasing);
    }

    void render(int page, double dpi, int generation, int serial)
    {
        if (!m_document || serial != m_serial || serial != m_shared->documentSerial
            || generation != m_shared->generation || page < m_shared->first || page > m_shared->last)
            return;
        QImage image = renderPdfPage(*m_document, page, dpi);
        if (!image.isNull())
            Q_EMIT rendered(page, generation, image);
    }

Q_SIGNALS:
    void rendered(int page, int generation, const QImage &image);

private:
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<Poppler::Document> m_document;
    int m_serial = 0;
};

PageRenderer::PageRenderer(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
    , m_thread(new QThread(this))
    , m_worker(new Worker(m_shared))
{
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::rendered, this, &PageRenderer::pageRendered);
    m_thread->start(QThread::LowPriority);
}

PageRenderer::~PageRenderer()
{
    // Nothing queued is wanted any more: the worker finishes at most the
    // page it is on.
    m_shared->generation = -1;
    m_thread->quit();
    m_thread->wait();
}

void PageRenderer::setDocument(const QByteArray &document, const QByteArray &password)
{
    const int serial = ++m_shared->documentSerial;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, document, password, serial] {
        worker->open(document, password, serial);
    });
}

void PageRenderer::request(int page, double dpi, int generation)
{
    const int serial = m_shared->documentSerial;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, page, dpi, generation, serial] {
        worker->render(page, dpi, generation, serial);
    });
}

void PageRenderer::setWanted(int generation, int first, int last)
{
    m_shared->first = first;
    m_shared->last = last;
    m_shared->generation = generation;
}

} // namespace Claimbench

#include "pagerenderer.moc"
