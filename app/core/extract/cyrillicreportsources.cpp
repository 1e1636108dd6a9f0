// The sources of a Ukrainian or Russian news report, by its structure.
#include "core/extract/cyrillicreportsources.h"

#include "core/extract/cyrillicnames.h"
#include "core/extract/cyrillicsources.h"
#include "core/extract/textscan.h"

#include <algorithm>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace Claimbench {

using namespace TextScan;

namespace {

bool startsWithAny(QStringView word, std::initializer_list<QStringView> stems)
{
    return std::ranges::any_of(stems, [&](QStringView s) { return word.startsWith(s); });
}

// Verbs of saying and reporting, by their stems.
bool isReportingVerb(QStringView w)
{
    return startsWithAny(w, {u"повідом", u"передає", u"передают", u"пише", u"пишуть", u"йдеться", u"заяв",
                             u"сказа", u"розпов", u"зазнач", u"наголос", u"додав", u"інформу", u"поінформув",
                             u"сообщ", u"передает", u"пишет", u"говорит", u"рассказ", u"отмети", u"отмеча",
                             u"подчеркну", u"проинформир", u"информиру", u"уточни", u"добавил", u"объяви",
                             u"оголоси"});
}

// Researchers who count give the count as theirs.
bool isCountingVerb(QStringView w)
{
    return startsWithAny(w, {u"установил", u"встановил", u"підрахувал", u"порахувал", u"нарахувал",
                             u"подсчитал", u"посчитал", u"насчитал", u"підрахува", u"подсчита"});
}

// "В X считают, что": the body holds the view.
bool isViewVerb(QStringView w)
{
    return startsWithAny(w, {u"считают", u"утверждают", u"полагают", u"вважають", u"стверджують", u"переконані",
                             u"уверены"});
}

// A body publishing its release opens the article on its figures.
bool isPublishingVerb(QStringView w)
{
    return startsWithAny(w, {u"оприлюдн", u"опублікув", u"опубликова", u"обнародова", u"представи",
                             u"публікує", u"публикует", u"оновив", u"оновил", u"обновил"});
}

// A generic noun for a body: the institution the report named last.
bool isGenericBody(QStringView w)
{
    return startsWithAny(w, {u"відомств", u"ведомств", u"міністерств", u"министерств", u"агентств",
                             u"регулятор", u"статвідомств", u"статведомств", u"відомство", u"ведомство"});
}

bool isPreposition(QStringView w)
{
    static const QStringList prepositions{u"у"_s, u"в"_s, u"во"_s, u"на"_s, u"з"_s, u"із"_s, u"зі"_s, u"від"_s,
                                          u"для"_s, u"по"_s, u"о"_s, u"об"_s, u"со"_s, u"с"_s, u"про"_s,
                                          u"під"_s, u"за"_s, u"до"_s, u"к"_s, u"от"_s, u"при"_s, u"після"_s};
    return prepositions.contains(w);
}

// A person's office named instead of the person ("премьер", "голова").
bool isTitle(QStringView w)
{
    return (startsWithAny(w, {u"премьер", u"прем'єр", u"президент", u"міністр", u"министр", u"глава", u"голова",
                              u"губернатор", u"спікер", u"спикер", u"речни", u"пресс-секретар", u"прес-секретар",
                              u"очільни"})
            && w.size() <= 16)
           || w == u"мер" || w == u"мэр";
}

// The words that open a recap of earlier news, not the report's own.
bool isRecap(QStringView w)
{
    return startsWithAny(w, {u"нагада", u"напомн", u"раніше", u"ранее"});
}

} // namespace

CyrillicReportSources::CyrillicReportSources(QStringView text, Language language)
    : m_text(text)
    , m_language(language)
{
    tokenize();
    findInstitutions();
    findPersons();
    QList<Cue> cues;
    for (qsizetype l = 0; l < m_lines.size(); ++l)
        findCues(l, cues);
    assign(cues);
}

void CyrillicReportSources::tokenize()
{
    qsizetype lineStart = 0;
    const auto closeLine = [&](qsizetype end) {
        Line line{lineStart, end, 0, m_tokens.size(), false, {}};
        line.firstToken = m_lines.isEmpty() ? 0 : m_lines.last().endToken;
        m_lines.append(line);
        lineStart = end + 1;
    };
    qsizetype i = 0;
    while (i < m_text.size()) {
        const QChar c = m_text[i];
        if (c == u'\n') {
            closeLine(i);
            ++i;
        } else if (isSpace(c)) {
            ++i;
        } else if (isLetter(c) || c.isDigit()) {
            qsizetype j = i + 1;
            while (j < m_text.size()
                   && (isLetter(m_text[j]) || m_text[j].isDigit() || isApostrophe(m_text[j])
                       || (m_text[j] == u'-' && j + 1 < m_text.size() && isLetter(m_text[j + 1]))))
                ++j;
            m_tokens.append({i, j, true});
            i = j;
        } else {
            m_tokens.append({i, i + 1, false});
            ++i;
        }
    }
    closeLine(m_text.size());
}

