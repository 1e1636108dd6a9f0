#pragma once

#include "core/extract/language.h"

#include <QString>
#include <QStringView>

namespace Claimbench {

// The names a Ukrainian or Russian source phrase gives, put back in the
// nominative: a person's first name and surname ("Володимира Зеленського" →
// "Володимир Зеленський"), a body's head noun and the adjective before it
// ("Міністерства охорони здоров'я" → "Міністерство охорони здоров'я",
// "городской станции скорой помощи" → "городская станция скорой помощи").
// A small table of the common case endings, not a morphology: a form it does
// not know comes back as written, never guessed. CyrillicSources' helper.
namespace CyrillicNames {

// Whether `word` is a common first name of `language` in the nominative.
bool isFirstName(QStringView word, Language language);

// `word` as a first name in the nominative when it is one in the genitive
// ("Володимира" → "Володимир", "Юлії" → "Юлія"), itself when it is one
// already, else empty.
QString firstNameNominative(QStringView word, Language language);

// `name` (words as the text gives them, quotes dropped) in the nominative.
// `oblique`: the phrase before it governs the genitive or locative ("за
// словами", "по данным", "повідомили в"); otherwise it is the nominative
// already and only a title before a person's name goes ("президент України
// Володимир Зеленський" → "Володимир Зеленський"). Empty when an oblique
// name neither is a person nor has a head noun the table knows, nor any
// capitalised word: then it is no name (a common noun such as "джерел").
QString nominative(QStringView name, bool oblique, Language language);

// Whether `name` (nominative) is a person's: a known first name and a
// surname.
bool isPerson(QStringView name, Language language);

} // namespace CyrillicNames

} // namespace Claimbench
