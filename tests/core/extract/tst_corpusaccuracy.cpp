// Measures the extractor against hand-checked annotations: ../shared/corpus
// (conventions in its README.md) and the development corpus of many genres in
// tests/data/corpus (its README.md adds transcripts, releases, tables, and
// Ukrainian and Russian texts). Prints one row per genre of the English texts
// and one per language of the others, and fails below floors set a little
// under the last measurement (a ratchet: raise them when it improves).
#include "core/extract/figureextractor.h"
#include "core/extract/language.h"
#include "core/extract/unitdetector.h"

#include "common/shareddata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

struct Tally
{
    int files = 0;
    int required = 0;     // gold figures that are not optional
    int found = 0;        // required gold figures matched
    int extracted = 0;    // extracted figures
    int wrong = 0;        // extracted figures matching no gold figure (optional ones included)
    int unitOk = 0;
    int unitStrictOk = 0;
    int qualifierOk = 0;
    int claimantOk = 0;
    int asOfOk = 0;
    int dates = 0;
    int datesOk = 0;
    int textsOff = 0;     // figures and dates whose text is not the slice of the input their offsets give
};

// The gold annotations name a class for counted nouns where the text says
// "casualties", "personnel" or "civilians" (README: unit is "what is
// counted"). The extractor reports the noun as written (SPEC), so the lenient
// score compares classes; the strict score is reported beside it.
QString unitClass(const QString &unit)
{
    static const QStringList troops{u"troops"_s, u"soldiers"_s, u"personnel"_s, u"servicemen"_s,
                                    u"casualties"_s, u"men"_s, u"losses"_s, u"military"_s};
    static const QStringList people{u"people"_s, u"civilians"_s, u"persons"_s, u"residents"_s};
    if (troops.contains(unit))
        return u"troops"_s;
    if (people.contains(unit))
        return u"people"_s;
    return unit;
}

bool sameUnit(const QString &gold, const QString &mine, bool strict)
{
    const QString g = UnitDetector::canonical(gold);
    const QString m = UnitDetector::canonical(mine);
    if (g == m)
        return true;
    if (strict || g.isEmpty() || m.isEmpty())
        return false;
    const QStringList gp = g.split(u'/');
    const QStringList mp = m.split(u'/');
    if (gp.size() != mp.size())
        return false;
    for (qsizetype i = 0; i < gp.size(); ++i) {
        // "armoured combat vehicles" ~ "vehicles": the head noun decides.
        const QString gh = gp[i].section(u' ', -1);
        const QString mh = mp[i].section(u' ', -1);
        if (unitClass(gh) != unitClass(mh) && !(gp[i].isEmpty() || mp[i].isEmpty()))
            return false;
        if (gp[i].isEmpty() != mp[i].isEmpty())
            return false;
    }
    return true;
}

QString normalizedClaimant(QString c)
{
    c = c.toCaseFolded().replace(QChar(u'\u2019'), QChar(u'\''));
    if (c.startsWith(u"the "))
        c = c.mid(4);
    return c.trimmed();
}

bool sameClaimant(const QString &gold, const QString &mine)
{
    const QString g = normalizedClaimant(gold);
    const QString m = normalizedClaimant(mine);
    if (g.isEmpty() || m.isEmpty())
        return g.isEmpty() && m.isEmpty();
    return g.contains(m) || m.contains(g);
}

bool sameValue(const QJsonValue &gold, const Figure &f)
{
    if (gold.isNull() || gold.isUndefined())
        return true; // vague gold ("dozens"): the span decides
    const double g = gold.toDouble();
    // A share below one written to three decimals ("a third": 0.333) is
    // rounded, not a different value.
    const bool roundedShare = std::fabs(g) < 1 && std::fabs(g * 1000 - std::round(g * 1000)) < 1e-9;
    const double tolerance = roundedShare ? 1e-3 : 1e-6 * std::max(1.0, std::fabs(g));
    const auto eq = [&](double v) { return std::fabs(v - g) <= tolerance; };
    return eq(f.value) || (f.low && eq(*f.low)) || (f.high && eq(*f.high));
}


// One row of the report: the shares of a tally.
struct Scores
{
    double f1 = 0;
    double unit = 0;
    double qualifier = 0;
    double claimant = 0;
    double asOf = 0;
    double dates = 0;
};

