#include "core/import/rtfreader.h"

#include "core/import/datetext.h"
#include "core/import/rtftokenizer.h"

#include <QCoreApplication>
#include <QHash>

#include <unicode/ucnv.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace Claimbench {

namespace {

// This file's messages, in RtfReader's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::RtfReader)
};

using namespace Qt::StringLiterals;

// Word nests a handful of groups; a thousand is only a hostile or broken file.
constexpr qsizetype kMaxDepth = 1000;
// A first paragraph longer than this is text, not a headline.
constexpr qsizetype kMaxTitleLength = 200;
// How many paragraphs at the top may hold the date line.
constexpr int kDateParagraphWindow = 4;
constexpr int kDefaultCodePage = 1252;

// The Windows code page of an \fcharset, or 0 for "the document's".
int codePageOfCharset(int charset)
{
    switch (charset) {
    case 77: return 10000;
    case 128: return 932;
    case 129: return 949;
    case 130: return 1361;
    case 134: return 936;
    case 136: return 950;
    case 161: return 1253;
    case 162: return 1254;
    case 163: return 1258;
    case 177: return 1255;
    case 178: return 1256;
    case 186: return 1257;
    case 204: return 1251;
    case 222: return 874;
    case 238: return 1250;
    case 254: return 437;
    default: return 0;
    }
}

// Bytes of one Windows code page to text through ICU, one converter per code
// page a document uses; a multi-byte code page (932, 936) gets its \'hh
// pairs together because the reader decodes runs of bytes, not single ones.
class CodePages
{
public:
    QString decode(int codePage, QByteArrayView bytes)
    {
        UConverter *converter = converterFor(codePage);
        if (!converter)
            return QString::fromLatin1(bytes);
        QString text(bytes.size() * 2 + 2, Qt::Uninitialized);
        UErrorCode status = U_ZERO_ERROR;
        ucnv_reset(converter);
        const int32_t length = ucnv_toUChars(converter, reinterpret_cast<UChar *>(text.data()), int32_t(text.size()),
                                             bytes.data(), int32_t(bytes.size()), &status);
        if (U_FAILURE(status))
            return QString::fromLatin1(bytes);
        text.truncate(length);
        return text;
    }

private:
    struct Closer
    {
        void operator()(UConverter *converter) const { ucnv_close(converter); }
    };

    UConverter *converterFor(int codePage)
    {
        if (const auto found = m_converters.find(codePage); found != m_converters.end())
            return found->second.get();
        std::unique_ptr<UConverter, Closer> converter;
        const QByteArray number = QByteArray::number(codePage);
        const QByteArray names[] = {codePage == 65001 ? "UTF-8"_ba : "cp"_ba + number, "windows-"_ba + number,
                                    "ibm-"_ba + number, codePage == 10000 ? "macintosh"_ba : "windows-1252"_ba};
        for (const QByteArray &name : names) {
            UErrorCode status = U_ZERO_ERROR;
            converter.reset(ucnv_open(name.constData(), &status));
            if (U_SUCCESS(status) && converter)
                break;
            converter.reset();
        }
        UConverter *raw = converter.get();
        m_converters.emplace(codePage, std::move(converter));
        return raw;
    }

    std::map<int, std::unique_ptr<UConverter, Closer>> m_converters;
};

// Where a group's text goes.
enum class Destination {
    Body,
    Footnote,
    Skipped,      // a table, picture, header... and anything \* marks
    FontTable,    // read for each font's charset, no text
    Info,         // document properties: only the fields below give text
    Title,
    Author,
    CreationTime, // \yr \mo \dy
};

struct GroupState
{
    Destination destination = Destination::Body;
    int unicodeSkip = 1; // \ucN: bytes standing in for each \uN
    int font = -1;       // \fN, -1 for the document's default
    bool opensFootnote = false;
};

