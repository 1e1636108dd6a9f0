#include "ui/claimeditor/claimeditorpanel.h"

#include "core/models/typednumber.h"
#include "core/models/articlelistmodel.h"
#include "core/models/namelistmodel.h"
#include "core/models/tagtreemodel.h"
#include "core/store/project.h"
#include "ui/emptystatelabel.h"
#include "ui/tags/tagicon.h"
#include "ui/widgets/readablecolors.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// The field's new value, and whether it differs from the old one.
template<typename T>
bool assign(T &field, T value)
{
    if (field == value)
        return false;
    field = std::move(value);
    return true;
}

QString numberText(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', QLocale::FloatingPointShortest) : QString();
}

// Editable pick list over `names` that completes any spelling in `spellings`
// (for claimants: aliases too), case-insensitively and anywhere in the name.
QComboBox *makeNameBox(QWidget *parent, const QString &objectName, NameListModel *names,
                       NameListModel *spellings)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->setModel(names);
    auto *completer = new QCompleter(spellings, box);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    box->setCompleter(completer);
    box->lineEdit()->setPlaceholderText(ClaimEditorPanel::tr("Type a name; a new one is created"));
    // A name longer than the field ("Ministry of Agrarian Policy and Food"
    // in a narrow dock) is shown whole on hover.
    QObject::connect(box->lineEdit(), &QLineEdit::textChanged, box->lineEdit(), &QLineEdit::setToolTip);
    return box;
}

// Whether `key` is Undo or Redo and `field` has no step of its own to take
// back or forward: the key then belongs to the project's undo stack. A line
// edit claims both keys even with its history empty, and a saved field's
// history is empty, since the saved value is written back into it.
bool leavesUndoKeyToProject(QObject *field, const QKeyEvent *key)
{
    const bool undo = key->matches(QKeySequence::Undo);
    if (!undo && !key->matches(QKeySequence::Redo))
        return false;
    if (auto *box = qobject_cast<QComboBox *>(field))
        field = box->lineEdit();
    if (auto *line = qobject_cast<QLineEdit *>(field))
        return undo ? !line->isUndoAvailable() : !line->isRedoAvailable();
    if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        return undo ? !text->document()->isUndoAvailable() : !text->document()->isRedoAvailable();
    return false;
}

// A name shown in a button's text, its "&" not taken for a mnemonic.
QString buttonText(QString name)
{
    return name.replace(u'&', u"&&"_s);
}

// The key a button's mnemonic letter makes, as the platform writes it.
QString mnemonicKey(Qt::Key letter)
{
    return QKeySequence(Qt::ALT | letter).toString(QKeySequence::NativeText);
}

// Shows `label` on the button with `name` in its %1, the name cut with "…"
// in the middle to the button's width (the end of a name tells "… Ministry
// of Defence" from "… General Staff") and the label's words whole: cutting
// the whole text left "Use sugg…and wounded)" in the dock of a 1600 px
// window. Keeps both for the next resize, and the whole text as property
// "fullText".
void setElidedText(QPushButton *button, const QString &label, const QString &name)
{
    button->setProperty("label", label);
    button->setProperty("name", name);
    button->setProperty("fullText", label.arg(buttonText(name)));
    const QFontMetrics metrics = button->fontMetrics();
    const int room = button->width() - 2 * metrics.horizontalAdvance(u'M')
        - metrics.size(Qt::TextShowMnemonic, label.arg(QString())).width();
    button->setText(label.arg(buttonText(metrics.elidedText(name, Qt::ElideMiddle, std::max(room, 0)))));
}

QPushButton *makeSuggestionButton(QWidget *parent, const QString &objectName)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    button->setFocusPolicy(Qt::TabFocus);
    button->setStyleSheet(u"text-align: left; padding: 2px 6px;"_s);
    // A long name is cut rather than widening the dock (see setElidedText();
    // the tooltip has it whole).
    button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    return button;
}

// A row that keeps `proposal`'s room while it is hidden, so that a proposal
// appearing or going never moves the fields under it while the analyst aims
// at one. (QFormLayout drops a hidden widget's row whatever its size policy
// says; a box layout keeps it.)
QWidget *keepingRoomFor(QWidget *proposal)
{
    auto *row = new QWidget(proposal->parentWidget());
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    QSizePolicy policy = proposal->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    proposal->setSizePolicy(policy);
    layout->addWidget(proposal);
    return row;
}