Scores scoresOf(const Tally &t)
{
    Scores s;
    const double precision = t.extracted ? double(t.extracted - t.wrong) / t.extracted : 0;
    const double recall = t.required ? double(t.found) / t.required : 0;
    s.f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    const auto share = [&](int ok) { return t.found ? double(ok) / t.found : 0; };
    s.unit = share(t.unitOk);
    s.qualifier = share(t.qualifierOk);
    s.claimant = share(t.claimantOk);
    s.asOf = share(t.asOfOk);
    s.dates = t.dates ? double(t.datesOk) / t.dates : 1;
    return s;
}

Tally &operator+=(Tally &a, const Tally &b)
{
    a.files += b.files;
    a.required += b.required;
    a.found += b.found;
    a.extracted += b.extracted;
    a.wrong += b.wrong;
    a.unitOk += b.unitOk;
    a.unitStrictOk += b.unitStrictOk;
    a.qualifierOk += b.qualifierOk;
    a.claimantOk += b.claimantOk;
    a.asOfOk += b.asOfOk;
    a.dates += b.dates;
    a.datesOk += b.datesOk;
    a.textsOff += b.textsOff;
    return a;
}

// The header block of a corpus file ("Title:", "Outlet:", "Published:" ...,
// then a blank line): its fields, and the body the offsets index.
struct CorpusText
{
    QString body;
    PartialDate published;
    QString outlet;
    QString author;
    QString title;
    QString language = u"en"_s; // the header's tag: the texts before issue 15 are English and some say nothing
};

CorpusText corpusText(QString text, const QJsonObject &gold)
{
    CorpusText c;
    c.published = PartialDate::fromIso(gold.value(u"published"_s).toString());
    c.outlet = gold.value(u"outlet"_s).toString();
    if (text.startsWith(u"Title:")) {
        const qsizetype blank = text.indexOf(u"\n\n");
        for (QStringView line : QStringView(text).left(blank).split(u'\n')) {
            if (line.startsWith(u"Published:") && c.published.isNull())
                c.published = PartialDate::fromIso(line.mid(10).trimmed());
            if (line.startsWith(u"Outlet:") && c.outlet.isEmpty())
                c.outlet = line.mid(7).trimmed().toString();
            if (line.startsWith(u"Title:"))
                c.title = line.mid(6).trimmed().toString();
            if (line.startsWith(u"Author:"))
                c.author = line.mid(7).trimmed().toString();
            if (line.startsWith(u"Language:"))
                c.language = line.mid(9).trimmed().toString().toLower();
        }
        text = text.mid(blank + 2);
    }
    c.body = std::move(text);
    return c;
}

// The gold offsets count code points (README.md); QString indexes UTF-16
// code units, two for a character beyond the BMP (the emoji of a Telegram
// post), so the annotations' spans are moved to UTF-16 before they are
// compared with the extractor's.
class Utf16Spans
{
public:
    explicit Utf16Spans(QStringView body)
    {
        for (qsizetype i = 0; i < body.size(); ++i) {
            if (!(body[i].isLowSurrogate() && i > 0 && body[i - 1].isHighSurrogate()))
                m_unitAt.append(int(i));
        }
        m_unitAt.append(int(body.size()));
    }

    // A figure's or a date's [start, end): its "end", else its start and the
    // code points of its "text".
    std::pair<int, int> of(const QJsonObject &annotation) const
    {
        const int start = annotation.value(u"start"_s).toInt();
        const int end = annotation.contains(u"end"_s)
            ? annotation.value(u"end"_s).toInt()
            : start + int(annotation.value(u"text"_s).toString().toUcs4().size());
        return {unitAt(start), unitAt(end)};
    }

private:
    int unitAt(int codePoint) const { return m_unitAt.value(codePoint, m_unitAt.last()); }

    QList<int> m_unitAt; // the UTF-16 index of each code point, then the end
};

// A body hard-wrapped with soft breaks of any characters, and where each of
// its characters stands in the body the annotations index.
struct Rewrapped
{
    QString text;
    QList<int> bodyAt; // the body's offset of each character of `text`, then the body's size
};

