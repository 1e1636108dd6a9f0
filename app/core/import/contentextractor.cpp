#include "core/import/contentextractor.h"

#include "core/import/htmlmetadata.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Claimbench {

using namespace Qt::StringLiterals;

namespace {

// Readability's constants (Readability.js, DEFAULT_* and REGEXPS).
constexpr int kCharThreshold = 500;
constexpr int kTopCandidateCount = 5;
constexpr int kMinimumTopCandidates = 3;
constexpr int kShareElementThreshold = 500;

enum Flag { StripUnlikelys = 1, WeightClasses = 2, CleanConditionally = 4 };

const QRegularExpression &re(const QString &pattern)
{
    // Compiled once per thread and pattern; QRegularExpression is not cheap to build.
    static thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption
                                                                   | QRegularExpression::UseUnicodePropertiesOption));
    return *it;
}

const QString kUnlikelyCandidates = u"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|"
                                    "footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|"
                                    "skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|"
                                    "yom-remote"_s;
const QString kOkMaybeItsACandidate = u"and|article|body|column|content|main|mathjax|shadow"_s;
const QString kPositive = u"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story"_s;
const QString kNegative = u"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|"
                          "masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|"
                          "sponsor|shopping|tags|widget"_s;
const QString kBylinePattern = u"byline|author|dateline|writtenby|p-author"_s;
const QString kShareElements = u"(\\b|_)(share|sharedaddy)(\\b|_)"_s;
const QString kAdWords = u"^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$"_s;
const QString kLoadingWords = u"^((loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$"_s;
const QString kVideos = u"//(www\\.)?((dailymotion|youtube|youtube-nocookie|player\\.vimeo|v\\.qq)\\.com|"
                        "(archive|upload\\.wikimedia)\\.org|player\\.twitch\\.tv)"_s;
const QString kCommas = u"[\\x{002C}\\x{060C}\\x{FE50}\\x{FE10}\\x{FE11}\\x{2E41}\\x{2E34}\\x{2E32}\\x{FF0C}]"_s;

const QStringList kUnlikelyRoles = {u"menu"_s, u"menubar"_s, u"complementary"_s, u"navigation"_s,
                                    u"alert"_s, u"alertdialog"_s, u"dialog"_s};
const QStringList kTagsToScore = {u"section"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s, u"p"_s, u"td"_s, u"pre"_s};
const QStringList kDivToPElements = {u"blockquote"_s, u"dl"_s, u"div"_s, u"img"_s, u"ol"_s, u"p"_s, u"pre"_s,
                                     u"table"_s, u"ul"_s};
const QStringList kPhrasingElements = {
    u"abbr"_s, u"audio"_s, u"b"_s, u"bdo"_s, u"br"_s, u"button"_s, u"cite"_s, u"code"_s, u"data"_s,
    u"datalist"_s, u"dfn"_s, u"em"_s, u"embed"_s, u"i"_s, u"img"_s, u"input"_s, u"kbd"_s, u"label"_s,
    u"mark"_s, u"math"_s, u"meter"_s, u"noscript"_s, u"object"_s, u"output"_s, u"progress"_s, u"q"_s,
    u"ruby"_s, u"samp"_s, u"script"_s, u"select"_s, u"small"_s, u"span"_s, u"strong"_s, u"sub"_s,
    u"sup"_s, u"textarea"_s, u"time"_s, u"var"_s, u"wbr"_s};
const QStringList kHeadings = {u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s};
const QStringList kBlockTags = {
    u"address"_s, u"article"_s, u"aside"_s, u"blockquote"_s, u"caption"_s, u"dd"_s, u"details"_s, u"div"_s,
    u"dl"_s, u"dt"_s, u"fieldset"_s, u"figcaption"_s, u"figure"_s, u"footer"_s, u"form"_s, u"h1"_s, u"h2"_s,
    u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s, u"header"_s, u"hr"_s, u"li"_s, u"main"_s, u"nav"_s, u"ol"_s, u"p"_s,
    u"pre"_s, u"section"_s, u"summary"_s, u"table"_s, u"tbody"_s, u"tfoot"_s, u"thead"_s, u"tr"_s, u"ul"_s};

class Readability
{
public:
    Readability(HtmlDom dom, QString title, int flags)
        : m_dom(std::move(dom))
        , m_title(std::move(title))
        , m_flags(flags)
    {
    }

    // Drops scripts and styles and turns <br><br> runs into paragraphs: done
    // once, before the attempts, each of which starts from this tree.
    void prepareDocument();
    // The article container, or -1; `m_dom` holds the tree it lives in.
    int grabArticle();
    const HtmlDom &dom() const { return m_dom; }
    QString byline() const { return m_byline; }
    int textLength(int id) const { return int(innerText(id).size()); }

private:
    bool flag(Flag f) const { return m_flags & f; }
    QString innerText(int id) const { return m_dom.textContent(id).simplified(); }
    QString matchString(int id) const
    {
        return m_dom.attribute(id, u"class") + u' ' + m_dom.attribute(id, u"id");
    }
    int removeAndGetNext(int id)
    {
        const int next = m_dom.next(id, true);
        m_dom.detach(id);
        return next;
    }
    QList<int> elementChildren(int id) const
    {
        QList<int> out;
        for (const int child : m_dom.children(id)) {
            if (m_dom.isElement(child))
                out.append(child);
        }
        return out;
    }
    bool isWhitespace(int id) const
    {
        const auto &n = m_dom.node(id);
        return (n.kind == HtmlDom::Kind::Text && n.text.trimmed().isEmpty()) || m_dom.isElement(id, u"br");
    }
    bool isPhrasingContent(int id) const;
    bool isProbablyVisible(int id) const;
    bool isValidByline(int id) const;
    bool isElementWithoutContent(int id) const;
    bool hasSingleTagInsideElement(int id, QStringView tag) const;
    double linkDensity(int id) const;
    // The same, with the element's inner text length and its <a> descendants already known.
    double linkDensity(qsizetype textLength, const QList<int> &links) const;
    double textDensity(int id, const QStringList &tags) const;
    int classWeight(int id) const;
    void initializeNode(int id);
    void wrapPhrasingChildren(int div);
    void replaceBreaks(int body);
    QSet<int> dataTables(int root) const;
    bool shouldCleanConditionally(int id, const QString &tag, const QSet<int> &tables) const;
    void cleanConditionally(int root, const QString &tag, const QSet<int> &tables);
    void prepareArticle(int article);

    HtmlDom m_dom;
    QString m_title;
    int m_flags;
    QString m_byline;
    QHash<int, double> m_scores;
};

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

} // namespace

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