QLineEdit *makeLineEdit(QWidget *parent, const QString &objectName, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

// setText() leaves the cursor at the end, where a name wider than its field
// showed only its end ("…ary casualties (killed and wounded)"): a field
// filled from a claim shows its start, unless the analyst is typing in it.
void showStart(QLineEdit *edit)
{
    if (!edit->hasFocus())
        edit->setCursorPosition(0);
}

} // namespace

ClaimEditorPanel::ClaimEditorPanel(ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_metrics(new NameListModel(NameListModel::Kind::Metrics, NameListModel::Spellings::NamesOnly, this))
    , m_claimants(new NameListModel(NameListModel::Kind::Claimants,
                                    NameListModel::Spellings::NamesOnly, this))
    , m_claimantSpellings(new NameListModel(NameListModel::Kind::Claimants,
                                            NameListModel::Spellings::NamesAndAliases, this))
    , m_tags(new TagTreeModel(TagTreeModel::ClaimCounts::NotCounted, this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateLabel(m_stack))
{
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new QWidget(scroll);
    buildForm(m_form);
    scroll->setWidget(m_form);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // A model reset (a name created inline or by another analyst, a tag
    // renamed) rebuilds the list, and the combo box makes its first name
    // current: show the claim's again, by id, or what the analyst was
    // typing there.
    for (QComboBox *box : {m_metric, m_claimant}) {
        const NameListModel *names = box == m_metric ? m_metrics : m_claimants;
        connect(names, &QAbstractItemModel::modelAboutToBeReset, this, [this, box] {
            if (m_claim && m_drafts.isDraft(box))
                m_typedNames.insert(box, box->currentText());
        });
        connect(names, &QAbstractItemModel::modelReset, this, [this, box] { refillName(box); });
    }
    connect(m_tags, &QAbstractItemModel::modelReset, this, &ClaimEditorPanel::fillTags);
    // Their reloads follow other analysts' changes: a lost connection is
    // said as such, the driver's text left out.
    const auto showReadError = [this](const Error &error) {
        showError(error.code == Error::Code::Disconnected ? tr("Connection to the server lost — reconnecting…")
                                                          : error.toString());
    };
    for (auto *model : {m_metrics, m_claimants, m_claimantSpellings})
        connect(model, &NameListModel::errorOccurred, this, showReadError);
    connect(m_tags, &TagTreeModel::errorOccurred, this, showReadError);

    setSession(session);
}

QSize ClaimEditorPanel::sizeHint() const
{
    // The quote and its article's line hold one line each until a claim is
    // shown: room for two more, the usual quote with its context and a long
    // title, so that showing one adds no scroll bar.
    const QSize form = m_form->sizeHint();
    return {form.width(), form.height() + 2 * fontMetrics().lineSpacing()};
}

void ClaimEditorPanel::buildForm(QWidget *page)
{
    m_quote = new QLabel(page);
    m_quote->setObjectName(u"claimQuote"_s);
    m_quote->setWordWrap(true);
    m_quote->setTextFormat(Qt::RichText);
    m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_article = new QLabel(page);
    m_article->setObjectName(u"claimArticle"_s);
    m_article->setWordWrap(true);
    m_article->setTextFormat(Qt::PlainText);
    m_article->setForegroundRole(QPalette::PlaceholderText);
    m_orphaned = new QLabel(tr("The article's text changed and this quote was not found again. "
                               "Place it again in the reader, or delete the claim."),
                            page);
    m_orphaned->setWordWrap(true);
    setReadableInk(m_orphaned, QColor(kWarningHue));

    const QString numberHint = tr("a number, e.g. %1").arg(QLocale().toString(1250.5, 'f', 1));
    m_value = makeLineEdit(page, u"claimValue"_s, numberHint);
    m_low = makeLineEdit(page, u"claimLow"_s, tr("low"));
    m_high = makeLineEdit(page, u"claimHigh"_s, tr("high"));
    m_unit = makeLineEdit(page, u"claimUnit"_s, tr("troops, drones, km, %, USD…"));
    m_asOf = makeLineEdit(page, u"claimAsOf"_s, tr("YYYY, YYYY-MM or YYYY-MM-DD"));

    m_qualifier = new QComboBox(page);
    m_qualifier->setObjectName(u"claimQualifier"_s);
    m_qualifier->addItem(tr("(none)"), int(Qualifier::None));
    for (const Qualifier q : {Qualifier::Approximately, Qualifier::MoreThan, Qualifier::AtLeast,
                              Qualifier::LessThan, Qualifier::AtMost, Qualifier::UpTo})
        m_qualifier->addItem(qualifierDisplayName(q), int(q));

    m_status = new QComboBox(page);
    m_status->setObjectName(u"claimStatus"_s);
    m_status->addItem(tr("Unverified"), int(ClaimStatus::Unverified));
    m_status->addItem(tr("Corroborated"), int(ClaimStatus::Corroborated));
    m_status->addItem(tr("Disputed"), int(ClaimStatus::Disputed));
    m_status->addItem(tr("False"), int(ClaimStatus::False));

    m_metric = makeNameBox(page, u"claimMetric"_s, m_metrics, m_metrics);
    m_claimant = makeNameBox(page, u"claimClaimant"_s, m_claimants, m_claimantSpellings);
    m_tag = new QComboBox(page);
    m_tag->setObjectName(u"claimTag"_s);

    m_note = new QPlainTextEdit(page);
    m_note->setObjectName(u"claimNote"_s);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Why this figure matters, doubts, sources to check…"));
    // Three lines: the whole form fits the dock of a 768 px screen beside the
    // library; a longer note scrolls.
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 2 * m_note->frameWidth()
                           + 2 * int(m_note->document()->documentMargin()));
    // The note also for the undo keys, like every text field below.
    m_note->installEventFilter(this);

    m_error = new QLabel(page);
    m_error->setObjectName(u"claimEditorError"_s);
    m_error->setWordWrap(true);
    setReadableInk(m_error, QColor(kErrorHue));
    m_error->hide();

    // Proposals for a claim that lacks its claimant or metric, each taken
    // with its mnemonic (see showSuggestions()).
    m_useMetric = makeSuggestionButton(page, u"useSuggestedMetric"_s);
    m_useClaimant = makeSuggestionButton(page, u"useExistingClaimant"_s);
    m_newClaimant = makeSuggestionButton(page, u"keepNewClaimant"_s);
    m_newClaimant->setText(tr("Ne&w"));
    m_newClaimant->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_claimantSuggestion = new QWidget(page);
    auto *claimantChoice = new QHBoxLayout(m_claimantSuggestion);
    claimantChoice->setContentsMargins(0, 0, 0, 0);
    claimantChoice->addWidget(m_useClaimant, 1);
    claimantChoice->addWidget(m_newClaimant);
    m_useMetric->hide();
    m_claimantSuggestion->hide();
    m_useMetric->installEventFilter(this);
    m_useClaimant->installEventFilter(this);
    connect(m_useMetric, &QPushButton::clicked, this, &ClaimEditorPanel::useSuggestedMetric);
    connect(m_useClaimant, &QPushButton::clicked, this, &ClaimEditorPanel::useSuggestedClaimant);
    connect(m_newClaimant, &QPushButton::clicked, this, &ClaimEditorPanel::keepClaimantAsWritten);

    auto *range = new QHBoxLayout;
    range->setContentsMargins(0, 0, 0, 0);
    range->addWidget(m_low, 1);
    range->addWidget(new QLabel(u"–"_s, page));
    range->addWidget(m_high, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    // Tight rows: the two proposal rows keep their room, and the whole form
    // still fits beside the library on a 768 px screen.
    form->setVerticalSpacing(2);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(tr("Range:"), range); // a layout has no buddy for a mnemonic
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Qualifier:"), m_qualifier);
    form->addRow(tr("&Metric:"), m_metric);
    form->addRow(keepingRoomFor(m_useMetric));
    form->addRow(tr("&Claimant:"), m_claimant);
    form->addRow(keepingRoomFor(m_claimantSuggestion));
    form->addRow(tr("&As of:"), m_asOf);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Tag:"), m_tag);
    form->addRow(tr("&Note:"), m_note);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_quote);
    layout->addWidget(m_article);
    layout->addWidget(m_orphaned);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);

    for (QWidget *field : std::initializer_list<QWidget *>{m_value, m_low, m_high, m_unit, m_asOf, m_metric,
                                                          m_metric->lineEdit(), m_claimant,
                                                          m_claimant->lineEdit()})
        field->installEventFilter(this);

    connect(m_value, &QLineEdit::editingFinished, this,
            [this] { commitNumber(m_value, &Claim::value, tr("Edit value")); });
    connect(m_low, &QLineEdit::editingFinished, this,
            [this] { commitNumber(m_low, &Claim::low, tr("Edit low")); });
    connect(m_high, &QLineEdit::editingFinished, this,
            [this] { commitNumber(m_high, &Claim::high, tr("Edit high")); });
    connect(m_unit, &QLineEdit::editingFinished, this,
            [this] { commitText(m_unit, m_unit->text().trimmed(), &Claim::unit, tr("Edit unit")); });
    connect(m_asOf, &QLineEdit::editingFinished, this, &ClaimEditorPanel::commitAsOf);
    const auto commitMetric = [this] {
        commitName(m_metric, m_metrics, &ClaimDraft::metricName, &Claim::metricId, tr("Edit metric"));
    };
    connect(m_metric->lineEdit(), &QLineEdit::editingFinished, this, commitMetric);
    connect(m_metric, &QComboBox::activated, this, commitMetric);
    const auto commitClaimant = [this] {
        commitName(m_claimant, m_claimants, &ClaimDraft::claimantName, &Claim::claimantId,
                   tr("Edit claimant"));
    };
    connect(m_claimant->lineEdit(), &QLineEdit::editingFinished, this, commitClaimant);
    connect(m_claimant, &QComboBox::activated, this, commitClaimant);
    // activated() is the user's choice only; fill() sets the index silently.
    connect(m_qualifier, &QComboBox::activated, this, [this] {
        const auto q = Qualifier(m_qualifier->currentData().toInt());
        edit(nullptr, tr("Edit qualifier"), [q](ClaimDraft &d) { return assign(d.claim.qualifier, q); });
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        const auto s = ClaimStatus(m_status->currentData().toInt());
        edit(nullptr, tr("Edit status"), [s](ClaimDraft &d) { return assign(d.claim.status, s); });
    });
    connect(m_tag, &QComboBox::activated, this, [this] {
        const qint64 tagId = m_tag->currentData().toLongLong();
        edit(nullptr, tr("Edit tag"), [tagId](ClaimDraft &d) { return assign(d.claim.tagId, tagId); });
    });
}

