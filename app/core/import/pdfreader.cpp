#include "core/import/pdfreader.h"

#include "core/import/pdflayout.h"
#include "core/import/pdfpagetext.h"

#include <poppler-qt6.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <mutex>

namespace Claimbench {

namespace {

// Which way the word's letters advance on the displayed page, from its first
// and last letters' boxes (see PdfWord::quarterTurns).
int baselineTurns(const Poppler::TextBox &box)
{
    const qsizetype letters = box.text().size();
    if (letters < 2)
        return -1;
    const QRectF first = box.charBoundingBox(0);
    const QRectF last = box.charBoundingBox(int(letters - 1));
    if (first.isNull() || last.isNull())
        return -1;
    const QPointF advance = last.center() - first.center();
    if (std::abs(advance.x()) >= std::abs(advance.y()))
        return advance.x() >= 0 ? 0 : 2;
    return advance.y() > 0 ? 1 : 3;
}

// This file's messages, in PdfReader's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::PdfReader)
};

using namespace Qt::StringLiterals;

// Poppler reports every oddity of a damaged file on stderr; the reader
// returns its own error instead, so the library stays quiet (also in the CLI
// and under the fuzzer).
void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant()); });
}

bool pastDeadline(const QVariant &deadline)
{
    return QDeadlineTimer(deadline.toLongLong(), Qt::PreciseTimer).hasExpired();
}

// What converters write when the author gave no title.
bool isPlaceholderTitle(const QString &title)
{
    static const QRegularExpression placeholder(
        uR"(^(untitled|document\d*|microsoft (word|powerpoint|excel) - .*|.*\.(docx?|xlsx?|pptx?|odt|rtf|txt|indd|qxp|tex|dvi|pdf|html?))$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = title.trimmed();
    return trimmed.isEmpty() || placeholder.match(trimmed).hasMatch();
}

PartialDate creationDate(const Poppler::Document &document)
{
    const QDateTime created = document.date(u"CreationDate"_s);
    if (!created.isValid())
        return {};
    const QDate day = created.date();
    return PartialDate::day(day.year(), day.month(), day.day());
}

Result<std::unique_ptr<Poppler::Document>> open(const QByteArray &bytes, const ReadOptions &options)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return makeError(Error::Code::InvalidInput, Messages::tr("The PDF is damaged: its structure cannot be read"));
    if (document->isLocked()) {
        if (options.password.isEmpty())
            return makeError(Error::Code::NeedsPassword, Messages::tr("The PDF is encrypted: it needs a password"));
        // The one password opens the file whether it is the owner's or a user's.
        if (document->unlock(options.password, options.password) || document->isLocked())
            return makeError(Error::Code::NeedsPassword, Messages::tr("The password does not open the PDF"));
    }
    return document;
}

} // namespace

QString PdfReader::name() const
{
    return u"PDF"_s;
}

QStringList PdfReader::suffixes() const
{
    return {u"pdf"_s};
}

bool PdfReader::recognizes(QByteArrayView bytes) const
{
    return bytes.startsWith("%PDF-");
}

Result<Article> PdfReader::read(const QByteArray &bytes, const ReadOptions &options) const
{
    silencePoppler();
    auto document = open(bytes, options);
    if (!document)
        return std::unexpected(document.error());
    const Poppler::Document &pdf = **document;
    const int pageCount = pdf.numPages();
    if (pageCount > kMaxPages)
        return makeError(Error::Code::TooLarge, Messages::tr("The PDF has %1 pages; Claimbench reads at most %2")
                                                    .arg(QLocale().toString(pageCount), QLocale().toString(kMaxPages)));
    if (pageCount <= 0)
        return makeError(Error::Code::InvalidInput, Messages::tr("The PDF is damaged: it has no pages"));

    const QDeadlineTimer deadline(kTimeBudgetMs, Qt::PreciseTimer);
    const QVariant deadlineValue = QVariant::fromValue(deadline.deadline());
    const auto overBudget = [] {
        return makeError(Error::Code::TooLarge, Messages::tr("Reading the PDF's text took over %1 s; the file is too "
                                                             "complex").arg(kTimeBudgetMs / 1000));
    };
    QList<PdfPageWords> pages;
    pages.reserve(pageCount);
    bool anyText = false;
    for (int index = 0; index < pageCount; ++index) {
        PdfPageWords words;
        const std::unique_ptr<Poppler::Page> page(pdf.page(index));
        if (page) {
            words.size = page->pageSizeF();
            for (const auto &box : page->textList(Poppler::Page::Rotate0, &pastDeadline, deadlineValue)) {
                if (box->text().trimmed().isEmpty())
                    continue;
                words.words.append(
                    PdfWord{box->text(), box->boundingBox(), box->hasSpaceAfter(), baselineTurns(*box)});
            }
        }
        if (deadline.hasExpired())
            return overBudget();
        anyText = anyText || !words.words.isEmpty();
        pages.append(std::move(words));
    }
    if (!anyText)
        return makeError(Error::Code::Unsupported, Messages::tr("No text layer on any page; OCR is not supported"));

    PdfText text = composePdfText(pages, layOutPdfPages(pages));
    Article article;
    const QString title = pdf.info(u"Title"_s).simplified();
    article.title = isPlaceholderTitle(title) ? QString() : title;
    article.author = pdf.info(u"Author"_s).simplified();
    article.published = creationDate(pdf);
    article.body = std::move(text.body);
    article.pages = std::move(text.pages);
    article.document = bytes;
    return article;
}

} // namespace Claimbench