QString CyrillicReportSources::lower(qsizetype k) const
{
    if (k < 0 || k >= m_tokens.size() || !m_tokens[k].word)
        return {};
    return m_text.sliced(m_tokens[k].start, m_tokens[k].end - m_tokens[k].start).toString().toLower();
}

bool CyrillicReportSources::isMark(qsizetype k, QStringView marks) const
{
    return k >= 0 && k < m_tokens.size() && !m_tokens[k].word && marks.contains(m_text[m_tokens[k].start]);
}

bool CyrillicReportSources::isCapitalised(qsizetype k) const
{
    return k >= 0 && k < m_tokens.size() && m_tokens[k].word && m_text[m_tokens[k].start].isUpper();
}

qsizetype CyrillicReportSources::sentenceEnd(qsizetype k, qsizetype end) const
{
    while (k < end && !isMark(k, u".!?"))
        ++k;
    return k;
}

// The name in up to eight words from token k, stopping at punctuation other
// than quotes: a usual institution (the longest spelling that fits; one at
// the end of a longer phrase counts, "звіті Генерального штабу"), else a
// person (a first name and a surname), else the capitalised words at k.
QString CyrillicReportSources::nameAfter(qsizetype k, qsizetype end, bool oblique) const
{
    QList<qsizetype> words;
    for (qsizetype j = k; j < end && words.size() < 8; ++j) {
        if (m_tokens[j].word)
            words.append(j);
        else if (!isMark(j, u"«»\"“”„"))
            break;
    }
    if (words.isEmpty())
        return {};
    for (qsizetype n = words.size(); n >= 1; --n) {
        const QStringView phrase = m_text.sliced(m_tokens[words[0]].start,
                                                 m_tokens[words[n - 1]].end - m_tokens[words[0]].start);
        const QString canonical = CyrillicSources::canonicalInstitution(phrase, m_language);
        if (!canonical.isEmpty())
            return canonical;
    }
    for (qsizetype n = 0; n + 1 < words.size(); ++n) {
        const QStringView first = m_text.sliced(m_tokens[words[n]].start,
                                                m_tokens[words[n]].end - m_tokens[words[n]].start);
        if (isCapitalised(words[n + 1]) && !CyrillicNames::firstNameNominative(first, m_language).isEmpty()) {
            const QStringView pair = m_text.sliced(m_tokens[words[n]].start,
                                                   m_tokens[words[n + 1]].end - m_tokens[words[n]].start);
            return CyrillicNames::nominative(pair, oblique, m_language);
        }
    }
    if (isTitle(lower(words[0])) && (words.size() == 1 || !isCapitalised(words[1])))
        return personBefore(k); // "– рассказал премьер": the one named before
    if (!isCapitalised(words[0])) {
        // "сообщили в ведомстве": the body named before, resolved by the caller
        const QString head = isPreposition(lower(words[0])) && words.size() > 1 ? lower(words[1]) : lower(words[0]);
        return isGenericBody(head) ? head : QString();
    }
    // A body's name runs to a preposition ("Державний департамент
    // Сполучених Штатів у четвер") and ends in a capitalised word.
    qsizetype n = 0;
    for (qsizetype j = 0; j < words.size() && !isPreposition(lower(words[j])); ++j)
        n = isCapitalised(words[j]) ? j + 1 : n;
    const QStringView run = m_text.sliced(m_tokens[words[0]].start,
                                          m_tokens[words[n - 1]].end - m_tokens[words[0]].start);
    const QString name = CyrillicNames::nominative(run, oblique, m_language);
    return n == 1 ? fullPerson(name) : name;
}

// A surname alone ("рассказал Гройсман") is the person the text named in
// full before ("Владимир Гройсман").
QString CyrillicReportSources::fullPerson(const QString &name) const
{
    return m_personBySurname.value(surnameKey(name), name);
}