void ClaimEditorPanel::setSession(ProjectSession *session)
{
    m_session.reset(session);
    m_claim.reset();
    m_articleId = 0;
    m_session.connect(&ProjectSession::claimsChanged, [this](const QList<qint64> &articleIds) {
        if (m_claim && (articleIds.isEmpty() || articleIds.contains(m_claim->articleId)))
            reload();
    });
    // A claimant or metric created, renamed or given a spelling may make a
    // proposal or end one.
    for (const auto namesChanged : {&ProjectSession::claimantsChanged, &ProjectSession::metricsChanged})
        m_session.connect(namesChanged, [this] {
            if (m_claim)
                suggest();
        });
    for (NameListModel *model : {m_metrics, m_claimants, m_claimantSpellings})
        model->setSession(session);
    m_tags->setSession(session);
    clear();
}

void ClaimEditorPanel::showClaim(qint64 claimId)
{
    // Switching claims must not lose what was typed into the old one. Typing
    // a lost server kept is saved again first; while it cannot be, the panel
    // stays on its claim rather than drop the typing for the one chosen.
    commitFocusedField();
    if (m_claim && claimId != m_claim->id && !saveKeptTyping()) {
        showError(tr("Your changes to this claim are not saved: the server cannot be reached. They stay here; "
                     "save them when it is back, then choose the other claim again."));
        return;
    }
    if (claimId == 0 || !m_session) {
        clear();
        return;
    }
    m_claim = Claim{};
    m_claim->id = claimId;
    m_drafts.clear();
    reload();
}

