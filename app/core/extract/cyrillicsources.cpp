#include "core/extract/cyrillicsources.h"

#include "core/extract/cyrillicnames.h"
#include "core/extract/textscan.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>

using namespace Qt::StringLiterals;

namespace Claimbench {

using namespace TextScan;

namespace {

using Words = std::initializer_list<std::u16string_view>;

// The words that say who reports: "повідомляє X", "X заявив, що",
// "сообщили в X".
constexpr Words kReportVerbs = {
    u"повідомляє", u"повідомляють", u"повідомив", u"повідомила", u"повідомило", u"повідомили", u"заявив",
    u"заявила", u"заявило", u"заявили", u"заявляє", u"заявляють", u"сказав", u"сказала", u"сказали",
    u"зазначив", u"зазначила", u"зазначили", u"зазначає", u"наголосив", u"наголосила", u"додав", u"додала",
    u"підкреслив", u"підкреслила", u"уточнив", u"уточнили", u"інформує", u"інформують", u"пише", u"пишуть",
    u"розповів", u"розповіла", u"розповіли", u"проінформували", u"доповів", u"доповіла", u"підтвердив",
    u"підтвердила", u"підтвердили", u"сообщает", u"сообщают", u"сообщил", u"сообщила", u"сообщило",
    u"сообщили", u"заявил", u"заявляет", u"заявляют", u"сказал", u"отметил", u"отметила", u"отметили",
    u"подчеркнул", u"подчеркнула", u"добавил", u"добавила", u"уточнил", u"информирует", u"пишет", u"пишут",
    u"рассказал", u"рассказала", u"рассказали", u"подтвердил", u"подтвердили", u"доложил", u"отмечает",
    u"отмечают", u"сообщал", u"сообщала", u"сообщали", u"писал", u"писала", u"повідомляв", u"повідомляла",
    u"писав", u"писала", u"заявляв", u"заявляла", u"заявляли", u"заявлял", u"називав", u"називала",
    u"називали", u"назвав", u"назвала", u"назвали", u"называл", u"называла", u"называли", u"назвал",
    u"стверджує", u"стверджують", u"стверджував", u"стверджувала", u"стверджували", u"утверждает",
    u"утверждают", u"утверждал", u"утверждала", u"утверждали"};


// What a person or body decides: its subject claims the figures of its
// sentence ("Губернатор Наталья Жданова распорядилась выплатить по 1 млн").
constexpr Words kDecisionVerbs = {u"розпорядився", u"розпорядилася", u"доручив", u"доручила", u"підписав",
                                  u"підписала", u"оголосив", u"оголосила", u"распорядился", u"распорядилась",
                                  u"поручил", u"поручила", u"подписал", u"подписала", u"объявил", u"объявила",
                                  u"постановил"};

// "про це йдеться у зведенні X", "говорится в сообщении X".
constexpr Words kDocumentVerbs = {u"йдеться", u"ідеться", u"говориться", u"говорится", u"сказано",
                                  u"зазначено", u"указано", u"зазначається", u"наголошується",
                                  u"отмечается", u"указывается"};

// The evidence of "за даними X", "за словами X", "по данным X".
constexpr Words kEvidenceNouns = {u"даними", u"інформацією", u"словами", u"підрахунками", u"оцінками",
                                  u"оцінкою", u"повідомленням", u"зведенням", u"данным", u"информации",
                                  u"словам", u"подсчетам", u"подсчётам", u"оценкам", u"оценке", u"сведениям",
                                  u"сообщению", u"сводке"};

// The report a text has named: "в той же сводке", "у цьому зведенні".
constexpr Words kReports = {u"зведенні", u"звіті", u"повідомленні", u"заяві", u"сводке", u"сообщении",
                            u"отчете", u"отчёте", u"заявлении", u"бюлетені", u"бюллетене", u"телеграм-каналі",
                            u"телеграм-канале", u"telegram-каналі", u"telegram-канале", u"дописі", u"публікації",
                            u"публикации"};

constexpr Words kPronouns = {u"його", u"її", u"їх", u"їхніми", u"его", u"ее", u"её", u"их"};
constexpr Words kSubjectPronouns = {u"він", u"вона", u"вони", u"он", u"она", u"они"};

// Words no name runs through: prepositions, conjunctions, pronouns and the
// adverbs that follow a reporting verb ("заявив Зеленський увечері").
constexpr Words kStopWords = {
    u"в", u"у", u"во", u"на", u"з", u"із", u"зі", u"під", u"над", u"для", u"до", u"після", u"від", u"при",
    u"за", u"через", u"щодо", u"про", u"о", u"об", u"с", u"со", u"к", u"от", u"по", u"после", u"из", u"між",
    u"между", u"перед", u"серед", u"среди", u"без", u"і", u"й", u"та", u"а", u"але", u"и", u"но", u"или",
    u"або", u"чи", u"що", u"щоб", u"что", u"чтобы", u"як", u"как", u"коли", u"когда", u"вже", u"уже", u"ще",
    u"еще", u"ещё", u"також", u"также", u"тоже", u"теж", u"вчора", u"вчера", u"сьогодні", u"сегодня",
    u"увечері", u"вечером", u"вранці", u"утром", u"раніше", u"ранее", u"зокрема", u"він", u"вона", u"вони",
    u"он", u"она", u"они", u"це", u"это", u"цього", u"этого", u"своєму", u"своему", u"свої", u"свои",
    u"нібито", u"якобы", u"лише", u"лишь", u"тільки", u"только", u"не", u"ні", u"ни", u"журналістам",
    u"журналистам", u"так"};

bool isUpperStart(QStringView w) { return !w.isEmpty() && w.front().isUpper(); }


// How many of the people or sources named last a look back considers: the
// one meant is among the last few, and a bound keeps hostile text (thousands
// of names) linear.
constexpr qsizetype kLookBack = 32;

// A body's common noun that stands for the one named before: "ведомство",
// "міністерства".
bool isGenericBody(QStringView w)
{
    for (QStringView stem : {u"ведомств", u"відомств", u"міністерств", u"министерств"})
        if (w.startsWith(stem) && w.size() <= stem.size() + 2)
            return true;
    return false;
}

bool isClosingQuote(QChar c) { return c == u'»' || c == u'"' || c == u'”'; }

// A state body's own channel: its releases speak for it where they name
// nobody (SPEC: first-party release). Stems of the words such outlets are
// called by.
bool isStateBody(QStringView outlet)
{
    const QString lower = outlet.toString().toLower();
    for (QStringView stem : {u"міністерств", u"министерств", u"міноборони", u"минобороны", u"служба", u"комітет",
                             u"комитет", u"адміністрац", u"администрац", u"управлін", u"управлен",
                             u"штаб", u"сили", u"силы", u"банк", u"президент", u"уряд", u"правительств",
                             u"кабінет", u"прокуратур", u"поліці", u"полици", u"мчс", u"дснс", u"держ", u"гос",
                             u"kremlin", u"gov.ua", u"gov.ru", u"mil.ru"}) {
        for (qsizetype at = lower.indexOf(stem); at >= 0; at = lower.indexOf(stem, at + 1))
            if (at == 0 || !lower[at - 1].isLetter())
                return true;
    }
    return false;
}

// How often the text speaks in the first person in its own words, not in a
// quote: as "я" (a speech or an address by its author, "Я щойно провів
// нараду..."), or as "ми", "наша" (an address in the nation's or the
// office's name: "наша держава пройшла через...").
struct FirstPerson
{
    int singular = 0;
    int plural = 0;
};

FirstPerson firstPersonOf(QStringView text)
{
    FirstPerson count;
    int quoteDepth = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == u'«' || c == u'“' || c == u'„')
            ++quoteDepth;
        else if ((c == u'»' || c == u'”') && quoteDepth > 0)
            --quoteDepth;
        if (!isLetter(c)) {
            ++i;
            continue;
        }
        const qsizetype end = wordEnd(text, i);
        if (quoteDepth == 0 && end - i <= 6) {
            const QString word = text.sliced(i, end - i).toString().toLower();
            count.singular += inList(word, {u"я", u"мені", u"мене", u"мною", u"мне", u"меня", u"мной"});
            count.plural += inList(word, {u"ми", u"нам", u"нас", u"нами", u"мы", u"наш", u"наша", u"наше", u"наші", u"нашої",
                                          u"нашого", u"наших", u"наши", u"нашей", u"нашего"});
        }
        i = std::max(end, i + 1);
    }
    return count;
}

