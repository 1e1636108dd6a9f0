#pragma once

#include "core/extract/sentencesplitter.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Claimbench {

// One source a sentence names. `anchor` is the UTF-16 index of the phrase
// that attributes ("according", "said", "figures"); a figure takes the
// nearest source before it, else the first after it.
struct Source
{
    qsizetype anchor = 0;
    QString claimant;          // as written, leading article dropped ("UK Defense Ministry"); empty for a
                               // denial ("denied that", "can't confirm", "no evidence of"): what follows
                               // it is nobody's claim
    bool pronoun = false;      // "he said", "they reported": the claimant is someone named earlier
    bool presentTense = false; // "X says", "X sets out": the standfirst voice of a statement
    bool carries = true;       // a speaker's account continues into the next sentence; evidence
                               // ("reports suggest", "data show") covers its own sentence only
};

// Finds who a sentence says makes its claims: "according to X", "X said /
// says / announced / reported / claimed / estimated / stated / posted ...",
// appositions ("UK military advisor, Nicholas Aucott, says"), inverted
// headlines ("..., officials say"), participles ("..., stating that" takes the
// sentence's subject) and possessive figures ("the UN's figures").
// Stateless, thread-safe.
class Attribution
{
public:
    // The sources of `sentence` (a span of `text`), in text order.
    static QList<Source> find(QStringView text, TextSpan sentence);
};

} // namespace Claimbench