Destination destinationOf(QByteArrayView word)
{
    static const QHash<QByteArray, Destination> destinations = [] {
        QHash<QByteArray, Destination> table;
        for (const char *skipped :
             {"colortbl", "stylesheet", "pict", "object", "header", "headerl", "headerr", "headerf", "footer",
              "footerl", "footerr", "footerf", "fldinst", "listtable", "listoverridetable", "revtbl", "rsidtbl",
              "generator", "xmlnstbl", "themedata", "colorschememapping", "datastore", "latentstyles", "pgdsctbl",
              "filetbl", "nonshppict", "template", "userprops", "docvar", "xe", "tc", "txe", "annotation",
              "atnauthor", "atnid", "subject", "operator", "company", "category", "manager", "keywords", "doccomm",
              "comment", "hlinkbase", "revtim", "printim", "buptim", "bkmkstart", "bkmkend"})
            table.insert(skipped, Destination::Skipped);
        table.insert("fonttbl", Destination::FontTable);
        table.insert("info", Destination::Info);
        table.insert("title", Destination::Title);
        table.insert("author", Destination::Author);
        table.insert("creatim", Destination::CreationTime);
        table.insert("footnote", Destination::Footnote);
        return table;
    }();
    return destinations.value(QByteArray::fromRawData(word.data(), word.size()), Destination::Body);
}

// Characters RTF spells as control words.
std::optional<char16_t> characterOf(QByteArrayView word)
{
    static const QHash<QByteArray, char16_t> characters = {
        {"tab", u'\t'},       {"emdash", u'—'},     {"endash", u'–'},      {"lquote", u'‘'},
        {"rquote", u'’'},     {"ldblquote", u'“'},  {"rdblquote", u'”'},   {"bullet", u'•'},
        {"emspace", u' '},    {"enspace", u' '},    {"qmspace", u' '},     {"line", u'\n'},
        {"lbr", u'\n'}};
    const auto found = characters.constFind(QByteArray::fromRawData(word.data(), word.size()));
    return found == characters.constEnd() ? std::nullopt : std::optional<char16_t>(*found);
}

class RtfInterpreter
{
public:
    Result<Article> run(QByteArrayView rtf);

private:
    void controlWord(const RtfToken &token);
    void controlSymbol(char symbol);
    void bytes(QByteArrayView text);
    void character(QChar c);
    QString *sink();
    void flushBytes();
    void endParagraph();
    void endCell();
    void endRow();
    void endTable();
    int codePage() const;
    Article article();

    std::vector<GroupState> m_groups{GroupState{}};
    CodePages m_codePages;
    QHash<int, int> m_fontCodePages;
    int m_documentCodePage = kDefaultCodePage;
    int m_defaultFont = -1;
    int m_fontTableFont = -1;
    int m_skipBytes = 0;     // \uN's fallback still to skip
    QByteArray m_pending;    // literal and \'hh bytes not yet decoded
    int m_pendingCodePage = kDefaultCodePage;
    QString m_paragraph;
    QStringList m_cells;
    QStringList m_tableRows;
    bool m_inTable = false;
    QStringList m_paragraphs;
    QString m_footnote;
    QStringList m_footnotes;
    QString m_title;
    QString m_author;
    int m_created[3] = {0, 0, 0}; // year, month, day
};

int RtfInterpreter::codePage() const
{
    const int font = m_groups.back().font >= 0 ? m_groups.back().font : m_defaultFont;
    const int fromFont = m_fontCodePages.value(font, 0);
    return fromFont ? fromFont : m_documentCodePage;
}

QString *RtfInterpreter::sink()
{
    switch (m_groups.back().destination) {
    case Destination::Body: return &m_paragraph;
    case Destination::Footnote: return &m_footnote;
    case Destination::Title: return &m_title;
    case Destination::Author: return &m_author;
    default: return nullptr;
    }
}

void RtfInterpreter::flushBytes()
{
    if (m_pending.isEmpty())
        return;
    const QString text = m_codePages.decode(m_pendingCodePage, m_pending);
    m_pending.clear();
    if (QString *target = sink())
        *target += text;
}

void RtfInterpreter::bytes(QByteArrayView text)
{
    const qsizetype skipped = std::min<qsizetype>(m_skipBytes, text.size());
    m_skipBytes -= int(skipped);
    text = text.sliced(skipped);
    if (text.isEmpty() || !sink())
        return;
    if (!m_pending.isEmpty() && m_pendingCodePage != codePage())
        flushBytes();
    m_pendingCodePage = codePage();
    m_pending += text;
}

void RtfInterpreter::character(QChar c)
{
    flushBytes();
    if (QString *target = sink())
        *target += c;
}

