#include "core/import/markdownreader.h"

#include "core/import/boilerplate.h"
#include "core/import/datetext.h"

#include <QRegularExpression>

#include <gumbo.h>
#include <md4c.h>

#include <utility>

namespace Claimbench {

using namespace Qt::StringLiterals;

namespace {

// How many paragraphs at the top may hold the date line.
constexpr int kDateParagraphWindow = 4;

// One character reference ("&amp;", "&#8364;", "&eacute;") as text. Named
// ones go through Gumbo, which knows HTML's whole table; a name it does not
// know stays as written (Gumbo leaves it so), as CommonMark wants.
QString decodeEntity(QByteArrayView entity)
{
    if (entity.startsWith("&#")) {
        const bool hex = entity.size() > 2 && (entity[2] == 'x' || entity[2] == 'X');
        bool ok = false;
        const QByteArrayView digits = entity.sliced(hex ? 3 : 2).chopped(1);
        char32_t code = digits.size() <= 7 ? char32_t(digits.toUInt(&ok, hex ? 16 : 10)) : 0;
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            code = 0xFFFD;
        return QString::fromUcs4(&code, 1);
    }
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, entity.data(), size_t(entity.size()));
    QString text;
    const GumboNode *body = output->root->v.element.children.length > 1
        ? static_cast<const GumboNode *>(output->root->v.element.children.data[1])
        : nullptr;
    if (body && body->type == GUMBO_NODE_ELEMENT && body->v.element.children.length == 1) {
        const auto *child = static_cast<const GumboNode *>(body->v.element.children.data[0]);
        if (child->type == GUMBO_NODE_TEXT)
            text = QString::fromUtf8(child->v.text.text);
    }
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return text.isEmpty() ? QString::fromUtf8(entity) : text;
}

// An HTML block's text: its tags and comments dropped, its entities decoded.
QString htmlBlockText(const QString &html)
{
    static const QRegularExpression markup(u"<!--.*?-->|<[^>]*>"_s, QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression entity(u"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"_s);
    const QString text = QString(html).remove(markup);
    QString decoded;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        decoded += QStringView(text).sliced(last, match.capturedStart() - last);
        decoded += decodeEntity(match.captured().toUtf8());
        last = match.capturedEnd();
    }
    decoded += QStringView(text).sliced(last);
    return decoded.simplified();
}

struct FrontMatter
{
    QString title;
    QString author;
    PartialDate date;
    qsizetype end = 0; // where the Markdown after it starts
};

// YAML front matter ("---" ... "---" at the very top) and its fields.
FrontMatter frontMatterOf(QStringView text)
{
    FrontMatter front;
    static const QRegularExpression block(u"\\A---[ \\t]*\\r?\\n(.*?)^---[ \\t]*(?:\\r?\\n|\\z)"_s,
                                          QRegularExpression::DotMatchesEverythingOption
                                              | QRegularExpression::MultilineOption);
    const auto match = block.match(text);
    if (!match.hasMatch())
        return front;
    static const QRegularExpression field(u"^(title|author|date|published)\\s*:\\s*[\"']?(.*?)[\"']?\\s*$"_s,
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::MultilineOption);
    for (auto it = field.globalMatch(match.capturedView(1)); it.hasNext();) {
        const auto line = it.next();
        const QString key = line.captured(1).toLower();
        if (key == u"title")
            front.title = line.captured(2);
        else if (key == u"author")
            front.author = line.captured(2);
        else
            front.date = parseDateText(line.captured(2), false);
    }
    front.end = match.capturedEnd();
    return front;
}

// md4c's events turned into the reader's plain text. Outside lists and
// tables each leaf block (paragraph, heading, code, HTML) is a paragraph of
// its own; a list is one paragraph with an item per line, a table one with a
// row per line and its cells tab-separated.
class PlainText
{
public:
    QStringList paragraphs;
    QString firstHeading;

    void parse(const QByteArray &utf8)
    {
        MD_PARSER parser{};
        parser.flags = MD_DIALECT_COMMONMARK | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS
            | MD_FLAG_TASKLISTS;
        parser.enter_block = [](MD_BLOCKTYPE type, void *, void *self) {
            return static_cast<PlainText *>(self)->enterBlock(type), 0;
        };
        parser.leave_block = [](MD_BLOCKTYPE type, void *, void *self) {
            return static_cast<PlainText *>(self)->leaveBlock(type), 0;
        };
        parser.enter_span = [](MD_SPANTYPE type, void *, void *self) {
            static_cast<PlainText *>(self)->m_imageDepth += type == MD_SPAN_IMG;
            return 0;
        };
        parser.leave_span = [](MD_SPANTYPE type, void *, void *self) {
            static_cast<PlainText *>(self)->m_imageDepth -= type == MD_SPAN_IMG;
            return 0;
        };
        parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self) {
            return static_cast<PlainText *>(self)->addText(type, QByteArrayView(text, size)), 0;
        };
        md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, this);
        finishBlock();
    }

