#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace Claimbench {

// What a sentence says a figure counts when no noun follows the figure.
struct Antecedent
{
    QString noun;            // plural counted noun, lower case ("casualties"), or empty
    QString period;          // "day" for "the daily number of ...", else empty
    bool anaphoric = false;  // "that number", "That is ...": the figure restates the one before it
};

// A plural common noun, lower case: "drones", "people", "casualties"; not
// "was", "always", "thus".
bool isPluralNoun(QStringView lowerWord);

// A group of people named in the singular, as what a count of it counts:
// "crew" -> "crew members" ("a crew of four", "the number of crew"),
// "population" -> "people"; empty for other words.
QString membersOfGroup(QStringView word);

// What news says of people killed or hurt, after their count or as a label:
// "107 killed", "Hundreds dead", "Injured: 45".
bool isCasualtyWord(QStringView word);

// News English often leaves the counted noun out after the number because the
// sentence has named it in a measure phrase before it: "casualty figures are
// now over 300,000", "the average daily number of casualties was 1,200 per
// day", "casualties for January averaging over 1,500 per day", "the death
// toll rose to 150". Only such measure phrases and verbs of measuring count:
// a bare subject ("casualties exceeded one million") or an earlier figure
// ("28 drones ... jammed another 21") does not lend its noun, because there
// the text leaves open what the number counts.
//
// One instance serves the figures of one text on one thread, cheapest in
// text order; it borrows the text, which must outlive it. Positions are
// UTF-16 indices into that text.
class NounAntecedent
{
public:
    explicit NounAntecedent(QStringView text);

    // The antecedent for a figure starting at `figureStart`, looking back no
    // further than `sentenceStart`.
    Antecedent find(qsizetype sentenceStart, qsizetype figureStart);

private:
    // A sentence full of figures and nearly free of words ("5 5 5 ...", a
    // flattened table) made every figure walk back to the sentence's start
    // letter by letter: quadratic. The letter runs of the current sentence
    // are indexed once as figures advance through it, so a figure's look-back
    // jumps from word to word.
    void indexLetters(qsizetype sentenceStart, qsizetype end);
    // End of the last letter run of the sentence that starts before `i`, or
    // the sentence's start when none does.
    qsizetype letterEndBefore(qsizetype i) const;

    QStringView m_text;
    qsizetype m_sentenceStart = -1;
    qsizetype m_indexedTo = -1;
    std::vector<qsizetype> m_runStarts; // letter runs from m_sentenceStart to m_indexedTo, ascending
    std::vector<qsizetype> m_runEnds;
};

} // namespace Claimbench
