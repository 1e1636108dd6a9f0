#pragma once

#include "core/extract/language.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Claimbench {

class SentenceSplitter;

// Who speaks where a text's own sentences name nobody. In a transcript that
// is the speaker whose turn it is ("MR. KIRBY:", "SENIOR DEFENSE OFFICIAL:"),
// and nobody in a questioner's turn ("Q:"): a reporter's question claims
// nothing. Elsewhere it is the voice of the whole text: the speaker its
// standfirst or headline names, else the publisher when the text is the
// author of a speech or statement that speaks as "I", else the publisher
// when the text is the publisher's own release (a ministry's statement, a
// statistics office's bulletin), decided by evidence, never for a news
// outlet's report.
//
// Built once per document; the reader builds it on the whole article and
// asks it about the paragraphs it extracts one at a time.
class DocumentVoice
{
public:
    DocumentVoice() = default;
    // `title` is the article's headline when it is not part of `text`: a
    // transcript's label gives a surname ("MS. JEAN-PIERRE") the headline
    // may give in full.
    DocumentVoice(QStringView text, const QString &outlet, const QString &author, QStringView title,
                  const SentenceSplitter &splitter);

    // The voice at UTF-16 index `pos` of the text: the turn's speaker, empty
    // in a question, else the document's voice (possibly empty).
    QString at(qsizetype pos) const;

    // Who "we" and "our" are at `pos`: the turn's speaker, else the author of
    // a speech or the publisher of its own release; empty when the text does
    // not say.
    QString ours(qsizetype pos) const;

    // The voice of the whole text, turns aside.
    const QString &documentVoice() const { return m_documentVoice; }

    // The language the document is written in (never Auto), its publisher
    // and its author, for the paragraphs the Cyrillic pipeline reads: it
    // names voices by its own rules.
    Language language() const { return m_language; }
    const QString &publisher() const { return m_publisher; }
    const QString &author() const { return m_author; }
    void setWrittenIn(Language language, const QString &publisher, const QString &author);

    // Whether the text is the publisher's own release (SPEC: `--outlet`).
    static bool isFirstParty(QStringView text, QStringView outlet);

private:
    struct Turn
    {
        qsizetype start = 0; // where the label's line starts
        QString speaker;     // empty for a questioner
    };

    void takeInterview(QStringView text);
    // The turn that holds `pos`, or null before the first.
    const Turn *turnAt(qsizetype pos) const;

    QList<Turn> m_turns;
    QString m_documentVoice;
    QString m_ourVoice;
    Language m_language = Language::English;
    QString m_publisher;
    QString m_author;
};

} // namespace Claimbench