// The byline speaks for the text's figures when the text speaks as "я"
// twice at least (one quoted sentence of a report does not make its
// journalist the speaker), or as "ми" on a state body's own site (a
// president's address).
QString speakingAuthor(QStringView text, const QString &outlet, const QString &author)
{
    if (author.trimmed().isEmpty())
        return {};
    const FirstPerson count = firstPersonOf(text);
    return count.singular >= 2 || (count.plural >= 2 && isStateBody(outlet)) ? author.trimmed() : QString();
}

} // namespace

CyrillicSources::CyrillicSources(QStringView text, Language language, const QString &outlet, const QString &author)
    : m_text(text)
    , m_language(language)
    , m_outlet(outlet.trimmed())
    , m_author(speakingAuthor(text, outlet, author))
{
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text[i] == u'\n')
            m_lineStarts.append(i + 1);
    // Words (with inner apostrophes and hyphens: "прем'єр-міністр",
    // "Пресс-служба") and single marks; numbers are marks too.
    qsizetype i = 0;
    while (i < text.size()) {
        if (isSpace(text[i])) {
            ++i;
            continue;
        }
        qsizetype end = wordEnd(text, i);
        // "прем'єр-міністр", also with the turned comma some sites type
        // for the apostrophe ("прем‘єр").
        while (end > i && end + 1 < text.size() && (isDash(text[end]) || text[end] == u'\u2018')
               && isLetter(text[end + 1]))
            end = wordEnd(text, end + 1);
        if (end > i) {
            m_tokens.append({i, end, true});
            i = end;
            continue;
        }
        end = i + 1;
        while (end < text.size() && isDigit(text[i]) && (isDigit(text[end]) || text[end] == u','))
            ++end;
        m_tokens.append({i, end, false});
        i = end;
    }
    // The publisher first, for "по данным ведомства" in its own text; again
    // after the cues, which name the people a head of state's site may
    // speak as.
    m_firstParty = firstPartyVoice();
    findCues();
    m_firstParty = firstPartyVoice();
    m_nextBack.resize(m_cues.size() + 1, m_cues.size());
    for (qsizetype c = m_cues.size() - 1; c >= 0; --c)
        m_nextBack[c] = m_cues[c].back ? c : m_nextBack[c + 1];
}