// The extraction of `c`'s body, or of `rewrapped` (of that body) with its
// offsets moved back onto the body; `textsOff` counts the figures and dates
// whose text is not the slice of the rewrapped text their offsets give.
Extraction extractionOf(const FigureExtractor &extractor, const CorpusText &c, const Rewrapped *rewrapped, int &textsOff)
{
    const Language language = languageFromTag(c.language).value_or(Language::Auto);
    const ExtractionContext context{c.published, c.outlet, c.author, c.title, language};
    if (!rewrapped)
        return extractor.extract(c.body, context);
    Extraction e = extractor.extract(rewrapped->text, context);
    const auto onBody = [&](auto &found) {
        textsOff += found.text != rewrapped->text.mid(found.start, found.end - found.start);
        found.start = rewrapped->bodyAt.value(found.start);
        found.end = rewrapped->bodyAt.value(found.end - 1) + 1;
        found.text = c.body.mid(found.start, found.end - found.start);
    };
    std::ranges::for_each(e.figures, onBody);
    std::ranges::for_each(e.dates, onBody);
    return e;
}

// Scores one annotated file, printing every miss and difference.
Tally scoreFile(const FigureExtractor &extractor, const QString &goldName, const QJsonObject &gold, const CorpusText &c,
                const Rewrapped *rewrapped = nullptr)
{
    Tally t;
    t.files = 1;
    const Extraction e = extractionOf(extractor, c, rewrapped, t.textsOff);
    const QJsonArray figures = gold.value(u"figures"_s).toArray();
    const Utf16Spans spans(c.body);
    QList<bool> matchedAny(e.figures.size(), false);
    for (const QJsonValue &gv : figures) {
        const QJsonObject g = gv.toObject();
        const auto [start, end] = spans.of(g);
        const bool optional = g.value(u"optional"_s).toBool();
        const Figure *hit = nullptr;
        for (qsizetype k = 0; k < e.figures.size(); ++k) {
            const Figure &f = e.figures[k];
            if (f.start < end && start < f.end && sameValue(g.value(u"value"_s), f)) {
                hit = &f;
                matchedAny[k] = true;
                break;
            }
        }
        if (optional)
            continue;
        ++t.required;
        if (!hit) {
            qInfo().noquote() << "  missed" << goldName << g.value(u"start"_s).toInt() << g.value(u"text"_s).toString();
            continue;
        }
        ++t.found;
        const QString goldUnit = g.value(u"unit"_s).toString();
        const bool unitOk = sameUnit(goldUnit, hit->unit, false);
        t.unitOk += unitOk;
        t.unitStrictOk += sameUnit(goldUnit, hit->unit, true);
        const bool qualifierOk = qualifierName(hit->qualifier) == g.value(u"qualifier"_s).toString();
        t.qualifierOk += qualifierOk;
        const bool claimantOk = sameClaimant(g.value(u"claimant"_s).toString(), hit->claimant);
        t.claimantOk += claimantOk;
        const bool asOfOk = hit->asOf.toIso() == g.value(u"as_of"_s).toString();
        t.asOfOk += asOfOk;
        // "differs <file> <offset> <text>: <field> <gold> / <extracted>"
        QString differs;
        if (!unitOk)
            differs += u" | unit "_s + goldUnit + u" / "_s + hit->unit;
        if (!qualifierOk)
            differs += u" | qualifier "_s + g.value(u"qualifier"_s).toString() + u" / "_s + qualifierName(hit->qualifier);
        if (!claimantOk)
            differs += u" | claimant "_s + g.value(u"claimant"_s).toString() + u" / "_s + hit->claimant;
        if (!asOfOk)
            differs += u" | as_of "_s + g.value(u"as_of"_s).toString() + u" / "_s + hit->asOf.toIso();
        if (!differs.isEmpty())
            qInfo().noquote() << "  differs" << goldName << g.value(u"start"_s).toInt() << hit->text + differs;
    }
    for (qsizetype k = 0; k < e.figures.size(); ++k) {
        ++t.extracted;
        bool overlapsOptional = false;
        for (const QJsonValue &gv : figures) {
            const QJsonObject g = gv.toObject();
            const auto [start, end] = spans.of(g);
            overlapsOptional = overlapsOptional
                || (g.value(u"optional"_s).toBool() && e.figures[k].start < end && start < e.figures[k].end);
        }
        if (!matchedAny[k] && !overlapsOptional) {
            ++t.wrong;
            qInfo().noquote() << "  spurious" << goldName << e.figures[k].start << e.figures[k].text;
        }
    }
    for (const QJsonValue &dv : gold.value(u"dates"_s).toArray()) {
        const QJsonObject d = dv.toObject();
        const auto [start, end] = spans.of(d);
        ++t.dates;
        bool ok = false;
        for (const DateMention &m : e.dates)
            ok = ok || (m.start < end && start < m.end && m.resolved.toIso() == d.value(u"resolved"_s).toString());
        t.datesOk += ok;
        if (!ok)
            qInfo().noquote() << "  date missed" << goldName << d.value(u"start"_s).toInt() << d.value(u"text"_s).toString();
    }
    return t;
}

