#include "ui/reader/linkbar.h"

#include "ui/reader/articletextedit.h"
#include "ui/reader/readerpane.h"

#include <QHash>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {
constexpr int kBarWidth = 28;
constexpr int kTickLength = 5;
}

LinkBar::LinkBar(ReaderPane *left, ReaderPane *right, QWidget *parent)
    : QWidget(parent)
    , m_left(left)
    , m_right(right)
{
    setObjectName(u"linkBar"_s);
    setFixedWidth(kBarWidth);
    setToolTip(tr("Lines join claims of the same metric in the two articles"));
    for (ReaderPane *pane : {m_left, m_right}) {
        connect(pane->textEdit(), &ArticleTextEdit::viewChanged, this, qOverload<>(&QWidget::update));
        connect(pane, &ReaderPane::articleChanged, this, qOverload<>(&QWidget::update));
    }
}

QSize LinkBar::sizeHint() const
{
    return {kBarWidth, 100};
}

void LinkBar::setEmphasizedMetric(qint64 metricId)
{
    m_emphasized = metricId;
    update();
}

QList<LinkBar::Mark> LinkBar::marks(const ReaderPane *pane) const
{
    QHash<qint64, qint64> metricOf;
    for (const Claim &claim : pane->claims())
        metricOf.insert(claim.id, claim.metricId);
    QList<Mark> found;
    const ArticleTextEdit *text = pane->textEdit();
    for (const ArticleTextEdit::Highlight &h : text->visibleHighlights()) {
        const qint64 metric = metricOf.value(h.claimId);
        const auto y = text->visibleY(h.start);
        if (metric != 0 && y)
            found.append({mapFromGlobal(text->mapToGlobal(QPoint(0, *y))).y(), metric});
    }
    return found;
}

void LinkBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<Mark> left = marks(m_left);
    const QList<Mark> right = marks(m_right);
    const QColor normal = palette().color(QPalette::PlaceholderText);
    const QColor strong = palette().color(QPalette::Highlight);
    const auto penFor = [&](qint64 metric) {
        return metric == m_emphasized ? QPen(strong, 2.0) : QPen(normal, 1.0);
    };
    m_linkCount = 0;
    for (const Mark &l : left) {
        for (const Mark &r : right) {
            if (l.metricId != r.metricId)
                continue;
            painter.setPen(penFor(l.metricId));
            painter.drawLine(QPointF(kTickLength, l.y), QPointF(width() - kTickLength, r.y));
            ++m_linkCount;
        }
    }
    for (const Mark &l : left) {
        painter.setPen(penFor(l.metricId));
        painter.drawLine(0, l.y, kTickLength, l.y);
    }
    for (const Mark &r : right) {
        painter.setPen(penFor(r.metricId));
        painter.drawLine(width() - kTickLength, r.y, width(), r.y);
    }
}

} // namespace Claimbench