QStringView CyrillicSources::word(qsizetype k) const
{
    return isWord(k) ? m_text.sliced(m_tokens[k].start, m_tokens[k].end - m_tokens[k].start) : QStringView();
}

bool CyrillicSources::isMark(qsizetype k, QStringView marks) const
{
    return k >= 0 && k < m_tokens.size() && !m_tokens[k].word && marks.contains(m_text[m_tokens[k].start]);
}

qsizetype CyrillicSources::lineOf(qsizetype pos) const
{
    return std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), pos) - m_lineStarts.cbegin() - 1;
}

qsizetype CyrillicSources::lineEnd(qsizetype line) const
{
    return line + 1 < m_lineStarts.size() ? m_lineStarts[line + 1] : m_text.size();
}

bool CyrillicSources::isBlank(qsizetype line) const
{
    const qsizetype i = skipSpaces(m_text, m_lineStarts[line]);
    return i >= m_text.size() || m_text[i] == u'\n';
}

void CyrillicSources::findCues()
{
    for (qsizetype k = 0; k < m_tokens.size(); ++k) {
        if (!m_tokens[k].word)
            continue;
        // A full name anywhere is whom "за його словами" may mean later.
        if (isUpperStart(word(k)) && isUpperStart(word(k + 1))) {
            const QString first = CyrillicNames::firstNameNominative(word(k), m_language);
            if (!first.isEmpty()) {
                const QString person = CyrillicNames::nominative(
                    m_text.sliced(m_tokens[k].start, m_tokens[k + 1].end - m_tokens[k].start), first != word(k),
                    m_language);
                m_persons.append({m_tokens[k].start, person});
            }
        }
        // A usual institution named anywhere is what "ведомство" may mean later.
        if (mayNameInstitution(word(k))) {
            for (qsizetype n = 4; n > 0; --n) {
                if (!isWord(k + n - 1))
                    continue;
                const QString body = canonicalInstitution(
                    m_text.sliced(m_tokens[k].start, m_tokens[k + n - 1].end - m_tokens[k].start), m_language);
                if (!body.isEmpty()) {
                    m_bodies.append({m_tokens[k].start, body});
                    break;
                }
            }
        }
        labelAt(k);
        cueAt(k);
    }
}

