#pragma once

#include <QTextEdit>

namespace Claimbench {

// Read-only article text set in one centred column of at most `measure`
// characters (average width of the current font), however wide the widget
// is: long lines are hard to read. Document positions are QString indices
// into the text given to setArticleText(), so claim offsets map 1:1.
//
// The column is made with the root frame's side margins, not viewport
// margins: the document then relayouts itself whenever they change, even
// while the widget is hidden.
class ArticleTextEdit : public QTextEdit
{
    Q_OBJECT
public:
    explicit ArticleTextEdit(QWidget *parent = nullptr);

    // Shows `text` as is, with the reading line spacing; replaces setPlainText.
    void setArticleText(const QString &text);

    void setMeasure(int characters);
    int measure() const { return m_measure; }

Q_SIGNALS:
    // The column moved (resize, font change): `left` and `right` are the
    // distances from this widget's edges to the text, so that neighbours
    // (the article header) can line up with it.
    void textColumnChanged(int left, int right);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateColumn();

    int m_measure = 85;
    int m_sideMargin = -1;
};

} // namespace Claimbench
