#include "ui/reader/readerpane.h"

#include "core/commands/projectsession.h"
#include "core/drafting/claimdrafter.h"
#include "core/models/articlelistmodel.h"
#include "core/store/project.h"
#include "ui/actionaccess.h"
#include "ui/emptystatelabel.h"
#include "ui/reader/articletextedit.h"
#include "ui/reader/articleview.h"
#include "ui/reader/findbar.h"
#include "ui/reader/orphanlist.h"
#include "ui/reader/pageview.h"

#include <QComboBox>
#include <QCompleter>
#include <QFileInfo>
#include <QHash>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <tuple>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// The width of the active pane's frame, kept free around every pane so
// that marking one moves nothing.
constexpr int kActiveFrameWidth = 2;

} // namespace

ReaderPane::ReaderPane(ArticleListModel *articles, QWidget *parent)
    : QWidget(parent)
    , m_articles(articles)
    , m_picker(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateLabel(m_stack))
    , m_splitter(new QSplitter(Qt::Horizontal, m_stack))
    , m_view(new ArticleView(m_splitter))
    , m_pageView(new PageView(m_splitter))
{
    m_picker->setObjectName(u"articlePicker"_s);
    m_picker->setEditable(true);
    m_picker->setInsertPolicy(QComboBox::NoInsert);
    m_picker->setModel(m_articles);
    m_picker->setModelColumn(ArticleListModel::TitleColumn);
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(20);
    m_picker->lineEdit()->setPlaceholderText(tr("Choose an article…"));
    // Any word of the title finds it, not only its beginning.
    m_picker->completer()->setFilterMode(Qt::MatchContains);
    m_picker->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_picker->completer()->setCompletionMode(QCompleter::PopupCompletion);

    m_empty->setText(tr("Choose an article above or in the library."));
    m_stack->addWidget(m_empty);
    m_splitter->setObjectName(u"textAndPage"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_pageView);
    // The text gets the larger share (3:2): at half each, a pane beside
    // another held 25-30 characters a line (cold analyst). setSizes() is
    // scaled to the width the splitter gets; the user can still drag it.
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({3000, 2000});
    m_stack->addWidget(m_splitter);

    m_findBar = new FindBar(textEdit(), this);
    m_orphans = new OrphanList(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(kActiveFrameWidth, kActiveFrameWidth, kActiveFrameWidth, kActiveFrameWidth);
    layout->setSpacing(0);
    layout->addWidget(m_picker);
    layout->addWidget(m_orphans);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_findBar);

    connect(m_picker, &QComboBox::activated, this, [this](int row) {
        showArticle(m_articles->articleIdAt(row));
    });
    // A reload (import, search elsewhere) must not change what is shown.
    // Queued: the combo box handles the reset itself first.
    connect(m_articles, &QAbstractItemModel::modelReset, this, &ReaderPane::syncPicker,
            Qt::QueuedConnection);
    connect(textEdit(), &ArticleTextEdit::claimClicked, this, [this](qint64 claimId) {
        textEdit()->setSelectedClaim(claimId);
        const Claim *clicked = claim(claimId);
        Q_EMIT claimSelected(claimId, clicked ? clicked->metricId : 0);
    });
    connect(textEdit(), &ArticleTextEdit::suggestionClicked, this, [this](int start, int end) {
        // The middle, not the start: a suggestion ending where this one starts holds the start too.
        const auto suggestion = textEdit()->suggestionAt(start + (end - start) / 2);
        const bool same = suggestion && suggestion->start == start && suggestion->end == end;
        createClaim(start, end, same ? &suggestion->figure : nullptr);
    });
    // The page follows the claim the text outlines, however it was chosen
    // (a click in the text, the claims table, a step to the next claim).
    connect(textEdit(), &ArticleTextEdit::selectedClaimChanged, this, [this](qint64 claimId) {
        m_pageView->setSelectedClaim(claimId);
        if (const Claim *selected = claim(claimId); selected && !selected->orphaned && m_pageView->isVisible())
            m_pageView->scrollToRange(selected->start, selected->end);
    });
    connect(m_pageView, &PageView::claimClicked, this, &ReaderPane::selectClaim);
    // The page zooms with the text (the column moves on every zoom step).
    connect(textEdit(), &ArticleTextEdit::textColumnChanged, this,
            [this] { m_pageView->setZoom(textEdit()->zoom()); });
    connect(textEdit(), &QPlainTextEdit::selectionChanged, this,
            [this] { m_orphans->setCanPlace(textEdit()->textCursor().hasSelection()); });
    connect(m_orphans, &OrphanList::placeRequested, this, [this](qint64 claimId) {
        int start = 0;
        int end = 0;
        if (selection(start, end))
            placeClaim(claimId, start, end, tr("Place orphaned claim"));
    });
    connect(m_orphans, &OrphanList::deleteRequested, this, &ReaderPane::deleteClaim);
    showArticle(0);
}