QString ClaimEditorPanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ClaimEditorPanel::reload()
{
    auto claim = m_session->project()->claims().get(m_claim->id);
    if (!claim) {
        const Error &error = claim.error();
        if (error.code == Error::Code::Disconnected && m_claim->articleId != 0) {
            // The claim shown was read before the server went away: it and
            // the analyst's typing stay, and the next read that succeeds
            // (the change feed's, once it reconnects) fills it again.
            showError(tr("Connection to the server lost — reconnecting…"));
            return;
        }
        // Deleted (here, in the table or by an undo): nothing left to edit.
        clear(error.code == Error::Code::NotFound       ? QString()
              : error.code == Error::Code::Disconnected ? tr("The claim cannot be read: the server cannot be "
                                                             "reached. Select it again when it is back.")
                                                        : error.toString());
        return;
    }
    m_claim = std::move(*claim);
    fill();
}

void ClaimEditorPanel::clear(const QString &why)
{
    m_claim.reset();
    m_drafts.clear();
    m_unsavedForLostServer = false;
    m_articleId = 0;
    m_suggestions = {};
    showSuggestions();
    m_empty->setText(!m_session ? tr("No project open")
                                : why.isEmpty() ? tr("No claim selected") : why);
    m_stack->setCurrentWidget(m_empty);
}

