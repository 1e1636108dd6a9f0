#include "ui/tags/tagpanel.h"

#include "core/commands/projectsession.h"
#include "ui/actionaccess.h"
#include "ui/emptystatelabel.h"
#include "ui/tags/deletetagdialog.h"
#include "ui/widgets/readablecolors.h"

#include <QAction>
#include <QColorDialog>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <array>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

QAction *makeAction(QWidget *owner, const QString &text, const QString &iconName,
                    const QKeySequence &shortcut = {})
{
    auto *action = new QAction(QIcon::fromTheme(iconName), text, owner);
    action->setShortcut(shortcut);
    // The reader and the table have their own Delete and F2: these act only
    // while the tag tree has the focus.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

TagPanel::TagPanel(ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_model(new TagTreeModel(TagTreeModel::ClaimCounts::Counted, this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTreeView(m_stack))
    , m_empty(new EmptyStateLabel(m_stack))
    , m_error(new QLabel(this))
{
    m_prompts.chooseColor = [](QWidget *parent, const Tag &tag) -> std::optional<QColor> {
        const QColor color = QColorDialog::getColor(tag.color, parent,
                                                    tr("Color of “%1”").arg(tag.name));
        return color.isValid() ? std::optional(color) : std::nullopt;
    };
    m_prompts.chooseClaimsTarget = &DeleteTagDialog::ask;

    m_view->setObjectName(u"tagTree"_s);
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TagTreeModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TagTreeModel::ClaimsColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TagTreeModel::KeyColumn, QHeaderView::ResizeToContents);

    m_addTag = makeAction(this, tr("Add Tag"), u"list-add"_s, QKeySequence(u"Ctrl+Shift+T"_s));
    m_addChild = makeAction(this, tr("Add Child Tag"), u"go-down"_s);
    m_rename = makeAction(this, tr("Rename"), u"edit-rename"_s, Qt::Key_F2);
    m_recolor = makeAction(this, tr("Color…"), u"color-select"_s);
    m_delete = makeAction(this, tr("Delete"), u"edit-delete"_s, QKeySequence::Delete);
    m_view->addActions({m_addTag, m_addChild, m_rename, m_recolor, m_delete});
    connect(m_addTag, &QAction::triggered, this, [this] { addTag(0); });
    connect(m_addChild, &QAction::triggered, this, [this] { addTag(currentTagId()); });
    connect(m_rename, &QAction::triggered, this, &TagPanel::renameCurrent);
    connect(m_recolor, &QAction::triggered, this, &TagPanel::recolorCurrent);
    connect(m_delete, &QAction::triggered, this, &TagPanel::deleteCurrent);

    auto *toolBar = new QToolBar(this);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    toolBar->addActions({m_addTag, m_addChild, m_rename, m_recolor, m_delete});

    m_error->setObjectName(u"tagPanelError"_s);
    m_error->setWordWrap(true);
    setReadableInk(m_error, QColor(kErrorHue));
    m_error->hide();

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(toolBar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_error);

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->tagIdAt(index.siblingAtColumn(TagTreeModel::NameColumn)))
            Q_EMIT tagChosen(id);
    });
    connect(m_view, &QTreeView::collapsed, this,
            [this](const QModelIndex &index) { m_collapsed.insert(m_model->tagIdAt(index)); });
    connect(m_view, &QTreeView::expanded, this,
            [this](const QModelIndex &index) { m_collapsed.remove(m_model->tagIdAt(index)); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (const qint64 id = m_model->tagIdAt(current.siblingAtColumn(0)))
                    m_current = id;
                updateActions();
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TagPanel::afterReset);
    connect(m_model, &TagTreeModel::errorOccurred, this, &TagPanel::reportError);

    setSession(session);
}

void TagPanel::setSession(ProjectSession *session)
{
    m_session.reset(session);
    m_current = 0;
    m_collapsed.clear();
    showError({});
    m_model->setSession(session);
}

void TagPanel::setPrompts(Prompts prompts)
{
    m_prompts = std::move(prompts);
}

QString TagPanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

qint64 TagPanel::currentTagId() const
{
    return m_model->tagIdAt(m_view->currentIndex().siblingAtColumn(TagTreeModel::NameColumn));
}

