#include "core/extract/attribution.h"

#include "core/domain/monthnames.h"
#include "core/extract/textscan.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Claimbench {

using namespace TextScan;
// Word lists are written as u""sv: a QStringView made from a char16_t array
// measures it at run time, on every call.
using namespace std::string_view_literals;

namespace {

struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool word = false;
};

enum VerbForm : unsigned char { Past = 0, Present = 1, Participle = 2 };

const std::unordered_map<std::u16string_view, VerbForm> &reportingVerbs()
{
    static const std::unordered_map<std::u16string_view, VerbForm> kVerbs = [] {
        std::unordered_map<std::u16string_view, VerbForm> m;
        const auto add = [&](std::initializer_list<std::u16string_view> words, VerbForm form) {
            for (auto w : words)
                m.emplace(w, form);
        };
        add({u"says", u"say", u"announces", u"reports", u"claims", u"estimates", u"states", u"posts",
             u"confirms", u"tells", u"notes", u"warns", u"writes", u"acknowledges", u"suggest", u"suggests",
             u"indicate", u"indicates", u"show", u"shows", u"argues", u"insists", u"explains", u"urges",
             u"highlights", u"outlines", u"sets", u"predicts", u"believes", u"records", u"assesses",
             u"assess", u"reckons", u"calculates", u"adds", u"finds", u"concludes"},
            Present);
        add({u"said", u"announced", u"reported", u"claimed", u"estimated", u"stated", u"posted", u"confirmed",
             u"told", u"noted", u"warned", u"wrote", u"tweeted", u"acknowledged", u"suggested", u"indicated",
             u"showed", u"argued", u"insisted", u"explained", u"urged", u"highlighted", u"outlined",
             u"predicted", u"recorded", u"counted", u"documented", u"verified", u"assessed", u"reckoned",
             u"calculated", u"added", u"disclosed", u"revealed", u"admitted", u"found", u"concluded"},
            Past);
        add({u"saying", u"announcing", u"reporting", u"claiming", u"estimating", u"stating", u"posting",
             u"confirming", u"telling", u"noting", u"warning", u"writing", u"acknowledging", u"adding",
             u"citing", u"insisting", u"explaining", u"admitting", u"revealing"},
            Participle);
        return m;
    }();
    return kVerbs;
}

// Words that end a subject when walking back from its verb.
bool isBoundary(QStringView w)
{
    static const WordList kBoundaries{u"that"sv, u"with"sv, u"while"sv, u"and"sv, u"but"sv, u"as"sv, u"when"sv,
                                      u"which"sv, u"who"sv, u"after"sv, u"because"sv, u"if"sv, u"where"sv,
                                      u"although"sv, u"though"sv, u"since"sv, u"so"sv, u"than"sv, u"whereas"sv,
                                      u"whom"sv, u"whose"sv, u"then"sv, u"what"sv, u"how"sv, u"why"sv, u"once"sv,
                                      u"before"sv, u"until"sv, u"unless"sv, u"whether"sv, u"nor"sv, u"or"sv};
    return kBoundaries.contains(w);
}

// Between a subject and its verb: "had previously predicted", "also said".
bool isVerbModifier(QStringView w)
{
    static const WordList kModifiers{u"had"sv, u"has"sv, u"have"sv, u"was"sv, u"were"sv, u"is"sv, u"are"sv, u"also"sv,
                                     u"previously"sv, u"later"sv, u"earlier"sv, u"recently"sv, u"reportedly"sv,
                                     u"officially"sv, u"publicly"sv, u"separately"sv, u"then"sv, u"further"sv, u"now"sv,
                                     u"again"sv, u"first"sv, u"already"sv, u"once"sv, u"would"sv, u"will"sv, u"could"sv,
                                     u"may"sv, u"might"sv, u"did"sv, u"does"sv, u"do"sv, u"repeatedly"sv, u"had"sv,
                                     u"subsequently"sv, u"similarly"sv, u"jointly"sv, u"independently"sv};
    if (kModifiers.contains(w))
        return true;
    // Adverbs: "openly acknowledged", "repeatedly said".
    return w.size() > 4 && w.endsWith(u"ly") && w[0].isLower();
}