// A surname in the nominative without its last two letters: the key a
// surname alone and a full name share ("Гройсман", "Владимир Гройсман").
QString CyrillicReportSources::surnameKey(QStringView name)
{
    const QStringView surname = name.sliced(name.lastIndexOf(u' ') + 1);
    return surname.size() < 4 ? QString() : surname.first(surname.size() - 2).toString();
}

void CyrillicReportSources::findPersons()
{
    for (qsizetype k = 1; k < m_tokens.size(); ++k) {
        const QString person = personEndingAt(k);
        if (person.isEmpty())
            continue;
        m_persons.append({k, person});
        const QString key = surnameKey(person);
        if (!key.isEmpty() && !m_personBySurname.contains(key))
            m_personBySurname.insert(key, person);
    }
}

// The person tokens k - 1 and k name, a first name and a capitalised
// surname, in the nominative; empty when they are none.
QString CyrillicReportSources::personEndingAt(qsizetype k) const
{
    if (k < 1 || !isCapitalised(k) || !isCapitalised(k - 1))
        return {};
    const QStringView first = m_text.sliced(m_tokens[k - 1].start, m_tokens[k - 1].end - m_tokens[k - 1].start);
    if (CyrillicNames::firstNameNominative(first, m_language).isEmpty())
        return {};
    const QStringView pair = m_text.sliced(m_tokens[k - 1].start, m_tokens[k].end - m_tokens[k - 1].start);
    return CyrillicNames::nominative(pair, true, m_language);
}

void CyrillicReportSources::findInstitutions()
{
    for (qsizetype k = 0; k < m_tokens.size(); ++k) {
        if (startsWithAny(lower(k), {u"міністр", u"министр"}) && k + 1 < m_tokens.size() && m_tokens[k + 1].word) {
            // An official's title names the ministry ("заступник міністра
            // оборони України"): the body "у міністерстві" stands for.
            const qsizetype last = std::min(k + 2, m_tokens.size() - 1);
            const QString body = (m_language == Language::Russian ? u"Министерство "_s : u"Міністерство "_s)
                                 + m_text.sliced(m_tokens[k + 1].start, m_tokens[last].end - m_tokens[k + 1].start);
            const QString name = CyrillicSources::canonicalInstitution(body, m_language);
            if (!name.isEmpty())
                m_institutions.append({m_tokens[k].start, name});
            continue;
        }
        if (!isCapitalised(k))
            continue;
        qsizetype end = k;
        while (end < m_tokens.size() && end - k < 6 && (m_tokens[end].word || isMark(end, u"«»\"“”„")))
            ++end;
        // A name of a usual institution has a word one of its spellings
        // starts with: the phrases of those that have none are not looked up.
        bool mayName = false;
        for (qsizetype j = k; j < end && !mayName; ++j)
            mayName = m_tokens[j].word
                && CyrillicSources::mayNameInstitution(m_text.sliced(m_tokens[j].start, m_tokens[j].end - m_tokens[j].start));
        const QString name = mayName ? institutionIn(k, end) : QString();
        if (name.isEmpty())
            continue;
        m_institutions.append({m_tokens[k].start, name});
        k = end - 1;
    }
}

// The usual institution the words of [from, to) start with (the longest
// spelling), or empty.
QString CyrillicReportSources::institutionIn(qsizetype from, qsizetype to) const
{
    for (qsizetype end = to; end > from; --end) {
        if (!m_tokens[end - 1].word)
            continue;
        const QStringView phrase = m_text.sliced(m_tokens[from].start, m_tokens[end - 1].end - m_tokens[from].start);
        const QString canonical = CyrillicSources::canonicalInstitution(phrase, m_language);
        if (!canonical.isEmpty())
            return canonical;
    }
    return {};
}

QString CyrillicReportSources::lastInstitutionBefore(qsizetype pos) const
{
    const auto after = std::ranges::lower_bound(m_institutions, pos, {}, &std::pair<qsizetype, QString>::first);
    return after == m_institutions.begin() ? QString() : std::prev(after)->second;
}

QString CyrillicReportSources::resolvedBody(const QString &name, qsizetype pos) const
{
    if (name.isEmpty() || name.contains(u' ') || !isGenericBody(name.toLower()))
        return name;
    const QString body = lastInstitutionBefore(pos);
    return body.isEmpty() ? name : body;
}

// The person named in full last before token k: a first name and a
// capitalised surname ("Премьер-министр Владимир Гройсман").
QString CyrillicReportSources::personBefore(qsizetype k) const
{
    const auto after = std::ranges::lower_bound(m_persons, k, {}, &std::pair<qsizetype, QString>::first);
    return after == m_persons.begin() ? QString() : std::prev(after)->second;
}