// The text as an e-mail client or a terminal saves it: every line longer
// than `width` broken at its last space before the width. A space becomes a
// newline, so every offset of the annotations still holds.
QString hardWrapped(QString text, qsizetype width)
{
    qsizetype lineStart = 0;
    qsizetype lastSpace = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n') {
            lineStart = i + 1;
            lastSpace = -1;
            continue;
        }
        if (text[i] == u' ')
            lastSpace = i;
        if (i - lineStart >= width && lastSpace > lineStart) {
            text[lastSpace] = u'\n';
            lineStart = lastSpace + 1;
            lastSpace = -1;
        }
    }
    return text;
}

// `body` hard-wrapped at `width` with `softBreak` for each soft line break
// (CR LF, LF and an indent, blanks and LF).
Rewrapped rewrapped(const QString &body, qsizetype width, QStringView softBreak)
{
    const QString lf = hardWrapped(body, width);
    Rewrapped out;
    out.text.reserve(body.size() + body.size() / width * softBreak.size());
    out.bodyAt.reserve(out.text.capacity() + 1);
    for (qsizetype i = 0; i < body.size(); ++i) {
        const bool soft = lf[i] != body[i];
        const qsizetype count = soft ? softBreak.size() : 1;
        out.text += soft ? softBreak : QStringView(body).sliced(i, 1);
        for (qsizetype k = 0; k < count; ++k)
            out.bodyAt.append(int(i));
    }
    out.bodyAt.append(int(body.size()));
    return out;
}

// The tallies of a directory: the English texts by genre and "all" of them,
// the others apart by language ("uk", "ru") and "uk+ru" together, so that a
// Ukrainian loss list weighs nothing in the English disaster row.
struct DirTallies
{
    QMap<QString, Tally> byGenre;
    QMap<QString, Tally> byLanguage;
};

// Scores every annotated file of `dir`; an English text's genre is the gold's
// "genre", else `defaultGenre`. `wrapAt` > 0 hard-wraps each body at that
// width first, with `softBreak` for each soft break.
enum class Metadata { Given, Withheld };

DirTallies scoreDir(const QDir &dir, const QString &defaultGenre, qsizetype wrapAt = 0,
                    Metadata metadata = Metadata::Given, const QString &softBreak = u"\n"_s)
{
    DirTallies tallies;
    QMap<QString, Tally> &byGenre = tallies.byGenre;
    const FigureExtractor extractor;
    for (const QString &goldName : dir.entryList({u"*.gold.json"_s}, QDir::Files, QDir::Name)) {
        QFile goldFile(dir.filePath(goldName));
        QFile textFile(dir.filePath(QString(goldName).replace(u".gold.json"_s, u".txt"_s)));
        if (!goldFile.open(QIODevice::ReadOnly) || !textFile.open(QIODevice::ReadOnly)) {
            qWarning().noquote() << "cannot read" << goldName;
            byGenre[u"unreadable"_s].files += 1;
            continue;
        }
        const QJsonObject gold = QJsonDocument::fromJson(goldFile.readAll()).object();
        CorpusText text = corpusText(QString::fromUtf8(textFile.readAll()), gold);
        if (metadata == Metadata::Withheld) {
            text.outlet.clear();
            text.author.clear();
            text.title.clear();
        }
        std::optional<Rewrapped> wrapped;
        if (wrapAt > 0)
            wrapped = rewrapped(text.body, wrapAt, softBreak);
        const Tally t = scoreFile(extractor, goldName, gold, text, wrapped ? &*wrapped : nullptr);
        if (text.language == u"en") {
            byGenre[gold.value(u"genre"_s).toString(defaultGenre)] += t;
            byGenre[u"all"_s] += t;
        } else {
            tallies.byLanguage[text.language] += t;
            tallies.byLanguage[u"uk+ru"_s] += t;
        }
    }
    return tallies;
}

