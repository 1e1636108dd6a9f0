#include "ui/library/librarypanel.h"

#include "core/commands/projectsession.h"
#include "core/models/articlelistmodel.h"
#include "core/models/articlesearcher.h"
#include "ui/emptystatelabel.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QScopedValueRollback>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace Claimbench {

LibraryPanel::LibraryPanel(ArticleListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_search(new QLineEdit(this))
    , m_searcher(new ArticleSearcher(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(m_stack))
    , m_empty(new EmptyStateLabel(m_stack))
{
    m_search->setObjectName(u"librarySearch"_s);
    m_search->setPlaceholderText(tr("Search articles (Ctrl+K)"));
    m_search->setClearButtonEnabled(true);
    // Without an icon theme the action would leave an empty gap.
    if (const QIcon find = QIcon::fromTheme(u"edit-find"_s); !find.isNull())
        m_search->addAction(find, QLineEdit::LeadingPosition);

    connect(m_search, &QLineEdit::textChanged, this, &LibraryPanel::searchAsTyped);
    connect(m_search, &QLineEdit::returnPressed, this, &LibraryPanel::applySearch);
    connect(m_searcher, &ArticleSearcher::ranked, this,
            [this](const QString &text, const QList<qint64> &ids, bool allMatches) {
                // Enter may have shown it already; a newer text is on its way.
                if (text != m_search->text().trimmed() || (text == m_model->search() && !m_quickRankingShown))
                    return;
                m_quickRankingShown = !allMatches;
                m_model->showSearchResult(text, ids);
            });
    connect(m_searcher, &ArticleSearcher::failed, m_model, &ArticleListModel::errorOccurred);
    auto *clearSearch = new QAction(this);
    clearSearch->setShortcut(Qt::Key_Escape);
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(clearSearch);
    connect(clearSearch, &QAction::triggered, m_search, &QLineEdit::clear);

    m_view->setObjectName(u"libraryView"_s);
    // The model sorts (ArticleListModel::sort) and reads rows as they are
    // shown; a sort-filter proxy would read every row.
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    // Every row is one line of the same font: one row's height fits all,
    // where ResizeToContents would lay out the text of every row.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ArticleListModel::OutletColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ArticleListModel::PublishedColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(ArticleListModel::ClaimsColumn, QHeaderView::Fixed);
    sizeFixedColumns();
    m_view->viewport()->installEventFilter(this);
    fitOutletColumn();
    // Unsorted until the user clicks a header: the model's own order (newest
    // first, or best match first while searching) is the useful default.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addWidget(m_stack, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.data(ArticleListModel::ArticleIdRole).toLongLong();
                if (id != 0 && !m_restoring) {
                    m_lastArticle = id;
                    Q_EMIT currentArticleChanged(id);
                }
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &LibraryPanel::restoreCurrent);
    // A reload merges rows (new articles inserted, the selection kept).
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LibraryPanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LibraryPanel::updateEmptyState);
    updateEmptyState();
}

void LibraryPanel::setSession(ProjectSession *session)
{
    m_session.reset(session);
    m_session.connect(&ProjectSession::claimsChanged, [this] { m_model->reload(); });
    m_searcher->setProject(session ? session->project() : nullptr);
    m_search->clear();
    m_model->setSearch({});
    m_model->setProject(session ? session->project() : nullptr);
}

qint64 LibraryPanel::currentArticleId() const
{
    return m_view->currentIndex().data(ArticleListModel::ArticleIdRole).toLongLong();
}

