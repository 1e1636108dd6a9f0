#pragma once

#include "ui/sessionbinding.h"

#include <QWidget>

class QLineEdit;
class QStackedWidget;
class QTableView;

namespace Claimbench {

class ArticleListModel;
class ArticleSearcher;
class EmptyStateLabel;

// The library: a search field over the project's articles and the table of
// them (sortable by any column, the model sorting), or a sentence saying why
// it is empty. Nothing in it reads every article: the model reads the rows
// on screen, and column widths and row heights do not depend on the rows.
// Typing searches as it goes (full-text, ranked off the GUI thread by
// ArticleSearcher, each key cancelling the search before); Enter searches at
// once on the GUI thread, Escape clears.
class LibraryPanel : public QWidget
{
    Q_OBJECT
public:
    // `model` is not owned and must outlive the panel.
    explicit LibraryPanel(ArticleListModel *model, QWidget *parent = nullptr);

    // Lists the session's articles (nullptr: none) with the search cleared,
    // and reloads them when its claims change, the library counting claims
    // per article. The session is not owned; see SessionBinding.
    void setSession(ProjectSession *session);

    QLineEdit *searchField() const { return m_search; }
    QTableView *view() const { return m_view; }
    ArticleSearcher *searcher() const { return m_searcher; }

    // 0 when no row is current.
    qint64 currentArticleId() const;
    // Makes the article's row current; false when it is not listed.
    bool selectArticle(qint64 articleId);

Q_SIGNALS:
    // The analyst moved the current row to this article (never emitted with
    // 0). Not after a reload re-selects the article chosen before it: an
    // edit elsewhere reloads the library, and that must open nothing.
    void currentArticleChanged(qint64 articleId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Widths in average characters.
    static constexpr int kOutletCharacters = 16;
    static constexpr int kOutletMinimumCharacters = 6;
    static constexpr int kTitleMinimumCharacters = 14;
    void fitOutletColumn();
    void applySearch();
    void searchAsTyped(const QString &text);
    void updateEmptyState();
    void sizeFixedColumns();
    void sizeRows();
    void restoreCurrent();

    ArticleListModel *m_model;
    SessionBinding m_session{this};
    QLineEdit *m_search;
    ArticleSearcher *m_searcher;
    QStackedWidget *m_stack;
    QTableView *m_view;
    EmptyStateLabel *m_empty;
    qint64 m_lastArticle = 0;
    bool m_restoring = false; // restoreCurrent() is selecting the row again
    bool m_quickRankingShown = false; // the full ranking of the search shown is on its way
    QString m_searchShown; // the search of the rows shown, to scroll a new one to its top
};

} // namespace Claimbench
