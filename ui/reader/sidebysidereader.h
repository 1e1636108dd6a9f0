#pragma once

#include <QWidget>

class QSettings;
class QSplitter;

namespace Claimbench {

class ArticleListModel;
class LinkBar;
class ProjectSession;
class ReaderPane;

// The centre of the window: two reader panes in a splitter with the link bar
// between them. Either pane can be hidden, never both. It keeps track of the pane the
// analyst works in (the one that last had the focus; the left one at first),
// frames it while both panes are shown (ReaderPane::setMarkedActive()),
// marks in the other pane the claims of the metric of a claim selected in
// one, and optionally scrolls the panes together.
//
// Synchronized scrolling maps positions paragraph by paragraph
// (ArticleTextEdit::paragraphPosition): the other pane shows the paragraph at
// the same fraction of its own paragraphs. Two articles of different lengths
// thus stay in step by content, not by pixels.
class SideBySideReader : public QWidget
{
    Q_OBJECT
public:
    // `articles` (the pickers' list) is not owned and must outlive the reader.
    explicit SideBySideReader(ArticleListModel *articles, QWidget *parent = nullptr);
    ~SideBySideReader() override;

    // Not owned; handed to both panes (nullptr: nothing shown).
    void setSession(ProjectSession *session);

    ReaderPane *left() const { return m_left; }
    ReaderPane *right() const { return m_right; }
    ReaderPane *activePane() const;
    // The pane showing `articleId`, else nullptr.
    ReaderPane *paneShowing(qint64 articleId) const;
    // Shows an article chosen outside the panes (the library) and makes its
    // pane the active one: the pane already showing it; else the active
    // pane while it is empty; else the other pane while it is shown and
    // empty; else the active pane, replacing its article. nullptr when the
    // article could not be read (the pane reported why).
    ReaderPane *openArticle(qint64 articleId);
    // The claim the analyst is on, chosen elsewhere (the claims table): the
    // pane that has it selects it as a click would (the active pane first);
    // without one, neither pane keeps a selected claim, so that the tag keys
    // never act on another claim than the editor's. Opens no article.
    void setCurrentClaim(qint64 claimId);
    LinkBar *linkBar() const { return m_linkBar; }
    QSplitter *splitter() const { return m_splitter; }

    // Hiding the only visible pane does nothing: the reader always shows one.
    void setPaneVisible(ReaderPane *pane, bool visible);
    // Both panes shown, at equal widths (the window's Reset Layout).
    void resetLayout();
    void setSyncScrolling(bool on);
    bool syncScrolling() const { return m_sync; }

    // Splitter sizes, both panes' visibility, article and zoom, sync
    // scrolling. restoreSettings() shows the articles only when
    // `projectPath` is the project they were saved with, and says so.
    void saveSettings(QSettings &settings, const QString &projectPath) const;
    bool restoreSettings(const QSettings &settings, const QString &projectPath);

Q_SIGNALS:
    // A claim was selected in either pane (0: none).
    void claimSelected(qint64 claimId);
    // activePane() may now be another pane.
    void activePaneChanged();
    // After setPaneVisible(), which may have refused.
    void paneVisibilityChanged();
    // A pane created a claim, or selected the one already there (see
    // ReaderPane::editClaimRequested()).
    void editClaimRequested(qint64 claimId);

private:
    ReaderPane *other(const ReaderPane *pane) const;
    void setActive(ReaderPane *pane);
    // Frames the active pane while both are shown.
    void updateActiveMark();
    void onClaimSelected(ReaderPane *pane, qint64 claimId, qint64 metricId);
    void follow(ReaderPane *source);
    void updateLinkBar();

    ReaderPane *m_left;
    ReaderPane *m_right;
    LinkBar *m_linkBar;
    QSplitter *m_splitter;
    ReaderPane *m_active;
    bool m_sync = false;
    bool m_following = false; // a synchronized scroll is being applied
};

} // namespace Claimbench
