#pragma once

#include "core/domain/tag.h"

#include <QList>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Claimbench {

// Finds the stored claimant that another spelling most likely names
// ("Britain's Ministry of Defence" for "UK Ministry of Defence"), so that a
// claim is not filed under a near-duplicate. Pure: it knows places and
// word forms, never particular organisations.
//
// Two spellings name the same claimant (sameClaimant) when, after folding
// case, dropping punctuation, possessives ("Britain's"), articles and
// prepositions ("the", "of", "in") and reading every form of a place as
// that place ("UK", "U.K.", "Britain", "British", "United Kingdom";
// "Ukrainian", "України", "українське"; any adjective that is a territory's
// name with a demonym suffix, "Israeli", "Syrian"):
// - they name the same places (none counts as a place set of its own),
// - they have the same head noun: the last word before the first "of", or
//   the last word ("Defence Ministry", "Ministry of Defence": ministry); in
//   Cyrillic, whose genitive follows its noun, the first word, and
// - their other words are the same, or the one with fewer words (at least
//   two) has all of its words in the other ("Ukraine's General Staff",
//   "General Staff of the Armed Forces of Ukraine").
// US and British spellings of "-ence" are one ("Defense", "Defence").
// A spelling in Cyrillic and one in Latin letters name the same claimant when
// the Cyrillic one, romanised by BGN/PCGN (ICU), has the other's words, read
// alike however the press romanises (y, i, j, a soft sign, doubled letters):
// "Володимир Зеленський", "Volodymyr Zelenskyy", "Volodymyr Zelensky".
// Contractions and acronyms ("Минобороны" for "Министерство обороны",
// "IDF") are not read: the analyst records them as aliases.
class ClaimantMatcher
{
public:
    explicit ClaimantMatcher(const QList<Claimant> &claimants);

    // The claimant with a name or alias that names the same claimant as
    // `spelling`; none when no claimant does, or when several do (the
    // analyst must choose).
    std::optional<Claimant> match(QStringView spelling) const;
    // As match(), among names and aliases in the other script only: the one
    // claimant `spelling` names as it is romanised, which the drafter files
    // the claim under, as it would an exact name.
    std::optional<Claimant> matchInOtherScript(QStringView spelling) const;

    static bool sameClaimant(QStringView a, QStringView b);

private:
    // A spelling reduced to what sameClaimant() compares.
    struct Key
    {
        QStringList places; // sorted, each once
        QStringList words;  // sorted, each once; the head among them
        QString head;
        bool cyrillic = false;
        QStringList latinName; // each word romanised and reduced to its letters, sorted
    };
    static Key keyOf(QStringView spelling);
    static bool sameKey(const Key &a, const Key &b);
    std::optional<Claimant> onlyMatch(const Key &key, bool otherScriptOnly) const;

    QList<std::pair<Key, qsizetype>> m_keys; // a key of each spelling, the index of its claimant
    QList<Claimant> m_claimants;
};

} // namespace Claimbench
