#include "core/import/pdfpagetext.h"

#include <QRegularExpression>
#include <QSet>

namespace Claimbench {

namespace {

bool isHyphen(QChar c)
{
    return c == u'-' || c == QChar(0x00AD) || c == QChar(0x2010);
}

// The document's own words, to tell a compound broken at its hyphen
// ("byte-" + "range") from a word broken by hyphenation ("estim-" + "ates"):
// the pairs of parts of compounds written whole on some line, and the
// plain words (a compound's parts count as words).
struct Lexicon
{
    QSet<QString> compounds;
    QSet<QString> words;
};

Lexicon lexiconOf(const QList<PdfPageWords> &pages)
{
    static const QRegularExpression token(QStringLiteral("\\p{L}+(?:-\\p{L}+)*"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    Lexicon lexicon;
    for (const PdfPageWords &page : pages) {
        for (const PdfWord &word : page.words) {
            auto it = token.globalMatch(word.text);
            while (it.hasNext()) {
                const QStringList parts = it.next().captured(0).toLower().split(u'-');
                lexicon.words.unite(QSet<QString>(parts.cbegin(), parts.cend()));
                // "byte-range-spec" also vouches for "byte-range" and "range-spec".
                for (qsizetype i = 1; i < parts.size(); ++i)
                    lexicon.compounds.insert(parts[i - 1] + u'-' + parts[i]);
            }
        }
    }
    return lexicon;
}

// The letters that end a line before its hyphen, or start the next line.
QStringView trailingLetters(QStringView text)
{
    qsizetype start = text.size();
    while (start > 0 && text[start - 1].isLetter())
        --start;
    return text.mid(start);
}

QStringView leadingLetters(QStringView text)
{
    qsizetype end = 0;
    while (end < text.size() && text[end].isLetter())
        ++end;
    return text.first(end);
}

enum class LineJoin { Space, DropHyphen, KeepHyphen };

// "estim-" at a line end before "ates": a word broken by hyphenation. A
// soft hyphen always is; a hard one only between lower-case letters, so
// "well-" + "Known" or "2019-" + "20" keep their hyphen and a space. Between
// lower-case letters the hyphen stays, without a space, when the document
// writes the compound whole elsewhere and never the joined word: plain-text
// layouts (RFCs) break lines only at hyphens a compound already has.
LineJoin joinAcross(const QString &lineEnd, const QString &nextStart, const Lexicon &lexicon)
{
    if (lineEnd.size() < 2 || nextStart.isEmpty() || !isHyphen(lineEnd.back()))
        return LineJoin::Space;
    if (lineEnd.back() == QChar(0x00AD))
        return nextStart.front().isLetter() ? LineJoin::DropHyphen : LineJoin::Space;
    if (!lineEnd[lineEnd.size() - 2].isLower() || !nextStart.front().isLower())
        return LineJoin::Space;
    const QString head = trailingLetters(QStringView(lineEnd).chopped(1)).toString().toLower();
    const QString tail = leadingLetters(nextStart).toString().toLower();
    if (lexicon.compounds.contains(head + u'-' + tail) && !lexicon.words.contains(head + tail))
        return LineJoin::KeepHyphen;
    return LineJoin::DropHyphen;
}

class Composer
{
public:
    // `upright` are the words turned to read left to right, for the gaps
    // between them; `words` keep the displayed boxes for the page map.
    explicit Composer(const QList<PdfWord> &words, const QList<PdfWord> &upright, const Lexicon &lexicon, Page &page,
                      QString &body)
        : m_words(words), m_upright(upright), m_lexicon(lexicon), m_page(page), m_body(body)
    {
    }

    void block(const PdfBlock &block)
    {
        for (qsizetype l = 0; l < block.lines.size(); ++l) {
            const PdfLine &line = block.lines[l];
            if (l > 0 && block.table) {
                m_body.append(u'\n');
            } else if (l > 0 && !m_hyphenJoined) {
                m_body.append(u' ');
            }
            m_hyphenJoined = false;
            lineText(line, block, l);
        }
    }

private:
    void lineText(const PdfLine &line, const PdfBlock &block, qsizetype index)
    {
        const LineJoin join = block.table || index + 1 >= block.lines.size()
            ? LineJoin::Space
            : joinAcross(m_words[line.words.last()].text, m_words[block.lines[index + 1].words.first()].text,
                         m_lexicon);
        qsizetype cell = 1;
        for (qsizetype w = 0; w < line.words.size(); ++w) {
            const PdfWord &word = m_words[line.words[w]];
            if (w > 0) {
                if (cell < line.cellStarts.size() && line.cellStarts[cell] == w) {
                    m_body.append(u'\t');
                    ++cell;
                } else {
                    const PdfWord &before = m_upright[line.words[w - 1]];
                    const QRectF &box = m_upright[line.words[w]].box;
                    if (before.spaceAfter || box.left() - before.box.right() > 0.1 * box.height())
                        m_body.append(u' ');
                }
            }
            QStringView text = word.text;
            if (join != LineJoin::Space && w == line.words.size() - 1) {
                if (join == LineJoin::DropHyphen)
                    text.chop(1);
                m_hyphenJoined = true;
            }
            const int start = int(m_body.size());
            m_body.append(text);
            m_page.runs.append(PageRun{start, int(m_body.size()), word.box});
        }
    }

    const QList<PdfWord> &m_words;
    const QList<PdfWord> &m_upright;
    const Lexicon &m_lexicon;
    Page &m_page;
    QString &m_body;
    bool m_hyphenJoined = false;
};

} // namespace

PdfText composePdfText(const QList<PdfPageWords> &pages, const QList<QList<PdfBlock>> &blocks)
{
    PdfText text;
    const Lexicon lexicon = lexiconOf(pages);
    for (qsizetype p = 0; p < pages.size(); ++p) {
        Page page;
        page.size = pages[p].size;
        const PdfPageWords upright = uprightPage(pages[p]);
        Composer composer(pages[p].words, upright.words, lexicon, page, text.body);
        for (const PdfBlock &block : blocks[p]) {
            if (!text.body.isEmpty())
                text.body.append(u"\n\n");
            if (page.runs.isEmpty())
                page.start = int(text.body.size());
            composer.block(block);
        }
        page.end = page.runs.isEmpty() ? int(text.body.size()) : page.runs.last().end;
        if (page.runs.isEmpty())
            page.start = page.end;
        text.pages.pages.append(page);
    }
    return text;
}

} // namespace Claimbench
