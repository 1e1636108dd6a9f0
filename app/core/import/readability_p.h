#pragma once

// The internals of ContentExtractor, our port of Mozilla Readability: its
// constants, and the class one attempt at finding the article runs. Used by
// contentextractor.cpp, readability.cpp (preparing and scoring) and
// readabilitycleaning.cpp (cleaning the chosen article) only.

#include "core/import/htmldom.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace Claimbench::ReadabilityRules {

using namespace Qt::StringLiterals;

// Readability's constants (Readability.js, DEFAULT_* and REGEXPS).
inline constexpr int kCharThreshold = 500;
inline constexpr int kTopCandidateCount = 5;
inline constexpr int kMinimumTopCandidates = 3;
inline constexpr int kShareElementThreshold = 500;

enum Flag { StripUnlikelys = 1, WeightClasses = 2, CleanConditionally = 4 };

// `pattern` compiled once per thread, case-insensitive with Unicode classes.
const QRegularExpression &re(const QString &pattern);

inline const QString kUnlikelyCandidates = u"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|"
                                           "footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|"
                                           "skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|"
                                           "yom-remote"_s;
inline const QString kOkMaybeItsACandidate = u"and|article|body|column|content|main|mathjax|shadow"_s;
inline const QString kPositive = u"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story"_s;
inline const QString kNegative = u"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|"
                                 "masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|"
                                 "sponsor|shopping|tags|widget"_s;
inline const QString kBylinePattern = u"byline|author|dateline|writtenby|p-author"_s;
inline const QString kShareElements = u"(\\b|_)(share|sharedaddy)(\\b|_)"_s;
inline const QString kAdWords = u"^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$"_s;
inline const QString kLoadingWords = u"^((loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$"_s;
inline const QString kVideos = u"//(www\\.)?((dailymotion|youtube|youtube-nocookie|player\\.vimeo|v\\.qq)\\.com|"
                               "(archive|upload\\.wikimedia)\\.org|player\\.twitch\\.tv)"_s;
inline const QString kCommas = u"[\\x{002C}\\x{060C}\\x{FE50}\\x{FE10}\\x{FE11}\\x{2E41}\\x{2E34}\\x{2E32}\\x{FF0C}]"_s;

inline const QStringList kUnlikelyRoles = {u"menu"_s, u"menubar"_s, u"complementary"_s, u"navigation"_s,
                                           u"alert"_s, u"alertdialog"_s, u"dialog"_s};
inline const QStringList kTagsToScore = {u"section"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s, u"p"_s, u"td"_s, u"pre"_s};
inline const QStringList kDivToPElements = {u"blockquote"_s, u"dl"_s, u"div"_s, u"img"_s, u"ol"_s, u"p"_s, u"pre"_s,
                                            u"table"_s, u"ul"_s};
inline const QStringList kPhrasingElements = {
           u"abbr"_s, u"audio"_s, u"b"_s, u"bdo"_s, u"br"_s, u"button"_s, u"cite"_s, u"code"_s, u"data"_s,
           u"datalist"_s, u"dfn"_s, u"em"_s, u"embed"_s, u"i"_s, u"img"_s, u"input"_s, u"kbd"_s, u"label"_s,
           u"mark"_s, u"math"_s, u"meter"_s, u"noscript"_s, u"object"_s, u"output"_s, u"progress"_s, u"q"_s,
           u"ruby"_s, u"samp"_s, u"script"_s, u"select"_s, u"small"_s, u"span"_s, u"strong"_s, u"sub"_s,
           u"sup"_s, u"textarea"_s, u"time"_s, u"var"_s, u"wbr"_s};
inline const QStringList kHeadings = {u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s};
inline const QStringList kBlockTags = {
           u"address"_s, u"article"_s, u"aside"_s, u"blockquote"_s, u"caption"_s, u"dd"_s, u"details"_s, u"div"_s,
           u"dl"_s, u"dt"_s, u"fieldset"_s, u"figcaption"_s, u"figure"_s, u"footer"_s, u"form"_s, u"h1"_s, u"h2"_s,
           u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s, u"header"_s, u"hr"_s, u"li"_s, u"main"_s, u"nav"_s, u"ol"_s, u"p"_s,
           u"pre"_s, u"section"_s, u"summary"_s, u"table"_s, u"tbody"_s, u"tfoot"_s, u"thead"_s, u"tr"_s, u"ul"_s};

} // namespace Claimbench::ReadabilityRules

namespace Claimbench {

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
    bool flag(ReadabilityRules::Flag f) const { return m_flags & f; }
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

} // namespace Claimbench