void printRows(const QString &corpus, const QMap<QString, Tally> &rows, const QString &rowName = u"genre"_s)
{
    if (rows.isEmpty())
        return;
    qInfo().noquote() << corpus + u": "_s + rowName + u" | files | figures req/found/extracted/spurious | F1 | unit (strict) | qualifier | claimant | as-of | dates"_s;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const Tally &t = it.value();
        const Scores s = scoresOf(t);
        qInfo().noquote() << u"  %1 | %2 | %3/%4/%5/%6 | %7 | %8 (%9) | %10 | %11 | %12 | %13 (%14 of %15)"_s
                                 .arg(it.key(), -12).arg(t.files).arg(t.required).arg(t.found).arg(t.extracted).arg(t.wrong)
                                 .arg(s.f1, 0, 'f', 3).arg(s.unit, 0, 'f', 3)
                                 .arg(t.found ? double(t.unitStrictOk) / t.found : 0, 0, 'f', 3)
                                 .arg(s.qualifier, 0, 'f', 3).arg(s.claimant, 0, 'f', 3).arg(s.asOf, 0, 'f', 3)
                                 .arg(s.dates, 0, 'f', 3).arg(t.datesOk).arg(t.dates);
    }
}

void verifyFloors(const Scores &s, const Scores &floor, const QString &row = u"all"_s)
{
    QVERIFY2(s.f1 >= floor.f1, qPrintable(u"%1: F1 %2"_s.arg(row).arg(s.f1)));
    QVERIFY2(s.unit >= floor.unit, qPrintable(u"%1: unit %2"_s.arg(row).arg(s.unit)));
    QVERIFY2(s.qualifier >= floor.qualifier, qPrintable(u"%1: qualifier %2"_s.arg(row).arg(s.qualifier)));
    QVERIFY2(s.claimant >= floor.claimant, qPrintable(u"%1: claimant %2"_s.arg(row).arg(s.claimant)));
    QVERIFY2(s.asOf >= floor.asOf, qPrintable(u"%1: as-of %2"_s.arg(row).arg(s.asOf)));
    QVERIFY2(s.dates >= floor.dates, qPrintable(u"%1: dates %2"_s.arg(row).arg(s.dates)));
}

} // namespace

