#pragma once

#include "core/import/articlereader.h"

#include <QList>

#include <memory>
#include <vector>

namespace Claimbench {

// The article formats Claimbench reads, one ArticleReader each. Everything
// that names formats asks here: the importer's choice of reader, the import
// dialog's name filter, the "not a format" message. No suffix list lives
// anywhere else.
//
// Which reader reads a file (readerFor), first rule that applies:
//  1. bytes that start with the signature of a document, image or archive
//     format (PDF, ZIP, PNG, ...): the reader that recognizes them, else the
//     reader of the file's suffix if the bytes are its container
//     (ArticleReader::containerSignature: a ZIP named .epub), else none;
//  2. a suffix of a reader other than the fallback: that reader;
//  3. bytes a reader recognizes (an HTML document start): that reader;
//  4. a suffix of the fallback: the fallback;
//  5. no suffix and bytes that are not binary: the fallback;
//  6. otherwise none: the file is not an article.
// Suffixes compare case-insensitively. Const member functions may be called
// from any thread.
class ReaderRegistry
{
public:
    // Fallback: at most one, the reader of plain text, whose suffixes say
    // less than another format's signature (rules 4 and 5).
    enum class Role { Format, Fallback };

    ReaderRegistry() = default;
    ReaderRegistry(ReaderRegistry &&) = default;
    ReaderRegistry &operator=(ReaderRegistry &&) = default;

    // Plain text (the fallback), Markdown and HTML, in that order.
    static const ReaderRegistry &builtIn();

    // Appends `reader`; its suffixes must not be another reader's.
    void add(std::unique_ptr<ArticleReader> reader, Role role = Role::Format);

    // In the order added.
    QList<const ArticleReader *> readers() const;
    // Every reader's suffixes, in the order added.
    QStringList suffixes() const;
    // "*.txt *.text *.md ...": suffixes() as a file dialog's name patterns.
    QString namePatterns() const;

    // The reader for a file of this name starting with `bytes` (rules
    // above), or nullptr when none reads it. `fileName` is not opened.
    const ArticleReader *readerFor(QByteArrayView bytes, const QString &fileName) const;

    // Parses one file's bytes into an Article with the reader readerFor
    // picks; the file name gives the title when the text has none.
    // sourcePath, contentHash and id are left empty.
    // Errors: Unsupported (no reader: "Not a format Claimbench reads (text,
    // Markdown or HTML)"), InvalidInput (empty, the reader's own errors, no
    // article text, text holding a NUL or many control characters). A title
    // over 300 characters is cut at a word.
    Result<Article> read(const QByteArray &bytes, const QString &fileName, const ReadOptions &options = {}) const;

private:
    std::vector<std::unique_ptr<ArticleReader>> m_readers;
    const ArticleReader *m_fallback = nullptr;
};

} // namespace Claimbench