void ClaimEditorPanel::fill()
{
    m_filling = true;
    const Claim &claim = *m_claim;
    fillArticle();
    m_orphaned->setVisible(claim.orphaned);
    // What the analyst is typing stays (ClaimFieldDrafts has the rule).
    for (QWidget *field : std::initializer_list<QWidget *>{m_value, m_low, m_high, m_unit, m_asOf, m_note})
        if (!m_drafts.isDraft(field))
            fillText(field);
    m_qualifier->setCurrentIndex(m_qualifier->findData(int(claim.qualifier)));
    m_status->setCurrentIndex(m_status->findData(int(claim.status)));
    m_filling = false;
    fillMetric();
    fillClaimant();
    fillTags();
    showError({});
    suggest();
    enableForAccess();
    m_stack->setCurrentIndex(1);
}

void ClaimEditorPanel::enableForAccess()
{
    // What the role may change (Project::access): a reviewer the status and
    // note, a viewer nothing. The server refuses the rest anyway.
    const Project::Access access = m_session->project()->access();
    const bool mayEdit = access == Project::Access::ReadWrite;
    const QList<QWidget *> values{m_value, m_low,  m_high, m_unit, m_qualifier, m_metric,
                                  m_claimant, m_asOf, m_tag, m_claimantSuggestion, m_useMetric};
    for (QWidget *field : values)
        field->setEnabled(mayEdit);
    m_status->setEnabled(access != Project::Access::ReadOnly);
    m_note->setReadOnly(access == Project::Access::ReadOnly);
}

void ClaimEditorPanel::suggest()
{
    m_suggestions = {};
    if (m_claim->claimantId == 0 || m_claim->metricId == 0) {
        auto found = ClaimDrafter(*m_session->project()).suggestionsFor(*m_claim);
        if (found)
            m_suggestions = *std::move(found);
        else
            showError(found.error().toString());
    }
    showSuggestions();
}

void ClaimEditorPanel::showSuggestions()
{
    const std::optional<Claimant> &claimant = m_suggestions.claimant;
    m_claimantSuggestion->setVisible(claimant.has_value());
    if (claimant) {
        const QString written = m_suggestions.claimantAsWritten;
        setElidedText(m_useClaimant, tr("Use e&xisting: %1"), claimant->name);
        m_useClaimant->setToolTip(
            tr("“%1” reads as the existing claimant “%2”. %3 files the claim under “%2” and keeps “%1” "
               "as one of its spellings, so that it is recognised next time.")
                .arg(written, claimant->name, mnemonicKey(Qt::Key_X)));
        m_newClaimant->setToolTip(tr("%1 creates “%2” as a new claimant of its own instead.")
                                      .arg(mnemonicKey(Qt::Key_W), written));
    }
    const std::optional<Metric> &metric = m_suggestions.metric;
    m_useMetric->setVisible(metric.has_value());
    if (metric) {
        setElidedText(m_useMetric, tr("Use su&ggested metric: %1"), metric->name);
        m_useMetric->setToolTip(tr("“%1”: the metric most claims of this claimant in this unit (else most "
                                   "claims in this unit) are filed under. %2 uses it for this claim.")
                                    .arg(metric->name, mnemonicKey(Qt::Key_G)));
    }
}

bool ClaimEditorPanel::proposeClaimant(const QString &typed)
{
    auto near = ClaimDrafter(*m_session->project()).nearClaimant(typed);
    if (!near || !*near)
        return false;
    m_suggestions.claimantAsWritten = typed;
    m_suggestions.claimant = *near;
    showSuggestions();
    return true;
}

