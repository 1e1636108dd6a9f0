// The Markdown reader of commit 9299605 (regular expressions), kept only so
// that bench_markdown can score it beside the md4c reader. Not in the app.
#include "markdown_legacy.h"

#include "core/import/boilerplate.h"
#include "core/import/datetext.h"

#include <QRegularExpression>

namespace Claimbench::Legacy {

using namespace Qt::StringLiterals;

namespace {

// Backslash-escaped punctuation is parked in the private use area while the
// inline patterns run, so "\*" never starts emphasis.
constexpr char16_t kEscapeBase = 0xE000;
const QString kEscapable = u"\\`*_{}[]()#+-.!|>~<"_s;

QString decodeEntities(QString text)
{
    static const QRegularExpression entity(u"&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|amp|lt|gt|quot|apos|nbsp|#39);"_s);
    QString out;
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).sliced(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        char32_t code = 0;
        if (name == u"amp")
            code = u'&';
        else if (name == u"lt")
            code = u'<';
        else if (name == u"gt")
            code = u'>';
        else if (name == u"quot")
            code = u'"';
        else if (name == u"apos")
            code = u'\'';
        else if (name == u"nbsp")
            code = 0xA0;
        else if (name.startsWith(u"#x", Qt::CaseInsensitive))
            code = name.sliced(2).toUInt(nullptr, 16);
        else
            code = name.sliced(1).toUInt();
        if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            code = 0xFFFD;
        out += QString::fromUcs4(&code, 1);
        last = m.capturedEnd();
    }
    out += QStringView(text).sliced(last);
    return out;
}

enum class BlockKind { Paragraph, List, Code };

struct Block
{
    BlockKind kind = BlockKind::Paragraph;
    QStringList lines;
    bool heading = false;
};

struct FrontMatter
{
    QString title;
    QString author;
    PartialDate date;
};

// Strips YAML front matter ("---" ... "---") from `lines`, returning its fields.
FrontMatter takeFrontMatter(QStringList &lines)
{
    FrontMatter front;
    if (lines.isEmpty() || lines.first().trimmed() != u"---")
        return front;
    const qsizetype close = lines.indexOf(u"---"_s, 1);
    if (close < 0)
        return front;
    static const QRegularExpression field(u"^(title|author|date|published)\\s*:\\s*[\"']?(.*?)[\"']?\\s*$"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 1; i < close; ++i) {
        const auto m = field.match(lines[i]);
        if (!m.hasMatch())
            continue;
        const QString key = m.captured(1).toLower();
        if (key == u"title")
            front.title = m.captured(2);
        else if (key == u"author")
            front.author = m.captured(2);
        else
            front.date = parseDateText(m.captured(2), false);
    }
    lines.remove(0, close + 1);
    return front;
}

} // namespace

QString inlineToText(QStringView markdown)
{
    static const QRegularExpression codeSpan(u"(`+)(.+?)\\1"_s);
    static const QRegularExpression comment(u"<!--.*?-->"_s);
    static const QRegularExpression image(u"!\\[[^\\]]*\\](?:\\((?:[^()]|\\([^()]*\\))*\\)|\\[[^\\]]*\\])"_s);
    static const QRegularExpression link(u"\\[([^\\]]*)\\](?:\\((?:[^()]|\\([^()]*\\))*\\)|\\[[^\\]]*\\])"_s);
    static const QRegularExpression autolink(u"<((?:https?|ftp|mailto):[^>\\s]+)>"_s);
    static const QRegularExpression tag(u"</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>"_s);
    static const QRegularExpression strong(u"(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"_s);
    static const QRegularExpression emphasisStar(u"\\*(?=\\S)(.+?)(?<=\\S)\\*"_s);
    static const QRegularExpression emphasisUnderscore(u"(?<![\\w])_(?=\\S)(.+?)(?<=\\S)_(?![\\w])"_s);
    static const QRegularExpression strike(u"~~(?=\\S)(.+?)(?<=\\S)~~"_s);

    // Escapes first, then code spans (their content is literal), parked the same way.
    QString text;
    text.reserve(markdown.size());
    for (qsizetype i = 0; i < markdown.size(); ++i) {
        if (markdown[i] == u'\\' && i + 1 < markdown.size() && kEscapable.contains(markdown[i + 1]))
            text += QChar(char16_t(kEscapeBase + kEscapable.indexOf(markdown[++i])));
        else
            text += markdown[i];
    }

    QStringList codeSpans;
    {
        QString out;
        qsizetype last = 0;
        auto it = codeSpan.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            out += QStringView(text).sliced(last, m.capturedStart() - last);
            out += QChar(char16_t(kEscapeBase + kEscapable.size() + codeSpans.size()));
            codeSpans.append(m.captured(2).trimmed());
            last = m.capturedEnd();
        }
        out += QStringView(text).sliced(last);
        text = out;
    }

    text.remove(comment);
    text.remove(image);
    text.replace(link, u"\\1"_s);
    text.replace(autolink, u"\\1"_s);
    text.remove(tag);
    text.replace(strong, u"\\2"_s);
    text.replace(emphasisStar, u"\\1"_s);
    text.replace(emphasisUnderscore, u"\\1"_s);
    text.replace(strike, u"\\1"_s);

    QString result;
    result.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        const int slot = c.unicode() - kEscapeBase;
        if (slot >= 0 && slot < kEscapable.size())
            result += kEscapable[slot];
        else if (slot >= kEscapable.size() && slot < kEscapable.size() + codeSpans.size())
            result += codeSpans[slot - kEscapable.size()];
        else
            result += c;
    }
    return decodeEntities(result);
}

