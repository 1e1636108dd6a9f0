#include "core/extract/paragraphsources.h"

namespace Claimbench {

namespace {

QString resolvePronoun(const Source &s, const QString &carried, const QString &docSpeaker)
{
    if (!s.pronoun)
        return s.claimant;
    return carried.isEmpty() ? docSpeaker : carried;
}

} // namespace

ParagraphSources::ParagraphSources(QStringView text)
    : m_text(text)
{
}

void ParagraphSources::reset(const QList<TextSpan> *sentences, const QString &voice)
{
    m_sentences = sentences;
    m_voice = voice;
    m_found.clear();
    m_handedOn.clear();
}

const QList<Source> &ParagraphSources::found(qsizetype k)
{
    grow(k);
    auto &slot = m_found[size_t(k)];
    if (!slot)
        slot = Attribution::find(m_text, (*m_sentences)[k]);
    return *slot;
}

QString ParagraphSources::claimantOf(const Source &s, qsizetype k)
{
    return s.pronoun ? resolvePronoun(s, incoming(k), m_voice) : s.claimant;
}

QString ParagraphSources::incoming(qsizetype k)
{
    grow(k);
    // Back to a sentence whose hand-on is known or settles itself,
    // then forward, remembering each one on the way.
    qsizetype r = k - 1;
    while (r >= 0 && !m_handedOn[size_t(r)] && !settles(r))
        --r;
    QString carried;
    if (r >= 0) {
        if (!m_handedOn[size_t(r)])
            m_handedOn[size_t(r)] = handOn(r, QString());
        carried = *m_handedOn[size_t(r)];
    }
    for (qsizetype q = r + 1; q < k; ++q) {
        carried = handOn(q, carried);
        m_handedOn[size_t(q)] = carried;
    }
    return carried;
}

void ParagraphSources::grow(qsizetype k)
{
    if (size_t(k) >= m_found.size()) {
        m_found.resize(size_t(k) + 1);
        m_handedOn.resize(size_t(k) + 1);
    }
}

bool ParagraphSources::settles(qsizetype r)
{
    const QList<Source> &sources = found(r);
    return !sources.isEmpty() && (!sources.constLast().carries || !sources.constLast().pronoun);
}

QString ParagraphSources::handOn(qsizetype r, const QString &carried)
{
    const QList<Source> &sources = found(r);
    if (sources.isEmpty())
        return carried;
    const Source &last = sources.constLast();
    return last.carries ? resolvePronoun(last, carried, m_voice) : QString();
}

} // namespace Claimbench
