#include "ui/claims/claimstablepanel.h"

#include "core/commands/projectsession.h"
#include "core/export/claimexporter.h"
#include "core/models/claimstablemodel.h"
#include "core/models/typednumber.h"
#include "core/store/changefeed.h"
#include "core/store/project.h"
#include "ui/actionaccess.h"
#include "ui/claims/claimcelldelegate.h"
#include "ui/widgets/filedialogs.h"
#include "ui/widgets/readablecolors.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <memory>
#include <variant>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// Long enough that typing a word runs one query, short enough to feel live.
constexpr int kDebounceMs = 250;

// What a cell's text needs beside it: the item margins of the view's style.
int cellMargins(const QTableView *view)
{
    return 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) + 4;
}

qint64 currentId(const QComboBox *combo)
{
    return combo->currentData().toLongLong();
}

// Refills `combo` with "any" (id 0) and `items`, keeping the chosen id.
template<typename T>
void fill(QComboBox *combo, const QString &any, const QList<T> &items)
{
    const qint64 chosen = currentId(combo);
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(any, qint64(0));
    for (const T &item : items)
        combo->addItem(item.name, item.id);
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}

// A choice list read again each time it opens: the "Who" filter, whose
// names any analyst's first save adds to, and a claim's save is too frequent
// a moment to read them.
class RefilledOnOpen : public QComboBox
{
public:
    RefilledOnOpen(std::function<void()> refill, QWidget *parent)
        : QComboBox(parent)
        , m_refill(std::move(refill))
    {
    }
    void showPopup() override
    {
        m_refill();
        QComboBox::showPopup();
    }

private:
    std::function<void()> m_refill;
};

QString tsvField(const QVariant &value)
{
    // Numbers as JSON writes them ("1000000", "0.1"), never "1e+06"; text
    // neutralized as in CSV, since a paste into a spreadsheet runs formulas too.
    QString text = value.isNull()                           ? QString()
        : value.typeId() == QMetaType::Double               ? TableWriter::jsonScalar(value.toDouble())
        : value.typeId() == QMetaType::QString              ? TableWriter::neutralizeFormula(value.toString())
                                                            : value.toString();
    text.replace(u'\t', u' ').replace(u'\r', u' ').replace(u'\n', u' ');
    return text;
}

} // namespace