// The token of "про" in "про це" (or "об" in "об этом") before the verb at
// k, a word or two between them ("Про це в четвер заявив"); -1 when none.
qsizetype CyrillicSources::aboutThisBefore(qsizetype k) const
{
    for (qsizetype j = k - 2; j >= k - 4 && isWord(j) && isWord(j + 1); --j)
        if ((equalsLower(word(j), u"про") && equalsLower(word(j + 1), u"це"))
            || (equalsLower(word(j), u"об") && equalsLower(word(j + 1), u"этом")))
            return j;
    return -1;
}

void CyrillicSources::addCue(qsizetype k, QString claimant, bool back, bool carries)
{
    if (claimant.isEmpty())
        return;
    const qsizetype anchor = m_tokens[k].start;
    const qsizetype line = lineOf(anchor);
    m_cues.append({anchor, claimant, back, carries, carries ? scopeEnd(line) : anchor});
    if (CyrillicNames::isPerson(claimant, m_language))
        m_persons.append({anchor, claimant});
    // "Про це повідомляє X" opening one of the first paragraphs names the
    // source of the lead above it: a news item's formula.
    if (back && m_leadEnd < 0 && line > 0) {
        qsizetype paragraphs = 0;
        for (qsizetype l = 0; l < line; ++l)
            paragraphs += !isBlank(l);
        if (paragraphs <= 2 && m_tokens[aboutThisBefore(k)].start == skipSpaces(m_text, m_lineStarts[line])) {
            m_leadEnd = m_lineStarts[line];
            m_leadClaimant = claimant;
        }
    }
}

