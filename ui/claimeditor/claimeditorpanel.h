#pragma once

#include "core/domain/claim.h"
#include "core/drafting/claimdrafter.h"
#include "ui/claimeditor/claimfielddrafts.h"
#include "ui/sessionbinding.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace Claimbench {

class EmptyStateLabel;
class NameListModel;
class TagTreeModel;

// The claim editor dock: one claim's quote (read-only, with its article) and
// every field the analyst records — value, low, high, unit, qualifier,
// metric, claimant, as-of date, status, tag, note.
//
// Each committed field change (Return or leaving the field; a choice in a
// list) is ONE ProjectSession::updateClaim() named after the field ("Edit
// value"), so it is undoable and saved at once. Numbers are read in the
// user's locale and dates as YYYY, YYYY-MM or YYYY-MM-DD: input that does
// not parse is marked and not saved. A metric or claimant name that is not in
// the project is created in the same undo step; a claimant's alias resolves
// to the claimant. The panel follows the claim when it changes elsewhere
// (undo, redo, the table, another analyst) and empties itself when the claim
// is deleted; a field the analyst is typing in keeps its text meanwhile (see
// ClaimFieldDrafts). A save is checked against the row version the panel
// read (no lost update): one refused because another analyst changed the
// claim since is put to the analyst as an undo's is (Keep Theirs / Apply
// Mine, ProjectSession::updateClaim), and the typed text stays in its field
// until they choose.
// Ctrl+Z and Ctrl+Shift+Z in a field undo and redo its own typing while it
// has some, else the project's last step (the window's Undo and Redo).
// A claim without a claimant or metric gets proposals under those fields
// (ClaimDrafter::suggestionsFor), each taken with one key from anywhere in
// the window: Alt+X files it under the stored claimant its text nearly names
// (keeping the text's spelling as an alias), Alt+W creates that spelling as
// a new claimant instead, Alt+G takes the suggested metric. A typed claimant
// name that nearly matches a stored one is proposed the same way, not saved.
//
// The session is not owned and may be nullptr (no project). GUI thread.
class ClaimEditorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimEditorPanel(ProjectSession *session, QWidget *parent = nullptr);

    void setSession(ProjectSession *session);
    // Loads the claim (0: none, "No claim selected"). A claim that cannot be
    // read empties the panel and shows why.
    void showClaim(qint64 claimId);
    // 0 when the panel is empty.
    qint64 claimId() const { return m_claim ? m_claim->id : 0; }
    // Why the last edit was refused or did not parse; empty after one that
    // was saved.
    QString errorText() const;

    // Every field and a quote of a few lines without scrolling.
    QSize sizeHint() const override;

Q_SIGNALS:
    // The session refused an edit made here: the panel says why as well, but
    // the window makes sure it is seen.
    void errorOccurred(const QString &headline, const Claimbench::Error &error);

private:
    void buildForm(QWidget *page);
    void reload();
    void fill();
    void fillMetric();
    void fillClaimant();
    // After the names of `box` were read again: the claim's name selected
    // by id, or the analyst's typing there kept (m_typedNames).
    void refillName(QComboBox *box);
    void fillTags();
    void fillArticle();
    void clear(const QString &why = {});
    // Applies `change` to a draft of the shown claim and, when it reports a
    // change, saves the draft as one undo step called `actionText`. `field`:
    // the text field whose typing is saved (nullptr for a list's choice or a
    // button), whose draft decides the version checked (ClaimFieldDrafts)
    // and which shows the stored value after.
    void edit(QWidget *field, const QString &actionText, const std::function<bool(ClaimDraft &)> &change);
    // What the shown claim gives the text field `field`, and writing it there.
    QString storedText(const QWidget *field) const;
    void fillText(QWidget *field);
    // The field's draft is settled: it shows the stored value.
    void refill(QWidget *field);
    void commitNumber(QLineEdit *edit, std::optional<double> Claim::*field, const QString &actionText);
    void commitText(QWidget *edit, const QString &text, QString Claim::*field, const QString &actionText);
    void commitAsOf();
    void commitName(QComboBox *box, const NameListModel *names, QString ClaimDraft::*name,
                    qint64 Claim::*id, const QString &actionText);
    void commitFocusedField();
    // Saves again every field whose typing a lost server kept; whether all
    // of them are saved now.
    bool saveKeptTyping();
    // Saves `field`'s text as leaving it would (a line's editingFinished,
    // the note's commit); nothing for other widgets.
    void commitField(QWidget *field);
    // The proposals for the shown claim, computed again and shown.
    void suggest();
    void showSuggestions();
    // Proposes the stored claimant a typed name nearly matches; false when
    // there is none (the name is saved as it is).
    bool proposeClaimant(const QString &typed);
    void useSuggestedClaimant();
    void keepClaimantAsWritten();
    void useSuggestedMetric();
    // A refused edit of `field` (nullptr: none): the claim shown as stored, and why.
    void showRefusal(QWidget *field, const Error &error);
    // A save of `field` (nullptr: a list's choice) that met a lost
    // connection (Disconnected): the panel keeps what the analyst typed and
    // says so, the driver's text only as the error's detail.
    void showLostConnection(QWidget *field, const Error &error);
    void setInvalid(QWidget *field, const QString &why);
    void showError(const QString &text);
    // Disables the fields the project's access (a team server's role) may not change.
    void enableForAccess();
    bool eventFilter(QObject *watched, QEvent *event) override;

    SessionBinding m_session{this};
    std::optional<Claim> m_claim;
    ClaimFieldDrafts m_drafts;
    // A name box's typing, kept across its list's reset.
    QHash<const QComboBox *, QString> m_typedNames;
    qint64 m_articleId = 0;
    NameListModel *m_metrics;
    NameListModel *m_claimants;
    NameListModel *m_claimantSpellings;
    TagTreeModel *m_tags;

    QStackedWidget *m_stack;
    EmptyStateLabel *m_empty;
    QWidget *m_form = nullptr; // the fields, in a scroll area for smaller docks
    QLabel *m_quote = nullptr;
    QLabel *m_article = nullptr;
    QLabel *m_orphaned = nullptr;
    QLineEdit *m_value = nullptr;
    QLineEdit *m_low = nullptr;
    QLineEdit *m_high = nullptr;
    QLineEdit *m_unit = nullptr;
    QComboBox *m_qualifier = nullptr;
    QComboBox *m_metric = nullptr;
    QComboBox *m_claimant = nullptr;
    QLineEdit *m_asOf = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_tag = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
    ClaimDrafter::Suggestions m_suggestions;
    QWidget *m_claimantSuggestion = nullptr; // the row of the two buttons below
    QPushButton *m_useClaimant = nullptr;
    QPushButton *m_newClaimant = nullptr;
    QPushButton *m_useMetric = nullptr;
    // Set while fill() writes the widgets, so that no write is mistaken for an edit.
    bool m_filling = false;
    // A text field's save met a lost server: its typing is kept, not saved.
    bool m_unsavedForLostServer = false;
};

} // namespace Claimbench