ArticleTextEdit *ReaderPane::textEdit() const
{
    return m_view->textEdit();
}

void ReaderPane::setSession(ProjectSession *session)
{
    m_session.reset(session);
    // A team server's reviewer or viewer places and deletes no orphaned claim.
    m_orphans->setAccess(ActionAccess(session ? session->project().get() : nullptr));
    showArticle(0);
    m_session.connect(&ProjectSession::claimsChanged, [this](const QList<qint64> &articleIds) {
        if (articleIds.contains(m_article.id))
            reloadClaims();
    });
    m_session.connect(&ProjectSession::tagsChanged, &ReaderPane::reloadClaims);
    m_session.connect(&ProjectSession::articlesReplaced, [this](const QList<qint64> &articleIds) {
        if (articleIds.contains(m_article.id))
            reloadArticle();
    });
}

bool ReaderPane::showArticle(qint64 articleId)
{
    if (articleId == 0 || !m_session) {
        m_article = {};
        m_claims.clear();
        m_view->clear();
        m_pageView->clear();
        updatePageVisibility();
        m_orphans->setClaims({});
        m_findBar->hide();
        m_stack->setCurrentWidget(m_empty);
        syncPicker();
        Q_EMIT articleChanged(0);
        return articleId == 0;
    }
    if (articleId == m_article.id)
        return true;
    return loadArticle(articleId);
}

bool ReaderPane::loadArticle(qint64 articleId)
{
    auto article = m_session->project()->articles().get(articleId);
    if (!article) {
        Q_EMIT readFailed(tr("The article could not be read."), article.error());
        return false;
    }
    m_article = std::move(*article);
    m_view->setArticle(m_article);
    loadPages();
    m_stack->setCurrentWidget(m_splitter);
    reloadClaims();
    m_findBar->textReplaced();
    syncPicker();
    Q_EMIT articleChanged(m_article.id);
    return true;
}

void ReaderPane::reloadArticle()
{
    // The analyst keeps their place and the claim they were on, which the
    // re-anchoring has moved with its quote (or listed as an orphan).
    const qint64 selected = selectedClaim();
    const int scrolled = textEdit()->verticalScrollBar()->value();
    if (!loadArticle(m_article.id))
        return;
    textEdit()->verticalScrollBar()->setValue(scrolled);
    if (claim(selected))
        textEdit()->setSelectedClaim(selected);
}

void ReaderPane::loadPages()
{
    const ArticleRepository &articles = m_session->project()->articles();
    auto pages = articles.pageMap(m_article.id);
    auto document = pages && !pages->isEmpty() ? articles.document(m_article.id) : Result<QByteArray>();
    if (!pages || !document) {
        m_pageView->clear();
        updatePageVisibility();
        Q_EMIT readFailed(tr("The article's pages could not be read."), pages ? document.error() : pages.error());
        return;
    }
    m_pageView->setDocument(*document, *pages, QFileInfo(m_article.sourcePath).fileName());
    updatePageVisibility();
}

void ReaderPane::setPageShown(bool shown)
{
    m_pageShown = shown;
    updatePageVisibility();
    if (const Claim *selected = claim(selectedClaim()); selected && m_pageView->isVisible())
        m_pageView->scrollToRange(selected->start, selected->end);
}

void ReaderPane::updatePageVisibility()
{
    m_pageView->setVisible(m_pageShown && m_pageView->hasPages());
}

void ReaderPane::syncPicker()
{
    const QSignalBlocker blocker(m_picker);
    const int row = m_article.id == 0 ? -1 : m_articles->rowOfArticle(m_article.id);
    m_picker->setCurrentIndex(row);
    // The reset cleared the field even where the index stayed the same.
    m_picker->setEditText(row < 0 ? QString() : m_picker->itemText(row));
    // A title longer than the field shows its beginning, not its end.
    m_picker->lineEdit()->setCursorPosition(0);
}