void CyrillicSources::cueAt(qsizetype k)
{
    const QStringView w = word(k);
    // "про це" / "об этом" before the verb: a source for what came before.
    const bool back = aboutThisBefore(k) >= 0;
    if (inList(w, {u"за", u"по"})) {
        if (inList(word(k + 1), kPronouns) && inList(word(k + 2), kEvidenceNouns)) {
            // "за його словами": the person last named, even paragraphs
            // before; a source carried into the sentence never speaks here.
            const QString near = personBefore(m_tokens[k].start);
            addCue(k, near.isEmpty() ? lastPersonBefore(m_tokens[k].start) : near, false);
            return;
        }
        qsizetype j = k + 1;
        // "за попередніми даними", "по последним официальным данным"
        while (j < k + 3 && isWord(j) && !inList(word(j), kEvidenceNouns) && !isUpperStart(word(j)))
            ++j;
        if (inList(word(j), kEvidenceNouns))
            addCue(k, nameAt(j + 1, true), false);
        return;
    }
    // "у ранковому зведенні Генштабу повідомлялося": the report's author;
    // "у зведенні" with no name after it: the report named before, by
    // whoever the text last named as a source.
    if (inList(w, {u"в", u"у", u"во"})) {
        qsizetype j = k + 1;
        while (j < k + 4 && isWord(j) && !inList(word(j), kReports) && !isUpperStart(word(j)))
            ++j;
        if (!inList(word(j), kReports))
            return;
        const QString author = nameAt(j + 1, true);
        addCue(k, author.isEmpty() && !m_cues.isEmpty() ? m_cues.last().claimant : author, false);
        return;
    }
    // "згідно з даними X", "согласно данным X", "следует из оценки X",
    // "випливає з даних X"
    if (inList(w, {u"згідно", u"согласно", u"следует", u"випливає"})) {
        qsizetype j = k + 1;
        while (j < k + 4 && isWord(j) && !isUpperStart(word(j))
               && !inList(word(j), {u"даними", u"даних", u"данным", u"данных", u"інформацією", u"информации",
                                    u"оцінки", u"оценки", u"звіту", u"отчета", u"отчёта"}))
            ++j;
        if (j < k + 4 && isWord(j) && !isUpperStart(word(j)))
            addCue(k, nameAt(j + 1, true), false);
        return;
    }
    // "сообщает РИА Новости со ссылкой на Росстат", "із посиланням на
    // Генштаб": the one cited is the source, not the outlet passing it on.
    if (inList(w, {u"посиланням", u"ссылкой", u"посилаючись", u"ссылаясь"}) && equalsLower(word(k + 1), u"на")) {
        const QString cited = nameAt(k + 2, true);
        if (!cited.isEmpty() && !m_cues.isEmpty() && m_cues.last().anchor >= m_tokens[std::max<qsizetype>(0, k - 12)].start)
            m_cues.last().claimant = cited;
        else
            addCue(k, cited, back);
        return;
    }
    if (inList(w, kDocumentVerbs)) {
        if (!inList(word(k + 1), {u"в", u"у", u"во"}))
            return;
        // "у зведенні X", "в ранковому зведенні X"
        qsizetype j = k + 2;
        while (j < k + 4 && isWord(j) && !inList(word(j), kReports))
            ++j;
        if (inList(word(j), kReports))
            addCue(k, nameAt(j + 1, true), back);
        return;
    }
    if (inList(w, kDecisionVerbs)) {
        addCue(k, subjectBefore(k), false, false);
        return;
    }
    if (!inList(w, kReportVerbs))
        return;
    const QStringView next = word(k + 1);
    if (inList(next, {u"в", u"у", u"во"})) { // "повідомили в Генштабі", "сообщили в МЧС"
        addCue(k, nameAt(k + 2, true), back);
        return;
    }
    // "як повідомили Повітряні сили", "сообщает РБК", "заявив президент
    // Володимир Зеленський"
    if (isUpperStart(next) || isMark(k + 1, u"«\"“„") || (isWord(k + 1) && !inList(next, kStopWords))) {
        const QString named = nameAt(k + 1, false);
        if (!named.isEmpty() && (isUpperStart(next) || isMark(k + 1, u"«\"“„") || CyrillicNames::isPerson(named, m_language))) {
            addCue(k, named, back);
            return;
        }
    }
    if (inList(word(k - 1), kSubjectPronouns)) { // "він заявив", "она сообщила"
        addCue(k, personBefore(m_tokens[k].start), back);
        return;
    }
    // "Генштаб повідомив, що", "Міноборони РФ заявило:"; a verb with an
    // object ("підтвердила пошкодження") speaks for its own sentence only.
    const bool speech = !isWord(k + 1) || inList(next, {u"що", u"что", u"про", u"о", u"об"});
    addCue(k, subjectBefore(k), back, speech);
}

void CyrillicSources::labelAt(qsizetype k)
{
    const bool opens = k == 0 || lineOf(m_tokens[k - 1].start) < lineOf(m_tokens[k].start)
        || (isMark(k - 1, u":") && (k == 1 || lineOf(m_tokens[k - 2].start) < lineOf(m_tokens[k].start)
                                     || isWord(k - 2)));
    if (!opens)
        return;
    QStringList words;
    qsizetype j = k;
    while (j < k + 5 && isWord(j))
        words.append(word(j++).toString());
    if (!isMark(j, u":"))
        return;
    const QString canonical = canonicalInstitution(words.join(u' '), m_language);
    if (canonical.isEmpty())
        return;
    m_cues.append({m_tokens[k].start, canonical, false, true, scopeEnd(lineOf(m_tokens[j].start))});
}

