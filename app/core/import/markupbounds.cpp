#include "core/import/markupbounds.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <iterator>

namespace Claimbench {

namespace {

// This file's messages, in MarkupBounds's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::MarkupBounds)
};

} // namespace

using namespace Qt::StringLiterals;

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

bool isAsciiLetter(char c)
{
    const char lower = char(c | 0x20);
    return lower >= 'a' && lower <= 'z';
}

// Void elements, and those the parser closes when a sibling or parent starts
// or ends (a new <p> closes the open <p>, <td> the open <td>): neither keeps
// the stack of open elements growing.
bool addsNoDepth(QByteArrayView name)
{
    static const QByteArrayView names[] = {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
        "input", "keygen", "link", "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd",
        "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rtc", "rp", "html", "head", "body"};
    return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

// Elements whose content the tokenizer reads as text up to their end tag.
bool holdsRawText(QByteArrayView name)
{
    static const QByteArrayView names[] = {"script", "style", "xmp", "iframe", "noembed", "noframes",
                                           "textarea", "title"};
    return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

struct Tag
{
    QByteArray name; // lower-case
    bool end = false;
    bool selfClosing = false;
};

class Scanner
{
public:
    explicit Scanner(const QByteArray &in) : m_in(in) {}

    Result<QByteArray> run();

private:
    Tag readTag();
    void skipDeclaration();
    void skipRawText(QByteArrayView name);
    void skipPast(char c);
    void track(const Tag &tag);
    void cut(qsizetype from, qsizetype to, QByteArrayView replacement);

    const QByteArray &m_in;
    qsizetype m_pos = 0;
    QByteArray m_out;      // filled only once something is cut
    qsizetype m_copied = 0; // m_in before this is in m_out
    bool m_cut = false;
    QHash<QByteArray, qsizetype> m_openByName;
    qsizetype m_open = 0;
    qsizetype m_peakOpen = 0;
};

void Scanner::cut(qsizetype from, qsizetype to, QByteArrayView replacement)
{
    m_out.append(QByteArrayView(m_in).sliced(m_copied, from - m_copied));
    m_out.append(replacement);
    m_copied = to;
    m_cut = true;
}

void Scanner::skipPast(char c)
{
    const qsizetype at = m_in.indexOf(c, m_pos);
    m_pos = at < 0 ? m_in.size() : at + 1;
}

// The tag at m_pos ('<' or '</', then a letter), read with the tokenizer's
// attribute states; m_pos ends past its '>' (or at the end of an unterminated
// tag, which the tokenizer drops).
Tag Scanner::readTag()
{
    const qsizetype size = m_in.size();
    Tag tag;
    qsizetype i = m_pos + 1;
    if (m_in[i] == '/') {
        tag.end = true;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < size && !isSpace(m_in[i]) && m_in[i] != '/' && m_in[i] != '>')
        ++i;
    tag.name = m_in.sliced(nameStart, i - nameStart).toLower();

    enum class State { BeforeName, Name, AfterName, BeforeValue, Unquoted };
    State state = State::BeforeName;
    int attributes = 0;
    qsizetype dropFrom = -1;
    while (i < size) {
        const char c = m_in[i];
        if (state == State::BeforeName) {
            // Also the state after a quoted value: a letter there starts the next attribute.
            if (isSpace(c)) {
                ++i;
            } else if (c == '/') {
                if (i + 1 < size && m_in[i + 1] == '>') {
                    tag.selfClosing = true;
                    ++i;
                    break;
                }
                ++i;
            } else if (c == '>') {
                break;
            } else {
                if (++attributes > MarkupBounds::kMaxAttributesPerTag && dropFrom < 0)
                    dropFrom = i;
                state = State::Name;
                ++i;
            }
        } else if (state == State::Name) {
            if (isSpace(c)) {
                state = State::AfterName;
                ++i;
            } else if (c == '=') {
                state = State::BeforeValue;
                ++i;
            } else if (c == '/' || c == '>') {
                state = State::BeforeName;
            } else {
                ++i;
            }
        } else if (state == State::AfterName) {
            if (isSpace(c)) {
                ++i;
            } else if (c == '=') {
                state = State::BeforeValue;
                ++i;
            } else {
                state = State::BeforeName;
            }
        } else if (state == State::BeforeValue) {
            if (isSpace(c)) {
                ++i;
            } else if (c == '"' || c == '\'') {
                const qsizetype close = m_in.indexOf(c, i + 1);
                i = close < 0 ? size : close + 1;
                state = State::BeforeName;
            } else if (c == '>') {
                break;
            } else {
                state = State::Unquoted;
            }
        } else { // Unquoted
            if (isSpace(c))
                state = State::BeforeName;
            else if (c == '>')
                break;
            ++i;
        }
    }
    const qsizetype tagEnd = std::min(i, size);
    if (dropFrom >= 0)
        cut(dropFrom, tagEnd, tag.selfClosing ? "/" : "");
    m_pos = tagEnd < size ? tagEnd + 1 : size;
    return tag;
}

// A comment, a DOCTYPE or another `<!...>`, from m_pos.
void Scanner::skipDeclaration()
{
    const QByteArrayView rest = QByteArrayView(m_in).sliced(m_pos);
    if (rest.startsWith("<!--")) {
        // From "<!" so that "<!-->" ends where it starts, as in the tokenizer.
        const qsizetype end = m_in.indexOf("-->", m_pos + 2);
        m_pos = end < 0 ? m_in.size() : end + 3;
        return;
    }
    if (rest.size() < 9 || rest.first(9).compare("<!doctype", Qt::CaseInsensitive) != 0) {
        skipPast('>');
        return;
    }
    // An XML internal subset: quoted strings and comments in it may hold '>' and ']'.
    qsizetype i = m_pos + 9;
    const qsizetype size = m_in.size();
    while (i < size && m_in[i] != '>' && m_in[i] != '[') {
        if (m_in[i] == '"' || m_in[i] == '\'') {
            const qsizetype close = m_in.indexOf(m_in[i], i + 1);
            if (close < 0)
                break;
            i = close;
        }
        ++i;
    }
    if (i >= size || m_in[i] != '[') {
        skipPast('>');
        return;
    }
    const qsizetype subsetStart = i;
    for (++i; i < size && m_in[i] != ']'; ++i) {
        if (m_in[i] == '"' || m_in[i] == '\'') {
            const qsizetype close = m_in.indexOf(m_in[i], i + 1);
            i = close < 0 ? size : close;
        } else if (QByteArrayView(m_in).sliced(i).startsWith("<!--")) {
            const qsizetype close = m_in.indexOf("-->", i + 4);
            i = close < 0 ? size : close + 2;
        }
    }
    const qsizetype close = i < size ? m_in.indexOf('>', i) : -1;
    if (close < 0) {
        skipPast('>'); // unterminated: read as the tokenizer reads it
        return;
    }
    cut(subsetStart, close, {});
    m_pos = close + 1;
}

// From m_pos to the end tag of `name`, which the main loop then reads.
void Scanner::skipRawText(QByteArrayView name)
{
    const qsizetype size = m_in.size();
    for (qsizetype at = m_in.indexOf("</", m_pos); at >= 0; at = m_in.indexOf("</", at + 2)) {
        const qsizetype after = at + 2 + name.size();
        if (after <= size && QByteArrayView(m_in).sliced(at + 2, name.size()).compare(name, Qt::CaseInsensitive) == 0
            && (after == size || isSpace(m_in[after]) || m_in[after] == '/' || m_in[after] == '>')) {
            m_pos = at;
            return;
        }
    }
    m_pos = size;
}

void Scanner::track(const Tag &tag)
{
    if (tag.end) {
        const auto it = m_openByName.find(tag.name);
        if (it != m_openByName.end() && *it > 0) {
            --*it;
            --m_open;
        }
        return;
    }
    if (addsNoDepth(tag.name))
        return;
    // A self-closing tag closes only in SVG and MathML; <div/> opens a div.
    if (tag.selfClosing
        && (tag.name == "svg" || tag.name == "math" || m_openByName.value("svg") > 0 || m_openByName.value("math") > 0))
        return;
    ++m_openByName[tag.name];
    m_peakOpen = std::max(m_peakOpen, ++m_open);
}

Result<QByteArray> Scanner::run()
{
    const qsizetype size = m_in.size();
    qsizetype tags = 0;
    quint64 nestingWork = 0;
    while (m_pos < size) {
        const qsizetype lt = m_in.indexOf('<', m_pos);
        if (lt < 0)
            break;
        m_pos = lt;
        const char next = lt + 1 < size ? m_in[lt + 1] : '\0';
        if (isAsciiLetter(next) || (next == '/' && lt + 2 < size && isAsciiLetter(m_in[lt + 2]))) {
            const Tag tag = readTag();
            nestingWork += quint64(m_open);
            if (++tags > MarkupBounds::kMaxTags) {
                const QString limit = QLocale(QLocale::English).toString(MarkupBounds::kMaxTags);
                return makeError(Error::Code::TooLarge,
                                 Messages::tr("The page has more than %1 tags: too much markup to read").arg(limit));
            }
            track(tag);
            if (nestingWork > MarkupBounds::kMaxNestingWork) {
                const QString open = QLocale(QLocale::English).toString(m_peakOpen);
                return makeError(Error::Code::TooLarge,
                                 Messages::tr("The page's markup nests too deeply to read (more than %1 elements left "
                                              "open)").arg(open));
            }
            if (!tag.end && holdsRawText(tag.name))
                skipRawText(tag.name);
            else if (!tag.end && tag.name == "plaintext")
                break; // the rest of the page is text
        } else if (next == '!') {
            skipDeclaration();
        } else if (next == '?' || next == '/') {
            skipPast('>'); // a bogus comment, or "</>"
        } else {
            m_pos = lt + 1;
        }
    }
    if (!m_cut)
        return m_in;
    m_out.append(QByteArrayView(m_in).sliced(m_copied));
    return m_out;
}

} // namespace

Result<QByteArray> MarkupBounds::apply(const QByteArray &utf8)
{
    return Scanner(utf8).run();
}

} // namespace Claimbench
