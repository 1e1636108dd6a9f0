#pragma once

#include <QByteArrayView>
#include <QStringView>

#include <functional>

namespace Claimbench {

// The words a project file's full-text index sees in a text: SQLite's own
// FTS5 tokenizer, "unicode61 remove_diacritics 2", run outside any project.
// A server project's article index and its article searches fold their
// words through it too, so that a search finds the same articles on either
// engine: PostgreSQL's parser and unaccent split and fold otherwise ("3.5"
// one word, "ß" as "ss"), and folding in SQL costs a server more time than a
// project file's whole import.
class FtsWords
{
public:
    // Calls `word` with each word of `text`, folded (lower case, no
    // diacritics), as UTF-8, in the order the words come. Thread-safe: each
    // thread has a tokenizer of its own.
    static void forEach(QStringView text, const std::function<void(QByteArrayView)> &word);
};

} // namespace Claimbench