// A paragraph's account ends with it; one that ends in a colon introduces
// the list under it ("Генштаб:", "за даними Генштабу, такий:"), blank lines
// between them aside, and speaks for it up to the blank line after it.
qsizetype CyrillicSources::scopeEnd(qsizetype line) const
{
    qsizetype last = lineEnd(line) - 1;
    while (last > m_lineStarts[line] && (m_text[last] == u'\n' || isSpace(m_text[last])))
        --last;
    if (m_text[last] != u':')
        return lineEnd(line);
    qsizetype next = line + 1;
    while (next < m_lineStarts.size() && isBlank(next))
        ++next;
    while (next < m_lineStarts.size() && !isBlank(next))
        ++next;
    return next < m_lineStarts.size() ? m_lineStarts[next] : m_text.size();
}

QString CyrillicSources::nameAt(qsizetype k, bool oblique) const
{
    QStringList words;
    if (isMark(k, u"«\"“„")) { // a quoted name: «МБХ медиа», «Медиазона»
        for (qsizetype j = k + 1; j < k + 8 && j < m_tokens.size(); ++j) {
            if (isClosingQuote(m_text[m_tokens[j].start]) && !m_tokens[j].word)
                return words.isEmpty() ? QString() : resolved(words, false, m_tokens[k].start);
            if (!m_tokens[j].word)
                return {};
            words.append(word(j).toString());
        }
        return {};
    }
    // Long enough for a title before a name: "перший заступник міністра
    // оборони України генерал-лейтенант Олександр Павлюк".
    for (qsizetype j = k; j < k + 10 && isWord(j) && !inList(word(j), kStopWords); ++j) {
        if (inList(word(j), kReportVerbs) || inList(word(j), kEvidenceNouns) || inList(word(j), kDocumentVerbs))
            break;
        words.append(word(j).toString());
    }
    return words.isEmpty() ? QString() : resolved(words, oblique, m_tokens[k].start);
}

QString CyrillicSources::subjectBefore(qsizetype k) const
{
    QStringList words;
    for (qsizetype j = k - 1; j >= 0 && j > k - 8 && isWord(j) && !inList(word(j), kStopWords); --j)
        words.prepend(word(j).toString());
    if (!words.isEmpty() && isGenericBody(words.last())) // "тогда ведомство заявило"
        return resolved({words.last()}, false, m_tokens[k].start);
    // A person after a lower-case word is the subject alone: "Минулого
    // тижня Зеленський" → "Зеленський"; a body keeps its genitive words
    // ("Пресс-служба городского управления МЧС").
    for (qsizetype j = words.size() - 1; j > 0; --j) {
        if (isUpperStart(words[j - 1]) || !isUpperStart(words[j]))
            continue;
        const QString person = resolved(words.mid(j), false, m_tokens[k].start);
        if (CyrillicNames::isPerson(person, m_language))
            return person;
        break;
    }
    if (!words.isEmpty() && !isUpperStart(words.first())) {
        return officeHolder(words, m_tokens[k].start);
    }
    if (words.isEmpty())
        return {};
    return resolved(words, false, m_tokens[k].start);
}