void ClaimEditorPanel::useSuggestedClaimant()
{
    if (!m_claim || !m_session || !m_suggestions.claimant)
        return;
    auto used = m_session->useClaimant(*m_claim, m_suggestions.claimant->id, m_suggestions.claimantAsWritten);
    if (!used)
        showRefusal(m_claimant, used.error());
    else
        refill(m_claimant); // the typed spelling is now the claimant's alias
}

void ClaimEditorPanel::keepClaimantAsWritten()
{
    const QString written = m_suggestions.claimantAsWritten;
    edit(m_claimant, tr("Edit claimant"), [&written](ClaimDraft &d) {
        d.claimantName = written;
        return !written.isEmpty();
    });
}

void ClaimEditorPanel::useSuggestedMetric()
{
    const qint64 metricId = m_suggestions.metric ? m_suggestions.metric->id : 0;
    edit(nullptr, tr("Edit metric"), [metricId](ClaimDraft &d) { return metricId != 0 && assign(d.claim.metricId, metricId); });
}

void ClaimEditorPanel::fillArticle()
{
    const Claim &claim = *m_claim;
    // The context is cut at a fixed length: show whole words of it only.
    // The quote follows the claim (another one of the article, a moved
    // boundary, a re-import); the article line only another article.
    const qsizetype firstSpace = claim.contextBefore.indexOf(u' ');
    const qsizetype lastSpace = claim.contextAfter.lastIndexOf(u' ');
    const QString before = firstSpace < 0 ? claim.contextBefore : claim.contextBefore.mid(firstSpace + 1);
    const QString after = lastSpace < 0 ? claim.contextAfter : claim.contextAfter.left(lastSpace);
    m_quote->setText(u"…"_s + before.toHtmlEscaped() + u"<b>"_s + claim.quote.toHtmlEscaped()
                     + u"</b>"_s + after.toHtmlEscaped() + u"…"_s);
    if (claim.articleId == m_articleId)
        return;
    m_articleId = claim.articleId;
    auto article = m_session->project()->articles().get(claim.articleId);
    if (!article) {
        m_article->setText(article.error().toString());
        return;
    }
    QStringList source{ArticleListModel::displayTitle(*article)};
    if (!article->outlet.isEmpty())
        source.append(article->outlet);
    if (!article->published.isNull())
        source.append(ArticleListModel::displayDate(article->published));
    m_article->setText(source.join(u" · "_s));
    m_article->setToolTip(article->url);
}

void ClaimEditorPanel::fillMetric()
{
    if (m_claim && !m_drafts.isDraft(m_metric))
        fillText(m_metric);
}

void ClaimEditorPanel::fillClaimant()
{
    if (m_claim && !m_drafts.isDraft(m_claimant))
        fillText(m_claimant);
}

void ClaimEditorPanel::refillName(QComboBox *box)
{
    const std::optional<QString> typed = m_typedNames.contains(box) ? std::optional(m_typedNames.take(box))
                                                                     : std::nullopt;
    if (!m_claim)
        return;
    if (!typed) {
        fillText(box);
        return;
    }
    // Still a draft: its text back, the name list's current row none of
    // the claim's, so that only the analyst's save decides.
    const bool filling = std::exchange(m_filling, true);
    box->setCurrentIndex(-1);
    box->setEditText(*typed);
    m_filling = filling;
}

QString ClaimEditorPanel::storedText(const QWidget *field) const
{
    const Claim &claim = *m_claim;
    if (field == m_value || field == m_low || field == m_high)
        return numberText(field == m_value ? claim.value : field == m_low ? claim.low : claim.high);
    if (field == m_unit)
        return claim.unit;
    if (field == m_asOf)
        return claim.asOf.toIso();
    if (field == m_metric)
        return m_metrics->nameOf(claim.metricId);
    if (field == m_claimant)
        return m_claimants->nameOf(claim.claimantId);
    if (field == m_note)
        return claim.note;
    return {};
}

