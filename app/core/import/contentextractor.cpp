#include "core/import/contentextractor.h"

#include "core/import/readability_p.h"

#include <algorithm>
#include <optional>

namespace Claimbench {

using namespace ReadabilityRules;
using namespace Qt::StringLiterals;

ExtractedContent ContentExtractor::extract(const HtmlDom &dom, const QString &title)
{
    int flags = StripUnlikelys | WeightClasses | CleanConditionally;
    struct Attempt
    {
        HtmlDom dom;
        int article = -1;
        int length = 0;
        QString byline;
    };
    Readability preparation(dom, title, flags);
    preparation.prepareDocument();
    std::optional<Attempt> best;
    for (;;) {
        Readability readability(preparation.dom(), title, flags);
        const int article = readability.grabArticle();
        const int length = article >= 0 ? readability.textLength(article) : 0;
        if (!best || length > best->length)
            best = Attempt{readability.dom(), article, length, readability.byline()};
        if (length >= kCharThreshold || flags == 0)
            break;
        // Readability drops one rule per retry, in this order.
        if (flags & StripUnlikelys)
            flags &= ~StripUnlikelys;
        else if (flags & WeightClasses)
            flags &= ~WeightClasses;
        else
            flags &= ~CleanConditionally;
    }
    if (best->article < 0 || best->length == 0)
        return {{}, best->byline};
    return {renderText(best->dom, best->article), best->byline};
}

QString ContentExtractor::renderText(const HtmlDom &dom, int root)
{
    QStringList paragraphs;
    QString current;
    int preDepth = 0;
    const auto flush = [&] {
        const QString text = preDepth > 0 ? current : current.trimmed();
        if (!text.trimmed().isEmpty())
            paragraphs.append(text);
        current.clear();
    };
    // (node, leaving): each element is visited on the way in and out.
    QList<std::pair<int, bool>> stack{{root, false}};
    while (!stack.isEmpty()) {
        const auto [id, leaving] = stack.takeLast();
        const HtmlDom::Node &n = dom.node(id);
        if (n.kind == HtmlDom::Kind::Text) {
            if (preDepth > 0) {
                current += n.text;
                continue;
            }
            for (const QChar c : n.text) {
                if (c.isSpace()) {
                    if (!current.isEmpty() && !current.endsWith(u' ') && !current.endsWith(u'\n'))
                        current += u' ';
                } else {
                    current += c;
                }
            }
            continue;
        }
        const bool block = kBlockTags.contains(n.tag);
        if (leaving) {
            if (block)
                flush();
            if (n.tag == u"pre")
                --preDepth;
            continue;
        }
        if (n.tag == u"br") {
            while (current.endsWith(u' '))
                current.chop(1);
            current += u'\n';
            continue;
        }
        if ((n.tag == u"td" || n.tag == u"th") && !current.isEmpty() && !current.endsWith(u' '))
            current += u' ';
        if (block)
            flush();
        if (n.tag == u"pre")
            ++preDepth;
        stack.append({id, true});
        for (int child = n.lastChild; child >= 0; child = dom.node(child).previousSibling)
            stack.append({child, false});
    }
    flush();
    return paragraphs.join(u"\n\n"_s);
}

} // namespace Claimbench
