#include "core/extract/paragraphsources.h"

#include "core/extract/textscan.h"

#include <algorithm>
#include <string_view>

namespace Claimbench {

using namespace TextScan;
using namespace std::string_view_literals;

namespace {

// Whether `acronym` ("CDC", "NASA") abbreviates `name` ("Centers for Disease
// Control and Prevention"): the initials of its capitalised words, or their
// first three or more, as agencies shorten long names.
bool abbreviates(QStringView acronym, QStringView name)
{
    if (acronym.size() < 2 || acronym.size() > 6 || name.size() <= acronym.size()
        || !std::ranges::all_of(acronym, [](QChar c) { return c.isUpper(); }))
        return false;
    QString initials;
    for (QStringView word : name.split(u' ', Qt::SkipEmptyParts))
        if (word.front().isUpper())
            initials.append(word.front());
    return initials == acronym || (acronym.size() >= 3 && initials.startsWith(acronym));
}

// The claimant `s` names: a pronoun is who speaks before it, an acronym of
// the voice's name (a release's "CDC analyzed") is the voice as it names itself.
QString resolveClaimant(const Source &s, const QString &carried, const QString &docSpeaker)
{
    if (!s.pronoun)
        return abbreviates(s.claimant, docSpeaker) ? docSpeaker : s.claimant;
    return carried.isEmpty() ? docSpeaker : carried;
}

} // namespace

ParagraphSources::ParagraphSources(QStringView document, qsizetype from, qsizetype to)
    : m_document(document)
    , m_offset(from)
    , m_text(document.sliced(from, to - from))
{
}

void ParagraphSources::reset(const QList<TextSpan> *sentences, const QString &voice, const QString &ours)
{
    m_sentences = sentences;
    m_voice = voice;
    m_ours = ours;
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
    return resolved(s, s.pronoun ? incoming(k) : QString(), k);
}

QString ParagraphSources::resolved(const Source &s, const QString &carried, qsizetype k)
{
    // "The authority said": the body the article named before, when it
    // named exactly one whose name ends in that word.
    if (!s.pronoun
        && inList(s.claimant, {u"authority"sv, u"ministry"sv, u"agency"sv, u"office"sv, u"department"sv, u"service"sv}))
        if (QString name = onlyNameEnding(s.claimant, m_offset + (*m_sentences)[k].start); !name.isEmpty())
            return name;
    return resolveClaimant(s, carried, m_voice);
}

QString ParagraphSources::onlyNameEnding(QStringView head, qsizetype before)
{
    const QString key = head.toString().toLower();
    auto found = m_namesEnding.find(key);
    if (found == m_namesEnding.end()) {
        QList<std::pair<qsizetype, QString>> names;
        const QString capitalised = key.front().toUpper() + key.mid(1);
        for (qsizetype at = m_document.indexOf(capitalised); at >= 0; at = m_document.indexOf(capitalised, at + 1)) {
            const qsizetype end = at + capitalised.size();
            if ((at > 0 && isLetter(m_document[at - 1])) || (end < m_document.size() && isLetter(m_document[end])))
                continue;
            // The capitalised words before it, up to six: "National Disaster Management".
            qsizetype first = at;
            for (int words = 0; words < 6 && first > 1 && m_document[first - 1] == u' '; ++words) {
                const qsizetype ws = wordStartBefore(m_document, first - 1);
                const QStringView w = m_document.mid(ws, first - 1 - ws);
                if (w.isEmpty() || !w.front().isUpper() || inList(w, {u"the"sv, u"a"sv, u"an"sv, u"this"sv, u"its"sv}))
                    break;
                first = ws;
            }
            if (first < at)
                names.append({first, m_document.mid(first, end - first).toString()});
        }
        found = m_namesEnding.insert(key, names);
    }
    QString only;
    for (const auto &[start, name] : std::as_const(*found)) {
        if (start >= before)
            break;
        if (!only.isEmpty() && only != name)
            return {};
        only = name;
    }
    return only;
}

QString ParagraphSources::ours(qsizetype k) const
{
    if (m_ours.isEmpty())
        return {};
    const TextSpan sentence = (*m_sentences)[k];
    qsizetype pos = skipSpaces(m_text, sentence.start);
    bool afterComma = false;
    // A quotation or a figure opens no subject.
    for (int words = 0; words < 6 && pos < sentence.end; ++words) {
        const qsizetype end = wordEnd(m_text, pos);
        if (end == pos)
            return {};
        if ((words == 0 || afterComma) && inList(m_text.mid(pos, end - pos), {u"we"sv, u"our"sv}))
            return m_ours;
        if (afterComma)
            return {};
        afterComma = end < sentence.end && m_text[end] == u',';
        pos = skipSpaces(m_text, end + (afterComma ? 1 : 0));
    }
    return {};
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
    return last.carries ? resolved(last, carried, r) : QString();
}

} // namespace Claimbench