void ClaimEditorPanel::fillText(QWidget *field)
{
    const bool filling = std::exchange(m_filling, true);
    const QString text = storedText(field);
    if (auto *box = qobject_cast<QComboBox *>(field)) {
        const NameListModel *names = box == m_metric ? m_metrics : m_claimants;
        box->setCurrentIndex(names->rowOfId(box == m_metric ? m_claim->metricId : m_claim->claimantId));
        box->setEditText(text);
        showStart(box->lineEdit());
    } else if (auto *line = qobject_cast<QLineEdit *>(field)) {
        line->setText(text);
        showStart(line);
        if (line != m_unit)
            setInvalid(line, {});
    } else if (field == m_note && m_note->toPlainText() != text) {
        // Rewritten only when it changed: the cursor of an analyst in it stays put.
        m_note->setPlainText(text);
    }
    m_drafts.filled(field, text, m_claim->version);
    m_filling = filling;
}

void ClaimEditorPanel::fillTags()
{
    m_filling = true;
    m_tag->clear();
    m_tag->addItem(tr("(no tag)"), qint64(0));
    for (const TagTreeModel::Entry &entry : m_tags->entries())
        m_tag->addItem(tagIcon(entry.tag.color), QString(entry.depth * 2, u' ') + entry.tag.name,
                       entry.tag.id);
    if (m_claim)
        m_tag->setCurrentIndex(std::max(0, m_tag->findData(m_claim->tagId)));
    m_filling = false;
}

void ClaimEditorPanel::edit(QWidget *field, const QString &actionText,
                            const std::function<bool(ClaimDraft &)> &change)
{
    if (m_filling || !m_claim || !m_session)
        return;
    ClaimDraft draft{*m_claim, {}, {}};
    if (!change(draft)) {
        // The field says what is stored (the analyst typed another analyst's value).
        if (field)
            refill(field);
        return;
    }
    if (field)
        draft.claim.version = m_drafts.versionToCheck(field, storedText(field), m_claim->version);
    // The session's claimsChanged reloads the panel during the save; the
    // field keeps the analyst's text meanwhile, also while a Conflict is put
    // to them (Keep Theirs / Apply Mine), and shows what was stored after.
    auto saved = m_session->updateClaim(draft, actionText);
    if (!saved) {
        showRefusal(field, saved.error());
        return;
    }
    if (field)
        refill(field);
    showError({});
}

void ClaimEditorPanel::refill(QWidget *field)
{
    m_drafts.forget(field);
    if (m_claim)
        fillText(field);
}

void ClaimEditorPanel::showRefusal(QWidget *field, const Error &error)
{
    if (error.code == Error::Code::Disconnected) {
        showLostConnection(field, error);
        return;
    }
    // Nothing was stored: show the claim as it is, and why. A Conflict
    // nobody was asked about keeps the analyst's text in its field (it
    // conflicts again when saved); any other refusal shows the stored value.
    if (field && error.code != Error::Code::Conflict)
        m_drafts.forget(field);
    reload();
    showError(error.toString());
    Q_EMIT errorOccurred(tr("The claim was not saved."), error);
}

void ClaimEditorPanel::showLostConnection(QWidget *field, const Error &error)
{
    // Reading the claim again would meet the same lost connection and empty
    // the panel, the analyst's typing with it: the panel stays as it is.
    // A text field keeps its draft, saved again by Return or leaving it, and
    // checked then against the version the typing started on; a list's
    // choice, which is no draft, shows the stored value again.
    Error kept = error;
    if (field) {
        m_unsavedForLostServer = true;
        kept.message = tr("The server cannot be reached; your changes are kept — save again when it is back.");
    } else {
        kept.message = tr("The server cannot be reached; the change was not saved — make it again when it is back.");
        const bool filling = std::exchange(m_filling, true);
        m_qualifier->setCurrentIndex(m_qualifier->findData(int(m_claim->qualifier)));
        m_status->setCurrentIndex(m_status->findData(int(m_claim->status)));
        m_tag->setCurrentIndex(std::max(0, m_tag->findData(m_claim->tagId)));
        m_filling = filling;
    }
    showError(kept.message);
    Q_EMIT errorOccurred(tr("The claim was not saved."), kept);
}

