#pragma once

#include <QString>
#include <QStringView>

namespace Claimbench {

class SentenceSplitter;

// The voice of a statement: its standfirst names the speaker with a
// present-tense reporting verb ("UK military advisor, Nicholas Aucott, says
// ..."); failing that, its headline ("UK statement to the OSCE"). Other
// headline wording (no closing full stop) does not count.
QString leadSpeaker(QStringView t, const SentenceSplitter &splitter);

} // namespace Claimbench