class TestCorpusAccuracy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sharedCorpus()
    {
        CLAIMBENCH_REQUIRE_SHARED_DIR(dir, "CLAIMBENCH_CORPUS");
        const DirTallies tallies = scoreDir(dir, u"statement"_s);
        const QMap<QString, Tally> &byGenre = tallies.byGenre;
        printRows(u"../shared/corpus"_s, byGenre);
        printRows(u"../shared/corpus"_s, tallies.byLanguage, u"language"_s);
        QVERIFY(byGenre.value(u"all"_s).files >= 8);
        QVERIFY(!byGenre.contains(u"unreadable"_s));
        // Floors: a little under the measurement recorded in docs/extraction.md.
        verifyFloors(scoresOf(byGenre.value(u"all"_s)),
                     {.f1 = 0.97, .unit = 0.95, .qualifier = 0.95, .claimant = 0.88, .asOf = 0.65, .dates = 0.88});
    }

    void devCorpus()
    {
        const QDir dir(QStringLiteral(CLAIMBENCH_TEST_DATA "/corpus"));
        const DirTallies tallies = scoreDir(dir, u"unknown"_s);
        const QMap<QString, Tally> &byGenre = tallies.byGenre;
        printRows(u"tests/data/corpus"_s, byGenre);
        printRows(u"tests/data/corpus"_s, tallies.byLanguage, u"language"_s);
        QVERIFY(!byGenre.contains(u"unreadable"_s));
        QVERIFY(!byGenre.contains(u"unknown"_s));
        verifyFloors(scoresOf(byGenre.value(u"all"_s)), kDevFloor);
        // The targets hold per genre, not only on average.
        for (auto it = byGenre.cbegin(); it != byGenre.cend(); ++it)
            verifyFloors(scoresOf(it.value()), kDevGenreFloor, it.key());
        // Ukrainian and Russian (issue 15) in rows of their own, each with
        // its floor; a language no row expects would go unmeasured.
        QCOMPARE(tallies.byLanguage.keys(), (QStringList{u"ru"_s, u"uk"_s, u"uk+ru"_s}));
        QVERIFY(tallies.byLanguage.value(u"uk"_s).files >= 9);
        QVERIFY(tallies.byLanguage.value(u"ru"_s).files >= 7);
        verifyFloors(scoresOf(tallies.byLanguage.value(u"uk"_s)), kUkrainianFloor, u"uk"_s);
        verifyFloors(scoresOf(tallies.byLanguage.value(u"ru"_s)), kRussianFloor, u"ru"_s);
        verifyFloors(scoresOf(tallies.byLanguage.value(u"uk+ru"_s)), kCyrillicFloor, u"uk+ru"_s);
    }

    // As `claimbench-cli extract --published DATE` reads a text: no outlet,
    // no author. What a bulletin or a transcript says of itself must carry.
    void devCorpusWithoutOutlet()
    {
        const DirTallies tallies =
            scoreDir(QDir(QStringLiteral(CLAIMBENCH_TEST_DATA "/corpus")), u"unknown"_s, 0, Metadata::Withheld);
        const QMap<QString, Tally> &byGenre = tallies.byGenre;
        printRows(u"tests/data/corpus without outlet or author"_s, byGenre);
        printRows(u"tests/data/corpus without outlet or author"_s, tallies.byLanguage, u"language"_s);
        verifyFloors(scoresOf(tallies.byLanguage.value(u"uk+ru"_s)), kCyrillicFloorWithoutOutlet, u"uk+ru"_s);
        verifyFloors(scoresOf(byGenre.value(u"all"_s)), kDevFloorWithoutOutlet);
    }

    // Hard-wrapped at 72 columns, as saved from e-mail or a wire service,
    // the texts must read as they do unwrapped. A soft break of more
    // characters on the same lines (CR LF from Windows, RTF and DOCX
    // exports; format=flowed's blank before the break) reads exactly as LF,
    // English and Ukrainian and Russian alike; continuation lines indented
    // change which breaks are soft (a hanging indent tells paragraphs apart
    // where LF alone does not), so they are held to the unwrapped scores.
    // Every figure's and date's text is the slice of the input its offsets
    // give.
    void hardWrappedTextsReadTheSame_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<QString>("softBreak");
        QTest::addColumn<bool>("linesAsLf");
        QList<std::pair<QString, QString>> dirs{{u"tests/data/corpus"_s, QStringLiteral(CLAIMBENCH_TEST_DATA "/corpus")}};
        if (const QString shared = qEnvironmentVariable("CLAIMBENCH_CORPUS"); !shared.isEmpty())
            dirs.append({u"../shared/corpus"_s, shared});
        struct SoftBreak
        {
            const char *name;
            QString characters;
            bool linesAsLf;
        };
        const QList<SoftBreak> breaks{{"LF", u"\n"_s, true},
                                      {"CR LF", u"\r\n"_s, true},
                                      {"format=flowed", u" \r\n"_s, true},
                                      {"indented", u"\n  "_s, false},
                                      {"CR LF indented", u"\r\n  "_s, false},
                                      {"tab-indented", u"\n\t"_s, false}};
        for (const auto &[corpus, dir] : std::as_const(dirs))
            for (const SoftBreak &b : breaks)
                QTest::addRow("%s, %s", qPrintable(corpus), b.name) << dir << b.characters << b.linesAsLf;
    }
    void hardWrappedTextsReadTheSame()
    {
        QFETCH(QString, dir);
        QFETCH(QString, softBreak);
        QFETCH(bool, linesAsLf);
        const Scores flowing = scoresOf(scoreDir(QDir(dir), u"statement"_s).byGenre.value(u"all"_s));
        const DirTallies lf = scoreDir(QDir(dir), u"statement"_s, 72);
        const DirTallies tallies = scoreDir(QDir(dir), u"statement"_s, 72, Metadata::Given, softBreak);
        const QMap<QString, Tally> &byGenre = tallies.byGenre;
        printRows(dir + u" wrapped at 72"_s, byGenre);
        printRows(dir + u" wrapped at 72"_s, tallies.byLanguage, u"language"_s);
        const Scores wrapped = scoresOf(byGenre.value(u"all"_s));
        constexpr double kSlack = 0.02;
        verifyFloors(wrapped, {.f1 = flowing.f1 - kSlack, .unit = flowing.unit - kSlack,
                               .qualifier = flowing.qualifier - kSlack, .claimant = flowing.claimant - kSlack,
                               .asOf = flowing.asOf - kSlack, .dates = flowing.dates - kSlack});
        const auto rowsOf = [](const DirTallies &t) {
            QStringList out;
            for (const QMap<QString, Tally> *rows : {&t.byGenre, &t.byLanguage})
                for (auto it = rows->cbegin(); it != rows->cend(); ++it) {
                    const Tally &n = it.value();
                    out.append(u"%1 %2/%3/%4/%5 %6 %7 %8 %9 %10 %11/%12"_s.arg(it.key())
                                   .arg(n.required).arg(n.found).arg(n.extracted).arg(n.wrong).arg(n.unitOk)
                                   .arg(n.qualifierOk).arg(n.claimantOk).arg(n.asOfOk).arg(n.unitStrictOk)
                                   .arg(n.datesOk).arg(n.dates));
                }
            return out;
        };
        if (linesAsLf)
            QCOMPARE(rowsOf(tallies), rowsOf(lf));
        int textsOff = 0;
        for (const QMap<QString, Tally> *rows : {&tallies.byGenre, &tallies.byLanguage})
            textsOff += rows->value(u"all"_s).textsOff + rows->value(u"uk+ru"_s).textsOff;
        QCOMPARE(textsOff, 0);
    }