void RtfInterpreter::endTable()
{
    if (!m_tableRows.isEmpty())
        m_paragraphs.append(m_tableRows.join(u'\n'));
    m_tableRows.clear();
}

void RtfInterpreter::endParagraph()
{
    flushBytes();
    const Destination destination = m_groups.back().destination;
    if (destination == Destination::Footnote) {
        m_footnote += u' ';
        return;
    }
    if (destination != Destination::Body)
        return;
    if (m_inTable) { // a paragraph inside a cell
        m_paragraph += u' ';
        return;
    }
    endTable();
    if (const QString text = m_paragraph.trimmed(); !text.isEmpty())
        m_paragraphs.append(text);
    m_paragraph.clear();
}

void RtfInterpreter::endCell()
{
    flushBytes();
    if (m_groups.back().destination != Destination::Body)
        return;
    m_cells.append(m_paragraph.simplified());
    m_paragraph.clear();
}

void RtfInterpreter::endRow()
{
    flushBytes();
    if (m_groups.back().destination != Destination::Body)
        return;
    if (!m_paragraph.trimmed().isEmpty())
        endCell();
    if (std::ranges::any_of(m_cells, [](const QString &cell) { return !cell.isEmpty(); }))
        m_tableRows.append(m_cells.join(u'\t'));
    m_cells.clear();
    m_paragraph.clear();
}

void RtfInterpreter::controlSymbol(char symbol)
{
    switch (symbol) {
    case '\\':
    case '{':
    case '}': bytes(QByteArrayView(&symbol, 1)); break;
    case '~': character(QChar(0xA0)); break;
    case '_': character(u'-'); break;
    case '*': m_groups.back().destination = Destination::Skipped; break;
    case '\r':
    case '\n': endParagraph(); break;
    case '\t': character(u'\t'); break;
    default: break; // \- optional hyphen, \| \: formula and index marks
    }
}

void RtfInterpreter::controlWord(const RtfToken &token)
{
    const QByteArrayView word = token.text;
    GroupState &group = m_groups.back();
    if (const Destination destination = destinationOf(word); destination != Destination::Body) {
        flushBytes();
        if (group.destination != Destination::Skipped) {
            group.destination = destination;
            group.opensFootnote = destination == Destination::Footnote;
        }
        return;
    }
    if (const auto c = characterOf(word)) {
        character(QChar(*c));
        return;
    }
    if (word == "u" && token.hasParameter) {
        character(QChar(char16_t(token.parameter < 0 ? token.parameter + 65536 : token.parameter)));
        m_skipBytes = group.unicodeSkip;
    } else if (word == "uc") {
        group.unicodeSkip = std::clamp(token.parameter, 0, 16);
    } else if (word == "par" || word == "sect" || word == "page") {
        endParagraph();
    } else if (word == "cell" || word == "nestcell") {
        endCell();
    } else if (word == "row" || word == "nestrow") {
        endRow();
    } else if (word == "intbl") {
        m_inTable = true;
    } else if (word == "pard") {
        m_inTable = false;
    } else if (word == "f") {
        if (group.destination == Destination::FontTable)
            m_fontTableFont = token.parameter;
        else
            group.font = token.parameter;
    } else if (word == "fcharset" && group.destination == Destination::FontTable) {
        if (const int fromCharset = codePageOfCharset(token.parameter))
            m_fontCodePages.insert(m_fontTableFont, fromCharset);
    } else if (word == "cpg" && group.destination == Destination::FontTable && token.parameter > 0) {
        m_fontCodePages.insert(m_fontTableFont, token.parameter);
    } else if (word == "ansicpg" && token.parameter > 0) {
        m_documentCodePage = token.parameter;
    } else if (word == "mac" || word == "pc" || word == "pca") {
        m_documentCodePage = word == "mac" ? 10000 : word == "pc" ? 437 : 850;
    } else if (word == "deff") {
        m_defaultFont = token.parameter;
    } else if (group.destination == Destination::CreationTime && (word == "yr" || word == "mo" || word == "dy")) {
        m_created[word == "yr" ? 0 : word == "mo" ? 1 : 2] = token.parameter;
    }
}

