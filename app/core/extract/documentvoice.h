#pragma once

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
    DocumentVoice(QStringView text, const QString &outlet, const QString &author, const SentenceSplitter &splitter);

    // The voice at UTF-16 index `pos` of the text: the turn's speaker, empty
    // in a question, else the document's voice (possibly empty).
    QString at(qsizetype pos) const;

    // The voice of the whole text, turns aside.
    const QString &documentVoice() const { return m_documentVoice; }

    // Whether the text is the publisher's own release (SPEC: `--outlet`).
    static bool isFirstParty(QStringView text, QStringView outlet);

private:
    struct Turn
    {
        qsizetype start = 0; // where the label's line starts
        QString speaker;     // empty for a questioner
    };

    void takeInterview(QStringView text);

    QList<Turn> m_turns;
    QString m_documentVoice;
};

} // namespace Claimbench
