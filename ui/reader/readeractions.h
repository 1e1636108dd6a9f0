#pragma once

#include "core/domain/tag.h"
#include "ui/actionaccess.h"

#include <QList>
#include <QObject>

class QAction;
class QMenu;

namespace Claimbench {

class ArticleTextEdit;
class SideBySideReader;

// The reader's actions, for the window's menus and tool bar; each acts on
// the reader's active pane.
//
// Each action is enabled only when it can act on the active pane: Create
// Claim with a text selection, Accept Suggestion with an article, Delete
// Claim and the tag keys with a selected claim (and a tag for the key), Set
// Claim to Selection with both, the steps to the next or previous claim with
// an article; disabled, their shortcuts do nothing.
//
// The article texts' context menu holds these same actions (see
// createContextMenu()).
//
// Shortcut scope: the tagging keys (Ctrl+T, Enter, Del, 1–9) and the steps
// from claim to claim (Alt+Down, Alt+Up) work only while
// an article's text has the focus, so they never fire while the analyst types
// in a field (the claim editor, the find bar, the library search). Find, F3
// and Shift+F3 work anywhere in a pane; zoom anywhere in the window.
class ReaderActions : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTagKeyCount = 9;

    // `reader` is not owned and must outlive the actions.
    explicit ReaderActions(SideBySideReader *reader, QObject *parent = nullptr);

    // Names the tag keys after the first nine tags (TagRepository::list()
    // order); keys without a tag stay disabled.
    void setTags(const QList<Tag> &tags);
    // What the project's role may do: the actions that change claims (all
    // but the steps, find, zoom and the View toggles) only for a role that
    // writes, disabled with the reason otherwise (ActionAccess).
    void setAccess(const ActionAccess &access);

    QAction *createClaim() const { return m_createClaim; }
    QAction *acceptSuggestion() const { return m_acceptSuggestion; }
    QAction *setClaimToSelection() const { return m_setClaimToSelection; }
    QAction *deleteClaim() const { return m_deleteClaim; }
    QAction *nextMark() const { return m_nextMark; }
    QAction *previousMark() const { return m_previousMark; }
    const QList<QAction *> &tagActions() const { return m_tagActions; }
    QAction *find() const { return m_find; }
    QAction *findNext() const { return m_findNext; }
    QAction *findPrevious() const { return m_findPrevious; }
    QAction *zoomIn() const { return m_zoomIn; }
    QAction *zoomOut() const { return m_zoomOut; }
    QAction *zoomReset() const { return m_zoomReset; }
    QAction *showLeftPane() const { return m_showLeft; }
    QAction *showRightPane() const { return m_showRight; }
    QAction *syncScrolling() const { return m_sync; }
    QAction *showSuggestions() const { return m_showSuggestions; }
    // Shows the PDF page beside the text of an article read from a PDF (both panes).
    QAction *showPage() const { return m_showPage; }

    // Brings the checkable actions in line with the reader (after a restore).
    void syncChecks();

    // The context menu of `text`, one of the reader's article texts: Create
    // Claim, Accept Suggestion, Set Claim to Selection, Delete Claim and a Tag
    // submenu with the tag keys, then Qt's standard Copy and Select All.
    // The caller owns the menu; it acts on the active pane, which a
    // right-click into `text` has made `text`'s.
    QMenu *createContextMenu(ArticleTextEdit *text) const;

private:
    QAction *makeTextAction(const QString &text, const QKeySequence &key);
    QAction *makePaneAction(const QString &text, const QKeySequence &key);
    void updateEnabled();

    SideBySideReader *m_reader;
    QAction *m_createClaim;
    QAction *m_acceptSuggestion;
    QAction *m_setClaimToSelection;
    QAction *m_deleteClaim;
    QAction *m_nextMark;
    QAction *m_previousMark;
    QList<QAction *> m_tagActions;
    QAction *m_find;
    QAction *m_findNext;
    QAction *m_findPrevious;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_zoomReset;
    QAction *m_showLeft;
    QAction *m_showRight;
    QAction *m_sync;
    QAction *m_showSuggestions;
    QAction *m_showPage;
    int m_tagCount = 0;
    ActionAccess m_access;
};

} // namespace Claimbench