private:
    bool nested() const { return m_listDepth > 0 || m_inTable; }

    void finishBlock()
    {
        QString text = m_kind == MD_BLOCK_CODE ? m_block : m_block.trimmed();
        while (text.endsWith(u'\n') || text.endsWith(u' '))
            text.chop(1);
        if (!text.trimmed().isEmpty())
            paragraphs.append(text);
        m_block.clear();
    }

    void newLine()
    {
        m_spaceBeforeText = false;
        if (!m_block.isEmpty() && !m_block.endsWith(u'\n'))
            m_block += u'\n';
    }

    void enterBlock(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            if (!nested())
                finishBlock();
            ++m_listDepth;
            break;
        case MD_BLOCK_LI: newLine(); break;
        case MD_BLOCK_TABLE:
            if (!nested())
                finishBlock();
            m_inTable = true;
            break;
        case MD_BLOCK_TR: newLine(); m_cell = 0; break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            if (m_cell++ > 0)
                m_block += u'\t';
            break;
        case MD_BLOCK_P:
        case MD_BLOCK_H:
        case MD_BLOCK_CODE:
        case MD_BLOCK_HTML:
            if (!nested()) {
                finishBlock();
                m_kind = type;
            } else if (type == MD_BLOCK_CODE || type == MD_BLOCK_HTML) {
                newLine();
            } else {
                m_spaceBeforeText = true; // an item's second paragraph goes on its line
            }
            m_leafStart = m_block.size();
            m_inHtmlBlock = type == MD_BLOCK_HTML;
            break;
        case MD_BLOCK_QUOTE:
        case MD_BLOCK_HR:
            if (!nested())
                finishBlock();
            break;
        case MD_BLOCK_DOC:
        case MD_BLOCK_THEAD:
        case MD_BLOCK_TBODY: break;
        }
    }

    void leaveBlock(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            if (--m_listDepth == 0 && !m_inTable)
                finishBlock();
            break;
        case MD_BLOCK_TABLE:
            m_inTable = false;
            if (!nested())
                finishBlock();
            break;
        case MD_BLOCK_HTML:
            m_block = m_block.left(m_leafStart) + htmlBlockText(m_block.sliced(m_leafStart));
            m_inHtmlBlock = false;
            [[fallthrough]];
        case MD_BLOCK_P:
        case MD_BLOCK_H:
        case MD_BLOCK_CODE:
            if (type == MD_BLOCK_H && firstHeading.isEmpty())
                firstHeading = m_block.sliced(m_leafStart).trimmed();
            if (!nested()) {
                finishBlock();
                m_kind = MD_BLOCK_P;
            } else {
                if (type == MD_BLOCK_CODE && m_block.endsWith(u'\n'))
                    m_block.chop(1);
                m_spaceBeforeText = true; // a tight item's text after its heading
            }
            break;
        default: break;
        }
    }

    void addText(MD_TEXTTYPE type, QByteArrayView text)
    {
        if (m_imageDepth > 0)
            return; // an image's alt text is no article text
        if (std::exchange(m_spaceBeforeText, false) && !m_block.isEmpty() && !m_block.back().isSpace())
            m_block += u' ';
        switch (type) {
        case MD_TEXT_NORMAL:
        case MD_TEXT_CODE:
        case MD_TEXT_LATEXMATH: m_block += QString::fromUtf8(text); break;
        case MD_TEXT_NULLCHAR: m_block += QChar::ReplacementCharacter; break;
        case MD_TEXT_BR: m_block += u'\n'; break;
        case MD_TEXT_SOFTBR: m_block += u' '; break;
        case MD_TEXT_ENTITY: m_block += decodeEntity(text); break;
        case MD_TEXT_HTML:
            if (m_inHtmlBlock)
                m_block += QString::fromUtf8(text); // a block's markup, stripped when it ends
            break; // inline HTML: its tags go, the text between them stays
        }
    }

    QString m_block;
    MD_BLOCKTYPE m_kind = MD_BLOCK_P;
    qsizetype m_leafStart = 0;
    bool m_inHtmlBlock = false;
    bool m_spaceBeforeText = false;
    int m_listDepth = 0;
    int m_imageDepth = 0;
    int m_cell = 0;
    bool m_inTable = false;
};

} // namespace

Article MarkdownReader::parse(QStringView markdown)
{
    const FrontMatter front = frontMatterOf(markdown);
    PlainText text;
    text.parse(markdown.sliced(front.end).toUtf8());

    Article article;
    article.title = front.title.isEmpty() ? text.firstHeading : front.title;
    article.author = front.author;
    article.published = front.date;
    if (article.title.isEmpty() && !text.paragraphs.isEmpty())
        article.title = text.paragraphs.first().section(u'\n', 0, 0);
    for (qsizetype i = 0; article.published.isNull() && i < std::min<qsizetype>(text.paragraphs.size(), kDateParagraphWindow); ++i)
        article.published = parseDateText(text.paragraphs[i]);
    const QString body = text.paragraphs.join(u"\n\n"_s);
    article.body = body.left(trailingBoilerplateStart(body));
    return article;
}

QString MarkdownReader::name() const
{
    return u"Markdown"_s;
}

QStringList MarkdownReader::suffixes() const
{
    return {u"md"_s, u"markdown"_s, u"mdown"_s, u"mkd"_s};
}

Result<Article> MarkdownReader::read(const QByteArray &bytes, const ReadOptions &) const
{
    const auto text = decodeText(bytes);
    if (!text)
        return std::unexpected(text.error());
    return parse(*text);
}

} // namespace Claimbench
