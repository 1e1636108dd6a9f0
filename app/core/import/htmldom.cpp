#include "core/import/htmldom.h"

#include <gumbo.h>

#include <memory>

namespace Claimbench {

namespace {

QString tagName(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(element.tag));
    GumboStringPiece piece = element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
}

struct OutputDeleter
{
    void operator()(GumboOutput *output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

} // namespace

HtmlDom HtmlDom::parse(const QByteArray &utf8)
{
    HtmlDom dom;
    dom.m_nodes.append(Node{Kind::Document, {}, {}, {}, -1, {}});
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // nobody reads them, and hostile pages make millions
    std::unique_ptr<GumboOutput, OutputDeleter> output(
        gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size())));
    if (!output)
        return dom;

    QList<int> depths{0}; // per node id
    // (gumbo node, our parent id)
    QList<std::pair<const GumboNode *, int>> stack;
    const GumboVector &top = output->document->v.document.children;
    for (unsigned int i = top.length; i > 0; --i)
        stack.append({static_cast<const GumboNode *>(top.data[i - 1]), document});
    while (!stack.isEmpty()) {
        auto [gumboNode, parent] = stack.takeLast();
        if (depths[parent] >= maxDepth)
            parent = dom.m_nodes[parent].parent;
        Node node;
        node.parent = parent;
        const GumboVector *children = nullptr;
        switch (gumboNode->type) {
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
            const GumboElement &element = gumboNode->v.element;
            node.tag = tagName(element);
            for (unsigned int a = 0; a < element.attributes.length; ++a) {
                const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[a]);
                node.attributes.append({QString::fromUtf8(attribute->name).toLower(),
                                        QString::fromUtf8(attribute->value)});
            }
            children = &element.children;
            break;
        }
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE:
            node.kind = Kind::Text;
            node.text = QString::fromUtf8(gumboNode->v.text.text);
            break;
        case GUMBO_NODE_COMMENT:
        case GUMBO_NODE_DOCUMENT:
            continue;
        }
        const int id = int(dom.m_nodes.size());
        node.indexHint = dom.m_nodes[parent].children.size();
        dom.m_nodes.append(std::move(node));
        dom.m_nodes[parent].children.append(id);
        depths.append(depths[parent] + 1);
        if (children) {
            for (unsigned int i = children->length; i > 0; --i)
                stack.append({static_cast<const GumboNode *>(children->data[i - 1]), id});
        }
    }
    return dom;
}

bool HtmlDom::isElement(int id, QStringView tag) const
{
    const Node &n = m_nodes[id];
    return n.kind == Kind::Element && (tag.isEmpty() || n.tag == tag);
}

QString HtmlDom::attribute(int id, QStringView name) const
{
    for (const auto &[key, value] : m_nodes[id].attributes) {
        if (key == name)
            return value;
    }
    return {};
}

bool HtmlDom::hasAttribute(int id, QStringView name) const
{
    for (const auto &attribute : m_nodes[id].attributes) {
        if (attribute.first == name)
            return true;
    }
    return false;
}

QList<int> HtmlDom::elements(int id, const QStringList &tags) const
{
    QList<int> found;
    QList<int> stack(m_nodes[id].children.crbegin(), m_nodes[id].children.crend());
    while (!stack.isEmpty()) {
        const int current = stack.takeLast();
        const Node &n = m_nodes[current];
        if (n.kind != Kind::Element)
            continue;
        if (tags.isEmpty() || tags.contains(n.tag))
            found.append(current);
        for (auto it = n.children.crbegin(); it != n.children.crend(); ++it)
            stack.append(*it);
    }
    return found;
}

int HtmlDom::firstElement(int id, QStringView tag) const
{
    QList<int> stack(m_nodes[id].children.crbegin(), m_nodes[id].children.crend());
    while (!stack.isEmpty()) {
        const int current = stack.takeLast();
        if (isElement(current, tag))
            return current;
        const Node &n = m_nodes[current];
        for (auto it = n.children.crbegin(); it != n.children.crend(); ++it)
            stack.append(*it);
    }
    return -1;
}

int HtmlDom::ancestor(int id, QStringView tag) const
{
    for (int p = m_nodes[id].parent; p >= 0; p = m_nodes[p].parent) {
        if (isElement(p, tag))
            return p;
    }
    return -1;
}

QString HtmlDom::textContent(int id) const
{
    if (m_nodes[id].kind == Kind::Text)
        return m_nodes[id].text;
    QString text;
    QList<int> stack(m_nodes[id].children.crbegin(), m_nodes[id].children.crend());
    while (!stack.isEmpty()) {
        const Node &n = m_nodes[stack.takeLast()];
        if (n.kind == Kind::Text)
            text += n.text;
        for (auto it = n.children.crbegin(); it != n.children.crend(); ++it)
            stack.append(*it);
    }
    return text;
}

int HtmlDom::next(int id, bool skipChildren) const
{
    if (!skipChildren && !m_nodes[id].children.isEmpty())
        return m_nodes[id].children.first();
    for (int current = id; current >= 0;) {
        const int parent = m_nodes[current].parent;
        if (parent < 0)
            return -1;
        const qsizetype index = indexInParent(current);
        const QList<int> &siblings = m_nodes[parent].children;
        if (index + 1 < siblings.size())
            return siblings[index + 1];
        current = parent;
    }
    return -1;
}

qsizetype HtmlDom::indexInParent(int id) const
{
    const Node &n = m_nodes[id];
    const QList<int> &siblings = m_nodes[n.parent].children;
    for (const qsizetype guess : {n.indexHint, n.indexHint - 1}) {
        if (guess >= 0 && guess < siblings.size() && siblings[guess] == id)
            return n.indexHint = guess;
    }
    return n.indexHint = siblings.indexOf(id);
}

int HtmlDom::createElement(const QString &tag)
{
    m_nodes.append(Node{Kind::Element, tag, {}, {}, -1, {}});
    return int(m_nodes.size() - 1);
}

void HtmlDom::detach(int id)
{
    const int parent = m_nodes[id].parent;
    if (parent >= 0)
        m_nodes[parent].children.remove(indexInParent(id));
    m_nodes[id].parent = -1;
}

void HtmlDom::append(int parent, int child)
{
    detach(child);
    m_nodes[child].parent = parent;
    m_nodes[child].indexHint = m_nodes[parent].children.size();
    m_nodes[parent].children.append(child);
}

void HtmlDom::insertBefore(int reference, int child)
{
    detach(child);
    const int parent = m_nodes[reference].parent;
    const qsizetype index = indexInParent(reference);
    m_nodes[parent].children.insert(index, child);
    m_nodes[child].parent = parent;
    m_nodes[child].indexHint = index;
}

void HtmlDom::replace(int oldId, int newId)
{
    insertBefore(oldId, newId);
    detach(oldId);
}

} // namespace Claimbench
