#include "core/import/htmldom.h"

#include "core/import/markupbounds.h"

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

// Per thread, so that counting costs no atomic operation in the walks.
thread_local quint64 visits = 0;

struct OutputDeleter
{
    void operator()(GumboOutput *output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

} // namespace

Result<HtmlDom> HtmlDom::parse(const QByteArray &utf8)
{
    const auto bounded = MarkupBounds::apply(utf8);
    if (!bounded)
        return std::unexpected(bounded.error());
    HtmlDom dom;
    Node root;
    root.kind = Kind::Document;
    dom.m_nodes.append(std::move(root));
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // nobody reads them, and hostile pages make millions
    std::unique_ptr<GumboOutput, OutputDeleter> output(
        gumbo_parse_with_options(&options, bounded->constData(), size_t(bounded->size())));
    if (!output)
        return dom;

    QList<int> depths{0}; // per node id
    // (gumbo node, our parent id)
    QList<std::pair<const GumboNode *, int>> stack;
    const GumboVector &top = output->document->v.document.children;
    for (unsigned int i = top.length; i > 0; --i)
        stack.append({static_cast<const GumboNode *>(top.data[i - 1]), kDocument});
    while (!stack.isEmpty()) {
        auto [gumboNode, parent] = stack.takeLast();
        if (depths[parent] >= kMaxDepth)
            parent = dom.m_nodes[parent].parent;
        Node node;
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
        const int id = dom.addNode(std::move(node), parent);
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

QList<int> HtmlDom::children(int id) const
{
    QList<int> out;
    for (int child = m_nodes[id].firstChild; child >= 0; child = m_nodes[child].nextSibling) {
        ++visits;
        out.append(child);
    }
    return out;
}

QList<int> HtmlDom::elements(int id, const QStringList &tags) const
{
    QList<int> found;
    for (int current = nextWithin(id, id); current >= 0; current = nextWithin(id, current)) {
        const Node &n = m_nodes[current];
        if (n.kind == Kind::Element && (tags.isEmpty() || tags.contains(n.tag)))
            found.append(current);
    }
    return found;
}

int HtmlDom::firstElement(int id, QStringView tag) const
{
    for (int current = nextWithin(id, id); current >= 0; current = nextWithin(id, current)) {
        if (isElement(current, tag))
            return current;
    }
    return -1;
}

int HtmlDom::ancestor(int id, QStringView tag) const
{
    for (int p = m_nodes[id].parent; p >= 0; p = m_nodes[p].parent) {
        ++visits;
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
    for (int current = nextWithin(id, id); current >= 0; current = nextWithin(id, current)) {
        if (m_nodes[current].kind == Kind::Text)
            text += m_nodes[current].text;
    }
    return text;
}

int HtmlDom::next(int id, bool skipChildren) const
{
    return nextWithin(-1, id, skipChildren);
}

int HtmlDom::nextWithin(int root, int id, bool skipChildren) const
{
    ++visits;
    if (!skipChildren && m_nodes[id].firstChild >= 0)
        return m_nodes[id].firstChild;
    // Each step up closes a subtree the walk has finished, so a whole walk
    // climbs each edge once.
    for (int current = id; current >= 0 && current != root; current = m_nodes[current].parent) {
        if (m_nodes[current].nextSibling >= 0)
            return m_nodes[current].nextSibling;
    }
    return -1;
}

quint64 HtmlDom::visitCount()
{
    return visits;
}

int HtmlDom::addNode(Node node, int parent)
{
    const int id = int(m_nodes.size());
    m_nodes.append(std::move(node));
    append(parent, id);
    return id;
}

int HtmlDom::createElement(const QString &tag)
{
    Node node;
    node.tag = tag;
    m_nodes.append(std::move(node));
    return int(m_nodes.size() - 1);
}

void HtmlDom::detach(int id)
{
    Node &n = m_nodes[id];
    if (n.parent < 0)
        return;
    Node &parent = m_nodes[n.parent];
    (n.previousSibling >= 0 ? m_nodes[n.previousSibling].nextSibling : parent.firstChild) = n.nextSibling;
    (n.nextSibling >= 0 ? m_nodes[n.nextSibling].previousSibling : parent.lastChild) = n.previousSibling;
    n.parent = n.previousSibling = n.nextSibling = -1;
}

void HtmlDom::append(int parent, int child)
{
    detach(child);
    Node &p = m_nodes[parent];
    Node &c = m_nodes[child];
    c.parent = parent;
    c.previousSibling = p.lastChild;
    (p.lastChild >= 0 ? m_nodes[p.lastChild].nextSibling : p.firstChild) = child;
    p.lastChild = child;
}

void HtmlDom::insertBefore(int reference, int child)
{
    detach(child);
    Node &r = m_nodes[reference];
    Node &c = m_nodes[child];
    c.parent = r.parent;
    c.nextSibling = reference;
    c.previousSibling = r.previousSibling;
    (r.previousSibling >= 0 ? m_nodes[r.previousSibling].nextSibling : m_nodes[r.parent].firstChild) = child;
    r.previousSibling = child;
}

void HtmlDom::replace(int oldId, int newId)
{
    insertBefore(oldId, newId);
    detach(oldId);
}

} // namespace Claimbench
