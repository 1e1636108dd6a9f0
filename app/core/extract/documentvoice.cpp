#include "core/extract/documentvoice.h"

#include "core/extract/leadspeaker.h"
#include "core/extract/textlines.h"
#include "core/extract/textscan.h"

#include <QHash>

#include <algorithm>
#include <optional>
#include <string_view>

namespace Claimbench {

using namespace TextScan;
using namespace std::string_view_literals;

namespace {

// A transcript has at least this many labelled lines from two speakers; a
// lone "Note:" or a list of "Deaths: 23" lines is not a conversation. Two
// suffice when both labels are in capitals, as transcripts write them, for
// an excerpt that stops in the second turn ("MODERATOR:", "SENIOR
// ADMINISTRATION OFFICIAL:").
constexpr int kMinLabelledLines = 3;
constexpr int kMinCapitalLabelledLines = 2;
// A speaker's turns say something: labels whose turns average fewer
// characters are field names ("Deaths: 23").
constexpr qsizetype kMinMeanTurn = 25;
constexpr qsizetype kMaxNamesLookedUp = 32;

struct Label
{
    qsizetype lineStart = 0;
    QString text;     // as written, without the colon
    qsizetype colon = 0;
    bool allCaps = false;
};

// Headings and field names written like a speaker label.
bool isFieldName(QStringView lower)
{
    return inList(lower, {u"note"sv, u"notes"sv, u"update"sv, u"updated"sv, u"correction"sv, u"source"sv, u"sources"sv,
                          u"editor's note"sv, u"editor\u2019s note"sv, u"photo"sv, u"video"sv, u"watch"sv, u"read more"sv,
                          u"related"sv, u"see also"sv, u"table"sv, u"figure"sv, u"chart"sv, u"map"sv, u"contact"sv,
                          u"media contact"sv, u"tags"sv, u"date"sv, u"time"sv, u"location"sv, u"subject"sv, u"re"sv,
                          u"to"sv, u"from"sv, u"cc"sv, u"attention"sv, u"warning"sv, u"important"sv, u"breaking"sv,
                          u"highlights"sv, u"summary"sv, u"background"sv, u"title"sv, u"caption"sv, u"credit"sv,
                          u"image"sv, u"transcript"sv, u"agenda"sv, u"topic"sv, u"where"sv, u"when"sv, u"what"sv,
                          u"who"sv, u"why"sv, u"how"sv, u"url"sv, u"published"sv, u"language"sv, u"outlet"sv,
                          u"genre"sv, u"author"sv, u"by"sv, u"email"sv, u"e-mail"sv, u"phone"sv, u"tel"sv, u"fax"sv,
                          u"web"sv, u"website"sv, u"address"sv, u"notice"sv, u"disclaimer"sv, u"key points"sv,
                          u"main points"sv, u"definition"sv, u"definitions"sv, u"example"sv, u"total"sv});
}

bool isQuestioner(QStringView lower)
{
    return inList(lower, {u"q"sv, u"question"sv, u"questioner"sv, u"reporter"sv, u"interviewer"sv, u"journalist"sv,
                          u"audience"sv, u"audience member"sv, u"press"sv, u"wn"sv, u"wikinews"sv, u"host"sv});
}

// Titles and roles around a name ("MR. KIRBY", "Pentagon Press Secretary John
// Kirby"): not part of it.
bool isTitleWord(QStringView w)
{
    QStringView bare = w.endsWith(u'.') ? w.chopped(1) : w;
    return inList(bare, {u"mr"sv, u"mrs"sv, u"ms"sv, u"miss"sv, u"dr"sv, u"gen"sv, u"adm"sv, u"lt"sv, u"col"sv, u"maj"sv,
                         u"capt"sv, u"sgt"sv, u"sec"sv, u"sen"sv, u"rep"sv, u"gov"sv, u"prof"sv, u"amb"sv, u"secretary"sv,
                         u"general"sv, u"admiral"sv, u"colonel"sv, u"major"sv, u"captain"sv, u"ambassador"sv,
                         u"president"sv, u"vice"sv, u"minister"sv, u"prime"sv, u"senator"sv, u"governor"sv, u"mayor"sv,
                         u"spokesman"sv, u"spokeswoman"sv, u"spokesperson"sv, u"press"sv, u"deputy"sv, u"assistant"sv,
                         u"senior"sv, u"official"sv, u"officials"sv, u"defense"sv, u"defence"sv, u"state"sv,
                         u"pentagon"sv, u"chief"sv, u"director"sv, u"chairman"sv, u"chair"sv, u"commander"sv,
                         u"lieutenant"sv, u"sergeant"sv, u"professor"sv, u"doctor"sv, u"foreign"sv, u"affairs"sv,
                         u"department"sv, u"of"sv, u"the"sv, u"and"sv, u"moderator"sv, u"staff"sv, u"operator"sv,
                         u"administrator"sv, u"attorney"sv, u"inspector"sv, u"superintendent"sv, u"coordinator"sv,
                         u"adviser"sv, u"advisor"sv, u"national"sv, u"security"sv, u"homeland"sv, u"acting"sv,
                         u"under"sv, u"special"sv, u"envoy"sv, u"representative"sv, u"sheriff"sv, u"chancellor"sv,
                         u"commissioner"sv, u"surgeon"sv, u"first"sv, u"lady"sv});
}

// "MR. KIRBY:", "Senior Defense Official:", "Q:" at the start of a line.
std::optional<Label> labelOf(QStringView t, qsizetype lineStart, qsizetype lineEnd)
{
    const qsizetype s = skipSpaces(t, lineStart);
    // "Q Good afternoon.": White House transcripts label questions without a colon.
    if (s + 2 < lineEnd && t[s] == u'Q' && isSpace(t[s + 1]))
        return Label{lineStart, QStringLiteral("Q"), s, true};
    const std::optional<TextLines::LineLabel> label =
        TextLines::labelAt(t.mid(lineStart, lineEnd - lineStart), TextLines::LabelKind::Speaker);
    if (!label || !(label->allCaps || label->titleCase) || !label->blankAfter)
        return std::nullopt;
    QString text = t.mid(lineStart + label->start, label->colon - label->start).trimmed().toString();
    if (isFieldName(text.toLower()))
        return std::nullopt;
    return Label{lineStart, text, lineStart + label->colon, label->allCaps};
}

QString titleCased(QStringView words)
{
    QString out;
    bool start = true;
    for (QChar c : words) {
        out += start ? c.toUpper() : c.toLower();
        start = c == u' ' || c == u'-';
    }
    return out;
}

// `surname` as `t` writes it with the capitalised words before it that are
// not titles ("Lloyd J. Austin"), or empty when `t` gives no first name.
QString fullNameIn(QStringView t, const QString &surname)
{
    for (qsizetype at = t.indexOf(surname); at >= 0; at = t.indexOf(surname, at + 1)) {
        const qsizetype end = at + surname.size();
        if ((at > 0 && isLetter(t[at - 1])) || (end < t.size() && isLetter(t[end])))
            continue;
        qsizetype first = at;
        for (int k = 0; k < 3; ++k) {
            const qsizetype p = first;
            if (p < 3 || t[p - 1] != u' ')
                break;
            const qsizetype ws = wordStartBefore(t, p - 1 - (t[p - 2] == u'.' ? 1 : 0));
            const qsizetype we = p - 1;
            if (ws >= we || !t[ws].isUpper() || isTitleWord(t.mid(ws, we - ws).toString().toLower()))
                break;
            first = ws;
        }
        if (first < at)
            return t.mid(first, end - first).toString();
    }
    return {};
}

// The name a label stands for, as fully as the text, else its headline,
// writes it: "MR. KIRBY" after "John Kirby, the Pentagon press secretary" is
// "John Kirby"; a label of roles only ("SENIOR DEFENSE OFFICIAL") is itself
// the name.
QString speakerName(QStringView t, QStringView title, QStringView label)
{
    QList<QStringView> name;
    for (QStringView w : label.split(u' ', Qt::SkipEmptyParts))
        if (!isTitleWord(w.toString().toLower()))
            name.append(w);
    if (name.isEmpty())
        return titleCased(label);
    const QString surname = titleCased(name.constLast());
    if (QString full = fullNameIn(t, surname); !full.isEmpty())
        return full;
    if (QString full = fullNameIn(title, surname); !full.isEmpty())
        return full;
    QStringList words;
    for (QStringView w : name)
        words.append(titleCased(w));
    return words.join(u' ');
}

// Whether `name` holds `word` starting at a word boundary (and, when
// `whole`, ending at one): "times" is in "New York Times", not "sometimes".
bool hasWordStarting(QStringView name, std::u16string_view word, bool whole)
{
    // The standard search: Qt's sets up a rolling hash on every call, and a
    // name is tried against a hundred words.
    const std::u16string_view in(name.utf16(), size_t(name.size()));
    for (size_t found = in.find(word); found != std::u16string_view::npos; found = in.find(word, found + 1)) {
        const qsizetype at = qsizetype(found);
        const qsizetype end = at + qsizetype(word.size());
        if ((at == 0 || !isLetter(name[at - 1])) && (!whole || end == name.size() || !isLetter(name[end])))
            return true;
    }
    return false;
}

// The lower-case ASCII letters of `name`, a bit each: a word whose first
// letter is not among them stands nowhere in it, and a name is tried against
// a hundred words.
std::uint32_t lettersOf(QStringView name)
{
    std::uint32_t letters = 0;
    for (const QChar c : name)
        if (c.unicode() >= u'a' && c.unicode() <= u'z')
            letters |= std::uint32_t(1) << (c.unicode() - u'a');
    return letters;
}

bool mayHold(std::uint32_t letters, std::u16string_view word)
{
    const char16_t first = word.front();
    return first < u'a' || first > u'z' || (letters >> (first - u'a') & 1);
}

// A speech or a statement: its author speaks as "I" ("Today I am
// announcing", "I would like to make a statement") outside quotations.
bool speaksAsI(QStringView text)
{
    int mine = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size() && mine < 1; ++i) {
        const QChar c = text[i];
        if (c == u'"' || c == u'\u201c' || c == u'\u201d')
            quoted = c == u'\u201c' || (c == u'"' && !quoted);
        else if (c == u'\n')
            quoted = false;
        else if (!quoted && c == u'I' && (i == 0 || !isLetter(text[i - 1])) && i + 1 < text.size()
                 && (isSpace(text[i + 1]) || isApostrophe(text[i + 1])))
            ++mine;
    }
    return mine >= 1;
}

// The labelled lines of `text`, in text order. Most lines have no colon
// near their start: the scan visits the colons and the lines that open with
// "Q ", not every line.
QList<Label> labelsOf(QStringView text)
{
    QList<Label> labels;
    const auto lineEnd = [&](qsizetype from) {
        const qsizetype e = text.indexOf(u'\n', from);
        return e < 0 ? text.size() : e;
    };
    qsizetype lastLine = -1;
    const auto take = [&](qsizetype lineStart) {
        if (lineStart <= lastLine)
            return;
        lastLine = lineStart;
        if (auto label = labelOf(text, lineStart, lineEnd(lineStart)))
            labels.append(*label);
    };
    // indexOf(u"\nQ ") hashes every character; the line breaks are found faster.
    const auto questionAfter = [&](qsizetype from) -> qsizetype {
        for (qsizetype lf = text.indexOf(u'\n', from); lf >= 0; lf = text.indexOf(u'\n', lf + 1))
            if (lf + 2 < text.size() && text[lf + 1] == u'Q' && text[lf + 2] == u' ')
                return lf;
        return -1;
    };
    qsizetype colon = text.indexOf(u':');
    qsizetype question = text.startsWith(u"Q ") ? 0 : questionAfter(0);
    while (colon >= 0 || question >= 0) {
        if (question >= 0 && (colon < 0 || question < colon)) {
            take(question == 0 && text.startsWith(u"Q ") ? 0 : question + 1);
            question = questionAfter(question + 1);
            continue;
        }
        qsizetype start = colon;
        while (start > 0 && colon - start <= 60 && text[start - 1] != u'\n')
            --start;
        if (start == 0 || text[start - 1] == u'\n')
            take(start);
        colon = text.indexOf(u':', colon + 1);
    }
    return labels;
}

// The capitalised words from `from` ("Robert Sarvis, Libertarian ..." ->
// "Robert Sarvis"): a name, up to a comma, a colon or a lower-case word.
QString nameAt(QStringView h, qsizetype from, qsizetype to)
{
    qsizetype i = skipSpaces(h, from);
    qsizetype last = -1;
    for (int words = 0; words < 5 && i < to && h[i].isUpper(); ++words) {
        qsizetype e = i;
        while (e < to && (isLetter(h[e]) || h[e] == u'.' || h[e] == u'-' || isApostrophe(h[e])))
            ++e;
        last = e;
        if (e >= to || !isSpace(h[e]))
            break;
        i = skipSpaces(h, e);
    }
    return last < 0 ? QString() : h.mid(skipSpaces(h, from), last - skipSpaces(h, from)).toString();
}

// The person a headline says is interviewed: "Wikinews interviews Robert
// Sarvis, ...", "Jack Herrick, wikiHow founder interviewed by Wikinews",
// "Frank Messina: An Interview with the 'Mets Poet'", "An interview with X".
QString headlineInterviewee(QStringView t)
{
    const qsizetype s = skipSpaces(t, 0);
    qsizetype e = t.indexOf(u'\n', s);
    if (e < 0)
        e = t.size();
    const QStringView h = t.mid(s, std::min<qsizetype>(e - s, 300));
    if (const qsizetype at = indexOfLower(h, u"interviews "sv); at > 0)
        return nameAt(h, at + 11, h.size());
    if (const qsizetype at = indexOfLower(h, u" interviewed"sv); at > 0) {
        const qsizetype comma = h.indexOf(u',');
        return nameAt(h, 0, comma > 0 && comma < at ? comma : at);
    }
    for (const std::u16string_view with : {u"interview with "sv, u"q&a with "sv}) {
        const qsizetype at = indexOfLower(h, with);
        if (at < 0)
            continue;
        const qsizetype colon = h.indexOf(u':');
        // The phrase names the text only where it opens the headline or the
        // part after its colon ("to replace the interview with a form" does not).
        const qsizetype opening = colon > 0 && colon < at ? colon + 1 : 0;
        const QStringView before = h.mid(opening, at - opening).trimmed();
        if (!before.isEmpty() && !inList(before, {u"an"sv, u"a"sv}))
            return {};
        return opening > 0 ? nameAt(h, 0, colon) : nameAt(h, at + with.size(), h.size());
    }
    return {};
}

// A news organisation reports what others claim, even a state-funded one.
bool isNewsOrganisation(const QString &name)
{
    const std::uint32_t letters = lettersOf(name);
    for (std::u16string_view news : {u"news"sv, u"times"sv, u"post"sv, u"press"sv, u"reuters"sv, u"wire"sv, u"wikinews"sv,
                                     u"voice of america"sv, u"voa"sv, u"bbc"sv, u"cnn"sv, u"radio"sv, u"television"sv,
                                     u"journal"sv, u"herald"sv, u"tribune"sv, u"gazette"sv, u"daily"sv, u"magazine"sv,
                                     u"guardian"sv, u"telegraph"sv, u"observer"sv, u"independent"sv, u"associated"sv,
                                     u"afp"sv, u"bloomberg"sv, u"broadcast"sv, u"media"sv, u"tass"sv, u"interfax"sv,
                                     u"ukrinform"sv, u"al jazeera"sv, u"economist"sv, u"weekly"sv, u"review"sv, u"blog"sv,
                                     u"courier"sv, u"chronicle"sv, u"mail"sv, u"express"sv, u"mirror"sv, u"dispatch"sv,
                                     u"inquirer"sv, u"examiner"sv, u"sentinel"sv, u"telegram"sv, u"globe"sv,
                                     // news agencies known by their initials
                                     u"ap"sv, u"upi"sv, u"dpa"sv, u"ansa"sv, u"efe"sv, u"unian"sv, u"ria"sv, u"nhk"sv,
                                     u"kcna"sv, u"irna"sv, u"rt"sv, u"xinhua"sv, u"yonhap"sv, u"kyodo"sv, u"pti"sv,
                                     u"ani"sv, u"anadolu"sv, u"pap"sv, u"ctk"sv, u"apa"sv, u"belta"sv, u"mena"sv,
                                     u"sana"sv, u"wafa"sv})
        if (mayHold(letters, news) && hasWordStarting(name, news, true))
            return true;
    return false;
}

// A public body speaks for itself in what it publishes; so does an acronym
// that is no news organisation's: "NASA", "FEMA", "ONS", "HMRC".
bool isPublicBody(const QString &name, QStringView asWritten)
{
    // A statistics office named the continental way: "Rosstat", "Destatis", "Eurostat".
    if (name.endsWith(u"stat") && !name.contains(u' '))
        return true;
    // A public body's web address: "weather.gov", "ons.gov.uk", "army.mil".
    for (std::u16string_view domain : {u".gov"sv, u".gov.uk"sv, u".mil"sv, u".int"sv})
        if (name.endsWith(QStringView(domain)))
            return true;
    // An acronym alone ("NASA", "HMRC") or opening the name of one of its
    // parts ("NWS Storm Prediction Center", "NOAA Fisheries").
    const QString bare = asWritten.trimmed().toString().section(u' ', 0, 0);
    if (bare.size() >= 2 && bare.size() <= 6
        && std::ranges::all_of(bare, [](QChar c) { return c.isUpper() || c == u'&'; }))
        return true;
    const std::uint32_t letters = lettersOf(name);
    for (std::u16string_view body : {u"ministry"sv, u"department"sv, u"bureau"sv, u"office"sv, u"agency"sv,
                                     u"administration"sv, u"commission"sv, u"council"sv, u"government"sv, u"service"sv,
                                     u"authority"sv, u"institute"sv, u"statistic"sv, u"census"sv, u"survey"sv,
                                     u"embassy"sv, u"delegation"sv, u"mission"sv, u"police"sv, u"army"sv, u"navy"sv,
                                     u"forces"sv, u"command"sv, u"pentagon"sv, u"white house"sv, u"parliament"sv,
                                     u"senate"sv, u"congress"sv, u"cabinet"sv, u"presiden"sv, u"kremlin"sv, u"nato"sv,
                                     u"united nations"sv, u"unicef"sv, u"red cross"sv, u"central bank"sv, u"treasury"sv,
                                     u"secretariat"sv, u"gov.uk"sv, u".gov"sv, u"centers for"sv, u"centre for"sv,
                                     u"world health"sv, u"federal"sv, u"national"sv, u"state of"sv, u"county"sv, u"city of"sv,
                                     u"public health"sv, u"health service"sv, u"revenue"sv, u"customs"sv, u"hm "sv,
                                     u"majesty"sv, u"meteorolog"sv, u"geological"sv, u"electoral"sv, u"court"sv,
                                     u"tribunal"sv, u"ombudsman"sv, u"regulat"sv, u"inspectorate"sv, u"prosecut"sv,
                                     u"guard"sv, u"fire and rescue"sv, u"emergency"sv, u"civil protection"sv,
                                     u"red crescent"sv, u"world bank"sv, u"monetary fund"sv, u"european commission"sv,
                                     u"european union"sv, u"osce"sv, u"high commissioner"sv, u"observatory"sv})
        if (mayHold(letters, body) && hasWordStarting(name, body, false))
            return true;
    return false;
}

// The publisher a text names on a line of its own among its first lines, as
// bulletins and transcripts head themselves ("National Weather Service Fort
// Worth TX", "Office for National Statistics"): a short line of capitalised
// words that name a public body.
QString namedPublisher(QStringView text)
{
    int lines = 0;
    for (qsizetype i = 0; i < text.size() && lines < 5;) {
        qsizetype e = text.indexOf(u'\n', i);
        if (e < 0)
            e = text.size();
        const QStringView line = text.mid(i, e - i).trimmed();
        i = e + 1;
        if (line.isEmpty())
            continue;
        ++lines;
        if (line.size() > 60)
            continue;
        const auto words = line.split(u' ', Qt::SkipEmptyParts);
        const bool capitalised = words.size() <= 8 && std::ranges::all_of(words, [](QStringView w) {
            return w.front().isUpper() || inList(w, {u"of"sv, u"for"sv, u"the"sv, u"and"sv, u"on"sv, u"in"sv, u"&"sv});
        });
        const QString name = line.toString().toLower();
        if (capitalised && !isNewsOrganisation(name) && isPublicBody(name, {})) // not "UPDATE" as an acronym
            return line.toString();
    }
    return {};
}

} // namespace

