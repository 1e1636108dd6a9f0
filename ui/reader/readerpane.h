#pragma once

#include "core/domain/article.h"
#include "core/domain/claim.h"
#include "core/domain/tag.h"
#include "core/error.h"
#include "ui/sessionbinding.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QSplitter;
class QStackedWidget;

namespace Claimbench {

class ArticleListModel;
class ArticleTextEdit;
class ArticleView;
class EmptyStateLabel;
class FindBar;
class OrphanList;
class PageView;
struct Figure;

// One side of the reader: an article picker (a combo with completion over
// the library), the article (header and text with its claims drawn), a find
// bar and the list of orphaned claims.
//
// Tagging happens here, each change one undo step through the session:
// a claim from the selection or from a suggestion (ProjectSession::
// createClaimFromRange; a suggestion's claim says what its mark showed; a
// range that is already a claim selects that claim), a tag from the first nine, a boundary moved to the
// selection, an orphan placed, a claim deleted. Errors are reported through
// errorOccurred(), never thrown; on error nothing changed.
// Offsets are UTF-16 indices into the article body (see Claim).
// Thread: the GUI thread.
class ReaderPane : public QWidget
{
    Q_OBJECT
public:
    // `articles` (the picker's list) is not owned and must outlive the pane.
    explicit ReaderPane(ArticleListModel *articles, QWidget *parent = nullptr);

    // Not owned; nullptr shows nothing. Follows the session's claim and tag
    // changes, and shows the new text of a replaced article.
    void setSession(ProjectSession *session);

    // Shows the article (0: none); false, reported, when it cannot be read.
    bool showArticle(qint64 articleId);
    qint64 articleId() const { return m_article.id; }
    const Article &article() const { return m_article; }
    // The article's claims, placed and orphaned, by start offset.
    const QList<Claim> &claims() const { return m_claims; }

    ArticleView *view() const { return m_view; }
    // The pages of the PDF the article was read from, on the right of the
    // text; hidden for an article without pages and while not pageShown().
    PageView *pageView() const { return m_pageView; }
    void setPageShown(bool shown);
    bool isPageShown() const { return m_pageShown; }
    ArticleTextEdit *textEdit() const;
    FindBar *findBar() const { return m_findBar; }
    OrphanList *orphanList() const { return m_orphans; }
    QComboBox *picker() const { return m_picker; }

    // The claim outlined and edited (0: none).
    qint64 selectedClaim() const;
    // Whether the shown article has the claim (placed or orphaned).
    bool hasClaim(qint64 claimId) const { return claim(claimId) != nullptr; }
    // Selects the claim's quote, scrolls to it and emits claimSelected().
    void selectClaim(qint64 claimId);
    // Outlines no claim and drops the text selection that is the outlined
    // claim's quote, when another claim became current; emits nothing.
    void clearSelectedClaim();
    // Marks the claims of `metricId` and scrolls to the first of them
    // (0: clears the marks).
    void markMetric(qint64 metricId);
    // Marks that one claim, as the counterpart of the other pane's, and
    // scrolls to it; false when this pane's article has no such claim.
    bool markClaim(qint64 claimId);
    // Goes to the next (`forward`) or previous claim or suggestion of the
    // article in text order (ArticleTextEdit::adjacentMark()): a claim is
    // selected as selectClaim() does; a suggestion's words are selected,
    // which leaves no claim selected. At either end nothing moves and
    // statusMessage() says so.
    void stepToMark(bool forward);

    // Framed in the palette's highlight colour: the pane the library, the
    // editor and the tag keys act on, while another pane is shown beside it.
    void setMarkedActive(bool marked);
    bool isMarkedActive() const { return m_markedActive; }

    void openFindBar();
    // Ctrl+T: a claim from the selected words' figure, or with no selection
    // from the suggestion the caret touches; never a claim without a figure
    // (statusMessage() says why nothing was made).
    void createClaimFromSelection();
    // Creates a claim from the suggestion the caret is in; false if none.
    bool acceptSuggestionAtCursor();
    // Applies the `index`-th tag (0-based, TagRepository::list() order) to
    // the selected claim.
    void applyTag(int index);
    // Applies the tag to the selected claim (one undo step); false when no
    // claim is selected. A failure is reported through errorOccurred().
    bool applyTagToSelectedClaim(qint64 tagId);
    void setClaimToSelection();
    void deleteSelectedClaim();

Q_SIGNALS:
    void articleChanged(qint64 articleId);
    // A claim was clicked or selected (0, 0: none); `metricId` 0 when it has no metric.
    void claimSelected(qint64 claimId, qint64 metricId);
    // A claim was just created from the selection or a suggestion, or one
    // already held exactly that range and was selected instead: the analyst
    // goes on to fill in its fields.
    void editClaimRequested(qint64 claimId);
    // An action of the analyst's failed.
    void errorOccurred(const QString &headline, const Claimbench::Error &error);
    // The article, its pages or its claims could not be read: also when the
    // analyst did not ask (a refresh after another analyst's change).
    void readFailed(const QString &headline, const Claimbench::Error &error);
    // A passing remark for the window's status bar.
    void statusMessage(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    bool loadArticle(qint64 articleId);
    // Reads the shown article again after its text was replaced.
    void reloadArticle();
    // `figure`: the suggestion's, already extracted; nullptr for a selection.
    void createClaim(int start, int end, const Figure *figure = nullptr);
    // Selects the placed claim whose range is exactly [start, end) and asks
    // for its editor; false when there is none.
    bool selectExistingClaim(int start, int end);
    void tagSelectedClaim(const Tag &tag);
    void deleteClaim(qint64 claimId);
    void placeClaim(qint64 claimId, int start, int end, const QString &actionText);
    void reloadClaims();
    void syncPicker();
    // Shows the article's pages, read with it, or hides the page view.
    void loadPages();
    void updatePageVisibility();
    const Claim *claim(qint64 claimId) const;
    bool selection(int &start, int &end) const;

    ArticleListModel *m_articles;
    SessionBinding m_session{this};
    QComboBox *m_picker;
    QStackedWidget *m_stack;
    EmptyStateLabel *m_empty;
    QSplitter *m_splitter;
    ArticleView *m_view;
    PageView *m_pageView;
    FindBar *m_findBar;
    OrphanList *m_orphans;
    Article m_article;
    QList<Claim> m_claims;
    bool m_markedActive = false;
    bool m_pageShown = true;
};

} // namespace Claimbench