Result<Article> RtfInterpreter::run(QByteArrayView rtf)
{
    RtfTokenizer tokenizer(rtf);
    for (RtfToken token = tokenizer.next(); token.kind != RtfToken::Kind::End; token = tokenizer.next()) {
        if (token.kind == RtfToken::Kind::GroupStart || token.kind == RtfToken::Kind::GroupEnd) {
            flushBytes();
            m_skipBytes = 0;
        } else if (m_skipBytes > 0 && token.kind != RtfToken::Kind::Text) {
            --m_skipBytes; // a \'hh, a control word or \bin stands for one fallback byte
            continue;
        }
        switch (token.kind) {
        case RtfToken::Kind::GroupStart:
            if (qsizetype(m_groups.size()) >= kMaxDepth)
                return makeError(Error::Code::InvalidInput, Messages::tr("The RTF nests groups too deeply"));
            m_groups.push_back(m_groups.back());
            m_groups.back().opensFootnote = false;
            break;
        case RtfToken::Kind::GroupEnd:
            if (m_groups.back().opensFootnote) {
                if (const QString text = m_footnote.simplified(); !text.isEmpty())
                    m_footnotes.append(text);
                m_footnote.clear();
            }
            if (m_groups.size() > 1) // a stray closing brace closes nothing
                m_groups.pop_back();
            break;
        case RtfToken::Kind::ControlWord: controlWord(token); break;
        case RtfToken::Kind::ControlSymbol: controlSymbol(token.text.front()); break;
        case RtfToken::Kind::Text: bytes(token.text); break;
        case RtfToken::Kind::HexByte: {
            const char byte = char(token.parameter);
            bytes(QByteArrayView(&byte, 1)); // pending with its neighbours: a DBCS pair decodes whole
            break;
        }
        case RtfToken::Kind::Binary:
        case RtfToken::Kind::End: break;
        }
    }
    // Unbalanced braces at the end: what was read so far is the document.
    flushBytes();
    while (m_groups.size() > 1)
        m_groups.pop_back();
    endParagraph();
    endTable();
    return article();
}

// Lone UTF-16 surrogates (a \u without its pair) become U+FFFD.
QString withoutLoneSurrogates(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            text[i] = QChar::ReplacementCharacter;
    }
    return text;
}

Article RtfInterpreter::article()
{
    Article article;
    article.title = withoutLoneSurrogates(m_title.simplified());
    article.author = withoutLoneSurrogates(m_author.simplified());
    if (article.title.isEmpty() && !m_paragraphs.isEmpty() && m_paragraphs.first().size() <= kMaxTitleLength
        && !m_paragraphs.first().contains(u'\n'))
        article.title = withoutLoneSurrogates(m_paragraphs.first());
    for (qsizetype i = 0; article.published.isNull() && i < std::min<qsizetype>(m_paragraphs.size(), kDateParagraphWindow); ++i)
        article.published = parseDateText(m_paragraphs[i]);
    if (article.published.isNull() && m_created[0] > 0) {
        const auto [year, month, day] = m_created;
        article.published = QDate(year, month, day).isValid() ? PartialDate::day(year, month, day)
                             : month >= 1 && month <= 12 ? PartialDate::month(year, month)
                                                          : PartialDate::year(year);
    }
    QString body = m_paragraphs.join(u"\n\n"_s);
    if (!m_footnotes.isEmpty())
        body += (body.isEmpty() ? QString() : u"\n\n"_s) + m_footnotes.join(u"\n\n"_s);
    article.body = withoutLoneSurrogates(body);
    return article;
}

} // namespace

Result<Article> RtfReader::parse(QByteArrayView rtf)
{
    return RtfInterpreter().run(rtf);
}

QString RtfReader::name() const
{
    return u"RTF"_s;
}

QStringList RtfReader::suffixes() const
{
    return {u"rtf"_s};
}

bool RtfReader::recognizes(QByteArrayView bytes) const
{
    return bytes.startsWith("{\\rtf");
}

Result<Article> RtfReader::read(const QByteArray &bytes, const ReadOptions &) const
{
    if (!recognizes(bytes))
        return makeError(Error::Code::InvalidInput, Messages::tr("The file is not RTF: it does not start with {\\rtf"));
    return parse(bytes);
}

} // namespace Claimbench
