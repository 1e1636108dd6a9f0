#include "ui/reader/readeractions.h"

#include "ui/reader/articletextedit.h"
#include "ui/reader/findbar.h"
#include "ui/reader/readerpane.h"
#include "ui/reader/sidebysidereader.h"

#include <QAction>
#include <QMenu>

#include <memory>

using namespace Qt::StringLiterals;

namespace Claimbench {

ReaderActions::ReaderActions(SideBySideReader *reader, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
{
    const auto pane = [this] { return m_reader->activePane(); };

    m_createClaim = makeTextAction(tr("&Create Claim from Selection"), Qt::CTRL | Qt::Key_T);
    m_createClaim->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_createClaim->setIconText(tr("Create Claim"));
    m_createClaim->setStatusTip(tr("Mark the selected text as a claim, pre-filled from its figure"));
    connect(m_createClaim, &QAction::triggered, this, [pane] { pane()->createClaimFromSelection(); });

    m_acceptSuggestion = makeTextAction(tr("&Accept Suggestion"), {});
    // The keypad's Enter as well as Return: both are Enter to the analyst.
    m_acceptSuggestion->setShortcuts({Qt::Key_Return, Qt::Key_Enter});
    m_acceptSuggestion->setStatusTip(tr("Make the underlined figure at the caret a claim"));
    connect(m_acceptSuggestion, &QAction::triggered, this, [pane] { pane()->acceptSuggestionAtCursor(); });

    m_setClaimToSelection = makeTextAction(tr("&Set Claim to Selection"), {});
    m_setClaimToSelection->setStatusTip(tr("Move the selected claim's boundaries to the selected text"));
    connect(m_setClaimToSelection, &QAction::triggered, this, [pane] { pane()->setClaimToSelection(); });

    m_deleteClaim = makeTextAction(tr("&Delete Claim"), QKeySequence::Delete);
    m_deleteClaim->setIcon(QIcon::fromTheme(u"edit-delete"_s));
    connect(m_deleteClaim, &QAction::triggered, this, [pane] { pane()->deleteSelectedClaim(); });

    m_nextMark = makeTextAction(tr("Ne&xt Claim or Suggestion"), Qt::ALT | Qt::Key_Down);
    m_nextMark->setStatusTip(tr("Go to the article's next claim or underlined figure"));
    connect(m_nextMark, &QAction::triggered, this, [pane] { pane()->stepToMark(true); });
    m_previousMark = makeTextAction(tr("Previo&us Claim or Suggestion"), Qt::ALT | Qt::Key_Up);
    m_previousMark->setStatusTip(tr("Go to the article's previous claim or underlined figure"));
    connect(m_previousMark, &QAction::triggered, this, [pane] { pane()->stepToMark(false); });

    for (int i = 0; i < kTagKeyCount; ++i) {
        QAction *tag = makeTextAction(QString(), Qt::Key_1 + i);
        connect(tag, &QAction::triggered, this, [pane, i] { pane()->applyTag(i); });
        m_tagActions.append(tag);
    }
    setTags({});

    m_find = makePaneAction(tr("&Find in Article…"), QKeySequence::Find);
    m_find->setIcon(QIcon::fromTheme(u"edit-find"_s));
    connect(m_find, &QAction::triggered, this, [pane] { pane()->openFindBar(); });
    m_findNext = makePaneAction(tr("Find &Next"), QKeySequence::FindNext);
    connect(m_findNext, &QAction::triggered, this, [pane] { pane()->findBar()->findNext(); });
    m_findPrevious = makePaneAction(tr("Find Pre&vious"), QKeySequence::FindPrevious);
    connect(m_findPrevious, &QAction::triggered, this, [pane] { pane()->findBar()->findPrevious(); });

    const auto zoomBy = [pane](int steps) {
        ArticleTextEdit *text = pane()->textEdit();
        text->setZoom(steps == 0 ? 0 : text->zoom() + steps);
    };
    m_zoomIn = new QAction(QIcon::fromTheme(u"zoom-in"_s), tr("Zoom &In"), this);
    // Ctrl+= as well: on most keyboards "+" needs Shift.
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_zoomIn, &QAction::triggered, this, [zoomBy] { zoomBy(1); });
    m_zoomOut = new QAction(QIcon::fromTheme(u"zoom-out"_s), tr("Zoom &Out"), this);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOut, &QAction::triggered, this, [zoomBy] { zoomBy(-1); });
    m_zoomReset = new QAction(QIcon::fromTheme(u"zoom-original"_s), tr("&Actual Size"), this);
    m_zoomReset->setShortcut(Qt::CTRL | Qt::Key_0);
    connect(m_zoomReset, &QAction::triggered, this, [zoomBy] { zoomBy(0); });

