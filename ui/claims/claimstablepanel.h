#pragma once

#include "core/error.h"
#include "core/export/claimexporter.h"
#include "ui/sessionbinding.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;

namespace Claimbench {

class ClaimCellDelegate;
class ClaimsTableModel;

// Every claim of the project in one table: a filter bar (free text with a
// short debounce, in which a number also finds the claims that give it
// however it is written; metric, claimant, tag, status, as-of date range,
// value range), sortable
// columns (sorted in SQL), multi-row selection with bulk status/tag/metric
// changes (context menu, one undo step each), Copy (Ctrl+C: the selected rows
// as TSV of raw values), Export… (CSV or JSON of ALL filtered rows, with
// SPEC's `claims` keys) and inline editing through the session.
//
// The current row is the claim the analyst is on: moving it (mouse or
// keyboard) emits currentClaimChanged(); setCurrentClaim() moves it when the
// claim became current elsewhere; and it stays on its claim when a reload
// re-sorts or resets the rows.
//
// The session is not owned and may be nullptr (no project: no rows); see
// setSession(). Thread: GUI.
// Errors (a refused edit, a failed export) are shown in the panel's message line.
class ClaimsTablePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimsTablePanel(ProjectSession *session, QWidget *parent = nullptr);

    // Shows the session's claims as a new panel would: no filter, claim
    // order, no current claim, no message.
    void setSession(ProjectSession *session);

    ClaimsTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // Writes every filtered row, in the table's order, to `path` (replaced
    // atomically). Returns the number of claims written (a ClaimReview file
    // leaves the unverified out).
    Result<qint64> exportTo(const QString &path, ClaimFileFormat format) const;
    // The selected rows as TSV: a header line, then one line per row with
    // raw values (numbers unformatted, ISO dates); tabs and line breaks
    // inside a value become spaces.
    QString selectionAsTsv() const;
    // The table's context menu for the selected rows: Set status, Set tag and
    // Set metric (each as far as the project's role allows: ActionAccess),
    // Copy, Export…. The caller owns it.
    QMenu *createContextMenu();

    // The claim of the current row, or the one made current elsewhere that
    // the table does not list (0: none).
    qint64 currentClaim() const { return m_currentClaim; }
    // Makes the claim's row current and selected when it is listed (keeping
    // a selection of several rows that holds it), else leaves no row
    // current. Emits nothing: the claim became current elsewhere.
    void setCurrentClaim(qint64 claimId);

public Q_SLOTS:
    // Asks for a file (CSV or JSON, by the chosen filter) and exports to it.
    void exportRows();
    void copySelection();

Q_SIGNALS:
    // A row was double-clicked: open the claim's article at its quote.
    void claimActivated(qint64 claimId);
    // The analyst made another row current, by mouse or keyboard.
    void currentClaimChanged(qint64 claimId);
    // A change made here was not saved, or the claims could not be read: the
    // panel says why as well, but the window makes sure it is seen.
    void errorOccurred(const QString &headline, const Claimbench::Error &error);

private:
    // How much of an invalid bound the message quotes.
    static constexpr int kQuotedCharacters = 24;
    static constexpr int kReconnectMs = 2000;
    void buildFilterBar(QLayout *layout);
    void refillChoices();
    // The "Who" filter's names, and whether it and the Who column show: on a
    // team server, or when more than one person wrote the claims.
    void refillAnalysts();
    void applyFilter();
    // The bound typed in `edit` (nullopt when empty or not a number), and the
    // field and the message line marked when it is not a number.
    std::optional<double> valueBound(QLineEdit *edit, const QString &invalidText);
    // Widens the Claimant and Status columns to their longest known names.
    void fitNameColumns();
    void updateCounts(qint64 total, qint64 all);
    void showMessage(const QString &text);
    void reportError(const Claimbench::Error &error);
    // A failure: of the analyst's own action (reported to the window), or of
    // a read. A lost server connection shows connectionLostText() until a
    // read, tried again every kReconnectMs, succeeds.
    void reportFailure(const Claimbench::Error &error, bool analystsAction);
    static QString connectionLostText();
    void showContextMenu(const QPoint &pos);
    QList<int> selectedRows() const;
    void runBulk(const Result<void> &outcome);
    // Among the fetched rows; -1 when not there.
    int rowOfClaim(qint64 claimId) const;
    void keepCurrentClaim();

    SessionBinding m_session{this};
    ClaimsTableModel *m_model;
    QTableView *m_view;
    ClaimCellDelegate *m_cells;
    QLineEdit *m_text;
    QComboBox *m_metric;
    QComboBox *m_claimant;
    QComboBox *m_tag;
    QComboBox *m_status;
    QComboBox *m_who;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLineEdit *m_minValue;
    QLineEdit *m_maxValue;
    QLabel *m_counts;
    QLabel *m_message;
    QTimer *m_debounce;
    QTimer *m_reconnect;
    qint64 m_currentClaim = 0;
};

} // namespace Claimbench