void ClaimEditorPanel::commitNumber(QLineEdit *edit, std::optional<double> Claim::*field,
                                    const QString &actionText)
{
    if (m_filling || !m_claim)
        return;
    const QString text = edit->text().trimmed();
    std::optional<double> number;
    if (!text.isEmpty()) {
        number = readEnteredNumber(text);
        if (!number) {
            setInvalid(edit, tr("“%1” is not a number: not saved").arg(text));
            return;
        }
    }
    if (number && (field == &Claim::low || field == &Claim::high)) {
        const std::optional<double> low = field == &Claim::low ? number : m_claim->low;
        const std::optional<double> high = field == &Claim::high ? number : m_claim->high;
        if (low && high && *low > *high) {
            setInvalid(edit, tr("The low end %1 is above the high end %2: not saved")
                                 .arg(QLocale().toString(*low), QLocale().toString(*high)));
            return;
        }
    }
    setInvalid(edit, {});
    this->edit(edit, actionText, [&](ClaimDraft &d) { return assign(d.claim.*field, number); });
}

void ClaimEditorPanel::commitText(QWidget *edit, const QString &text, QString Claim::*field,
                                  const QString &actionText)
{
    this->edit(edit, actionText, [&](ClaimDraft &d) { return assign(d.claim.*field, text); });
}

void ClaimEditorPanel::commitAsOf()
{
    if (m_filling || !m_claim)
        return;
    const QString text = m_asOf->text().trimmed();
    const PartialDate date = PartialDate::fromIso(text);
    if (!text.isEmpty() && date.isNull()) {
        setInvalid(m_asOf, tr("“%1” is not a date (YYYY, YYYY-MM or YYYY-MM-DD): not saved").arg(text));
        return;
    }
    setInvalid(m_asOf, {});
    edit(m_asOf, tr("Edit as-of date"), [&](ClaimDraft &d) { return assign(d.claim.asOf, date); });
}

void ClaimEditorPanel::commitName(QComboBox *box, const NameListModel *names, QString ClaimDraft::*name,
                                  qint64 Claim::*id, const QString &actionText)
{
    const QString text = box->currentText().simplified();
    // A near-duplicate of a stored claimant is proposed, not created.
    if (box == m_claimant && !m_filling && m_claim && !text.isEmpty() && text != names->nameOf((*m_claim).*id)
        && proposeClaimant(text))
        return;
    edit(box, actionText, [&](ClaimDraft &d) {
        if (text == names->nameOf(d.claim.*id))
            return false;
        if (text.isEmpty())
            d.claim.*id = 0; // an empty name would keep the old one
        else
            d.*name = text;
        return true;
    });
}

bool ClaimEditorPanel::saveKeptTyping()
{
    if (!m_unsavedForLostServer)
        return true;
    m_unsavedForLostServer = false;
    for (QWidget *field : std::initializer_list<QWidget *>{m_value, m_low, m_high, m_unit, m_asOf, m_note}) {
        if (m_claim && m_drafts.isDraft(field))
            commitField(field);
    }
    return !m_unsavedForLostServer;
}

void ClaimEditorPanel::commitField(QWidget *field)
{
    if (field == m_note)
        commitText(m_note, m_note->toPlainText(), &Claim::note, tr("Edit note"));
    else if (auto *line = qobject_cast<QLineEdit *>(field))
        Q_EMIT line->editingFinished();
}

void ClaimEditorPanel::commitFocusedField()
{
    QWidget *focused = QApplication::focusWidget();
    if (m_claim && focused && isAncestorOf(focused))
        commitField(focused);
}

bool ClaimEditorPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Ignored, the override lets the window's Undo/Redo shortcut fire.
    if (event->type() == QEvent::ShortcutOverride
        && leavesUndoKeyToProject(watched, static_cast<QKeyEvent *>(event))) {
        event->ignore();
        return true;
    }
    if (event->type() == QEvent::Resize && (watched == m_useClaimant || watched == m_useMetric)
        && watched->property("label").isValid()) { // not before its first proposal
        auto *button = static_cast<QPushButton *>(watched);
        setElidedText(button, button->property("label").toString(), button->property("name").toString());
    }
    // QPlainTextEdit has no editingFinished(): leaving it commits the note.
    if (watched == m_note && event->type() == QEvent::FocusOut)
        commitText(m_note, m_note->toPlainText(), &Claim::note, tr("Edit note"));
    return QWidget::eventFilter(watched, event);
}

void ClaimEditorPanel::setInvalid(QWidget *field, const QString &why)
{
    field->setProperty("invalid", !why.isEmpty());
    field->setToolTip(why);
    setReadableTint(field, why.isEmpty() ? QColor() : QColor(kErrorHue));
    if (!why.isEmpty())
        showError(why);
}

void ClaimEditorPanel::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace Claimbench