// Whether "ведуть"/"ведут" at k is "ведуть підрахунок" or "підрахунок ...
// ведуть": researchers keeping count.
bool CyrillicReportSources::countNear(qsizetype k) const
{
    for (qsizetype j = std::max<qsizetype>(0, k - 2); j <= k + 2; ++j) {
        if (startsWithAny(lower(j), {u"підрахун", u"подсчет", u"подсчёт", u"облік", u"учет", u"учёт"}))
            return true;
    }
    return false;
}

// Whether a capitalised word follows within four words, before any
// punctuation: a verb of saying with its speaker ("оголосив держсекретар
// США Джон Керрі").
bool CyrillicReportSources::namesSpeaker(qsizetype k, qsizetype end) const
{
    for (qsizetype j = k; j < std::min(end, k + 4) && m_tokens[j].word; ++j) {
        if (isCapitalised(j))
            return true;
    }
    return false;
}

QString CyrillicReportSources::institutionBefore(qsizetype from, qsizetype to) const
{
    for (qsizetype j = to - 1; j >= from; --j) {
        if (!isCapitalised(j))
            continue;
        const QString name = institutionIn(j, to);
        if (!name.isEmpty())
            return name;
    }
    return {};
}

void CyrillicReportSources::findCues(qsizetype l, QList<Cue> &cues) const
{
    const Line &line = m_lines[l];
    const qsizetype first = line.firstToken;
    const qsizetype end = line.endToken;
    const auto add = [&](qsizetype k, const QString &name, Scope scope) {
        const QString claimant = resolvedBody(name, m_tokens[k].start);
        if (!claimant.isEmpty() && !isGenericBody(claimant.toLower()))
            cues.append({l, claimant, scope});
    };
    qsizetype wordCount = 0;
    for (qsizetype k = first; k < end; ++k)
        wordCount += m_tokens[k].word;
    const QString opening = lower(first) + u' ' + lower(first + 1);
    if (wordCount <= 10 && !isMark(end - 1, u":")
        && (opening == u"за даними"_s || opening == u"по данным"_s || lower(first) == u"джерело"_s
            || lower(first) == u"источник"_s)) {
        add(first, nameAfter(first + (opening.endsWith(u'и') || opening.endsWith(u'м') ? 2 : 1) + isMark(first + 1, u":"),
                             end, true),
            Scope::Section);
        return;
    }
    qsizetype start = first; // the sentence of token k, kept as k moves on
    qsizetype stop = sentenceEnd(first, end);
    for (qsizetype k = first; k < end; ++k) {
        if (k > stop) {
            start = k;
            stop = sentenceEnd(k, end);
        }
        if (!m_tokens[k].word) {
            // A quote's tag: "«...», – рассказал X", "... — заявив X".
            if (isDash(m_text[m_tokens[k].start]) && k > first
                && (isMark(k - 1, u"»”\".!?…") || (isMark(k - 1, u",") && isMark(k - 2, u"»”\"")))
                && isReportingVerb(lower(k + 1))) {
                add(k, nameAfter(k + 2, sentenceEnd(k + 2, end), false), Scope::Onward);
                ++k; // the verb is the tag's, no other speaker
            }
            continue;
        }
        const QString w = lower(k);
        if ((w == u"про"_s && lower(k + 1) == u"це"_s) || (w == u"об"_s && lower(k + 1) == u"этом"_s)
            || ((w == u"як"_s || w == u"как"_s) && (k == start || isMark(k - 1, u",")))) {
            qsizetype verb = k + 1;
            while (verb < std::min(k + 6, stop) && !isReportingVerb(lower(verb)))
                ++verb;
            if (verb >= std::min(k + 6, stop))
                continue;
            qsizetype from = verb + 1;
            bool oblique = false;
            for (qsizetype j = verb + 1; j + 1 < std::min(stop, verb + 12); ++j) {
                if (startsWithAny(lower(j), {u"посиланням", u"посилаючись", u"ссылкой", u"ссылаясь"})
                    && lower(j + 1) == u"на"_s) {
                    from = j + 2;
                    oblique = true;
                }
            }
            // "Про це ..." opening or closing its paragraph speaks for the
            // report; inside one, for its paragraph. "Як повідомляє X,"
            // opens what follows.
            const bool aboutThis = w == u"про"_s || w == u"об"_s;
            const bool framesParagraph = aboutThis ? start == first || sentenceEnd(stop + 1, end) >= end - 1
                                                   : k == first;
            QString name = nameAfter(from, stop, oblique || isPreposition(lower(from)));
            if (name.isEmpty() && from == verb + 1 && isTitle(lower(verb - 1)))
                name = personBefore(k); // "Об этом премьер заявил"
            add(k, name,
                framesParagraph ? (aboutThis ? Scope::Report : Scope::Onward) : Scope::Local);
            k = verb;
        } else if (isPublishingVerb(w) && k > start) {
            add(k, institutionBefore(std::max(start, k - 6), k), Scope::Onward);
        } else if (isCountingVerb(w) || ((w == u"ведуть"_s || w == u"ведут"_s) && countNear(k))) {
            QString name = institutionBefore(std::max(start, k - 10), k);
            if (name.isEmpty())
                name = institutionBefore(k + 1, std::min(stop, k + 8));
            add(k, name, Scope::Onward);
        } else if ((w == u"следует"_s || w == u"випливає"_s)
                   && QStringList{u"из"_s, u"з"_s, u"із"_s}.contains(lower(k + 1))) {
            // "..., следует из оценки Росстата": the data's owner.
            add(k, institutionBefore(k + 2, std::min(stop, k + 8)), Scope::Onward);
        } else if (isGenericBody(w) && QStringList{u"даними"_s, u"данным"_s, u"словами"_s, u"словам"_s, u"у"_s,
                                                    u"в"_s}.contains(lower(k - 1))) {
            add(k, w, Scope::Onward); // "За даними міністерства": the body named before
        } else if (isReportingVerb(w) && namesSpeaker(k + 1, stop)) {
            cues.append({l, {}, Scope::Interrupt}); // another speaker: the report's source stops here
        } else if (isViewVerb(w) && k > start) {
            qsizetype subject = k;
            while (subject > start && subject > k - 6 && !isMark(subject - 1, u",:;"))
                --subject;
            const bool oblique = QStringList{u"в"_s, u"у"_s, u"во"_s}.contains(lower(subject));
            add(k, nameAfter(subject + oblique, k, oblique), Scope::Local); // a view, not the count's source
        }
    }
}