bool TagPanel::selectTag(qint64 tagId)
{
    const QModelIndex index = m_model->indexOfTag(tagId);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

QColor TagPanel::defaultColor(int index)
{
    static constexpr std::array<QRgb, 8> colors{0xfff4d03f, 0xff85c1e9, 0xff82e0aa, 0xfff5b7b1,
                                                0xffd7bde2, 0xfff8c471, 0xffa3e4d7, 0xffd5dbdb};
    return QColor::fromRgb(colors.at(std::size_t(index) % colors.size()));
}

void TagPanel::addTag(qint64 parentId)
{
    if (!m_session)
        return;
    Tag tag;
    tag.parentId = parentId;
    tag.name = tr("New tag");
    tag.color = defaultColor(int(m_model->entries().size()));
    auto created = m_session->createTag(tag);
    if (!created) {
        reportError(created.error());
        return;
    }
    showError({});
    // The analyst names the tag right away, as in a file manager.
    if (selectTag(*created))
        m_view->edit(m_view->currentIndex());
}

void TagPanel::renameCurrent()
{
    const QModelIndex current = m_model->indexOfTag(currentTagId());
    if (current.isValid())
        m_view->edit(current);
}

void TagPanel::recolorCurrent()
{
    const auto tag = m_model->tag(currentTagId());
    if (!tag || !m_session)
        return;
    const auto color = m_prompts.chooseColor(this, *tag);
    if (!color || *color == tag->color)
        return;
    auto recolored = m_session->recolorTag(tag->id, *color);
    if (recolored)
        showError({});
    else
        reportError(recolored.error());
}

void TagPanel::deleteCurrent()
{
    const qint64 id = currentTagId();
    const auto tag = m_model->tag(id);
    if (!tag || !m_session)
        return;
    const QModelIndex index = m_model->indexOfTag(id);
    const int claims = index.data(TagTreeModel::ClaimCountRole).toInt();
    qint64 claimsTo = 0;
    if (claims > 0) {
        QList<TagTreeModel::Entry> targets = m_model->entries();
        targets.removeIf([id](const TagTreeModel::Entry &entry) { return entry.tag.id == id; });
        const auto choice = m_prompts.chooseClaimsTarget(this, *tag, claims, targets);
        if (!choice)
            return;
        claimsTo = *choice;
    }
    auto deleted = m_session->deleteTag(id, claimsTo);
    if (deleted)
        showError({});
    else
        reportError(deleted.error());
}

// Every change reloads the tree: put back what the analyst had open and chosen.
void TagPanel::afterReset()
{
    if (m_error->text() == connectionLostText())
        showError({}); // read again: a reload that failed says so after its reset
    m_view->expandAll();
    for (const qint64 id : std::as_const(m_collapsed))
        m_view->collapse(m_model->indexOfTag(id));
    if (m_current != 0 && !selectTag(m_current))
        m_current = 0;
    if (!m_session)
        m_empty->setText(tr("No project open"));
    else
        m_empty->setText(tr("No tags yet: Add Tag makes one"));
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_view) : m_empty);
    updateActions();
}

void TagPanel::updateActions()
{
    const bool hasCurrent = currentTagId() != 0;
    // A team server's reviewer or viewer changes no tag (TagTreeModel::flags
    // keeps renaming and dragging from them too).
    const ActionAccess access(m_session ? m_session->project().get() : nullptr);
    access.apply(m_addTag, m_session);
    access.apply(m_addChild, m_session && hasCurrent);
    access.apply(m_rename, hasCurrent);
    access.apply(m_recolor, hasCurrent);
    access.apply(m_delete, hasCurrent);
}

void TagPanel::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString TagPanel::connectionLostText()
{
    return tr("Connection to the server lost — reconnecting…");
}

void TagPanel::reportError(const Error &error)
{
    // A lost server connection is met by the model's reloads after other
    // analysts' changes, nobody asking: said here, not in a box per reload;
    // the next reload that succeeds takes it away (afterReset()).
    if (error.code == Error::Code::Disconnected) {
        showError(connectionLostText());
        return;
    }
    showError(error.toString());
    Q_EMIT errorOccurred(tr("The tags could not be read or changed."), error);
}

} // namespace Claimbench