ClaimsTablePanel::ClaimsTablePanel(ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_model(new ClaimsTableModel(this))
    , m_view(new QTableView(this))
    , m_text(new QLineEdit(this))
    , m_metric(new QComboBox(this))
    , m_claimant(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_who(new RefilledOnOpen([this] { refillAnalysts(); }, this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_minValue(new QLineEdit(this))
    , m_maxValue(new QLineEdit(this))
    , m_counts(new QLabel(this))
    , m_message(new QLabel(this))
    , m_debounce(new QTimer(this))
    , m_reconnect(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    buildFilterBar(bar);
    layout->addLayout(bar);

    m_view->setModel(m_model);
    m_cells = new ClaimCellDelegate(m_view);
    m_view->setItemDelegate(m_cells);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    // A click on a column the model does not sort (the page) puts the
    // indicator back where the rows' order is.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this, sorted = std::pair<int, Qt::SortOrder>{-1, Qt::AscendingOrder}](int section,
                                                                                     Qt::SortOrder order) mutable {
                if (ClaimsTableModel::isSortable(section))
                    sorted = {section, order};
                else
                    m_view->horizontalHeader()->setSortIndicator(sorted.first, sorted.second);
            });
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->verticalHeader()->hide();
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // Widths in characters, so that the quote (last, stretched) stays in view
    // beside the numbers at a laptop's width.
    const int charWidth = m_view->fontMetrics().horizontalAdvance(u'x');
    static constexpr int kWidths[ClaimsTableModel::ColumnCount - 1] = {26, 12, 13, 13, 24, 10, 9, 9, 11, 14, 22, 11, 9, 6, 12};
    for (int column = 0; column < ClaimsTableModel::QuoteColumn; ++column)
        m_view->setColumnWidth(column, kWidths[column] * charWidth);
    // A number column shows a value to the nearest tenth in the millions
    // whole, written in the analyst's locale.
    const int numberWidth = m_view->fontMetrics().horizontalAdvance(ClaimsTableModel::displayNumber(-8888888.8))
        + cellMargins(m_view);
    for (const int column : {ClaimsTableModel::ValueColumn, ClaimsTableModel::LowColumn, ClaimsTableModel::HighColumn})
        m_view->setColumnWidth(column, std::max(m_view->columnWidth(column), numberWidth));
    layout->addWidget(m_view, 1);

    auto *footer = new QHBoxLayout;
    m_message->setObjectName(u"claimsMessage"_s);
    setReadableInk(m_message, QColor(kErrorHue));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long message is cut by the table's width, never the other way round.
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_message->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    footer->addWidget(m_counts);
    footer->addWidget(m_message, 1);
    layout->addLayout(footer);

    auto *copy = new QAction(tr("Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(copy);
    connect(copy, &QAction::triggered, this, &ClaimsTablePanel::copySelection);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ClaimsTablePanel::applyFilter);
    // A read that met a lost connection closed it; the next connects anew,
    // or meets the loss again and comes back here.
    m_reconnect->setSingleShot(true);
    m_reconnect->setInterval(kReconnectMs);
    connect(m_reconnect, &QTimer::timeout, this, [this] {
        // While the change feed cannot reach the server either, a read here
        // would only wait (up to the connect timeout, a silent server) on
        // the GUI thread: the feed's refresh once it listens again reads.
        const ChangeFeed *feed = m_session ? m_session->changeFeed() : nullptr;
        if (feed && !feed->isListening()) {
            m_reconnect->start();
            return;
        }
        if (m_message->text() == connectionLostText())
            m_message->clear();
        m_model->reload();
    });
    connect(m_model, &ClaimsTableModel::countsChanged, this, &ClaimsTablePanel::updateCounts);
    connect(m_model, &ClaimsTableModel::errorOccurred, this, &ClaimsTablePanel::reportError);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->claimIdAt(index.row()))
            Q_EMIT claimActivated(id);
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, &ClaimsTablePanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = m_model->claimIdAt(current.row());
                if (id == 0 || id == m_currentClaim)
                    return;
                m_currentClaim = id;
                Q_EMIT currentClaimChanged(id);
            });
    // An edit reloads the rows: reset, or rewritten in place where the sort
    // may have moved the claim to another row.
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClaimsTablePanel::keepCurrentClaim);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ClaimsTablePanel::keepCurrentClaim);
    setSession(session);
}

void ClaimsTablePanel::setSession(ProjectSession *session)
{
    // The old project's rows go first, so that clearing the filter and the
    // sort below queries nothing.
    m_model->setSession(nullptr);
    m_session.reset(session);
    m_reconnect->stop();
    for (QLineEdit *edit : {m_text, m_from, m_to, m_minValue, m_maxValue}) {
        const QSignalBlocker blocker(edit);
        edit->clear();
        setReadableTint(edit, {});
    }
    for (QComboBox *combo : {m_metric, m_claimant, m_tag, m_status, m_who}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    m_debounce->stop();
    m_model->setFilter({});
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    // A click on a column the model does not sort (the page) puts the
    // indicator back where the rows' order is.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this, sorted = std::pair<int, Qt::SortOrder>{-1, Qt::AscendingOrder}](int section,
                                                                                     Qt::SortOrder order) mutable {
                if (ClaimsTableModel::isSortable(section))
                    sorted = {section, order};
                else
                    m_view->horizontalHeader()->setSortIndicator(sorted.first, sorted.second);
            });
    m_message->clear();
    m_currentClaim = 0;
    m_session.connect(&ProjectSession::tagsChanged, &ClaimsTablePanel::refillChoices);
    m_session.connect(&ProjectSession::metricsChanged, &ClaimsTablePanel::refillChoices);
    m_session.connect(&ProjectSession::claimantsChanged, &ClaimsTablePanel::refillChoices);
    refillChoices();
    fitNameColumns();
    m_model->setSession(m_session);
    refillAnalysts();
}

