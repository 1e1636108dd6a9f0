// Preparing the page and scoring its nodes: Readability's grabArticle and
// the predicates and densities it weighs nodes by.
#include "core/import/readability_p.h"

#include "core/import/htmlmetadata.h"

#include <algorithm>

namespace Claimbench {

using namespace ReadabilityRules;
using namespace Qt::StringLiterals;

const QRegularExpression &ReadabilityRules::re(const QString &pattern)
{
    // Compiled once per thread and pattern; QRegularExpression is not cheap to build.
    static thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption
                                                                   | QRegularExpression::UseUnicodePropertiesOption));
    return *it;
}

bool Readability::isPhrasingContent(int id) const
{
    const auto &n = m_dom.node(id);
    if (n.kind == HtmlDom::Kind::Text)
        return true;
    if (kPhrasingElements.contains(n.tag))
        return true;
    if (n.tag == u"a" || n.tag == u"del" || n.tag == u"ins") {
        // Phrasing content stops the descent; links and edits are looked into.
        for (int current = m_dom.nextWithin(id, id); current >= 0;) {
            const auto &child = m_dom.node(current);
            const bool phrasing = child.kind == HtmlDom::Kind::Text || kPhrasingElements.contains(child.tag);
            if (!phrasing && child.tag != u"a" && child.tag != u"del" && child.tag != u"ins")
                return false;
            current = m_dom.nextWithin(id, current, phrasing);
        }
        return true;
    }
    return false;
}

bool Readability::isProbablyVisible(int id) const
{
    const QString style = m_dom.attribute(id, u"style");
    if (re(u"display\\s*:\\s*none"_s).match(style).hasMatch()
        || re(u"visibility\\s*:\\s*hidden"_s).match(style).hasMatch())
        return false;
    if (m_dom.hasAttribute(id, u"hidden"))
        return false;
    return m_dom.attribute(id, u"aria-hidden") != u"true"
        || m_dom.attribute(id, u"class").contains(u"fallback-image");
}

bool Readability::isValidByline(int id) const
{
    const bool looksLikeByline = m_dom.attribute(id, u"rel") == u"author"
        || m_dom.attribute(id, u"itemprop").contains(u"author")
        || re(kBylinePattern).match(matchString(id)).hasMatch();
    if (!looksLikeByline)
        return false;
    const qsizetype length = m_dom.textContent(id).trimmed().size();
    return length > 0 && length < 100;
}

bool Readability::isElementWithoutContent(int id) const
{
    if (!m_dom.textContent(id).trimmed().isEmpty())
        return false;
    const QList<int> children = elementChildren(id);
    return std::all_of(children.begin(), children.end(),
                       [&](int child) { return m_dom.isElement(child, u"br") || m_dom.isElement(child, u"hr"); });
}

bool Readability::hasSingleTagInsideElement(int id, QStringView tag) const
{
    const QList<int> children = elementChildren(id);
    if (children.size() != 1 || !m_dom.isElement(children.first(), tag))
        return false;
    for (const int child : m_dom.children(id)) {
        const auto &n = m_dom.node(child);
        if (n.kind == HtmlDom::Kind::Text && !n.text.trimmed().isEmpty())
            return false;
    }
    return true;
}

double Readability::linkDensity(int id) const
{
    return linkDensity(innerText(id).size(), m_dom.elements(id, {u"a"_s}));
}

double Readability::linkDensity(qsizetype length, const QList<int> &links) const
{
    if (length == 0)
        return 0;
    double linkLength = 0;
    for (const int link : links) {
        const QString href = m_dom.attribute(link, u"href");
        const double coefficient = href.size() > 1 && href.startsWith(u'#') ? 0.3 : 1.0;
        linkLength += double(innerText(link).size()) * coefficient;
    }
    return linkLength / double(length);
}