void ReaderPane::reloadClaims()
{
    if (!m_session || m_article.id == 0)
        return;
    const Project &project = *m_session->project();
    auto claims = project.claims().listForArticle(m_article.id);
    auto tags = project.tags().list();
    if (!claims || !tags) {
        Q_EMIT readFailed(tr("The article's claims could not be read."),
                             claims ? tags.error() : claims.error());
        return;
    }
    m_claims = std::move(*claims);
    QHash<qint64, QColor> colors;
    for (const Tag &tag : std::as_const(*tags))
        colors.insert(tag.id, tag.color);
    QList<ArticleTextEdit::Highlight> highlights;
    for (const Claim &c : std::as_const(m_claims))
        if (!c.orphaned)
            highlights.append({c.id, c.start, c.end, colors.value(c.tagId)});
    const qint64 selected = textEdit()->selectedClaim();
    m_pageView->setHighlights(highlights);
    textEdit()->setHighlights(std::move(highlights));
    textEdit()->setSelectedClaim(claim(selected) ? selected : 0);
    m_pageView->setSelectedClaim(textEdit()->selectedClaim());
    m_orphans->setClaims(m_claims);
}

const Claim *ReaderPane::claim(qint64 claimId) const
{
    for (const Claim &c : m_claims)
        if (c.id == claimId)
            return &c;
    return nullptr;
}

qint64 ReaderPane::selectedClaim() const
{
    return textEdit()->selectedClaim();
}

void ReaderPane::selectClaim(qint64 claimId)
{
    const Claim *selected = claim(claimId);
    textEdit()->setSelectedClaim(selected ? claimId : 0);
    if (selected && !selected->orphaned)
        textEdit()->selectRange(selected->start, selected->end);
    Q_EMIT claimSelected(selected ? claimId : 0, selected ? selected->metricId : 0);
}

void ReaderPane::clearSelectedClaim()
{
    QTextCursor cursor = textEdit()->textCursor();
    if (const Claim *selected = claim(selectedClaim());
        selected && cursor.selectionStart() == selected->start && cursor.selectionEnd() == selected->end) {
        cursor.clearSelection();
        textEdit()->setTextCursor(cursor);
    }
    textEdit()->setSelectedClaim(0);
}

void ReaderPane::markMetric(qint64 metricId)
{
    QSet<qint64> marked;
    const Claim *first = nullptr;
    if (metricId != 0) {
        for (const Claim &c : std::as_const(m_claims)) {
            if (c.metricId != metricId || c.orphaned)
                continue;
            marked.insert(c.id);
            if (!first)
                first = &c;
        }
    }
    textEdit()->setMarkedClaims(marked);
    if (first)
        textEdit()->selectRange(first->start, first->start);
}

bool ReaderPane::markClaim(qint64 claimId)
{
    const Claim *marked = claim(claimId);
    if (!marked || marked->orphaned)
        return false;
    textEdit()->setMarkedClaims({claimId});
    textEdit()->selectRange(marked->start, marked->start);
    return true;
}

void ReaderPane::stepToMark(bool forward)
{
    const auto mark = textEdit()->adjacentMark(forward);
    if (!mark) {
        Q_EMIT statusMessage(forward ? tr("No further claim or suggestion in this article.")
                                     : tr("No earlier claim or suggestion in this article."));
        return;
    }
    selectClaim(mark->claimId);
    if (mark->claimId == 0)
        textEdit()->selectRange(mark->start, mark->end);
}

void ReaderPane::setMarkedActive(bool marked)
{
    if (marked == m_markedActive)
        return;
    m_markedActive = marked;
    update();
}

void ReaderPane::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (!m_markedActive)
        return;
    QPainter painter(this);
    QPen pen(palette().color(QPalette::Highlight), kActiveFrameWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    const qreal inset = kActiveFrameWidth / 2.0;
    painter.drawRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset));
}

void ReaderPane::openFindBar()
{
    if (m_article.id != 0)
        m_findBar->open();
}

bool ReaderPane::selection(int &start, int &end) const
{
    const QTextCursor cursor = textEdit()->textCursor();
    if (m_article.id == 0 || !cursor.hasSelection())
        return false;
    start = cursor.selectionStart();
    end = cursor.selectionEnd();
    return true;
}