void ClaimsTablePanel::buildFilterBar(QLayout *layout)
{
    m_text->setPlaceholderText(tr("Search quotes, notes and numbers"));
    m_text->setToolTip(tr("Words in quotes and notes; a number (700000, 700,000, 0.7 million, 700k) also "
                          "finds the claims that give it as their value, however the quote writes it"));
    m_text->setClearButtonEnabled(true);
    m_status->addItem(tr("Any status"), -1);
    for (const ClaimStatus s : {ClaimStatus::Unverified, ClaimStatus::Corroborated, ClaimStatus::Disputed,
                                ClaimStatus::False})
        m_status->addItem(claimStatusDisplayName(s), int(s));
    m_who->setToolTip(tr("Who last wrote the claim"));
    // A partial date: 2024, 2024-03 or 2024-03-15.
    const QRegularExpression partialDate(u"^\\d{4}(-\\d{2}(-\\d{2})?)?$"_s);
    for (QLineEdit *edit : {m_from, m_to}) {
        edit->setValidator(new QRegularExpressionValidator(partialDate, edit));
        edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(u"0000-00-00__"_s) + 16);
        edit->setClearButtonEnabled(true);
    }
    m_from->setPlaceholderText(tr("from"));
    m_to->setPlaceholderText(tr("to"));
    m_from->setToolTip(tr("As-of date (else published) from: YYYY, YYYY-MM or YYYY-MM-DD"));
    m_to->setToolTip(tr("As-of date (else published) to, inclusive: YYYY, YYYY-MM or YYYY-MM-DD"));

    layout->addWidget(m_text);
    for (QComboBox *combo : {m_metric, m_claimant, m_tag, m_status, m_who}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        layout->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ClaimsTablePanel::applyFilter);
    }
    m_minValue->setPlaceholderText(tr("min value"));
    m_maxValue->setPlaceholderText(tr("max value"));
    m_minValue->setToolTip(tr("Value at least, as you write numbers: 10,000, 1.5 million, 20k"));
    m_maxValue->setToolTip(tr("Value at most, as you write numbers: 10,000, 1.5 million, 20k"));
    for (QLineEdit *edit : {m_minValue, m_maxValue}) {
        edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(u"1.5 million_____"_s) + 16);
        edit->setClearButtonEnabled(true);
    }

    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_minValue);
    layout->addWidget(m_maxValue);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QLineEdit *edit : {m_from, m_to, m_minValue, m_maxValue})
        connect(edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
}

void ClaimsTablePanel::refillChoices()
{
    if (!m_session)
        return;
    const Project &project = *m_session->project();
    const Result<QList<Metric>> metrics = project.metrics().list();
    const Result<QList<Claimant>> claimants = project.claimants().list();
    const Result<QList<Tag>> tags = project.tags().list();
    if (!metrics || !claimants || !tags) {
        showMessage((!metrics ? metrics.error() : !claimants ? claimants.error() : tags.error()).toString());
        return;
    }
    QList<Tag> byName = *tags;
    std::sort(byName.begin(), byName.end(),
              [](const Tag &a, const Tag &b) { return a.name.localeAwareCompare(b.name) < 0; });
    fill(m_metric, tr("Any metric"), *metrics);
    fill(m_claimant, tr("Any claimant"), *claimants);
    fill(m_tag, tr("Any tag"), byName);
}