// `words` as a claimant: a usual institution by its canonical name (the
// longest run from the start that is one), else a person in full (a surname
// alone is the person named in full before), else the name in the
// nominative, trailing lower-case words of a nominative name dropped.
QString CyrillicSources::resolved(const QStringList &words, bool oblique, qsizetype before) const
{
    // "По данным ведомства", "у відомстві", "за даними міністерства": the body the text named before
    // (a person is not one), else the publisher of its own release.
    if (words.size() == 1 && isGenericBody(words.first())) {
        const auto body = std::find_if(m_bodies.crbegin(), m_bodies.crend(),
                                       [&](const auto &b) { return b.first < before; });
        if (body != m_bodies.crend())
            return body->second;
        const auto c = std::find_if(m_cues.crbegin(), m_cues.crbegin() + std::min(m_cues.size(), kLookBack),
                                    [&](const Cue &c) {
                                        return c.anchor < before && !CyrillicNames::isPerson(c.claimant, m_language);
                                    });
        return c != m_cues.crbegin() + std::min(m_cues.size(), kLookBack) ? c->claimant : m_firstParty;
    }
    // A press office speaks for its body, named after it in the genitive.
    if (words.size() > 1
        && inList(words.first(), {u"пресс-служба", u"прес-служба", u"пресс-центр", u"прес-центр", u"пресс-службы",
                                  u"прес-служби", u"пресс-центра", u"прес-центру"}))
        return resolved(words.mid(1), true, before);
    for (qsizetype n = words.size(); n > 0; --n) {
        const QString canonical = canonicalInstitution(words.first(n).join(u' '), m_language);
        if (!canonical.isEmpty())
            return canonical;
    }
    QStringList name = words;
    if (!oblique)
        while (name.size() > 1 && !isUpperStart(name.last()))
            name.removeLast();
    if (name.size() == 1 && isUpperStart(name.first())) {
        const auto p = std::find_if(m_persons.crbegin(), m_persons.crbegin() + std::min(m_persons.size(), kLookBack),
                                    [&](const auto &p) {
                                        return p.first < before && p.second.endsWith(u' ' + name.first());
                                    });
        if (p != m_persons.crbegin() + std::min(m_persons.size(), kLookBack))
            return p->second;
    }
    return CyrillicNames::nominative(name.join(u' '), oblique, m_language);
}

// The person last named in full before `pos`, in its paragraph or the one
// before it; empty when none.
QString CyrillicSources::personBefore(qsizetype pos) const
{
    qsizetype line = lineOf(pos);
    qsizetype paragraphs = 0;
    while (line > 0 && paragraphs < 2) {
        --line;
        paragraphs += !isBlank(line);
    }
    const qsizetype floor = m_lineStarts[line];
    for (auto p = m_persons.crbegin(); p != m_persons.crend(); ++p)
        if (p->first < pos)
            return p->first >= floor ? p->second : QString();
    return {};
}

QString CyrillicSources::firstPartyVoice() const
{
    if (!m_author.isEmpty())
        return m_author;
    if (m_outlet.isEmpty())
        return {};
    const QString canonical = canonicalInstitution(m_outlet, m_language);
    if (!canonical.isEmpty())
        return canonical;
    if (!isStateBody(m_outlet))
        return {};
    // A head of state's site speaks in the words of the one it names:
    // "Владимир Путин подписал Указ".
    if (m_outlet.startsWith(u"Президент", Qt::CaseInsensitive) && !m_persons.isEmpty())
        return m_persons.first().second;
    return m_outlet;
}

QString CyrillicSources::claimantOf(TextSpan sentence, qsizetype figureStart) const
{
    const auto byAnchor = [](const Cue &c, qsizetype pos) { return c.anchor < pos; };
    const auto first = std::lower_bound(m_cues.cbegin(), m_cues.cend(), sentence.start, byAnchor);
    const auto last = std::lower_bound(first, m_cues.cend(), sentence.end, byAnchor);
    // The sentence's own: the nearest before the figure, else the first after.
    const auto atFigure = std::lower_bound(first, last, figureStart, byAnchor);
    if (atFigure != first)
        return std::prev(atFigure)->claimant;
    if (atFigure != last)
        return atFigure->claimant;
    const qsizetype line = lineOf(sentence.start);
    // Carried from a sentence before it in the paragraph.
    if (first != m_cues.cbegin()) {
        const Cue &before = *std::prev(first);
        if (before.scopeEnd > sentence.start)
            return before.claimant;
    }
    // Named after it: "Про це повідомляє X."
    const qsizetype back = m_nextBack[last - m_cues.cbegin()];
    if (back < m_cues.size() && m_cues[back].anchor < lineEnd(line))
        return m_cues[back].claimant;
    if (sentence.start < m_leadEnd)
        return m_leadClaimant;
    return m_firstParty;
}

} // namespace Claimbench
