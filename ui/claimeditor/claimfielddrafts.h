#pragma once

#include <QComboBox>
#include <QHash>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QString>

namespace Claimbench {

// Which of the claim editor's text fields hold the analyst's typing, not
// saved yet, and which row version a save of that typing is checked against.
//
// The rule, when the shown claim is read again from the store (any save:
// another analyst's, announced by the session, or this analyst's own of
// another claim or field):
// - a field whose text differs from what the panel last filled in is a
//   draft: it keeps its text, and the version and text it was filled from;
// - every other field takes the stored value, and the panel's claim (its
//   version included) becomes the stored one;
// - a draft's save is checked against the stored version when the stored
//   value of ITS field is still the one the typing started from (the other
//   analyst changed other fields: both changes are kept, a merge), and
//   against the version the typing started on otherwise, so that the save is
//   refused as a Conflict showing their value and the analyst's.
// A field is a draft from its first keystroke until its save, or a refusal
// the analyst settles (Keep Theirs), fills it again.
class ClaimFieldDrafts
{
public:
    // What `field` (a QLineEdit, an editable QComboBox or a QPlainTextEdit) shows.
    static QString textOf(const QWidget *field)
    {
        if (const auto *line = qobject_cast<const QLineEdit *>(field))
            return line->text();
        if (const auto *box = qobject_cast<const QComboBox *>(field))
            return box->currentText();
        if (const auto *text = qobject_cast<const QPlainTextEdit *>(field))
            return text->toPlainText();
        return {};
    }

    // The panel filled `field` with `text` from the claim at `version`.
    void filled(const QWidget *field, const QString &text, qint64 version) { m_filled.insert(field, {text, version}); }
    // The analyst typed in `field` since it was filled.
    bool isDraft(const QWidget *field) const
    {
        const auto it = m_filled.constFind(field);
        return it != m_filled.cend() && textOf(field) != it->text;
    }
    // The row version the save of `field` is checked against, `storedText`
    // being what the stored claim (at `storedVersion`) gives the field.
    qint64 versionToCheck(const QWidget *field, const QString &storedText, qint64 storedVersion) const
    {
        const auto it = m_filled.constFind(field);
        return it == m_filled.cend() || it->text == storedText ? storedVersion : it->version;
    }
    // The field is filled from the store again, whatever it shows.
    void forget(const QWidget *field) { m_filled.remove(field); }
    // Another claim is shown: every field is filled from it.
    void clear() { m_filled.clear(); }

private:
    struct Filled
    {
        QString text;
        qint64 version = 0;
    };
    QHash<const QWidget *, Filled> m_filled;
};

} // namespace Claimbench