void CyrillicReportSources::assign(const QList<Cue> &cues)
{
    // A recap of earlier news or a heading (a short line with no stop and no
    // figure) ends the report before it.
    for (Line &line : m_lines) {
        const qsizetype words = std::count_if(m_tokens.begin() + line.firstToken, m_tokens.begin() + line.endToken,
                                              [](const Token &t) { return t.word; });
        const bool digits = std::any_of(m_text.begin() + line.start, m_text.begin() + line.end,
                                        [](QChar c) { return c.isDigit(); });
        line.stop = isRecap(lower(line.firstToken))
                    || (words > 0 && words <= 6 && !digits && !isMark(line.endToken - 1, u".!?:;,»\""));
    }
    QString current;
    auto cue = cues.cbegin();
    for (qsizetype l = 0; l < m_lines.size(); ++l) {
        if (m_lines[l].stop)
            current.clear();
        bool interrupted = false;
        for (; cue != cues.cend() && cue->line == l; ++cue) {
            interrupted = interrupted || cue->scope == Scope::Interrupt;
            if (cue->scope == Scope::Report || cue->scope == Scope::Onward || cue->scope == Scope::Interrupt)
                current = cue->claimant;
        }
        if (!m_lines[l].stop && !interrupted)
            m_lines[l].claimant = current;
    }
    qsizetype lastStop = -1;
    for (const Cue &c : cues) {
        if (c.scope == Scope::Local)
            continue;
        if (c.scope == Scope::Interrupt) {
            lastStop = c.line;
            continue;
        }
        for (qsizetype l = lastStop + 1; l < c.line; ++l) {
            if (m_lines[l].stop)
                lastStop = l;
        }
        if (c.scope != Scope::Onward) {
            for (qsizetype l = lastStop + 1; l <= c.line; ++l)
                m_lines[l].claimant = c.claimant;
        }
        lastStop = c.line;
    }
    for (const Cue &c : cues)
        if (c.scope == Scope::Local)
            m_lines[c.line].claimant = c.claimant;
}

QString CyrillicReportSources::claimantAt(qsizetype pos) const
{
    const auto after = std::ranges::upper_bound(m_lines, pos, {}, &Line::start);
    return after == m_lines.begin() ? QString() : std::prev(after)->claimant;
}

QString CyrillicReportSources::completed(const QString &sentenceClaimant, qsizetype pos) const
{
    return sentenceClaimant.isEmpty() ? claimantAt(pos) : resolvedBody(sentenceClaimant, pos);
}

} // namespace Claimbench
