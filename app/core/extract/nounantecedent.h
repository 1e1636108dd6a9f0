#pragma once

#include <QString>
#include <QStringView>

namespace Claimbench {

// What a sentence says a figure counts when no noun follows the figure.
struct Antecedent
{
    QString noun;            // plural counted noun, lower case ("casualties"), or empty
    QString period;          // "day" for "the daily number of ...", else empty
    bool anaphoric = false;  // "that number", "That is ...": the figure restates the one before it
};

// News English often leaves the counted noun out after the number because the
// sentence has named it in a measure phrase before it: "casualty figures are
// now over 300,000", "the average daily number of casualties was 1,200 per
// day", "casualties for January averaging over 1,500 per day", "the death
// toll rose to 150". Only such measure phrases and verbs of measuring count:
// a bare subject ("casualties exceeded one million") or an earlier figure
// ("28 drones ... jammed another 21") does not lend its noun, because there
// the text leaves open what the number counts.
//
// Stateless, thread-safe; positions are UTF-16 indices into `text`.
class NounAntecedent
{
public:
    // The antecedent for a figure starting at `figureStart`, looking back no
    // further than `sentenceStart`.
    static Antecedent find(QStringView text, qsizetype sentenceStart, qsizetype figureStart);
};

} // namespace Claimbench