Article parse(QStringView markdown)
{
    static const QRegularExpression fence(u"^\\s{0,3}(```+|~~~+)"_s);
    static const QRegularExpression atxHeading(u"^\\s{0,3}#{1,6}(?:\\s+(.*?))?(?:\\s+#+)?\\s*$"_s);
    static const QRegularExpression setextUnderline(u"^\\s{0,3}(?:=+|-+)\\s*$"_s);
    static const QRegularExpression rule(u"^\\s{0,3}(?:(?:\\*\\s*){3,}|(?:-\\s*){3,}|(?:_\\s*){3,})$"_s);
    static const QRegularExpression listItem(u"^\\s*(?:[-*+]|\\d{1,9}[.)])\\s+(?:\\[[ xX]\\]\\s+)?(.*)$"_s);
    static const QRegularExpression quote(u"^\\s{0,3}>\\s?"_s);
    static const QRegularExpression referenceDefinition(u"^\\s{0,3}\\[[^\\]]+\\]:\\s*\\S+.*$"_s);
    static const QRegularExpression tableDelimiter(u"^\\s*\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)*\\|?\\s*$"_s);

    QString source = markdown.toString();
    source.replace(u"\r\n"_s, u"\n"_s);
    QStringList lines = source.split(u'\n');
    const FrontMatter front = takeFrontMatter(lines);

    QList<Block> blocks;
    QString fenceMarker;
    const auto current = [&](BlockKind kind) -> Block & {
        if (blocks.isEmpty() || blocks.last().kind != kind || blocks.last().heading || blocks.last().lines.isEmpty())
            blocks.append(Block{kind, {}, false});
        return blocks.last();
    };
    const auto endBlock = [&] {
        if (!blocks.isEmpty() && !blocks.last().lines.isEmpty())
            blocks.append(Block{});
    };

    for (QString line : std::as_const(lines)) {
        if (!fenceMarker.isEmpty()) {
            if (line.trimmed().startsWith(fenceMarker)) {
                fenceMarker.clear();
                endBlock();
            } else {
                current(BlockKind::Code).lines.append(line);
            }
            continue;
        }
        if (const auto m = fence.match(line); m.hasMatch()) {
            endBlock();
            fenceMarker = m.captured(1);
            continue;
        }
        line.remove(quote);
        if (line.contains(u'|') && tableDelimiter.match(line).hasMatch())
            continue; // a table's header rule: the rows around it stay one block
        if (line.trimmed().isEmpty() || rule.match(line).hasMatch() || referenceDefinition.match(line).hasMatch()) {
            endBlock();
            continue;
        }
        if (setextUnderline.match(line).hasMatch() && !blocks.isEmpty() && blocks.last().kind == BlockKind::Paragraph
            && !blocks.last().lines.isEmpty()) {
            blocks.last().heading = true;
            endBlock();
            continue;
        }
        if (const auto m = atxHeading.match(line); m.hasMatch()) {
            endBlock();
            blocks.append(Block{BlockKind::Paragraph, {m.captured(1)}, true});
            endBlock();
            continue;
        }
        if (const auto m = listItem.match(line); m.hasMatch()) {
            current(BlockKind::List).lines.append(m.captured(1));
            continue;
        }
        QString content = line.trimmed();
        if (content.startsWith(u'|')) { // a table row: one line, cells tab-separated
            QStringList cells = content.mid(1).chopped(content.endsWith(u'|') ? 1 : 0).split(u'|');
            for (QString &cell : cells)
                cell = cell.trimmed();
            current(BlockKind::List).lines.append(cells.join(u'\t'));
            continue;
        }
        if (!blocks.isEmpty() && blocks.last().kind == BlockKind::List && !blocks.last().lines.isEmpty()
            && line.startsWith(u' ')) {
            blocks.last().lines.last() += u' ' + content; // an item's continuation line
            continue;
        }
        current(BlockKind::Paragraph).lines.append(content);
    }

    Article article;
    article.title = front.title;
    article.author = front.author;
    article.published = front.date;
    QStringList paragraphs;
    for (const Block &block : std::as_const(blocks)) {
        if (block.lines.isEmpty())
            continue;
        QString text;
        if (block.kind == BlockKind::Code) {
            text = block.lines.join(u'\n');
        } else {
            QStringList converted;
            for (const QString &l : block.lines)
                converted.append(inlineToText(l).trimmed());
            text = converted.join(block.kind == BlockKind::List ? u'\n' : u' ');
        }
        if (text.trimmed().isEmpty())
            continue;
        if (block.heading && article.title.isEmpty())
            article.title = text;
        paragraphs.append(text);
    }
    if (article.title.isEmpty() && !paragraphs.isEmpty())
        article.title = paragraphs.first().section(u'\n', 0, 0);
    for (qsizetype i = 0; article.published.isNull() && i < std::min<qsizetype>(paragraphs.size(), 4); ++i)
        article.published = parseDateText(paragraphs[i]);
    const QString body = paragraphs.join(u"\n\n"_s);
    article.body = body.left(trailingBoilerplateStart(body));
    return article;
}

} // namespace Claimbench::Legacy