bool isDeterminer(QStringView w)
{
    return equalsLower(w, u"the") || equalsLower(w, u"a") || equalsLower(w, u"an");
}

// Closed-class words capitalised only because they open the sentence ("So
// far, ...", "To date, ...", "In Kyiv, officials said"): never a source's name.
bool isFunctionWord(QStringView w)
{
    static const WordList kFunctionWords{u"so"sv, u"to"sv, u"in"sv, u"on"sv, u"at"sv, u"for"sv, u"with"sv, u"by"sv,
                                         u"from"sv, u"of"sv, u"over"sv, u"under"sv, u"about"sv, u"around"sv, u"after"sv,
                                         u"before"sv, u"since"sv, u"during"sv, u"and"sv, u"but"sv, u"or"sv, u"yet"sv,
                                         u"also"sv, u"however"sv, u"meanwhile"sv, u"still"sv, u"then"sv, u"now"sv,
                                         u"thus"sv, u"overall"sv, u"as"sv, u"if"sv, u"when"sv, u"while"sv,
                                         u"although"sv, u"though"sv, u"despite"sv, u"there"sv, u"here"sv, u"this"sv,
                                         u"that"sv, u"these"sv, u"those"sv, u"such"sv, u"some"sv, u"many"sv, u"most"sv,
                                         u"all"sv, u"both"sv, u"each"sv, u"every"sv, u"another"sv, u"other"sv,
                                         u"more"sv, u"less"sv, u"only"sv, u"just"sv, u"today"sv, u"yesterday"sv,
                                         u"tomorrow"sv, u"earlier"sv, u"later"sv, u"last"sv, u"next"sv, u"separately"sv,
                                         u"additionally"sv, u"furthermore"sv, u"moreover"sv, u"finally"sv, u"first"sv,
                                         u"instead"sv, u"indeed"sv, u"perhaps"sv, u"including"sv, u"according"sv,
                                         u"among"sv, u"between"sv, u"across"sv, u"against"sv, u"into"sv, u"through"sv,
                                         u"within"sv, u"without"sv, u"what"sv, u"how"sv, u"why"sv, u"where"sv, u"yes"sv,
                                         u"no"sv, u"well"sv, u"again"sv};
    return kFunctionWords.contains(w);
}

bool isMonthWord(QStringView w)
{
    return std::ranges::any_of(kMonthNames, [w](const MonthName &m) { return !m.abbreviation && equalsLower(w, m.text); });
}

bool isDayOrMonth(QStringView w)
{
    return isMonthWord(w)
        || inList(w, {u"monday"sv, u"tuesday"sv, u"wednesday"sv, u"thursday"sv, u"friday"sv, u"saturday"sv, u"sunday"sv});
}

bool isHonorific(QStringView w)
{
    return inList(w, {u"professor"sv, u"prof"sv, u"dr"sv, u"mr"sv, u"mrs"sv, u"ms"sv, u"sir"sv, u"dame"sv});
}

bool isPronoun(QStringView w)
{
    for (std::u16string_view p : {u"he"sv, u"she"sv, u"they"sv, u"it"sv, u"we"sv, u"i"sv})
        if (equalsLower(w, p))
            return true;
    return false;
}

