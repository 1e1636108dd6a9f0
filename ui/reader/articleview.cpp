#include "ui/reader/articleview.h"

#include "core/models/articlelistmodel.h"
#include "ui/reader/articletextedit.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

constexpr int kDetailSpacing = 16;

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setFamilies({u"Noto Serif"_s, u"DejaVu Serif"_s, u"Georgia"_s, u"Times New Roman"_s});
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(base.pointSizeF() * 1.4);
    font.setWeight(QFont::DemiBold);
    return font;
}

QLabel *makeHeaderLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QWidget(this))
    , m_text(new ArticleTextEdit(this))
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_header->setObjectName(u"articleHeader"_s);

    m_title = makeHeaderLabel(m_header);
    m_title->setObjectName(u"articleTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setFont(titleFont(font()));
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_meta = makeHeaderLabel(m_header);
    m_meta->setObjectName(u"articleMeta"_s);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setForegroundRole(QPalette::PlaceholderText);

    // The URL is a link the user may follow in their browser; the article
    // itself never loads anything.
    m_url = makeHeaderLabel(m_header);
    m_url->setObjectName(u"articleUrl"_s);
    m_url->setTextFormat(Qt::RichText);
    m_url->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_url->setOpenExternalLinks(true);
    m_url->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    // Two lines, the title and the outlet, date, author and URL: the text
    // below is what the pane is for.
    auto *details = new QHBoxLayout;
    details->setSpacing(kDetailSpacing);
    details->addWidget(m_meta);
    details->addWidget(m_url, 1);
    auto *headerLayout = new QVBoxLayout(m_header);
    headerLayout->setSpacing(2);
    headerLayout->addWidget(m_title);
    headerLayout->addLayout(details);

    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);

    m_text->setObjectName(u"articleText"_s);
    connect(m_text, &ArticleTextEdit::textColumnChanged, this, &ArticleView::alignHeader);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(rule);
    layout->addWidget(m_text, 1);

    clear();
}

void ArticleView::setArticle(const Article &article)
{
    m_articleId = article.id;
    m_titleText = ArticleListModel::displayTitle(article);

    QStringList meta;
    if (!article.outlet.isEmpty())
        meta.append(article.outlet);
    if (!article.published.isNull())
        meta.append(ArticleListModel::displayDate(article.published));
    if (!article.author.isEmpty())
        meta.append(tr("by %1").arg(article.author));
    m_meta->setText(meta.join(u"  ·  "));
    m_meta->setVisible(!meta.isEmpty());

    m_urlText = article.url;
    m_url->setVisible(!article.url.isEmpty());

    m_header->setVisible(true);
    elideHeader();
    m_text->setArticleText(article.body, ExtractionContext::of(article));
}

void ArticleView::clear()
{
    m_articleId = 0;
    m_titleText.clear();
    m_urlText.clear();
    m_title->clear();
    m_meta->clear();
    m_url->clear();
    m_header->setVisible(false);
    m_text->setArticleText({});
}

QString ArticleView::title() const
{
    return m_titleText;
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    elideHeader();
}

void ArticleView::alignHeader(int left, int right)
{
    m_header->layout()->setContentsMargins(left, 8, right, 6);
    elideHeader();
}

void ArticleView::elideHeader()
{
    // One line each: a title or URL longer than the column ends in "…" and
    // shows whole in its tool tip.
    const QMargins margins = m_header->layout()->contentsMargins();
    const int width = std::max(0, m_header->width() - margins.left() - margins.right());
    const QString title = m_title->fontMetrics().elidedText(m_titleText, Qt::ElideRight, width);
    m_title->setText(title);
    m_title->setToolTip(title == m_titleText ? QString() : m_titleText);

    const int metaWidth = m_meta->isHidden() ? 0 : m_meta->sizeHint().width() + kDetailSpacing;
    const int urlWidth = std::max(0, width - metaWidth);
    const QString shownUrl = m_url->fontMetrics().elidedText(m_urlText, Qt::ElideRight, urlWidth);
    m_url->setToolTip(shownUrl == m_urlText ? QString() : m_urlText);
    const QUrl url(m_urlText);
    const bool linkable = url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http");
    if (linkable)
        m_url->setText(u"<a href=\""_s + QString::fromUtf8(url.toEncoded()).toHtmlEscaped() + u"\">"
                       + shownUrl.toHtmlEscaped() + u"</a>");
    else
        m_url->setText(shownUrl.toHtmlEscaped());
}

} // namespace Claimbench
