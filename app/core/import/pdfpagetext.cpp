#include "core/import/pdfpagetext.h"

namespace Claimbench {

namespace {

bool isHyphen(QChar c)
{
    return c == u'-' || c == QChar(0x00AD) || c == QChar(0x2010);
}

// "estim-" at a line end before "ates": a word broken by hyphenation. A
// soft hyphen always is; a hard one only between lower-case letters, so
// "well-" + "Known" or "2019-" + "20" keep their hyphen.
bool joinsAcross(const QString &lineEnd, const QString &nextStart)
{
    if (lineEnd.size() < 2 || nextStart.isEmpty() || !isHyphen(lineEnd.back()))
        return false;
    if (lineEnd.back() == QChar(0x00AD))
        return nextStart.front().isLetter();
    return lineEnd[lineEnd.size() - 2].isLower() && nextStart.front().isLower();
}

class Composer
{
public:
    explicit Composer(const QList<PdfWord> &words, Page &page, QString &body)
        : m_words(words), m_page(page), m_body(body)
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
        const bool joinNext = !block.table && index + 1 < block.lines.size()
            && joinsAcross(m_words[line.words.last()].text, m_words[block.lines[index + 1].words.first()].text);
        qsizetype cell = 1;
        for (qsizetype w = 0; w < line.words.size(); ++w) {
            const PdfWord &word = m_words[line.words[w]];
            if (w > 0) {
                if (cell < line.cellStarts.size() && line.cellStarts[cell] == w) {
                    m_body.append(u'\t');
                    ++cell;
                } else {
                    const PdfWord &before = m_words[line.words[w - 1]];
                    if (before.spaceAfter || word.box.left() - before.box.right() > 0.1 * word.box.height())
                        m_body.append(u' ');
                }
            }
            QStringView text = word.text;
            if (joinNext && w == line.words.size() - 1) {
                text.chop(1);
                m_hyphenJoined = true;
            }
            const int start = int(m_body.size());
            m_body.append(text);
            m_page.runs.append(PageRun{start, int(m_body.size()), word.box});
        }
    }

    const QList<PdfWord> &m_words;
    Page &m_page;
    QString &m_body;
    bool m_hyphenJoined = false;
};

} // namespace

PdfText composePdfText(const QList<PdfPageWords> &pages, const QList<QList<PdfBlock>> &blocks)
{
    PdfText text;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        Page page;
        page.size = pages[p].size;
        Composer composer(pages[p].words, page, text.body);
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
