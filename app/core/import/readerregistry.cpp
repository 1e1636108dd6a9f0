#include "core/import/readerregistry.h"

#include "core/import/docxreader.h"
#include "core/import/epubreader.h"
#include "core/import/htmlreader.h"
#include "core/import/markdownreader.h"
#include "core/import/odtreader.h"
#include "core/import/pdfreader.h"
#include "core/import/rtfreader.h"
#include "core/import/textreader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace Claimbench {

namespace {

// This file's messages, in ReaderRegistry's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::ReaderRegistry)
};

} // namespace

using namespace Qt::StringLiterals;

namespace {

// Signatures of formats that are not article text and that no text starts
// with; _ba keeps embedded NULs.
bool hasForeignSignature(QByteArrayView bytes)
{
    static const QByteArray signatures[] = {
        "%PDF-"_ba, "PK\x03\x04"_ba, "\x89PNG"_ba, "\xFF\xD8\xFF"_ba, "GIF87a"_ba, "GIF89a"_ba, "{\\rtf"_ba,
        "\xD0\xCF\x11\xE0"_ba, "\x1F\x8B"_ba, "OggS"_ba, "fLaC"_ba, "%!PS-Adobe"_ba, "II*\x00"_ba, "MM\x00*"_ba,
        "7z\xBC\xAF"_ba, "Rar!\x1A"_ba, "\x7F" "ELF"_ba};
    for (const QByteArray &signature : signatures) {
        if (bytes.startsWith(signature))
            return true;
    }
    // RIFF containers (WebP, WAV, AVI) and ISO base media (MP4, HEIC, AVIF).
    return bytes.size() >= 12 && (bytes.startsWith("RIFF") || bytes.sliced(4, 4) == "ftyp");
}

constexpr qsizetype kMaxTitleLength = 300;

// A NUL, or control characters (other than tab, line and page breaks) in
// more than one character of a thousand.
bool holdsBinary(QStringView text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f')
            continue;
        if (c.unicode() == 0)
            return true;
        ++controls;
    }
    return controls * 1000 > text.size();
}

ReaderRegistry makeBuiltIn()
{
    ReaderRegistry registry;
    registry.add(std::make_unique<TextReader>(), ReaderRegistry::Role::Fallback);
    registry.add(std::make_unique<MarkdownReader>());
    registry.add(std::make_unique<HtmlReader>());
    registry.add(std::make_unique<PdfReader>());
    registry.add(std::make_unique<DocxReader>());
    registry.add(std::make_unique<OdtReader>());
    registry.add(std::make_unique<EpubReader>());
    registry.add(std::make_unique<RtfReader>());
    return registry;
}

} // namespace

const ReaderRegistry &ReaderRegistry::builtIn()
{
    static const ReaderRegistry registry = makeBuiltIn();
    return registry;
}

void ReaderRegistry::add(std::unique_ptr<ArticleReader> reader, Role role)
{
    Q_ASSERT(std::ranges::none_of(reader->suffixes(), [this](const QString &suffix) {
        return suffixes().contains(suffix);
    }));
    Q_ASSERT(role == Role::Format || !m_fallback);
    if (role == Role::Fallback)
        m_fallback = reader.get();
    m_readers.push_back(std::move(reader));
}

QList<const ArticleReader *> ReaderRegistry::readers() const
{
    QList<const ArticleReader *> readers;
    for (const auto &reader : m_readers)
        readers.append(reader.get());
    return readers;
}

QStringList ReaderRegistry::suffixes() const
{
    QStringList suffixes;
    for (const auto &reader : m_readers)
        suffixes += reader->suffixes();
    return suffixes;
}

QString ReaderRegistry::namePatterns() const
{
    QStringList patterns;
    for (const QString &suffix : suffixes())
        patterns.append(u"*."_s + suffix);
    return patterns.join(u' ');
}

const ArticleReader *ReaderRegistry::readerFor(QByteArrayView bytes, const QString &fileName) const
{
    const auto recognizing = [&]() -> const ArticleReader * {
        for (const auto &reader : m_readers) {
            if (reader.get() != m_fallback && reader->recognizes(bytes))
                return reader.get();
        }
        return nullptr;
    };
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const ArticleReader *named = nullptr;
    if (!suffix.isEmpty()) {
        const auto owner = std::ranges::find_if(
            m_readers, [&](const auto &reader) { return reader->suffixes().contains(suffix); });
        named = owner == m_readers.end() ? nullptr : owner->get();
    }
    if (hasForeignSignature(bytes)) {
        if (const ArticleReader *reader = recognizing())
            return reader;
        const QByteArrayView container = named ? named->containerSignature() : QByteArrayView();
        return !container.isEmpty() && bytes.startsWith(container) ? named : nullptr;
    }
    if (named && named != m_fallback)
        return named;
    if (const ArticleReader *reader = recognizing())
        return reader;
    if (named)
        return named;
    // A named text file stays text (and fails later if binary); an unnamed one must look like text.
    return suffix.isEmpty() && m_fallback && !ArticleReader::looksBinary(bytes) ? m_fallback : nullptr;
}

Result<Article> ReaderRegistry::read(const QByteArray &bytes, const QString &fileName, const ReadOptions &options) const
{
    const ArticleReader *reader = readerFor(bytes, fileName);
    if (!reader) {
        QStringList names;
        for (const auto &known : m_readers)
            names.append(known->name());
        const QString last = names.isEmpty() ? QString() : names.takeLast();
        const QString listed = names.isEmpty() ? last : names.join(u", "_s) + u" or "_s + last;
        return makeError(Error::Code::Unsupported, Messages::tr("Not a format Claimbench reads (%1)").arg(listed));
    }
    if (bytes.trimmed().isEmpty() || bytes == "\xEF\xBB\xBF")
        return makeError(Error::Code::InvalidInput, Messages::tr("The file is empty"));
    auto article = reader->read(bytes, options);
    if (!article)
        return article;
    if (article->body.trimmed().isEmpty())
        return makeError(Error::Code::InvalidInput, Messages::tr("The file holds no article text"));
    // A container format (RTF, a ZIP's XML) can carry any bytes as its
    // "text": what no text holds is refused as the text readers refuse it.
    if (holdsBinary(article->body))
        return makeError(Error::Code::InvalidInput, Messages::tr("The file's text is binary data, not text"));
    if (article->title.isEmpty())
        article->title = QFileInfo(fileName).completeBaseName();
    if (article->title.size() > kMaxTitleLength) {
        // A title taken from a first paragraph that never ends.
        const qsizetype cut = article->title.lastIndexOf(u' ', kMaxTitleLength);
        article->title = article->title.left(cut > kMaxTitleLength / 2 ? cut : kMaxTitleLength) + u'…';
    }
    return article;
}

} // namespace Claimbench
