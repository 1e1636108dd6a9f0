#pragma once

#include "core/domain/tag.h"
#include "core/error.h"
#include "core/models/tagtreemodel.h"
#include "ui/sessionbinding.h"

#include <QSet>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QStackedWidget;
class QTreeView;

namespace Claimbench {

class EmptyStateLabel;

// The tag dock: the project's tag tree (color, claim count, number key) with
// Add tag, Add child tag, Rename (F2, inline), Recolor, Delete (Del) in a
// toolbar and the context menu, and drag and drop to move or reorder tags.
// Every change goes through the session, so it is one undo step and saved at
// once. A refused change is shown in the panel; nothing is thrown.
class TagPanel : public QWidget
{
    Q_OBJECT
public:
    // How the panel asks the analyst. The defaults open QColorDialog and
    // DeleteTagDialog; tests replace them so that no dialog blocks.
    struct Prompts
    {
        // The new color, or nullopt when the analyst cancelled.
        std::function<std::optional<QColor>(QWidget *parent, const Tag &tag)> chooseColor;
        // For a tag that has claims: the tag they move to, 0 to leave them
        // untagged, or nullopt to keep the tag after all.
        std::function<std::optional<qint64>(QWidget *parent, const Tag &tag, int claimCount,
                                             const QList<TagTreeModel::Entry> &targets)>
            chooseClaimsTarget;
    };

    // The session is not owned and may be nullptr (no project: an empty
    // panel); see setSession().
    explicit TagPanel(ProjectSession *session, QWidget *parent = nullptr);

    void setSession(ProjectSession *session);
    void setPrompts(Prompts prompts);

    TagTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QAction *addTagAction() const { return m_addTag; }
    QAction *addChildTagAction() const { return m_addChild; }
    QAction *renameAction() const { return m_rename; }
    QAction *recolorAction() const { return m_recolor; }
    QAction *deleteAction() const { return m_delete; }
    // The last refused change, empty after one that worked.
    QString errorText() const;

    // 0 when no tag is current.
    qint64 currentTagId() const;
    // Makes the tag current; false when it is not in the tree.
    bool selectTag(qint64 tagId);

    // Colors new tags take in turn: light enough to read text highlighted in them.
    static QColor defaultColor(int index);

Q_SIGNALS:
    // The analyst activated the tag (double-click or Enter).
    void tagChosen(qint64 tagId);
    // A change made here was not saved, or the tags could not be read: the
    // panel says why as well, but the window makes sure it is seen.
    void errorOccurred(const QString &headline, const Claimbench::Error &error);

private:
    void addTag(qint64 parentId);
    void renameCurrent();
    void recolorCurrent();
    void deleteCurrent();
    void afterReset();
    void updateActions();
    // Shows why a change was refused; an empty text hides the message.
    void showError(const QString &text);
    void reportError(const Claimbench::Error &error);
    static QString connectionLostText();

    SessionBinding m_session{this};
    TagTreeModel *m_model;
    Prompts m_prompts;
    QStackedWidget *m_stack;
    QTreeView *m_view;
    EmptyStateLabel *m_empty;
    QLabel *m_error;
    QAction *m_addTag;
    QAction *m_addChild;
    QAction *m_rename;
    QAction *m_recolor;
    QAction *m_delete;
    // Kept across the reloads that every change causes.
    QSet<qint64> m_collapsed;
    qint64 m_current = 0;
};

} // namespace Claimbench