private:
    // Floors for the development corpus as a whole, a little under the
    // measurement in docs/extraction.md (a ratchet: raise them when it improves).
    static constexpr Scores kDevFloor{.f1 = 0.97, .unit = 0.92, .qualifier = 0.94, .claimant = 0.88, .asOf = 0.73, .dates = 0.92};
    // Every genre: a little under issue 14's targets (F1 0.95, unit 0.90,
    // claimant 0.75, as-of 0.70); qualifier and dates as measured, lower in
    // the small genres where one figure weighs three points.
    static constexpr Scores kDevGenreFloor{.f1 = 0.94, .unit = 0.89, .qualifier = 0.92, .claimant = 0.74, .asOf = 0.69, .dates = 0.62};
    static constexpr Scores kDevFloorWithoutOutlet{.f1 = 0.97, .unit = 0.92, .qualifier = 0.94, .claimant = 0.38, .asOf = 0.73, .dates = 0.92};
    // The Ukrainian and Russian texts (70-99), a little under their measurement
    // at the end of issue 15's first round (uk F1 1.000, unit 1.000, claimant
    // 0.920, as-of 0.955; ru F1 1.000, unit 0.944, claimant 0.966, as-of
    // 0.775; without outlet or author uk+ru claimant 0.313: most of their
    // figures are the publisher's own).
    static constexpr Scores kUkrainianFloor{.f1 = 0.96, .unit = 0.95, .qualifier = 0.97, .claimant = 0.88, .asOf = 0.92, .dates = 0.95};
    static constexpr Scores kRussianFloor{.f1 = 0.96, .unit = 0.91, .qualifier = 0.95, .claimant = 0.93, .asOf = 0.75, .dates = 0.95};
    static constexpr Scores kCyrillicFloor{.f1 = 0.96, .unit = 0.94, .qualifier = 0.97, .claimant = 0.90, .asOf = 0.87, .dates = 0.95};
    static constexpr Scores kCyrillicFloorWithoutOutlet{.f1 = 0.96, .unit = 0.94, .qualifier = 0.97, .claimant = 0.28, .asOf = 0.87, .dates = 0.95};
};

QTEST_GUILESS_MAIN(TestCorpusAccuracy)
#include "tst_corpusaccuracy.moc"
