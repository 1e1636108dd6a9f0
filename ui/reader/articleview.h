#pragma once

#include "core/domain/article.h"

#include <QWidget>

class QLabel;

namespace Claimbench {

class ArticleTextEdit;

// One article, read-only: its title, then a line with outlet, published date,
// author and URL, above its text in a centred column of readable width.
// The side-by-side reader is built from two of these.
class ArticleView : public QWidget
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);

    // Shows `article` (with its body); positions in textEdit() index its body.
    void setArticle(const Article &article);
    void clear();

    // 0 when nothing is shown.
    qint64 articleId() const { return m_articleId; }
    QString title() const;
    // The text widget, for callers that draw on or search the article's text.
    ArticleTextEdit *textEdit() const { return m_text; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void alignHeader(int left, int right);
    // Fits the title and the URL to the header's width.
    void elideHeader();

    QWidget *m_header = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_url = nullptr;
    QString m_titleText;
    QString m_urlText;
    ArticleTextEdit *m_text = nullptr;
    qint64 m_articleId = 0;
};

} // namespace Claimbench