void ClaimsTablePanel::refillAnalysts()
{
    const Result<QStringList> analysts = m_model->analysts();
    if (!analysts) {
        showMessage(analysts.error().toString());
        return;
    }
    const QVariant chosen = m_who->currentData();
    {
        const QSignalBlocker blocker(m_who);
        m_who->clear();
        m_who->addItem(tr("Anyone"));
        for (const QString &name : *analysts)
            m_who->addItem(name.isEmpty() ? tr("Not recorded") : name, name);
        m_who->setCurrentIndex(chosen.isValid() ? std::max(0, m_who->findData(chosen)) : 0);
    }
    const bool team = (m_session && m_session->project()->server()) || analysts->size() > 1;
    m_who->setVisible(team);
    m_view->setColumnHidden(ClaimsTableModel::WhoColumn, !team);
    if (m_who->currentData() != chosen)
        applyFilter(); // the chosen name is gone: its filter with it
}

void ClaimsTablePanel::applyFilter()
{
    m_debounce->stop();
    ClaimFilter filter;
    filter.text = m_text->text();
    filter.textNumber = readTypedNumber(filter.text);
    filter.metricId = currentId(m_metric);
    filter.claimantId = currentId(m_claimant);
    filter.tagId = currentId(m_tag);
    if (const int status = m_status->currentData().toInt(); status >= 0)
        filter.status = ClaimStatus(status);
    if (const QVariant who = m_who->currentData(); who.isValid())
        filter.changedBy = who.toString();
    // An incomplete date ("2024-0") leaves its side open until it is whole.
    filter.from = PartialDate::fromIso(m_from->text());
    filter.to = PartialDate::fromIso(m_to->text());
    m_message->clear();
    filter.minValue = valueBound(m_minValue, tr("The min value “%1” is not a number; no lower bound applies."));
    filter.maxValue = valueBound(m_maxValue, tr("The max value “%1” is not a number; no upper bound applies."));
    if (filter.minValue && filter.maxValue && *filter.minValue > *filter.maxValue)
        showMessage(tr("The min value is above the max value: no claim can match."));
    m_model->setFilter(filter);
}

std::optional<double> ClaimsTablePanel::valueBound(QLineEdit *edit, const QString &invalidText)
{
    const QString typed = edit->text().trimmed();
    const std::optional<double> bound = readTypedNumber(typed);
    const bool invalid = !typed.isEmpty() && !bound;
    setReadableTint(edit, invalid ? QColor(kErrorHue) : QColor());
    // What was typed is quoted cut to a few words: the message must not
    // widen the window.
    if (invalid)
        showMessage(invalidText.arg(m_message->fontMetrics().elidedText(
            typed, Qt::ElideMiddle, m_message->fontMetrics().averageCharWidth() * kQuotedCharacters)));
    return bound;
}

void ClaimsTablePanel::fitNameColumns()
{
    // The names a cell can show are known without reading a claim: the
    // choices of the status, claimant and tag filters. A width is
    // never narrowed, and a very long name is left to elide past 40 characters.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int margins = cellMargins(m_view);
    const int cap = 40 * metrics.horizontalAdvance(u'x');
    // `swatch`: a tag's colour is drawn before its name.
    const auto widen = [&](int column, const QStringList &names, int swatch = 0) {
        int needed = m_view->horizontalHeader()->sectionSizeHint(column);
        for (const QString &name : names)
            needed = std::max(needed, std::min(cap, swatch + metrics.horizontalAdvance(name) + margins));
        if (needed > m_view->columnWidth(column))
            m_view->setColumnWidth(column, needed);
    };
    const auto choicesOf = [](const QComboBox *combo) {
        QStringList names; // past "any"
        for (int i = 1; i < combo->count(); ++i)
            names << combo->itemText(i);
        return names;
    };
    widen(ClaimsTableModel::StatusColumn, choicesOf(m_status));
    widen(ClaimsTableModel::ClaimantColumn, choicesOf(m_claimant));
    widen(ClaimsTableModel::TagColumn, choicesOf(m_tag),
          m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view) + margins);
}

void ClaimsTablePanel::updateCounts(qint64 total, qint64 all)
{
    // The counts come after the first rows (a server counts a million
    // claims in a fifth of a second, a text filter's matches in over one).
    if (total < 0 || all < 0) {
        m_counts->setText(tr("Counting claims…"));
        return;
    }
    // One spelled out, more with %n: English needs no plural catalogue, Ukrainian picks its form by the count.
    m_counts->setText(all == 1 ? tr("%1 of 1 claim").arg(QLocale().toString(total))
                               : tr("%1 of %Ln claims", nullptr, int(all)).arg(QLocale().toString(total)));
}

void ClaimsTablePanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setToolTip(text);
}

QString ClaimsTablePanel::connectionLostText()
{
    return tr("Connection to the server lost — reconnecting…");
}

void ClaimsTablePanel::reportError(const Error &error)
{
    // The model's failures are its reads' (a reload, the next page, the
    // count), but for a cell's edit being saved, which is the analyst's.
    reportFailure(error, m_cells->isSaving());
}

void ClaimsTablePanel::reportFailure(const Error &error, bool analystsAction)
{
    if (error.code == Error::Code::Disconnected) {
        // The rows come back by themselves: a notice here, no message box
        // (one per refresh stacked up in idle windows), and the driver's
        // text only in the window's box for an action that failed.
        showMessage(connectionLostText());
        m_reconnect->start();
        if (!analystsAction)
            return;
    } else {
        showMessage(error.toString());
    }
    Q_EMIT errorOccurred(tr("The claims could not be read or changed."), error);
}

QList<int> ClaimsTablePanel::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ClaimsTablePanel::runBulk(const Result<void> &outcome)
{
    if (outcome)
        m_message->clear();
    else
        reportFailure(outcome.error(), true);
}

int ClaimsTablePanel::rowOfClaim(qint64 claimId) const
{
    for (int row = 0; claimId != 0 && row < m_model->rowCount(); ++row)
        if (m_model->claimIdAt(row) == claimId)
            return row;
    return -1;
}

void ClaimsTablePanel::setCurrentClaim(qint64 claimId)
{
    m_currentClaim = claimId;
    keepCurrentClaim();
}