void ReaderPane::createClaimFromSelection()
{
    if (!m_session || m_article.id == 0)
        return;
    int start = 0;
    int end = 0;
    if (!selection(start, end)) {
        if (!acceptSuggestionAtCursor())
            Q_EMIT statusMessage(tr("No figure at the caret: select the words of a claim to make one."));
        return;
    }
    std::tie(start, end) = textEdit()->wholeWords(start, end);
    if (selectExistingClaim(start, end))
        return;
    // A claim is a figure someone states: words without one make none.
    const std::shared_ptr<const ArticleReading> reading = textEdit()->articleReading();
    const std::optional<Figure> figure =
        ClaimDrafter(*m_session->project()).figureAt(m_article, start, end, reading.get());
    if (!figure) {
        Q_EMIT statusMessage(tr("The selection holds no figure: no claim was made."));
        return;
    }
    createClaim(start, end, &*figure);
}

bool ReaderPane::acceptSuggestionAtCursor()
{
    if (m_article.id == 0)
        return false;
    const auto suggestion = textEdit()->suggestionAt(textEdit()->textCursor().position());
    if (!suggestion)
        return false;
    createClaim(suggestion->start, suggestion->end, &suggestion->figure);
    return true;
}

void ReaderPane::createClaim(int start, int end, const Figure *figure)
{
    if (!m_session || m_article.id == 0 || selectExistingClaim(start, end))
        return;
    auto created = m_session->createClaimFromRange(m_article, start, end, figure);
    if (!created) {
        Q_EMIT errorOccurred(tr("The claim could not be created."), created.error());
        return;
    }
    selectClaim(*created);
    Q_EMIT editClaimRequested(*created);
}

bool ReaderPane::selectExistingClaim(int start, int end)
{
    // Tagging the same words twice means the analyst wants that claim, not a copy.
    for (const Claim &c : std::as_const(m_claims)) {
        if (!c.orphaned && c.start == start && c.end == end) {
            selectClaim(c.id);
            Q_EMIT editClaimRequested(c.id);
            return true;
        }
    }
    return false;
}

void ReaderPane::applyTag(int index)
{
    if (!m_session || !claim(selectedClaim()))
        return;
    auto tags = m_session->project()->tags().list();
    if (!tags) {
        Q_EMIT errorOccurred(tr("The tags could not be read."), tags.error());
        return;
    }
    if (index >= 0 && index < tags->size())
        tagSelectedClaim(tags->at(index));
}

bool ReaderPane::applyTagToSelectedClaim(qint64 tagId)
{
    if (!m_session || !claim(selectedClaim()))
        return false;
    auto tag = m_session->project()->tags().get(tagId);
    if (!tag) {
        Q_EMIT errorOccurred(tr("The tag could not be read."), tag.error());
        return true;
    }
    tagSelectedClaim(*tag);
    return true;
}

void ReaderPane::tagSelectedClaim(const Tag &tag)
{
    const Claim *selected = claim(selectedClaim());
    ClaimDraft after{*selected, {}, {}};
    after.claim.tagId = tag.id;
    if (auto updated = m_session->updateClaim(after, tr("Tag claim “%1”").arg(tag.name)); !updated)
        Q_EMIT errorOccurred(tr("The claim could not be tagged."), updated.error());
}

void ReaderPane::setClaimToSelection()
{
    int start = 0;
    int end = 0;
    if (selectedClaim() != 0 && selection(start, end))
        placeClaim(selectedClaim(), start, end, tr("Move claim boundary"));
}

void ReaderPane::placeClaim(qint64 claimId, int start, int end, const QString &actionText)
{
    const Claim *placed = claim(claimId);
    if (!m_session || !placed)
        return;
    ClaimDraft after{*placed, {}, {}};
    after.claim.start = start;
    after.claim.end = end;
    // The session takes the quote and context again from the body.
    after.claim.orphaned = false;
    if (auto updated = m_session->updateClaim(after, actionText); !updated)
        Q_EMIT errorOccurred(tr("The claim could not be moved."), updated.error());
    else
        selectClaim(claimId);
}

void ReaderPane::deleteSelectedClaim()
{
    deleteClaim(selectedClaim());
}

void ReaderPane::deleteClaim(qint64 claimId)
{
    if (!m_session || claimId == 0)
        return;
    if (auto deleted = m_session->deleteClaims({claimId}); !deleted) {
        Q_EMIT errorOccurred(tr("The claim could not be deleted."), deleted.error());
        return;
    }
    if (claimId == selectedClaim())
        selectClaim(0);
}

} // namespace Claimbench
