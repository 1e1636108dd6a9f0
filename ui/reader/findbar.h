#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace Claimbench {

class ArticleTextEdit;

// Find in one article: a field, previous/next, the match count ("3 of 12"),
// a close button. Typing finds as you type (case-insensitive, in the text
// exactly as stored: ArticleTextEdit::articleText()); Enter and F3 go to the next match, Shift+Enter and
// Shift+F3 to the previous; Escape closes the bar and gives the focus back
// to the text.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    // `text` is not owned and must outlive the bar.
    explicit FindBar(ArticleTextEdit *text, QWidget *parent = nullptr);

    // Shows the bar with the text's selection (if short) as the query.
    void open();
    void findNext();
    void findPrevious();
    // Call when the text widget shows another text.
    void textReplaced();

    QLineEdit *field() const { return m_field; }
    int matchCount() const { return int(m_matches.size()); }
    // 0-based index of the selected match, -1 when none is selected.
    int currentMatch() const { return m_current; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void select(int index);
    void updateCount();

    ArticleTextEdit *m_text;
    QLineEdit *m_field;
    QLabel *m_count;
    QList<int> m_matches; // UTF-16 offsets of each match, ascending
    int m_current = -1;
};

} // namespace Claimbench
