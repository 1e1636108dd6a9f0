#pragma once

#include "core/domain/article.h"
#include "core/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace Claimbench {

// What a reader may need beyond a file's bytes.
struct ReadOptions
{
    // Opens an encrypted document (PDF); empty when none was given.
    QByteArray password;
};

// One article format: what it is called, which file names and first bytes
// are its own, and how its bytes become an Article. ReaderRegistry holds one
// instance of each and decides which reads a file; a new format is one more
// subclass registered there. Readers hold no state: read() may run on any
// thread.
class ArticleReader
{
public:
    virtual ~ArticleReader() = default;

    // The format's short name for people ("Markdown"), as error messages list it.
    virtual QString name() const = 0;
    // The file name suffixes that name this format: lower case, without the dot.
    virtual QStringList suffixes() const = 0;
    // Whether `bytes` (a file's start or all of it) carry this format's own
    // signature, so that a file whose name says nothing more precise is read
    // as this format (an HTML document start in a .txt file or one without
    // suffix). False for formats that have none, as by default.
    virtual bool recognizes(QByteArrayView bytes) const;
    // The first bytes of the container this format is packaged in (ZIP's
    // for DOCX, ODT and EPUB), when recognizes() can miss a file of the
    // format: an EPUB whose first entry is not its "mimetype". A file with
    // that signature that no reader recognizes is read as this format when
    // its name has one of its suffixes. Empty (the default): no container.
    virtual QByteArrayView containerSignature() const;
    // Parses a whole file's bytes (no store, no I/O). The title may be left
    // empty: the registry then takes it from the file name. sourcePath,
    // contentHash and id stay empty.
    // Errors: InvalidInput (binary, undecodable, damaged, no article text),
    // TooLarge (over one of the format's limits), NeedsPassword (encrypted,
    // and options.password is empty or wrong), Unsupported (a document the
    // format allows but Claimbench cannot read: a scan without text).
    virtual Result<Article> read(const QByteArray &bytes, const ReadOptions &options) const = 0;

    // True when `bytes` hold a NUL or more control characters than text has;
    // text with a UTF-16 byte order mark, or that looks like UTF-16 without
    // one, is not binary.
    static bool looksBinary(QByteArrayView bytes);

protected:
    // InvalidInput when looksBinary(bytes): what every text format refuses first.
    static Result<void> refuseBinary(QByteArrayView bytes);
    // `bytes` as text in the charset EncodingDetector finds, refusing binary
    // input and text that decodes to a NUL.
    static Result<QString> decodeText(const QByteArray &bytes);
};

} // namespace Claimbench
