#pragma once

#include "core/extract/language.h"
#include "core/extract/sentencesplitter.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <utility>

namespace Claimbench {

// Who a Ukrainian or Russian text says makes each claim: "за даними X", "як
// повідомили X", "повідомляє X", "про це йдеться у зведенні X", "заявив X",
// "за словами X", "про це повідомляє X" after the figures; "по данным X",
// "сообщили в X", "заявил X". Names come back in the nominative: the usual
// institutions by their canonical names whatever their case ("Генштабу",
// "Генерального штабу ЗСУ" → "Генштаб ЗСУ"; canonicalInstitution), people
// as the text names them. A first-party text (the publisher's own report)
// gives its publisher to figures that name nobody. Built once per text.
class CyrillicSources
{
public:
    // `text` is the whole text the figures are in; `outlet` the publisher,
    // `author` the byline: the voice of a speech that speaks as "я", or as
    // "ми" on a state body's site.
    CyrillicSources(QStringView text, Language language, const QString &outlet, const QString &author);

    // The claimant of the figure at `figureStart` in `sentence`, or empty:
    // a source the sentence names (the nearest before the figure, else the
    // first after it), else the last one named earlier in its paragraph,
    // else one "про це повідомляє X" names later in it (or, in the
    // paragraph after the lead, for the lead), else the publisher of its own
    // release.
    QString claimantOf(TextSpan sentence, qsizetype figureStart) const;

    // The canonical name of a usual institution in any case or spelling, in
    // `language`'s form ("Генштабу" → "Генштаб ЗСУ"; "Министерство обороны
    // РФ" → "Минобороны России" in Russian text, "Міноборони РФ" in
    // Ukrainian), or empty when `name` is none of them. A name that ends in
    // one is it ("Управление информации МЧС России" → "МЧС России").
    static QString canonicalInstitution(QStringView name, Language language = Language::Ukrainian);

    // The usual institutions and their spellings, to seed a project's
    // claimant aliases: each canonical name (the Ukrainian one) with its
    // aliases (the Russian canonical name among them). No spelling belongs
    // to two institutions.
    struct Institution
    {
        QString name;
        QStringList aliases;
    };
    static const QList<Institution> &institutions();
    // The usual institution `spelling` is one of the spellings of (compared
    // as claimant names are: foldedKey), or null.
    static const Institution *institutionSpelled(QStringView spelling);

    // Whether an institution's name may start with `word`: a cheap test
    // before canonicalInstitution (the first three letters of a spelling).
    static bool mayNameInstitution(QStringView word);

private:

    // One place the text names a source, and how far it speaks.
    struct Cue
    {
        qsizetype anchor = 0; // the reporting word
        QString claimant;
        bool back = false;    // "про це повідомляє X": for the sentences before it
        bool carries = true;  // a report continues into the next sentences; "X підтвердила пошкодження" does not
        qsizetype scopeEnd = 0; // where its account ends: its paragraph, or a label's block
    };
    struct Token
    {
        qsizetype start = 0;
        qsizetype end = 0;
        bool word = false;
    };

    void findCues();
    void cueAt(qsizetype k);
    void addCue(qsizetype k, QString claimant, bool back, bool carries = true);
    qsizetype aboutThisBefore(qsizetype k) const;
    // A name and a colon opening a line or a headline: "Генштаб: ...".
    void labelAt(qsizetype k);
    // The name that starts at token k, in the nominative; empty when none.
    QString nameAt(qsizetype k, bool oblique) const;
    // The subject that ends before token k ("Генштаб ЗСУ" of "Генштаб ЗСУ
    // повідомив"), in the nominative; empty when none.
    QString subjectBefore(qsizetype k) const;
    QString resolved(const QStringList &words, bool oblique, qsizetype before) const;
    QString personBefore(qsizetype pos) const;
    QString personTitled(QStringView office, qsizetype before) const;
    QString lastPersonBefore(qsizetype before) const;
    QString officeHolder(const QStringList &words, qsizetype before) const;
    QStringView word(qsizetype k) const;
    bool isWord(qsizetype k) const { return k >= 0 && k < m_tokens.size() && m_tokens[k].word; }
    bool isMark(qsizetype k, QStringView marks) const;
    qsizetype lineOf(qsizetype pos) const;
    qsizetype lineEnd(qsizetype line) const; // after its line break
    bool isBlank(qsizetype line) const;
    qsizetype scopeEnd(qsizetype line) const; // where an account given in `line` ends
    QString firstPartyVoice() const;

    QStringView m_text;
    Language m_language;
    QString m_outlet;
    QString m_author; // set only when the author speaks the text (speakingAuthor)
    QList<qsizetype> m_lineStarts;
    QList<Token> m_tokens;
    QList<Cue> m_cues;                                // by anchor
    QList<qsizetype> m_nextBack;                      // per cue: the first "про це" cue from it on
    QList<std::pair<qsizetype, QString>> m_persons; // where each person is named, in full
    QList<std::pair<qsizetype, QString>> m_bodies;  // where each usual institution is named
    qsizetype m_leadEnd = -1;                         // the lead's end when a "про це" names its source
    QString m_leadClaimant;
    QString m_firstParty;
};

} // namespace Claimbench