void DocumentVoice::setWrittenIn(Language language, const QString &publisher, const QString &author)
{
    m_language = language;
    m_publisher = publisher;
    m_author = author;
}

DocumentVoice::DocumentVoice(QStringView text, const QString &outlet, const QString &author, QStringView title,
                             const SentenceSplitter &splitter)
{
    m_documentVoice = leadSpeaker(text, splitter);
    const bool byAuthor = m_documentVoice.isEmpty() && !author.trimmed().isEmpty() && speaksAsI(text);
    if (byAuthor)
        m_documentVoice = author.trimmed();
    // Without an outlet, a bulletin's own heading names its publisher.
    const QString publisher = outlet.trimmed().isEmpty() ? namedPublisher(text) : outlet.trimmed();
    const bool firstParty = !byAuthor && isFirstParty(text, publisher);
    if (m_documentVoice.isEmpty() && firstParty)
        m_documentVoice = publisher;
    // A release's "we" is its publisher even below a standfirst that quotes
    // someone else; a speech's is its author.
    m_ourVoice = byAuthor ? m_documentVoice : firstParty ? publisher : QString();

    const QList<Label> labels = labelsOf(text);
    const bool capitals = std::ranges::all_of(labels, [](const Label &l) { return l.allCaps; });
    if (labels.size() < (capitals ? kMinCapitalLabelledLines : kMinLabelledLines)) {
        takeInterview(text);
        return;
    }
    struct Stats
    {
        qsizetype characters = 0;
        int turns = 0;
        int questions = 0;
    };
    QHash<QString, Stats> byLabel;
    for (qsizetype k = 0; k < labels.size(); ++k) {
        const qsizetype end = k + 1 < labels.size() ? labels[k + 1].lineStart : text.size();
        const QStringView said = text.mid(labels[k].colon + 1, end - labels[k].colon - 1).trimmed();
        Stats &st = byLabel[labels[k].text.toUpper()];
        st.characters += said.size();
        ++st.turns;
        st.questions += said.endsWith(u'?');
    }
    // A questioner's turns may be short ("Q Thank you."); a speaker's say something.
    const auto speaks = [&](const QString &key) {
        const Stats &st = byLabel[key];
        return isQuestioner(key.toLower()) || st.characters >= kMinMeanTurn * st.turns;
    };
    int speakers = 0;
    for (auto it = byLabel.cbegin(); it != byLabel.cend(); ++it)
        speakers += speaks(it.key());
    // Field names of a record ("Rating: EF1", "Start Location: ...") look
    // like labels too; a conversation shows itself by a questioner or by a
    // titled speaker in capitals ("MR. KIRBY:", "ADMINISTRATOR CRISWELL:").
    const bool conversation = std::ranges::any_of(labels, [&](const Label &l) {
        if (isQuestioner(l.text.toLower()))
            return true;
        if (!l.allCaps)
            return false;
        const auto words = QStringView(l.text).split(u' ', Qt::SkipEmptyParts);
        return std::ranges::any_of(words, [](QStringView w) { return isTitleWord(w.toString().toLower()); });
    });
    if (speakers < 2 || !conversation) {
        takeInterview(text);
        return;
    }
    QHash<QString, QString> names;
    for (const Label &label : std::as_const(labels)) {
        const QString key = label.text.toUpper();
        const Stats &st = byLabel[key];
        if (!speaks(key))
            continue;
        const bool question = isQuestioner(label.text.toLower()) || 2 * st.questions > st.turns;
        // Finding a speaker's full name reads the text; a transcript has a
        // few speakers, and a hostile text of thousands gets their labels.
        if (!names.contains(key))
            names.insert(key, question                          ? QString()
                              : names.size() < kMaxNamesLookedUp ? speakerName(text, title, label.text)
                                                                 : titleCased(label.text));
        m_turns.append({label.lineStart, names.value(key)});
    }
}