    m_showLeft = new QAction(tr("&Left Pane"), this);
    m_showLeft->setCheckable(true);
    connect(m_showLeft, &QAction::toggled, this,
            [this](bool on) { m_reader->setPaneVisible(m_reader->left(), on); });
    m_showRight = new QAction(tr("&Right Pane"), this);
    m_showRight->setCheckable(true);
    connect(m_showRight, &QAction::toggled, this,
            [this](bool on) { m_reader->setPaneVisible(m_reader->right(), on); });
    m_sync = new QAction(tr("&Synchronized Scrolling"), this);
    m_sync->setCheckable(true);
    m_sync->setStatusTip(tr("Scroll both articles together, paragraph by paragraph"));
    connect(m_sync, &QAction::toggled, m_reader, &SideBySideReader::setSyncScrolling);
    m_showSuggestions = new QAction(tr("Show &Suggestions"), this);
    m_showSuggestions->setCheckable(true);
    m_showSuggestions->setStatusTip(tr("Underline the figures the extractor found"));
    connect(m_showSuggestions, &QAction::toggled, this, [this](bool on) {
        m_reader->left()->textEdit()->setSuggestionsShown(on);
        m_reader->right()->textEdit()->setSuggestionsShown(on);
    });
    m_showPage = new QAction(tr("Show &Page"), this);
    m_showPage->setCheckable(true);
    m_showPage->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    m_showPage->setStatusTip(tr("Show the PDF page beside the text of an article read from a PDF"));
    connect(m_showPage, &QAction::toggled, this, [this](bool on) {
        m_reader->left()->setPageShown(on);
        m_reader->right()->setPageShown(on);
    });
    syncChecks();

    for (ReaderPane *each : {m_reader->left(), m_reader->right()}) {
        ArticleTextEdit *text = each->textEdit();
        text->setContextMenuPolicy(Qt::CustomContextMenu);
        // A scroll area reports the position in its viewport's coordinates.
        connect(text, &QWidget::customContextMenuRequested, this, [this, text](QPoint position) {
            text->prepareContextMenu(position);
            const std::unique_ptr<QMenu> menu(createContextMenu(text));
            menu->exec(text->viewport()->mapToGlobal(position));
        });
        connect(text, &QPlainTextEdit::selectionChanged, this, &ReaderActions::updateEnabled);
        connect(text, &ArticleTextEdit::selectedClaimChanged, this, &ReaderActions::updateEnabled);
        connect(each, &ReaderPane::articleChanged, this, &ReaderActions::updateEnabled);
    }
    connect(m_reader, &SideBySideReader::activePaneChanged, this, &ReaderActions::updateEnabled);
    updateEnabled();
}

QAction *ReaderActions::makeTextAction(const QString &text, const QKeySequence &key)
{
    auto *action = new QAction(text, this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetShortcut);
    for (ReaderPane *pane : {m_reader->left(), m_reader->right()})
        pane->textEdit()->addAction(action);
    return action;
}

QAction *ReaderActions::makePaneAction(const QString &text, const QKeySequence &key)
{
    auto *action = new QAction(text, this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (ReaderPane *pane : {m_reader->left(), m_reader->right()})
        pane->addAction(action);
    return action;
}

void ReaderActions::setTags(const QList<Tag> &tags)
{
    for (int i = 0; i < kTagKeyCount; ++i) {
        QAction *action = m_tagActions.at(i);
        const bool has = i < tags.size();
        action->setText(has ? u"&%1  %2"_s.arg(i + 1).arg(QString(tags.at(i).name).replace(u'&', u"&&"_s)) : tr("%1  (no tag)").arg(i + 1));
    }
    m_tagCount = int(std::min<qsizetype>(tags.size(), kTagKeyCount));
    updateEnabled();
}

void ReaderActions::setAccess(const ActionAccess &access)
{
    m_access = access;
    updateEnabled();
}

void ReaderActions::updateEnabled()
{
    const ReaderPane *pane = m_reader->activePane();
    const bool article = pane->articleId() != 0;
    const bool selection = article && pane->textEdit()->textCursor().hasSelection();
    const bool claim = article && pane->selectedClaim() != 0;
    m_access.apply(m_createClaim, article);
    m_access.apply(m_acceptSuggestion, article);
    m_nextMark->setEnabled(article);
    m_previousMark->setEnabled(article);
    m_access.apply(m_setClaimToSelection, claim && selection);
    m_access.apply(m_deleteClaim, claim);
    for (int i = 0; i < kTagKeyCount; ++i)
        m_access.apply(m_tagActions.at(i), claim && i < m_tagCount);
}

QMenu *ReaderActions::createContextMenu(ArticleTextEdit *text) const
{
    QMenu *menu = text->createStandardContextMenu();
    QAction *standard = menu->actions().value(0);
    menu->insertActions(standard, {m_createClaim, m_acceptSuggestion, m_setClaimToSelection, m_deleteClaim});
    auto *tags = new QMenu(tr("&Tag"), menu);
    tags->addActions(m_tagActions);
    menu->insertMenu(standard, tags);
    menu->insertSeparator(standard);
    return menu;
}

void ReaderActions::syncChecks()
{
    const QSignalBlocker left(m_showLeft);
    const QSignalBlocker right(m_showRight);
    const QSignalBlocker sync(m_sync);
    const QSignalBlocker suggestions(m_showSuggestions);
    const QSignalBlocker page(m_showPage);
    m_showLeft->setChecked(!m_reader->left()->isHidden());
    m_showRight->setChecked(!m_reader->right()->isHidden());
    m_sync->setChecked(m_reader->syncScrolling());
    m_showSuggestions->setChecked(m_reader->left()->textEdit()->suggestionsShown());
    m_showPage->setChecked(m_reader->left()->isPageShown());
}

} // namespace Claimbench
