#include "core/import/textreader.h"

#include "core/import/boilerplate.h"
#include "core/import/datetext.h"

#include <QRegularExpression>

namespace Claimbench {

using namespace Qt::StringLiterals;

namespace {

// How many non-empty lines after the title may hold the date line, and how
// many lines at the top of a header-block body may when "Published" is unknown.
constexpr int kDateLineWindow = 3;

struct Line
{
    qsizetype start = 0;
    QStringView text; // without the line break
    qsizetype next = 0; // where the following line starts
};

// Calls `visit` for every line until it returns false. A line ends at LF,
// CR LF or a lone CR (old Mac files): the body keeps its line ends as they
// are, and the extractor reads all three.
template<typename Visit>
void forEachLine(QStringView text, Visit visit)
{
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = start;
        while (end < text.size() && text[end] != u'\n' && text[end] != u'\r')
            ++end;
        const bool last = end == text.size();
        const qsizetype next = end + 1 < text.size() && text[end] == u'\r' && text[end + 1] == u'\n' ? end + 2 : end + 1;
        if (!visit(Line{start, text.sliced(start, end - start), next}) || last)
            return;
        start = next;
    }
}

PartialDate dateLineNear(QStringView text, int skipNonEmpty)
{
    PartialDate found;
    int nonEmpty = 0;
    forEachLine(text, [&](const Line &line) {
        if (line.text.trimmed().isEmpty()) // trimmed() also drops no-break spaces
            return true;
        if (nonEmpty++ < skipNonEmpty)
            return true;
        found = parseDateText(line.text);
        return found.isNull() && nonEmpty < skipNonEmpty + kDateLineWindow;
    });
    return found;
}

QStringView withoutBoilerplate(QStringView body)
{
    return body.first(trailingBoilerplateStart(body));
}

// Fills `article` from a header block and returns true, or returns false
// (leaving `article` alone) when the text does not start with one. A block
// that opens with Title: and holds another known key may also hold fields of
// its own ("Genre: wire", "Section: World"): a one-word key is metadata, not
// prose, once the block is known to be a header. Without the second known
// key, "Title: x\nMood: fine" stays text.
bool readHeaderBlock(QStringView text, Article &article)
{
    static const QRegularExpression field(u"^([a-z][a-z-]{0,23})\\s*:\\s*(.*)$"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    static const QStringList knownKeys{u"title"_s,    u"outlet"_s,   u"url"_s,    u"published"_s,
                                       u"date"_s,     u"language"_s, u"author"_s, u"source"_s};
    Article parsed;
    bool valid = true;
    bool hasTitle = false;
    bool opensWithTitle = false;
    int knownFields = 0;
    int otherFields = 0;
    qsizetype bodyStart = -1;
    forEachLine(text, [&](const Line &line) {
        if (line.text.trimmed().isEmpty()) {
            bodyStart = line.next;
            return false;
        }
        const auto match = field.match(line.text);
        if (!match.hasMatch()) {
            valid = false;
            return false;
        }
        const QString key = match.captured(1).toLower();
        if (knownFields + otherFields == 0)
            opensWithTitle = key == u"title";
        ++(knownKeys.contains(key) ? knownFields : otherFields);
        const QString value = match.captured(2).trimmed();
        if (key == u"title") {
            parsed.title = value;
            hasTitle = true;
        } else if (key == u"outlet" || key == u"source") {
            parsed.outlet = value;
        } else if (key == u"url") {
            parsed.url = value;
        } else if (key == u"published" || key == u"date") {
            parsed.published = parseDateText(value, false);
        } else if (key == u"language") {
            parsed.language = value;
        } else if (key == u"author") {
            parsed.author = value;
        }
        return true;
    });
    if (!valid || !hasTitle || bodyStart < 0)
        return false;
    if (otherFields > 0 && !(opensWithTitle && knownFields >= 2))
        return false;
    bodyStart = std::min(bodyStart, text.size());
    parsed.body = withoutBoilerplate(text.sliced(bodyStart)).toString();
    if (parsed.published.isNull())
        parsed.published = dateLineNear(parsed.body, 0);
    article = std::move(parsed);
    return true;
}

} // namespace

Article TextReader::parse(QStringView text)
{
    Article article;
    if (readHeaderBlock(text, article))
        return article;
    forEachLine(text, [&](const Line &line) {
        article.title = line.text.trimmed().toString();
        return article.title.isEmpty();
    });
    article.published = dateLineNear(text, 1);
    article.body = withoutBoilerplate(text).toString();
    return article;
}

QString TextReader::name() const
{
    return u"text"_s;
}

QStringList TextReader::suffixes() const
{
    return {u"txt"_s, u"text"_s};
}

Result<Article> TextReader::read(const QByteArray &bytes, const ReadOptions &) const
{
    const auto text = decodeText(bytes);
    if (!text)
        return std::unexpected(text.error());
    return parse(*text);
}

} // namespace Claimbench