// An interview without speaker labels: its paragraphs that ask are the
// interviewer's, the others the interviewee's the headline names.
void DocumentVoice::takeInterview(QStringView text)
{
    const QString interviewee = headlineInterviewee(text);
    if (interviewee.isEmpty())
        return;
    for (qsizetype i = 0; i < text.size();) {
        qsizetype e = text.indexOf(u'\n', i);
        if (e < 0)
            e = text.size();
        const QStringView line = text.mid(i, e - i).trimmed();
        if (!line.isEmpty())
            m_turns.append({i, line.endsWith(u'?') ? QString() : interviewee});
        i = e + 1;
    }
}

const DocumentVoice::Turn *DocumentVoice::turnAt(qsizetype pos) const
{
    const auto after = std::upper_bound(m_turns.cbegin(), m_turns.cend(), pos,
                                        [](qsizetype p, const Turn &t) { return p < t.start; });
    return after == m_turns.cbegin() ? nullptr : &*std::prev(after);
}

QString DocumentVoice::at(qsizetype pos) const
{
    const Turn *turn = turnAt(pos);
    return turn ? turn->speaker : m_documentVoice;
}

QString DocumentVoice::ours(qsizetype pos) const
{
    const Turn *turn = turnAt(pos);
    return turn ? turn->speaker : m_ourVoice;
}

bool DocumentVoice::isFirstParty(QStringView text, QStringView outlet)
{
    const QString name = outlet.trimmed().toString().toLower();
    if (!std::ranges::any_of(name, [](QChar c) { return c.isLetter(); }) || isNewsOrganisation(name))
        return false;
    if (isPublicBody(name, outlet))
        return true;
    // A web address ("pamtengo.com") is a site that republishes others'
    // texts; a public body's own ("nasa.gov") was taken above.
    if (name.contains(u'.') && !name.contains(u' '))
        return false;
    // No name to go by: a text that speaks as "we" and quotes nobody.
    int we = 0;
    int said = 0;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype e = wordEnd(text, i);
        if (e == i) {
            ++i;
            continue;
        }
        const QStringView w = text.mid(i, e - i);
        we += equalsLower(w, u"we") || equalsLower(w, u"our");
        said += equalsLower(w, u"said") || equalsLower(w, u"says") || equalsLower(w, u"told");
        i = e;
    }
    return (we >= 3 && said * 2 <= we) || (we >= 1 && said == 0);
}

} // namespace Claimbench
