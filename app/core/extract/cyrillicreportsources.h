#pragma once

#include "core/extract/language.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

namespace Claimbench {

// Who a Ukrainian or Russian news report says its figures come from, by the
// report's structure rather than the figure's own sentence: the attribution
// paragraph ("Про це повідомляє X.", "Об этом сообщило X.", "Как сообщает
// X,") speaks for the paragraphs before it back to the previous attribution
// and for those after it (a list among them) until another source is named;
// the outlet that passes a report on is not its source ("із посиланням на
// X", "со ссылкой на X" → X); a closing source line ("За даними X") or an
// opening release ("X оприлюднила ...") speaks for its section; a quote's
// tag ("«...», – рассказал X.") gives the quote to its speaker; researchers
// who count ("X підрахували", "X установили") and "В X считают, что" give
// their paragraph to X; a generic noun for a body ("у відомстві", "в
// министерстве") is the institution named last before it. A recap ("Нагадаємо",
// "Ранее") and a heading end a report. Built once per text; CyrillicSources'
// fallback for the figures their sentence names nobody for.
class CyrillicReportSources
{
public:
    CyrillicReportSources(QStringView text, Language language);

    // The report's source for a figure at `pos` whose sentence names nobody,
    // or empty.
    QString claimantAt(qsizetype pos) const;

    // `sentenceClaimant` (CyrillicSources' answer for the figure at `pos`)
    // completed: the report's source when it is empty, the body it stands
    // for when it is a generic noun ("міністерство", "ведомство").
    QString completed(const QString &sentenceClaimant, qsizetype pos) const;

private:
    struct Token
    {
        qsizetype start = 0;
        qsizetype end = 0;
        bool word = false;
    };
    enum class Scope {
        Report,  // the attribution paragraph: back to the last one, and on
        Section, // a closing source line: back to the last one
        Onward,  // a source named in a paragraph (a release's opening, a
                 // quote's tag, researchers): it and on until another
        Local,   // its own paragraph only (an attribution inside one)
        Interrupt, // another speaker: the report's source stops
    };
    struct Cue
    {
        qsizetype line = 0;
        QString claimant;
        Scope scope = Scope::Local;
    };
    struct Line
    {
        qsizetype start = 0;
        qsizetype end = 0;
        qsizetype firstToken = 0;
        qsizetype endToken = 0;
        bool stop = false; // a recap or a heading: no report reaches it
        QString claimant;
    };

    void tokenize();
    void findInstitutions();
    void findPersons();
    static QString surnameKey(QStringView name);
    void findCues(qsizetype line, QList<Cue> &cues) const;
    void assign(const QList<Cue> &cues);
    // The name that the words from token k on give, in the nominative.
    QString nameAfter(qsizetype k, qsizetype end, bool oblique) const;
    // The usual institution the words of [from, to) start with, or empty.
    QString institutionIn(qsizetype from, qsizetype to) const;
    QString lastInstitutionBefore(qsizetype pos) const;
    QString fullPerson(const QString &name) const;
    // The usual institution named nearest before token `to` in [from, to).
    QString institutionBefore(qsizetype from, qsizetype to) const;
    QString resolvedBody(const QString &name, qsizetype pos) const;
    bool namesSpeaker(qsizetype k, qsizetype end) const;
    bool countNear(qsizetype k) const;
    QString personBefore(qsizetype k) const;
    QString personEndingAt(qsizetype k) const;
    qsizetype sentenceEnd(qsizetype k, qsizetype end) const;
    QString lower(qsizetype k) const;
    bool isMark(qsizetype k, QStringView marks) const;
    bool isCapitalised(qsizetype k) const;

    QStringView m_text;
    Language m_language;
    QList<Token> m_tokens;
    QList<Line> m_lines;
    QList<std::pair<qsizetype, QString>> m_institutions; // where each usual institution is named
    QList<std::pair<qsizetype, QString>> m_persons;      // the token ending each full name, and the name
    QHash<QString, QString> m_personBySurname;           // surnameKey → the name first given in full
};

} // namespace Claimbench
