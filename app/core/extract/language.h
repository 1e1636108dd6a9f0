#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Claimbench {

// The languages the extractor reads. Auto asks it to tell from the text.
enum class Language { Auto, English, Ukrainian, Russian };

// "en", "uk", "ru" or "auto", and BCP 47 tags with a region ("uk-UA",
// "en-GB"), case-insensitive; nullopt for a language the extractor does not
// read. An empty tag is Auto (an article that declares none).
std::optional<Language> languageFromTag(QStringView tag);
QString languageTag(Language language); // "en", "uk", "ru", "auto"

// Which of English, Ukrainian and Russian `text` is written in, never Auto:
// Cyrillic or Latin script by the letters' count, then Ukrainian or Russian
// by the letters only one of them has (і ї є ґ; ы э ъ ё) and a few function
// words. English when the text has no letters at all.
Language detectLanguage(QStringView text);

// Whether `language` is read by the Cyrillic pipeline.
inline bool isCyrillicLanguage(Language language)
{
    return language == Language::Ukrainian || language == Language::Russian;
}

} // namespace Claimbench