// Nouns that name a source without a capital letter ("officials said").
bool isSourceNoun(QStringView w)
{
    for (std::u16string_view p : {u"official"sv, u"authorit"sv, u"police"sv, u"ministr"sv, u"military"sv, u"army"sv, u"government"sv,
                          u"expert"sv, u"analyst"sv, u"estimate"sv, u"report"sv, u"source"sv, u"spokes"sv, u"data"sv,
                          u"figure"sv, u"statistic"sv, u"agenc"sv, u"office"sv, u"staff"sv, u"observer"sv, u"monitor"sv,
                          u"investigator"sv, u"researcher"sv, u"scientist"sv, u"study"sv, u"survey"sv, u"officer"sv,
                          u"commander"sv, u"resident"sv, u"witness"sv, u"doctor"sv, u"medic"sv, u"rescuer"sv, u"prosecutor"sv,
                          u"defense"sv, u"defence"sv, u"force"sv, u"service"sv, u"command"sv, u"intelligence"sv, u"council"sv,
                          u"committee"sv, u"commission"sv, u"mission"sv, u"organi"sv, u"group"sv, u"bureau"sv,
                          u"department"sv, u"administration"sv, u"governor"sv, u"mayor"sv, u"minister"sv, u"president"sv,
                          u"chief"sv, u"poll"sv, u"count"sv, u"tally"sv, u"record"sv, u"media"sv, u"outlet"sv, u"newspaper"sv,
                          u"agency"sv, u"operator"sv, u"company"sv, u"firm"sv, u"bank"sv, u"leader"sv, u"envoy"sv,
                          u"ambassador"sv, u"diplomat"sv, u"general"sv, u"spokesperson"sv, u"think tank"sv, u"institute"sv})
        if (startsWithLower(w, 0, QStringView(p.data(), qsizetype(p.size()))))
            return true;
    return false;
}

// A subject phrase that cannot name a source: one holding a figure ("firing
// 36 shells at police posts"), or a run of lower-case words longer than a
// noun phrase of a source ("terabytes of data containing financial").
bool isPlausibleName(QStringView name)
{
    bool capital = false;
    int words = 1;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (isDigit(name[i]))
            return false;
        capital = capital || name[i].isUpper();
        words += name[i] == u' ';
    }
    return capital || words <= 3;
}

// A bare evidence noun ("the report shows", "Results showed", "data
// show") names a document, not who stands behind it: its figures stay with
// whoever cites it. A qualified one ("independent reports", "the Pew
// study") does name a source.
//
// Words that date or count the evidence ("Recent reports", "New figures")
// do not say whose it is, nor does a lower-case phrase after it ("Figures to
// be published today show", "data released on Monday show"), unless that
// phrase names a source ("figures from the ministry").
bool isBareEvidenceNoun(QStringView name)
{
    const auto isEvidence = [](QStringView w) {
        return inList(w, {u"report"sv, u"reports"sv, u"study"sv, u"studies"sv, u"data"sv, u"results"sv, u"findings"sv,
                          u"figures"sv, u"statistics"sv, u"research"sv, u"survey"sv, u"analysis"sv, u"media"sv,
                          u"evidence"sv, u"numbers"sv});
    };
    const QList<QStringView> words = name.split(u' ', Qt::SkipEmptyParts);
    qsizetype head = 0;
    while (head + 1 < words.size()
           && inList(words[head], {u"recent"sv, u"new"sv, u"latest"sv, u"earlier"sv, u"previous"sv, u"preliminary"sv,
                                   u"initial"sv, u"early"sv, u"further"sv, u"more"sv, u"other"sv, u"some"sv,
                                   u"several"sv, u"many"sv, u"unconfirmed"sv, u"conflicting"sv}))
        ++head;
    if (head >= words.size() || !isEvidence(words[head]))
        return false;
    return std::all_of(words.begin() + head + 1, words.end(),
                       [](QStringView w) { return (w.front().isLower() || isDayOrMonth(w)) && !isSourceNoun(w); });
}

bool isYear(QStringView w)
{
    return w.size() == 4 && isDigit(w[0]) && w.toInt() >= 1800 && w.toInt() <= 2100;
}

