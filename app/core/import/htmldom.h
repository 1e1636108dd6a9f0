#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace Claimbench {

// A saved web page as a mutable tree, parsed by Gumbo (Google's HTML5
// parser: the tree a browser would build, whatever the markup's errors).
// Gumbo is a parser only: nothing is fetched, no script runs, no entity or
// stylesheet is loaded. Comments are dropped while building.
//
// Nodes live in one array and refer to each other by index; siblings form a
// doubly linked list, so every edit (detach, append, insert, replace) costs
// O(1) and every walk costs O(nodes visited) with no stack at all: hostile
// nesting or tens of thousands of siblings cost neither recursion depth nor
// quadratic time. Like Chromium's HTML parser, the tree is at most kMaxDepth
// levels deep: deeper nodes become siblings at that level, in document order,
// which keeps the per-subtree scoring work bounded. Node 0 is the document.
// Detached nodes stay in the array (parent -1) and are simply unreachable.
// Not thread-safe; a value type (copying copies the tree).
class HtmlDom
{
public:
    enum class Kind { Document, Element, Text };
    struct Node
    {
        Kind kind = Kind::Element;
        QString tag;                                    // lower-case element name; empty otherwise
        QList<std::pair<QString, QString>> attributes;  // names lower-case, in source order
        QString text;                                   // text nodes only (entities decoded)
        // Node ids, -1 for none.
        int parent = -1;
        int firstChild = -1;
        int lastChild = -1;
        int previousSibling = -1;
        int nextSibling = -1;
    };

    // `utf8` is the whole page in UTF-8 (decode legacy charsets first).
    // Gumbo reads it within MarkupBounds (attributes past the cap left
    // out); Error::Code::TooLarge when the page is over those bounds.
    static Result<HtmlDom> parse(const QByteArray &utf8);

    static constexpr int kDocument = 0;
    static constexpr int kMaxDepth = 512;
    const Node &node(int id) const { return m_nodes[id]; }
    bool isElement(int id, QStringView tag = {}) const;
    QString attribute(int id, QStringView name) const; // empty when absent
    bool hasAttribute(int id, QStringView name) const;

    // The children of `id` in order, as a snapshot that later edits leave alone.
    QList<int> children(int id) const;

    // Element descendants of `id` in document order (pre-order), optionally
    // only those with one of `tags`.
    QList<int> elements(int id, const QStringList &tags = {}) const;
    int firstElement(int id, QStringView tag) const; // -1 when none
    // Nearest ancestor element with `tag`, or -1.
    int ancestor(int id, QStringView tag) const;
    // All text below `id`, concatenated as is.
    QString textContent(int id) const;
    // The next node in document order; skips the children of `id` when asked.
    // O(1) amortized over a whole walk.
    int next(int id, bool skipChildren = false) const;
    // The same, but -1 once the walk leaves the subtree of `root`.
    int nextWithin(int root, int id, bool skipChildren = false) const;

    // Nodes visited by every HtmlDom walk since the process started: lets a
    // test prove that work grows linearly with the input without timing it.
    static quint64 visitCount();

    int createElement(const QString &tag);
    void detach(int id);                     // removes `id` from its parent
    void append(int parent, int child);      // detaches `child` first
    void insertBefore(int reference, int child);
    void replace(int oldId, int newId);      // newId takes oldId's place
    void setTag(int id, const QString &tag) { m_nodes[id].tag = tag; }

private:
    int addNode(Node node, int parent);

    QList<Node> m_nodes;
};

} // namespace Claimbench