bool LibraryPanel::selectArticle(qint64 articleId)
{
    const int row = m_model->rowOfArticle(articleId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void LibraryPanel::applySearch()
{
    m_searcher->cancel();
    m_quickRankingShown = false;
    m_model->setSearch(m_search->text());
}

void LibraryPanel::searchAsTyped(const QString &text)
{
    // Listing every article needs no ranking.
    if (text.trimmed().isEmpty())
        applySearch();
    else
        m_searcher->search(text.trimmed());
}

// A reload (import, search, an edit's claim count) resets the model and with
// it the selection; the article last chosen is selected again when it is
// still listed, without opening it: the reader may show another one by now.
void LibraryPanel::restoreCurrent()
{
    const QScopedValueRollback restoring(m_restoring, true);
    if (m_lastArticle != 0)
        selectArticle(m_lastArticle);
    // Another search, or none: its best matches (or the newest articles)
    // are what the analyst looks at, not where the last list was scrolled.
    if (std::exchange(m_searchShown, m_model->search()) != m_model->search())
        m_view->scrollToTop();
    updateEmptyState();
}

// The date and count columns are as wide as the widest text they can hold
// (any day of any month in the user's locale, a five-digit count) or their
// title with room for the sort arrow, whichever is wider: no row is read to
// size them. The cell's margins are the delegate's on both sides plus the
// grid line, and an average character of slack keeps a style's own padding
// from eliding the last digit.
void LibraryPanel::sizeFixedColumns()
{
    const QStyle *style = m_view->style();
    const QFontMetrics metrics = m_view->fontMetrics();
    const int margins = 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) + 1
                        + metrics.averageCharWidth();
    int date = 0;
    for (int month = 1; month <= 12; ++month)
        for (int day : {8, 28})
            date = qMax(date, metrics.horizontalAdvance(ArticleListModel::displayDate(PartialDate::day(2000, month, day))));
    const int count = metrics.horizontalAdvance(QLocale().toString(99999));
    QHeaderView *header = m_view->horizontalHeader();
    const int arrow = style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header)
                      + 2 * style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const auto title = [&](int column) { return header->sectionSizeHint(column) + arrow; };
    header->resizeSection(ArticleListModel::PublishedColumn,
                          qMax(date + margins, title(ArticleListModel::PublishedColumn)));
    header->resizeSection(ArticleListModel::ClaimsColumn, qMax(count + margins, title(ArticleListModel::ClaimsColumn)));
}

// The title is what names an article: in a narrow dock (the right-hand
// column of the default layout) the outlet gives way to it, down to hiding,
// and comes back as the dock widens. A width the user drags stays until the
// library is resized.
void LibraryPanel::fitOutletColumn()
{
    QHeaderView *header = m_view->horizontalHeader();
    const int character = m_view->fontMetrics().averageCharWidth();
    const int free = m_view->viewport()->width() - header->sectionSize(ArticleListModel::PublishedColumn)
                     - header->sectionSize(ArticleListModel::ClaimsColumn);
    const int title = qMax(free * 3 / 5, kTitleMinimumCharacters * character);
    const int outlet = qMin(free - title, kOutletCharacters * character);
    header->setSectionHidden(ArticleListModel::OutletColumn, outlet < kOutletMinimumCharacters * character);
    if (outlet >= kOutletMinimumCharacters * character)
        header->resizeSection(ArticleListModel::OutletColumn, outlet);
}

bool LibraryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitOutletColumn();
    return QWidget::eventFilter(watched, event);
}

// Rows are as tall as the first one needs (ResizeToContents would measure
// each); the hidden header's own hint and limits apply as they would there.
void LibraryPanel::sizeRows()
{
    QHeaderView *rows = m_view->verticalHeader();
    const QAbstractItemView *view = m_view; // QTableView hides the public overload
    const int height = qMax(view->sizeHintForRow(0), rows->sectionSizeHint(0));
    rows->setDefaultSectionSize(qBound(rows->minimumSectionSize(), height, rows->maximumSectionSize()));
}

void LibraryPanel::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        sizeRows();
        m_stack->setCurrentWidget(m_view);
        return;
    }
    if (!m_model->project())
        m_empty->setText(tr("No project open"));
    else if (!m_model->search().isEmpty())
        m_empty->setText(tr("No articles match “%1”").arg(m_model->search()));
    else
        // The centre spells out how to add some; the dock stays short.
        m_empty->setText(tr("No articles yet"));
    m_stack->setCurrentWidget(m_empty);
}

} // namespace Claimbench