void ClaimsTablePanel::keepCurrentClaim()
{
    QItemSelectionModel *selection = m_view->selectionModel();
    if (m_model->claimIdAt(selection->currentIndex().row()) == m_currentClaim && m_currentClaim != 0)
        return;
    const int row = rowOfClaim(m_currentClaim);
    if (row < 0) {
        selection->clear();
        return;
    }
    const QModelIndex index = m_model->index(row, std::max(0, selection->currentIndex().column()));
    selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ClaimsTablePanel::showContextMenu(const QPoint &pos)
{
    const std::unique_ptr<QMenu> menu(createContextMenu());
    menu->exec(m_view->viewport()->mapToGlobal(pos));
}

QMenu *ClaimsTablePanel::createContextMenu()
{
    const QList<int> rows = selectedRows();
    auto *menu = new QMenu(this);
    QMenu *status = menu->addMenu(tr("Set status"));
    status->menuAction()->setObjectName(u"setStatusMenu"_s);
    for (const ClaimStatus s : {ClaimStatus::Unverified, ClaimStatus::Corroborated, ClaimStatus::Disputed,
                                ClaimStatus::False})
        status->addAction(claimStatusDisplayName(s), this, [this, rows, s] { runBulk(m_model->setStatus(rows, s)); });
    QMenu *tag = menu->addMenu(tr("Set tag"));
    tag->menuAction()->setObjectName(u"setTagMenu"_s);
    tag->addAction(tr("No tag"), this, [this, rows] { runBulk(m_model->setTag(rows, 0)); });
    for (int i = 1; i < m_tag->count(); ++i) {
        const qint64 id = m_tag->itemData(i).toLongLong();
        tag->addAction(m_tag->itemText(i), this, [this, rows, id] { runBulk(m_model->setTag(rows, id)); });
    }
    QMenu *metric = menu->addMenu(tr("Set metric"));
    metric->menuAction()->setObjectName(u"setMetricMenu"_s);
    metric->addAction(tr("No metric"), this, [this, rows] { runBulk(m_model->setMetric(rows, 0)); });
    for (int i = 1; i < m_metric->count(); ++i) {
        const qint64 id = m_metric->itemData(i).toLongLong();
        metric->addAction(m_metric->itemText(i), this, [this, rows, id] { runBulk(m_model->setMetric(rows, id)); });
    }
    // A team server's reviewer sets the status only, a viewer nothing.
    const ActionAccess access(m_session ? m_session->project().get() : nullptr);
    access.apply(status->menuAction(), !rows.isEmpty() && m_session, ActionAccess::Need::Review);
    for (QMenu *sub : {tag, metric})
        access.apply(sub->menuAction(), !rows.isEmpty() && m_session);
    menu->addSeparator();
    QAction *copy = menu->addAction(tr("Copy"), this, &ClaimsTablePanel::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(!rows.isEmpty());
    menu->addAction(tr("Export…"), this, &ClaimsTablePanel::exportRows);
    return menu;
}

QString ClaimsTablePanel::selectionAsTsv() const
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return {};
    // Columns in the order the user arranged them.
    const QHeaderView *header = m_view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual)
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            columns << header->logicalIndex(visual);
    QStringList lines;
    QStringList fields;
    for (const int column : std::as_const(columns))
        fields << tsvField(m_model->headerData(column, Qt::Horizontal));
    lines << fields.join(u'\t');
    for (const int row : rows) {
        fields.clear();
        for (const int column : std::as_const(columns))
            fields << tsvField(m_model->index(row, column).data(ClaimsTableModel::RawValueRole));
        lines << fields.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

void ClaimsTablePanel::copySelection()
{
    const QString tsv = selectionAsTsv();
    if (!tsv.isEmpty())
        QApplication::clipboard()->setText(tsv);
}

Result<qint64> ClaimsTablePanel::exportTo(const QString &path, ClaimFileFormat format) const
{
    const ClaimQuery *query = m_model->query();
    if (!m_session || !query)
        return makeError(Error::Code::NotFound, tr("No project is open"));
    const ClaimExporter exporter(*m_session->project());
    return std::visit(
        [&](auto chosen) { return exporter.writeFile(*query, m_model->filter(), m_model->currentSort(), chosen, path); },
        format);
}

void ClaimsTablePanel::exportRows()
{
    struct Choice
    {
        QString filter;
        QString suffix;
        ClaimFileFormat format;
    };
    const QList<Choice> choices{
        {tr("CSV, UTF-8 (*.csv)"), u".csv"_s, OutputFormat::Csv},
        {tr("JSON (*.json)"), u".json"_s, OutputFormat::Json},
        {tr("W3C Web Annotation, JSON-LD (*.jsonld)"), u".jsonld"_s, LinkedDataFormat::WebAnnotation},
        {tr("schema.org ClaimReview of reviewed claims, JSON-LD (*.jsonld)"), u".jsonld"_s,
         LinkedDataFormat::ClaimReview},
    };
    QStringList filters;
    for (const Choice &choice : choices)
        filters.append(choice.filter);
    QString chosen;
    QString path = FileDialog::getSaveFileName(this, tr("Export Claims"), u"claims.csv"_s, filters.join(u";;"_s),
                                                &chosen);
    if (path.isEmpty())
        return;
    // The filter chosen decides, else the suffix typed; CSV by default.
    auto choice = std::ranges::find(choices, chosen, &Choice::filter);
    if (choice == choices.cend())
        choice = std::ranges::find_if(choices, [&](const Choice &c) { return path.endsWith(c.suffix, Qt::CaseInsensitive); });
    if (choice == choices.cend())
        choice = choices.cbegin();
    if (!path.endsWith(choice->suffix, Qt::CaseInsensitive))
        path += choice->suffix;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<qint64> rows = exportTo(path, choice->format);
    QApplication::restoreOverrideCursor();
    if (rows)
        m_counts->setText(m_counts->text() + u" — "_s + tr("%n exported", nullptr, int(*rows)));
    else
        showMessage(rows.error().toString());
}

} // namespace Claimbench