// Where the noun phrase after "according to" has ended without a comma ("a
// 2011 survey" goes on: a year is a date).
bool opensFigureOrVerb(QStringView w)
{
    return (isDigit(w[0]) && !isYear(w))
        || inList(w, {u"have"sv, u"has"sv, u"had"sv, u"is"sv, u"are"sv, u"was"sv, u"were"sv, u"will"sv, u"would"sv,
                      u"one"sv, u"two"sv, u"three"sv, u"four"sv, u"five"sv, u"six"sv, u"seven"sv, u"eight"sv,
                      u"nine"sv, u"ten"sv, u"twelve"sv, u"twenty"sv, u"hundreds"sv, u"thousands"sv, u"dozens"sv,
                      u"millions"sv});
}

bool isHedge(QStringView w)
{
    return inList(w, {u"over"sv, u"about"sv, u"around"sv, u"nearly"sv, u"almost"sv, u"some"sv, u"more"sv, u"than"sv,
                      u"fewer"sv, u"less"sv, u"least"sv, u"at"sv, u"up"sv, u"to"sv, u"as"sv, u"many"sv,
                      u"approximately"sv, u"roughly"sv, u"only"sv, u"just"sv, u"under"sv, u"the"sv, u"a"sv, u"an"sv,
                      u"of"sv, u"for"sv, u"in"sv, u"on"sv, u"by"sv, u"with"sv, u"from"sv});
}

bool isNegation(QStringView w)
{
    return inList(w, {u"not"sv, u"never"sv, u"cannot"sv, u"no"sv}) || w.endsWith(u"n't", Qt::CaseInsensitive)
        || w.endsWith(u"n\u2019t", Qt::CaseInsensitive);
}

// "denied that", "rejected claims", "disputes the figures": the subject says
// the figure after it is wrong. ("denied traffickers $17 billion" deprives.)
bool isDenial(QStringView verb, QStringView next)
{
    return inList(verb, {u"denied"sv, u"denies"sv, u"deny"sv, u"denying"sv, u"rejected"sv, u"rejects"sv, u"dismissed"sv,
                         u"dismisses"sv, u"disputed"sv, u"disputes"sv, u"disputing"sv})
        && inList(next, {u"that"sv, u"claims"sv, u"reports"sv, u"allegations"sv, u"suggestions"sv, u"figures"sv,
                         u"estimates"sv});
}

class Sentence
{
public:
    Sentence(QStringView text, TextSpan span)
        : m_text(text)
    {
        // News English averages about five UTF-16 units per token (words and
        // punctuation): reserve once instead of growing for every sentence.
        m_tokens.reserve(size_t((span.end - span.start) / 5 + 8));
        qsizetype i = span.start;
        while (i < span.end) {
            const QChar c = text[i];
            if (isSpace(c) || c == u'\n' || c == u'\r') {
                ++i;
                continue;
            }
            if (isLetter(c) || isDigit(c)) {
                qsizetype j = i + 1;
                while (j < span.end) {
                    const QChar d = text[j];
                    if (isLetter(d) || isDigit(d)) {
                        ++j;
                    } else if ((isApostrophe(d) || d == u'-' || d == u'.' || d == u'&') && j + 1 < span.end
                               && (isLetter(text[j + 1]) || isDigit(text[j + 1]))) {
                        j += 2;
                    } else if (d == u'.' && j + 1 <= span.end && j - 2 >= i && text[j - 2] == u'.') {
                        ++j; // the closing dot of "U.K."
                        break;
                    } else {
                        break;
                    }
                }
                // "forces'" (plural possessive)
                if (j < span.end && isApostrophe(text[j]) && text[j - 1] == u's' && (j + 1 >= span.end || !isLetter(text[j + 1])))
                    ++j;
                m_tokens.push_back({i, j, true});
                i = j;
            } else {
                m_tokens.push_back({i, i + 1, false});
                ++i;
            }
        }
    }

