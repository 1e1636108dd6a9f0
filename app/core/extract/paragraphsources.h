#pragma once

#include "core/extract/attribution.h"
#include "core/extract/sentencesplitter.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>
#include <vector>

namespace Claimbench {

// Who speaks in the sentences of one paragraph. A sentence's sources are what
// Attribution finds in it; a sentence hands on the claimant of its last
// source (unless that one speaks for its own sentence only), or, without
// sources, what it was handed. A paragraph starts a new account.
//
// Attribution runs only on the sentences a figure needs: its own, and those
// before it back to the first that settles what it hands on by itself (a
// named source, or one that does not carry). The rest of the paragraph is
// never analysed; the answers are those of analysing every sentence in turn.
class ParagraphSources
{
public:
    // Reads document[from, to); the names before `from` still resolve "the
    // authority" to the one "... Authority" named earlier.
    ParagraphSources(QStringView document, qsizetype from, qsizetype to);

    // Starts a paragraph; `sentences` may grow while it is read. `voice`
    // speaks where the paragraph names nobody: "we said" in a speaker's turn.
    // `ours` is who "we" and "our" are there (DocumentVoice::ours).
    void reset(const QList<TextSpan> *sentences, const QString &voice, const QString &ours);

    // The sources of sentence k as Attribution finds them, pronouns unresolved.
    const QList<Source> &found(qsizetype k);

    // The claimant `s`, one of sentence k's sources, names.
    QString claimantOf(const Source &s, qsizetype k);

    // Who speaks in sentence k when its subject is "we" or "our ...", after
    // at most a short opening phrase ("Last week, we opened"); else empty.
    QString ours(qsizetype k) const;

    // What the sentences before k hand on to it; empty when nothing.
    QString incoming(qsizetype k);

private:
    void grow(qsizetype k);

    // Whether sentence r hands on without asking what it was handed.
    bool settles(qsizetype r);

    QString handOn(qsizetype r, const QString &carried);

    // `s` resolved: a pronoun, an acronym of the voice, "the authority".
    QString resolved(const Source &s, const QString &carried, qsizetype k);

    // The one name that ends in `head` ("National Disaster Management
    // Authority" for "authority") before document index `before`; empty when
    // none or several.
    QString onlyNameEnding(QStringView head, qsizetype before);

    QStringView m_document;
    qsizetype m_offset = 0;
    QStringView m_text;
    // Per head noun looked up, the names ending in it and where they start.
    QHash<QString, QList<std::pair<qsizetype, QString>>> m_namesEnding;
    QString m_voice;
    QString m_ours;
    const QList<TextSpan> *m_sentences = nullptr;
    std::vector<std::optional<QList<Source>>> m_found;
    std::vector<std::optional<QString>> m_handedOn; // per sentence: what it hands on to the next
};

} // namespace Claimbench
