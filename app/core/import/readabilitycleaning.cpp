// Cleaning the chosen article: Readability's prepareArticle and its
// conditional cleaning, which keeps data tables.
#include "core/import/readability_p.h"

#include <algorithm>

namespace Claimbench {

using namespace ReadabilityRules;
using namespace Qt::StringLiterals;

QSet<int> Readability::dataTables(int root) const
{
    QSet<int> tables;
    for (const int table : m_dom.elements(root, {u"table"_s})) {
        if (m_dom.attribute(table, u"role") == u"presentation" || m_dom.attribute(table, u"datatable") == u"0")
            continue;
        const int caption = m_dom.firstElement(table, u"caption");
        if (m_dom.hasAttribute(table, u"summary") || (caption >= 0 && m_dom.node(caption).firstChild >= 0)
            || !m_dom.elements(table, {u"col"_s, u"colgroup"_s, u"tfoot"_s, u"thead"_s, u"th"_s}).isEmpty()) {
            tables.insert(table);
            continue;
        }
        if (m_dom.firstElement(table, u"table") >= 0)
            continue;
        int rows = 0;
        int columns = 0;
        for (const int row : m_dom.elements(table, {u"tr"_s})) {
            rows += std::max(1, m_dom.attribute(row, u"rowspan").toInt());
            int inRow = 0;
            for (const int cell : m_dom.elements(row, {u"td"_s}))
                inRow += std::max(1, m_dom.attribute(cell, u"colspan").toInt());
            columns = std::max(columns, inRow);
        }
        if (rows == 1 || columns == 1)
            continue;
        if (rows >= 10 || columns > 4 || rows * columns > 10)
            tables.insert(table);
    }
    return tables;
}

bool Readability::shouldCleanConditionally(int id, const QString &tag, const QSet<int> &tables) const
{
    const QString text = innerText(id);
    // One walk collects every descendant by tag; the rules below only count and measure them.
    QHash<QString, QList<int>> byTag;
    for (const int element : m_dom.elements(id))
        byTag[m_dom.node(element).tag].append(element);
    const auto count = [&](const QString &t) { return qsizetype(byTag.value(t).size()); };

    bool isList = tag == u"ul" || tag == u"ol";
    if (!isList && !text.isEmpty()) {
        qsizetype listLength = 0;
        for (const int list : byTag.value(u"ul"_s) + byTag.value(u"ol"_s))
            listLength += innerText(list).size();
        isList = double(listLength) / double(text.size()) > 0.9;
    }
    if (tag == u"table" && tables.contains(id))
        return false;
    for (int p = m_dom.node(id).parent; p >= 0; p = m_dom.node(p).parent) {
        if (tables.contains(p) || m_dom.isElement(p, u"code"))
            return false;
    }
    for (const int table : byTag.value(u"table"_s)) {
        if (tables.contains(table))
            return false;
    }
    const int weight = classWeight(id);
    if (weight < 0)
        return true;
    if (text.count(u',') >= 10)
        return false;

    const qsizetype paragraphs = count(u"p"_s);
    const qsizetype images = count(u"img"_s);
    const qsizetype items = count(u"li"_s) - 100;
    const qsizetype inputs = count(u"input"_s);
    const double headingDensity = textDensity(id, kHeadings);
    int embeds = 0;
    for (const int embed : byTag.value(u"object"_s) + byTag.value(u"embed"_s) + byTag.value(u"iframe"_s)) {
        for (const auto &attribute : m_dom.node(embed).attributes) {
            if (re(kVideos).match(attribute.second).hasMatch())
                return false;
        }
        ++embeds;
    }
    if (re(kAdWords).match(text).hasMatch() || re(kLoadingWords).match(text).hasMatch())
        return true;
    const qsizetype contentLength = text.size();
    const double density = linkDensity(contentLength, byTag.value(u"a"_s));
    QStringList textish = {u"span"_s, u"li"_s, u"td"_s};
    textish += kDivToPElements;
    const double textishDensity = textDensity(id, textish);
    const bool inFigure = m_dom.ancestor(id, u"figure") >= 0;

    const bool remove = (!inFigure && images > 1 && double(paragraphs) / double(images) < 0.5)
        || (!isList && items > paragraphs) || (inputs > paragraphs / 3)
        || (!isList && !inFigure && headingDensity < 0.9 && contentLength < 25 && (images == 0 || images > 2)
            && density > 0)
        || (!isList && weight < 25 && density > 0.2) || (weight >= 25 && density > 0.5)
        || ((embeds == 1 && contentLength < 75) || embeds > 1) || (images == 0 && textishDensity == 0);
    if (isList && remove) {
        // A gallery: every item one image.
        for (const int child : elementChildren(id)) {
            if (elementChildren(child).size() > 1)
                return true;
        }
        return images != count(u"li"_s);
    }
    return remove;
}

void Readability::cleanConditionally(int root, const QString &tag, const QSet<int> &tables)
{
    if (!flag(CleanConditionally))
        return;
    QList<int> nodes = m_dom.elements(root, {tag});
    // Inner nodes first, as Readability does; a node inside a removed one is skipped.
    for (auto it = nodes.crbegin(); it != nodes.crend(); ++it) {
        if (m_dom.node(*it).parent >= 0 && shouldCleanConditionally(*it, tag, tables))
            m_dom.detach(*it);
    }
}

void Readability::prepareArticle(int article)
{
    // Marked once, before any cleaning, as Readability's _markDataTables does.
    const QSet<int> tables = dataTables(article);
    cleanConditionally(article, u"form"_s, tables);
    cleanConditionally(article, u"fieldset"_s, tables);
    for (const int element : m_dom.elements(article, {u"object"_s, u"embed"_s, u"footer"_s, u"link"_s, u"aside"_s}))
        m_dom.detach(element);
    for (const int child : elementChildren(article)) {
        for (const int element : m_dom.elements(child)) {
            if (m_dom.node(element).parent >= 0 && re(kShareElements).match(matchString(element)).hasMatch()
                && m_dom.textContent(element).size() < kShareElementThreshold)
                m_dom.detach(element);
        }
    }
    for (const int element : m_dom.elements(article, {u"iframe"_s, u"input"_s, u"textarea"_s, u"select"_s, u"button"_s}))
        m_dom.detach(element);
    for (const int heading : m_dom.elements(article, {u"h1"_s, u"h2"_s})) {
        if (classWeight(heading) < 0)
            m_dom.detach(heading);
    }
    cleanConditionally(article, u"table"_s, tables);
    cleanConditionally(article, u"ul"_s, tables);
    cleanConditionally(article, u"div"_s, tables);
    for (const int paragraph : m_dom.elements(article, {u"p"_s})) {
        if (m_dom.elements(paragraph, {u"img"_s, u"embed"_s, u"object"_s, u"iframe"_s}).isEmpty()
            && m_dom.textContent(paragraph).trimmed().isEmpty())
            m_dom.detach(paragraph);
    }
}

} // namespace Claimbench