    const std::vector<Token> &tokens() const { return m_tokens; }
    QStringView at(qsizetype k) const { return m_text.mid(token(k).start, token(k).end - token(k).start); }
    bool isWord(qsizetype k) const { return k >= 0 && k < size() && token(k).word; }
    bool isPunct(qsizetype k, QChar c) const { return k >= 0 && k < size() && !token(k).word && m_text[token(k).start] == c; }

    // The words [from, to] as one string, a leading article dropped.
    QString phrase(qsizetype from, qsizetype to) const
    {
        const auto opensDate = [&](qsizetype k) { // no part of the subject: "On 8 December", "Last month the"
            const bool period = isWord(k - 1) && inList(at(k - 1), {u"last"sv, u"next"sv, u"this"sv, u"every"sv});
            return isDeterminer(at(k)) || isFunctionWord(at(k)) || isDigit(at(k)[0]) || isDayOrMonth(at(k))
                || (period && inList(at(k), {u"day"sv, u"week"sv, u"weekend"sv, u"month"sv, u"year"sv, u"night"sv}));
        };
        while (from <= to && opensDate(from))
            ++from;
        // "coauthor Colette Heald", "Professor Eastman": the name without the
        // role or title before it, as the text names the person elsewhere.
        qsizetype name = from;
        while (name < to && isWord(name) && (at(name)[0].isLower() || isHonorific(at(name))))
            ++name;
        bool capitalised = name > from;
        for (qsizetype k = name; k <= to && capitalised; ++k)
            capitalised = isWord(k) && at(k)[0].isUpper();
        if (capitalised)
            from = name;
        if (from > to)
            return {};
        QString s = m_text.mid(token(from).start, token(to).end - token(from).start).toString();
        s.replace(u'\n', u' ');
        return s.simplified();
    }

    // Whether words [from, to] hold a figure ("other 15 shells fell near
    // the posts"): a subject does. The day and year of a date before it ("On
    // 8 December", "In 2023") are no figure.
    bool holdsFigure(qsizetype from, qsizetype to) const
    {
        for (qsizetype k = from; k <= to; ++k) {
            const QStringView w = at(k);
            if (!isDigit(w[0]))
                continue;
            const bool year = isYear(w);
            const bool day = (isWord(k - 1) && isMonthWord(at(k - 1))) || (isWord(k + 1) && isMonthWord(at(k + 1)));
            if (!year && !day)
                return true;
        }
        return false;
    }

    bool isNamed(qsizetype from, qsizetype to) const
    {
        for (qsizetype k = from; k <= to; ++k) {
            const QStringView w = at(k);
            if ((w[0].isUpper() && !isDeterminer(w) && !isFunctionWord(w)) || isSourceNoun(w))
                return true;
        }
        return false;
    }

    // Walks back from token `k` over a noun phrase: stops at punctuation, a
    // boundary word, or after `limit` words. Returns the first word's index.
    qsizetype walkBack(qsizetype k, int limit) const
    {
        qsizetype first = k + 1;
        int n = 0;
        while (k >= 0 && isWord(k) && !isBoundary(at(k)) && n < limit) {
            first = k;
            --k;
            ++n;
        }
        if (n >= limit && isWord(k) && !isBoundary(at(k)))
            return -1; // too long to be one subject: a whole clause
        return first;
    }

    // The capitalised noun phrase that opens the sentence ("Ukrainian President
    // Zelenskyy last addressed ..." -> "Ukrainian President Zelenskyy"), at
    // most a dozen words; read once, however many pronouns ask for it.
    const QString &leadingSubject() const
    {
        if (!m_leadingSubject)
            m_leadingSubject = readLeadingSubject();
        return *m_leadingSubject;
    }

private:
    QString readLeadingSubject() const
    {
        constexpr qsizetype kMaxWords = 12;
        qsizetype k = 0;
        while (isWord(k) && (isDeterminer(at(k)) || isFunctionWord(at(k))))
            ++k;
        const qsizetype first = k;
        qsizetype last = -1;
        while (isWord(k)) {
            const QStringView w = at(k);
            if (w[0].isUpper())
                last = k;
            else if (!(equalsLower(w, u"of") || equalsLower(w, u"for") || equalsLower(w, u"the")))
                break;
            if (++k - first > kMaxWords)
                return {}; // a run of capitals, a heading or a list of names: no one subject
        }
        // "JEAN-PIERRE: We announced ...": a speaker's label is no subject;
        // the turn's speaker (DocumentVoice) answers for "we".
        if (last >= first && isPunct(last + 1, u':'))
            return {};
        return last >= first ? phrase(first, last) : QString();
    }