double Readability::textDensity(int id, const QStringList &tags) const
{
    // Readability sums the text of every matching descendant, so text inside
    // nested matches counts once per match around it. One walk that weighs
    // each text node by the matches above it gives that sum in linear time
    // (Readability's own loop is quadratic per node: cubic on deep nesting).
    qsizetype total = 0;
    qsizetype weighted = 0;
    QList<std::pair<int, int>> stack; // (node, matching elements above it below `id`)
    for (int child = m_dom.node(id).lastChild; child >= 0; child = m_dom.node(child).previousSibling)
        stack.append({child, 0});
    while (!stack.isEmpty()) {
        const auto [current, matches] = stack.takeLast();
        const HtmlDom::Node &n = m_dom.node(current);
        if (n.kind == HtmlDom::Kind::Text) {
            const qsizetype length = n.text.simplified().size();
            total += length;
            weighted += length * matches;
            continue;
        }
        const int inner = matches + (tags.contains(n.tag) ? 1 : 0);
        for (int child = n.lastChild; child >= 0; child = m_dom.node(child).previousSibling)
            stack.append({child, inner});
    }
    return total == 0 ? 0 : double(weighted) / double(total);
}

int Readability::classWeight(int id) const
{
    if (!flag(WeightClasses))
        return 0;
    int weight = 0;
    for (const QString &value : {m_dom.attribute(id, u"class"), m_dom.attribute(id, u"id")}) {
        if (value.isEmpty())
            continue;
        if (re(kNegative).match(value).hasMatch())
            weight -= 25;
        if (re(kPositive).match(value).hasMatch())
            weight += 25;
    }
    return weight;
}

void Readability::initializeNode(int id)
{
    const QString &tag = m_dom.node(id).tag;
    double score = 0;
    if (tag == u"div")
        score = 5;
    else if (tag == u"pre" || tag == u"td" || tag == u"blockquote")
        score = 3;
    else if (tag == u"address" || tag == u"ol" || tag == u"ul" || tag == u"dl" || tag == u"dd" || tag == u"dt"
             || tag == u"li" || tag == u"form")
        score = -3;
    else if (kHeadings.contains(tag) || tag == u"th")
        score = -5;
    m_scores.insert(id, score + classWeight(id));
}

void Readability::wrapPhrasingChildren(int div)
{
    int paragraph = -1;
    for (const int child : m_dom.children(div)) {
        if (isPhrasingContent(child)) {
            if (paragraph >= 0) {
                m_dom.append(paragraph, child);
            } else if (!isWhitespace(child)) {
                paragraph = m_dom.createElement(u"p"_s);
                m_dom.replace(child, paragraph);
                m_dom.append(paragraph, child);
            }
        } else if (paragraph >= 0) {
            while (m_dom.node(paragraph).lastChild >= 0 && isWhitespace(m_dom.node(paragraph).lastChild))
                m_dom.detach(m_dom.node(paragraph).lastChild);
            paragraph = -1;
        }
    }
}

void Readability::replaceBreaks(int body)
{
    const auto nextElementSibling = [&](int id) {
        for (int next = m_dom.node(id).nextSibling; next >= 0; next = m_dom.node(next).nextSibling) {
            const auto &n = m_dom.node(next);
            if (n.kind == HtmlDom::Kind::Element || !n.text.trimmed().isEmpty())
                return next;
        }
        return -1;
    };
    const auto nextSibling = [&](int id) { return m_dom.node(id).nextSibling; };
    for (const int br : m_dom.elements(body, {u"br"_s})) {
        if (m_dom.node(br).parent < 0)
            continue;
        int next = nextElementSibling(br);
        bool replaced = false;
        while (next >= 0 && m_dom.isElement(next, u"br")) {
            replaced = true;
            const int following = nextElementSibling(next);
            m_dom.detach(next);
            next = following;
        }
        if (!replaced)
            continue;
        const int paragraph = m_dom.createElement(u"p"_s);
        m_dom.replace(br, paragraph);
        next = nextSibling(paragraph);
        while (next >= 0) {
            if (m_dom.isElement(next, u"br")) {
                const int after = nextElementSibling(next);
                if (after >= 0 && m_dom.isElement(after, u"br"))
                    break;
            }
            if (!isPhrasingContent(next))
                break;
            const int following = nextSibling(next);
            m_dom.append(paragraph, next);
            next = following;
        }
        while (m_dom.node(paragraph).lastChild >= 0 && isWhitespace(m_dom.node(paragraph).lastChild))
            m_dom.detach(m_dom.node(paragraph).lastChild);
        const int parent = m_dom.node(paragraph).parent;
        if (m_dom.isElement(parent, u"p"))
            m_dom.setTag(parent, u"div"_s);
    }
}

