#include "core/anchor/claimanchorer.h"

#include "core/domain/quoteplacement.h"
#include "core/extract/numberparser.h"

#include <QList>

#include <algorithm>
#include <cstdlib>

namespace Claimbench {

namespace {

// Characters shared by the end of `expected` and the text of `body` just before `at`.
qsizetype commonSuffix(QStringView expected, QStringView body, qsizetype at)
{
    qsizetype n = 0;
    while (n < expected.size() && n < at && expected[expected.size() - 1 - n] == body[at - 1 - n])
        ++n;
    return n;
}

// Characters shared by the start of `expected` and the text of `body` from `at`.
qsizetype commonPrefix(QStringView expected, QStringView body, qsizetype at)
{
    qsizetype n = 0;
    while (n < expected.size() && at + n < body.size() && expected[n] == body[at + n])
        ++n;
    return n;
}

// What must not change for a claim to follow its text: every digit, in
// order, and the value of every numeral (so "nine thousand" never becomes
// "five thousand" either, though both have no digits).
struct FigureSignature
{
    QString digits;
    QList<double> values;
    bool operator==(const FigureSignature &) const = default;
};

FigureSignature signatureOf(QStringView text)
{
    static const NumberParser parser;
    FigureSignature signature;
    for (const QChar c : text)
        if (c.isDigit())
            signature.digits.append(c);
    for (qsizetype pos = 0; pos < text.size();) {
        const bool wordStart = pos == 0 || !text[pos - 1].isLetterOrNumber();
        qsizetype next = pos + 1;
        if (wordStart && NumberParser::mayStart(text, pos)) {
            if (const auto number = parser.parseAt(text, pos, &next)) {
                signature.values << number->value << number->low.value_or(number->value)
                                 << number->high.value_or(number->value);
                next = number->end;
            }
        }
        pos = std::max(next, pos + 1);
    }
    return signature;
}

// Levenshtein distance, or limit + 1 as soon as it must exceed `limit`.
qsizetype editDistance(QStringView a, QStringView b, qsizetype limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    QList<qsizetype> previous(b.size() + 1);
    QList<qsizetype> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        qsizetype rowMin = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1,
                                   previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            rowMin = std::min(rowMin, current[j]);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous[b.size()];
}

struct Candidate
{
    qsizetype start = -1;
    qsizetype end = -1;
    qsizetype score = 0; // higher is better
    qsizetype distance = 0;
};

bool better(const Candidate &a, const Candidate &b, int oldStart)
{
    if (a.score != b.score)
        return a.score > b.score;
    return std::abs(a.start - oldStart) < std::abs(b.start - oldStart);
}

std::optional<Anchoring> moved(const Claim &claim, QStringView body)
{
    const qsizetype at = nearestOccurrence(body, claim.quote, claim.start, [&](qsizetype start) {
        return commonSuffix(claim.contextBefore, body, start)
            + commonPrefix(claim.contextAfter, body, start + claim.quote.size());
    });
    if (at < 0)
        return std::nullopt;
    return Anchoring{Anchoring::Kind::Moved, int(at), int(at + claim.quote.size())};
}

// The text framed by the claim's context (or the inner `keep` characters of
// each side) that reads like the quote.
std::optional<Anchoring> approximate(const Claim &claim, QStringView body)
{
    const FigureSignature figures = signatureOf(claim.quote);
    const qsizetype limit = qsizetype(claim.quote.size() * ClaimAnchorer::kMaxEditShare);
    const qsizetype longest = claim.quote.size() + limit;
    Candidate best;
    for (const qsizetype keep : {qsizetype(claim.contextBefore.size()), qsizetype(16), qsizetype(8)}) {
        const QStringView before = QStringView(claim.contextBefore).right(keep);
        const QStringView after = QStringView(claim.contextAfter).left(keep);
        // A side that the old body did not have (the quote began or ended it)
        // frames the new body's start or end.
        QList<qsizetype> starts;
        if (before.isEmpty())
            starts.append(0);
        for (qsizetype at = before.isEmpty() ? -1 : body.indexOf(before); at >= 0;
             at = body.indexOf(before, at + 1))
            starts.append(at + before.size());
        for (const qsizetype start : std::as_const(starts)) {
            const qsizetype end = after.isEmpty() ? body.size() : body.indexOf(after, start);
            if (end < 0 || end - start > longest)
                continue;
            const QStringView text = body.sliced(start, end - start);
            const qsizetype distance = editDistance(claim.quote, text, limit);
            if (distance > limit || signatureOf(text) != figures)
                continue;
            const Candidate here{start, end, -distance, distance};
            if (best.start < 0 || better(here, best, claim.start))
                best = here;
        }
        if (best.start >= 0)
            return Anchoring{Anchoring::Kind::Approximate, int(best.start), int(best.end)};
    }
    return std::nullopt;
}

} // namespace

Anchoring ClaimAnchorer::anchor(const Claim &claim, QStringView newBody)
{
    if (claim.start >= 0 && claim.end >= claim.start && claim.end <= newBody.size()
        && newBody.sliced(claim.start, claim.end - claim.start) == claim.quote)
        return {Anchoring::Kind::Exact, claim.start, claim.end};
    if (!claim.quote.isEmpty()) {
        if (auto found = moved(claim, newBody))
            return *found;
        if (auto found = approximate(claim, newBody))
            return *found;
    }
    return {Anchoring::Kind::Orphaned, claim.start, claim.end};
}

QList<Claim> ClaimAnchorer::reanchor(QList<Claim> claims, QStringView newBody)
{
    for (Claim &claim : claims) {
        const Anchoring anchoring = anchor(claim, newBody);
        claim.orphaned = anchoring.kind == Anchoring::Kind::Orphaned;
        if (!claim.orphaned)
            placeQuote(claim, newBody, anchoring.start, anchoring.end);
    }
    return claims;
}

} // namespace Claimbench