    qsizetype size() const { return qsizetype(m_tokens.size()); }
    const Token &token(qsizetype k) const { return m_tokens[size_t(k)]; }

    QStringView m_text;
    // A vector, not a QList: a sentence appends a token per word, and
    // QList's append costs a tenth of the tokenizer's time.
    std::vector<Token> m_tokens;
    mutable std::optional<QString> m_leadingSubject;
};

} // namespace

QList<Source> Attribution::find(QStringView text, TextSpan span)
{
    const auto &verbs = reportingVerbs();
    static const KeywordSieve kVerbSieve(verbs);
    QList<Source> sources;
    const Sentence s(text, span);
    const auto &tokens = s.tokens();
    const qsizetype n = tokens.size();
    // A title-case headline's verb ends it ("..., Ukraine Says").
    const auto hasWordAfter = [&](qsizetype k) {
        return std::any_of(tokens.begin() + k + 1, tokens.end(), [](const Token &t) { return t.word; });
    };
    // A denial or non-confirmation names nobody as the claimant of what follows it.
    const auto deny = [&](qsizetype k) { sources.append({tokens[k].start, QString(), false, false, false}); };
    for (qsizetype k = 0; k < n; ++k) {
        if (!tokens[k].word)
            continue;
        const QStringView w = s.at(k);
        // Most words are none of the denials': their initial rules them out.
        const char16_t initial = w[0].unicode() | 0x20;
        if ((initial == u'd' || initial == u'r') && s.isWord(k + 1) && isDenial(w, s.at(k + 1))) {
            deny(k);
            k += 1; // "denied reports that": the reporting word is its object
            continue;
        }
        // "I can't confirm 500", "unable to verify", "no evidence of 500 deaths"
        if ((initial == u'c' || initial == u'v' || initial == u'e')
            && ((inList(w, {u"confirm"sv, u"verify"sv, u"corroborate"sv})
                 && ((s.isWord(k - 1) && isNegation(s.at(k - 1)))
                     || (s.isWord(k - 2) && equalsLower(s.at(k - 1), u"to")
                         && inList(s.at(k - 2), {u"unable"sv, u"declined"sv, u"refused"sv, u"declines"sv, u"refuses"sv}))))
                || (equalsLower(w, u"evidence") && s.isWord(k - 1) && equalsLower(s.at(k - 1), u"no")))) {
            deny(k);
            continue;
        }
        // "according to X"
        if (equalsLower(w, u"according") && s.isWord(k + 1) && equalsLower(s.at(k + 1), u"to")) {
            qsizetype last = k + 1;
            qsizetype j = k + 2;
            while (s.isWord(j) && !isBoundary(s.at(j)) && j - k - 2 < 10 && !opensFigureOrVerb(s.at(j))
                   && !verbs.contains(std::u16string_view(s.at(j).utf16(), std::size_t(s.at(j).size()))))
                last = j++;
            // "According to the ministry over 345 pilgrims have been": the
            // name ends before the figure, its hedge, or the clause's verb.
            if (s.isWord(j) && opensFigureOrVerb(s.at(j)))
                while (last >= k + 2 && isHedge(s.at(last)))
                    --last;
            if (last >= k + 2) {
                const QString name = s.phrase(k + 2, last);
                if (!name.isEmpty())
                    sources.append({tokens[k].start, name, isPronoun(s.at(k + 2)) && last == k + 2, false});
            }
            k = last;
            continue;
        }
        // "the UN's figures", "Kyiv's estimates"
        static const WordList kOwnedEvidence{u"figures"sv, u"estimates"sv, u"estimate"sv, u"data"sv,
                                             u"statistics"sv, u"tally"sv, u"count"sv, u"assessment"sv};
        if (k > 0 && s.isWord(k - 1) && kOwnedEvidence.contains(w)) {
            const QStringView owner = s.at(k - 1);
            if (owner.size() > 2 && isApostrophe(owner[owner.size() - 2]) && owner.back() == u's') {
                const qsizetype first = s.walkBack(k - 1, 6);
                if (first >= 0 && s.isNamed(first, k - 1)) {
                    QString name = s.phrase(first, k - 1);
                    name.chop(2);
                    sources.append({tokens[k].start, name, false, false});
                }
                continue;
            }
        }
        char16_t buffer[24];
        if (w.size() >= 24 || !kVerbSieve.mayContain(w))
            continue;
        for (qsizetype i = 0; i < w.size(); ++i) {
            const char16_t c = w[i].unicode();
            buffer[i] = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
        }
        const auto verb = verbs.find(std::u16string_view(buffer, std::size_t(w.size())));
        if (verb == verbs.end())
            continue;
        if (equalsLower(w, u"sets") && !(s.isWord(k + 1) && equalsLower(s.at(k + 1), u"out")))
            continue;
        // "the United States has", "Police Reports show": a capitalised verb
        // inside running text is part of a name. (A title-case headline,
        // "..., Ukraine Says", has no lower-case word after it.)
        if (k > 0 && w[0].isUpper()
            && ((s.isWord(k + 1) && s.at(k + 1)[0].isLower()) || (s.isWord(k - 1) && s.at(k - 1)[0].isUpper() && hasWordAfter(k))))
            continue;
        // "the U.S. added 228,000 jobs": "added" reports only what follows
        // as a clause or a quotation ("added that", "she added."), or
        // names who adds after one ("...\", added the agency").
        if (w.startsWith(u"add", Qt::CaseInsensitive) && s.isWord(k + 1) && !equalsLower(s.at(k + 1), u"that")
            && s.isWord(k - 1))
            continue;
        // "Recent reports have revealed", "the figures reported were": a
        // verb is never followed by an auxiliary; this is a noun or an adjective.
        if (s.isWord(k + 1)
            && inList(s.at(k + 1), {u"have"sv, u"has"sv, u"had"sv, u"is"sv, u"are"sv, u"was"sv, u"were"sv, u"will"sv,
                                    u"would"sv, u"can"sv, u"could"sv, u"may"sv, u"might"sv, u"must"sv, u"should"sv}))
            continue;
        // "Independent reports suggest", "estimates show": a noun before the verb.
        if (s.isWord(k + 1)) {
            const QStringView next = s.at(k + 1);
            if (next.size() < 24 && kVerbSieve.mayContain(next)) {
                char16_t nextBuffer[24];
                for (qsizetype i = 0; i < next.size(); ++i) {
                    const char16_t c = next[i].unicode();
                    nextBuffer[i] = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
                }
                if (verbs.contains(std::u16string_view(nextBuffer, std::size_t(next.size()))))
                    continue;
            }
        }
        const bool afterBe = s.isWord(k - 1)
            && inList(s.at(k - 1), {u"is"sv, u"was"sv, u"are"sv, u"were"sv, u"been"sv, u"be"sv});
        // "It is estimated that ...": impersonal passive, no source.
        if (afterBe && verb->second != Participle)
            continue;
        // "Reuters is reporting that": a progressive reports like its finite verb.
        const VerbForm form = afterBe ? (inList(s.at(k - 1), {u"is"sv, u"are"sv}) ? Present : Past) : verb->second;
        if (s.isWord(k - 1) && isNegation(s.at(k - 1))) {
            deny(k);
            continue;
        }
        qsizetype j = k - 1;
        while (s.isWord(j) && isVerbModifier(s.at(j)))
            --j;
        QString name;
        bool pronoun = false;
        if (s.isPunct(j, u',')) {
            if (form == Participle) {
                name = s.leadingSubject();
            } else {
                qsizetype first = s.walkBack(j - 1, 8);
                if (first >= 0 && first <= j - 1 && s.isNamed(first, j - 1) && !s.holdsFigure(first, j - 1))
                    name = s.phrase(first, j - 1);
                // "Khaled Al-Maeena, editor at large at the Saudi Gazette,
                // said": a role in apposition follows the name it describes,
                // and may join two ("a nurse and former soldier").
                qsizetype role = first;
                if (role > 2 && s.isWord(role - 1) && equalsLower(s.at(role - 1), u"and"))
                    role = std::max<qsizetype>(s.walkBack(role - 2, 6), 0);
                if (role != first && role > 1 && s.isPunct(role - 1, u',')
                    && (equalsLower(s.at(role), u"a") || equalsLower(s.at(role), u"an")))
                    first = role;
                if (first > 1 && s.isPunct(first - 1, u',') && (s.at(first)[0].isLower() || equalsLower(s.at(first), u"a")
                                                                || equalsLower(s.at(first), u"an"))) {
                    const qsizetype named = s.walkBack(first - 2, 5);
                    if (named >= 0 && named <= first - 2 && s.at(named)[0].isUpper() && s.at(first - 2)[0].isUpper())
                        name = s.phrase(named, first - 2);
                }
            }
        } else if (s.isWord(j) && form != Participle) {
            if (isPronoun(s.at(j))) {
                // "Russia has not updated its figures since it acknowledged
                // ...": a pronoun inside the sentence refers to its subject.
                // "It was two years ago that I announced": a pronoun subject
                // names nobody either.
                QString subject = j > 0 ? s.leadingSubject() : QString();
                if (isPronoun(subject))
                    subject.clear();
                pronoun = subject.isEmpty();
                name = pronoun ? s.at(j).toString() : subject;
            } else {
                const qsizetype first = s.walkBack(j, 9);
                if (first >= 0 && s.isNamed(first, j) && !s.holdsFigure(first, j))
                    name = s.phrase(first, j);
            }
        } else if (form == Participle && s.isWord(j)) {
            // "with Ukraine reporting that ..."
            const qsizetype first = s.walkBack(j, 6);
            if (first >= 0 && s.isNamed(first, j))
                name = s.phrase(first, j);
        }
        // Inverted: "..., said Zelenskyy." after a comma or a quotation, not
        // a sentence's first word ("Estimated Peak Wind: 115 mph").
        if (name.isEmpty() && form == Past && k > 0 && !s.isWord(k - 1) && s.isWord(k + 1) && s.at(k + 1)[0].isUpper()) {
            qsizetype last = k + 1;
            while (s.isWord(last + 1) && s.at(last + 1)[0].isUpper())
                ++last;
            name = s.phrase(k + 1, last);
        }
        if (!isPlausibleName(name) || isBareEvidenceNoun(name))
            name.clear();
        // "The UN's figures show ...": the possessive already named the source.
        if (!name.isEmpty() && !(form != Participle && !sources.isEmpty() && sources.constLast().anchor < tokens[k].start
                                 && sources.constLast().anchor >= tokens[std::max<qsizetype>(0, j)].start))
            sources.append({tokens[k].start, name, pronoun, form == Present,
                            !(w.startsWith(u"suggest", Qt::CaseInsensitive) || w.startsWith(u"show", Qt::CaseInsensitive)
                              || w.startsWith(u"indicat", Qt::CaseInsensitive))});
    }
    return sources;
}

} // namespace Claimbench