void Readability::prepareDocument()
{
    const int body = m_dom.firstElement(HtmlDom::kDocument, u"body");
    if (body < 0)
        return;
    for (const int element : m_dom.elements(HtmlDom::kDocument, {u"script"_s, u"noscript"_s, u"style"_s, u"template"_s}))
        m_dom.detach(element);
    replaceBreaks(body);
    for (const int font : m_dom.elements(body, {u"font"_s}))
        m_dom.setTag(font, u"span"_s);
}

int Readability::grabArticle()
{
    const int body = m_dom.firstElement(HtmlDom::kDocument, u"body");
    if (body < 0)
        return -1;

    QList<int> elementsToScore;
    bool shouldRemoveTitleHeader = true;
    int node = body;
    while (node >= 0) {
        if (!m_dom.isElement(node)) {
            node = m_dom.next(node);
            continue;
        }
        const QString tag = m_dom.node(node).tag;
        const QString match = matchString(node);
        if (!isProbablyVisible(node)) {
            node = removeAndGetNext(node);
            continue;
        }
        if (m_dom.attribute(node, u"aria-modal") == u"true" && m_dom.attribute(node, u"role") == u"dialog") {
            node = removeAndGetNext(node);
            continue;
        }
        if (m_byline.isEmpty() && isValidByline(node)) {
            // A schema.org Person names the author more precisely than its whole box.
            int source = node;
            for (const int inner : m_dom.elements(node)) {
                if (m_dom.attribute(inner, u"itemprop").contains(u"name")) {
                    source = inner;
                    break;
                }
            }
            m_byline = m_dom.textContent(source).trimmed();
            node = removeAndGetNext(node);
            continue;
        }
        if (shouldRemoveTitleHeader && (tag == u"h1" || tag == u"h2")
            && HtmlMetadataReader::textSimilarity(m_title, innerText(node)) > 0.75) {
            shouldRemoveTitleHeader = false;
            node = removeAndGetNext(node);
            continue;
        }
        if (flag(StripUnlikelys)) {
            if (re(kUnlikelyCandidates).match(match).hasMatch() && !re(kOkMaybeItsACandidate).match(match).hasMatch()
                && m_dom.ancestor(node, u"table") < 0 && m_dom.ancestor(node, u"code") < 0 && tag != u"body"
                && tag != u"a") {
                node = removeAndGetNext(node);
                continue;
            }
            if (kUnlikelyRoles.contains(m_dom.attribute(node, u"role"))) {
                node = removeAndGetNext(node);
                continue;
            }
        }
        if ((tag == u"div" || tag == u"section" || tag == u"header" || kHeadings.contains(tag))
            && isElementWithoutContent(node)) {
            node = removeAndGetNext(node);
            continue;
        }
        if (kTagsToScore.contains(tag))
            elementsToScore.append(node);
        if (tag == u"div") {
            wrapPhrasingChildren(node);
            if (hasSingleTagInsideElement(node, u"p") && linkDensity(node) < 0.25) {
                const int child = elementChildren(node).first();
                m_dom.replace(node, child);
                node = child;
                elementsToScore.append(node);
            } else if (m_dom.elements(node, kDivToPElements).isEmpty()) {
                m_dom.setTag(node, u"p"_s);
                elementsToScore.append(node);
            }
        }
        node = m_dom.next(node);
    }

    QList<int> candidates;
    for (const int element : std::as_const(elementsToScore)) {
        const int parent = m_dom.node(element).parent;
        if (parent < 0 || !m_dom.isElement(parent))
            continue;
        const QString text = innerText(element);
        if (text.size() < 25)
            continue;
        const double contentScore =
            1.0 + double(text.count(re(kCommas))) + std::min<double>(double(text.size() / 100), 3.0);
        int ancestor = parent;
        for (int level = 0; level < 5 && ancestor >= 0; ++level) {
            const int grand = m_dom.node(ancestor).parent;
            if (!m_dom.isElement(ancestor) || grand < 0 || !m_dom.isElement(grand))
                break;
            if (!m_scores.contains(ancestor)) {
                initializeNode(ancestor);
                candidates.append(ancestor);
            }
            const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
            m_scores[ancestor] += contentScore / divider;
            ancestor = grand;
        }
    }

    QList<int> top;
    for (const int candidate : std::as_const(candidates)) {
        m_scores[candidate] *= 1.0 - linkDensity(candidate);
        const double score = m_scores[candidate];
        const auto position = std::find_if(top.begin(), top.end(), [&](int t) { return score > m_scores[t]; });
        top.insert(position, candidate);
        if (top.size() > kTopCandidateCount)
            top.removeLast();
    }

    int topCandidate = top.isEmpty() ? -1 : top.first();
    if (topCandidate < 0 || m_dom.isElement(topCandidate, u"body")) {
        topCandidate = m_dom.createElement(u"div"_s);
        for (const int child : m_dom.children(body))
            m_dom.append(topCandidate, child);
        m_dom.append(body, topCandidate);
        initializeNode(topCandidate);
    } else {
        QList<QList<int>> alternativeAncestors;
        for (qsizetype i = 1; i < top.size(); ++i) {
            if (m_scores[top[i]] / m_scores[topCandidate] >= 0.75) {
                QList<int> chain;
                for (int p = m_dom.node(top[i]).parent; p >= 0; p = m_dom.node(p).parent)
                    chain.append(p);
                alternativeAncestors.append(chain);
            }
        }
        if (alternativeAncestors.size() >= kMinimumTopCandidates) {
            for (int p = m_dom.node(topCandidate).parent; p >= 0 && !m_dom.isElement(p, u"body");
                 p = m_dom.node(p).parent) {
                const auto containing = std::count_if(alternativeAncestors.begin(), alternativeAncestors.end(),
                                                      [&](const QList<int> &chain) { return chain.contains(p); });
                if (containing >= kMinimumTopCandidates) {
                    topCandidate = p;
                    break;
                }
            }
        }
        if (!m_scores.contains(topCandidate))
            initializeNode(topCandidate);

        // A parent that scores better than its best child holds more of the article.
        double lastScore = m_scores[topCandidate];
        const double threshold = lastScore / 3;
        for (int p = m_dom.node(topCandidate).parent; p >= 0 && !m_dom.isElement(p, u"body");
             p = m_dom.node(p).parent) {
            if (!m_scores.contains(p))
                continue;
            const double parentScore = m_scores[p];
            if (parentScore < threshold)
                break;
            if (parentScore > lastScore) {
                topCandidate = p;
                break;
            }
            lastScore = parentScore;
        }
        for (int p = m_dom.node(topCandidate).parent;
             p >= 0 && !m_dom.isElement(p, u"body") && elementChildren(p).size() == 1; p = m_dom.node(p).parent)
            topCandidate = p;
        if (!m_scores.contains(topCandidate))
            initializeNode(topCandidate);
    }

    const int article = m_dom.createElement(u"div"_s);
    const double siblingThreshold = std::max(10.0, m_scores[topCandidate] * 0.2);
    const int parentOfTop = m_dom.node(topCandidate).parent;
    const QString topClass = m_dom.attribute(topCandidate, u"class");
    const QList<int> siblings = parentOfTop >= 0 ? elementChildren(parentOfTop) : QList<int>{topCandidate};
    for (const int sibling : siblings) {
        bool append = sibling == topCandidate;
        if (!append) {
            const double bonus =
                !topClass.isEmpty() && m_dom.attribute(sibling, u"class") == topClass ? m_scores[topCandidate] * 0.2 : 0;
            if (m_scores.contains(sibling) && m_scores[sibling] + bonus >= siblingThreshold) {
                append = true;
            } else if (m_dom.isElement(sibling, u"p")) {
                const double density = linkDensity(sibling);
                const QString content = innerText(sibling);
                append = (content.size() > 80 && density < 0.25)
                    || (content.size() < 80 && !content.isEmpty() && density == 0
                        && re(u"\\.( |$)"_s).match(content).hasMatch());
            }
        }
        if (!append)
            continue;
        const QString &tag = m_dom.node(sibling).tag;
        if (tag != u"div" && tag != u"article" && tag != u"section" && tag != u"p")
            m_dom.setTag(sibling, u"div"_s);
        m_dom.append(article, sibling);
    }
    prepareArticle(article);
    return article;
}

} // namespace Claimbench
