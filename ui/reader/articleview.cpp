#include "ui/reader/articleview.h"

#include "core/models/articlelistmodel.h"
#include "ui/reader/articletextedit.h"

#include <QFrame>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setFamilies({u"Noto Serif"_s, u"DejaVu Serif"_s, u"Georgia"_s, u"Times New Roman"_s});
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(base.pointSizeF() * 1.7);
    font.setWeight(QFont::DemiBold);
    return font;
}

QLabel *makeHeaderLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
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

    m_title = makeHeaderLabel(m_header);
    m_title->setObjectName(u"articleTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setFont(titleFont(font()));

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

    auto *headerLayout = new QVBoxLayout(m_header);
    headerLayout->setSpacing(4);
    headerLayout->addWidget(m_title);
    headerLayout->addWidget(m_meta);
    headerLayout->addWidget(m_url);

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
    m_title->setText(ArticleListModel::displayTitle(article));

    QStringList meta;
    if (!article.outlet.isEmpty())
        meta.append(article.outlet);
    if (!article.published.isNull())
        meta.append(ArticleListModel::displayDate(article.published));
    if (!article.author.isEmpty())
        meta.append(tr("by %1").arg(article.author));
    m_meta->setText(meta.join(u"  ·  "));
    m_meta->setVisible(!meta.isEmpty());

    const QUrl url(article.url);
    const bool linkable = url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http");
    if (linkable) {
        const QString escaped = article.url.toHtmlEscaped();
        m_url->setText(u"<a href=\""_s + QString::fromUtf8(url.toEncoded()).toHtmlEscaped() + u"\">"
                       + escaped + u"</a>");
    } else {
        m_url->setText(article.url.toHtmlEscaped());
    }
    m_url->setVisible(!article.url.isEmpty());

    m_header->setVisible(true);
    m_text->setArticleText(article.body, article.published);
}

void ArticleView::clear()
{
    m_articleId = 0;
    m_title->clear();
    m_meta->clear();
    m_url->clear();
    m_header->setVisible(false);
    m_text->setArticleText({});
}

QString ArticleView::title() const
{
    return m_title->text();
}

void ArticleView::alignHeader(int left, int right)
{
    m_header->layout()->setContentsMargins(left, 20, right, 12);
}

} // namespace Claimbench
