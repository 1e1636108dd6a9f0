#include "core/extract/cyrillicdates.h"
#include "core/extract/dateresolver.h"

#include "core/domain/textoffsets.h"
#include "common/shareddata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

// Runs microsoft/Recognizers-Text's English date specs
// (../shared/peer-tests/recognizers_date_en.jsonl) through DateResolver.
//
// Claimbench answers a narrower question than Recognizers: which calendar
// day, month or year a news text names, resolved toward the past. Every
// expected item is classified; a case is in scope when all its items are
// (or when it expects nothing: the suite's negative cases). The other
// categories are counted and listed with the reason Claimbench treats them
// differently.
namespace {

struct Expected
{
    qsizetype start = 0;
    qsizetype end = 0;
    QStringList readings; // ISO at the precision Claimbench reports; Recognizers' past and future readings
};

// Why an item is out of scope, or empty when it is in scope.
struct Classified
{
    QString category;
    Expected expected;
};

const QMap<QString, QString> &outOfScopeReasons()
{
    static const QMap<QString, QString> reasons{
        {u"time"_qs, u"times of day and date-times: Claimbench records dates, not times"_qs},
        {u"duration"_qs, u"durations are figures (SPEC: \"45 days\" is a figure)"_qs},
        {u"set"_qs, u"recurring sets (\"every Monday\") name no single date"_qs},
        {u"holiday"_qs, u"named holidays need per-calendar rules news figures rarely depend on"_qs},
        {u"range"_qs, u"explicit date ranges: Claimbench reports a range of days as its month, other ranges as one mention per end"_qs},
        {u"week"_qs, u"week-precision periods: PartialDate has no week; \"last week\" is reported at month or year precision"_qs},
        {u"decade"_qs, u"decades and centuries are no calendar date of a figure"_qs},
        {u"season"_qs, u"seasons, fiscal and school years have no PartialDate precision"_qs},
        {u"offset"_qs, u"counted offsets (\"in 3 weeks\", \"two days ago\"): the count is a duration figure"_qs},
        {u"day-only"_qs, u"a day of the month without its month (\"the 18th\")"_qs},
        {u"nth-weekday"_qs, u"\"the first Friday of July\" and week-of-month expressions"_qs},
        {u"two-digit-year"_qs, u"two-digit years leave the century open"_qs},
        {u"numeric-no-year"_qs, u"\"7/6\", \"22/04\": without a year these are fractions or scores in news"_qs},
        {u"ambiguous-numeric"_qs, u"n/n/yyyy with both numbers <= 12: Claimbench keeps only the year unless the text shows its convention"_qs},
        {u"anaphoric"_qs, u"\"the day\", \"the next day\", \"same week\", \"till date\": refer to another event, not a date"_qs},
        {u"spelled-out"_qs, u"days and years in words (\"May twenty one\", \"nineteen ninety six\"): news style writes them in figures"_qs},
        {u"compact"_qs, u"eight-digit runs (\"20170302\") are identifiers in URLs and file names"_qs},
        {u"open-ended"_qs, u"\"starting January 7th\", \"before the end of December\": Claimbench reports the date, not the open range"_qs},
        {u"invalid"_qs, u"impossible dates (\"Feb 30\", \"2/29/2019\") and years before 1000 are not reported"_qs},
        {u"spaced-numeric"_qs, u"\"2016 - 11\", \"11 / 2016\": numbers around a spaced dash or slash are scores and ranges in news"_qs},
    };
    return reasons;
}

// Every reading Recognizers accepts: one for explicit dates, a past and a
// future one for yearless dates and weekdays (it leaves the choice to the
// caller; Claimbench picks by tense and distance, see docs/extraction.md).
QStringList readingsOf(const QJsonValue &value, bool isRange)
{
    const auto pick = [&](const QJsonObject &o) {
        return isRange ? o.value(u"start").toString(o.value(u"startDate").toString()) : o.value(u"date").toString();
    };
    if (value.isString())
        return {value.toString()};
    QStringList out;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (!o.contains(u"past"))
            return {pick(o)};
        out = {pick(o.value(u"past").toObject()), pick(o.value(u"future").toObject())};
    } else {
        for (const QJsonValue &v : value.toArray())
            out.append(v.isString() ? v.toString() : pick(v.toObject()));
    }
    out.removeAll(QString());
    return out;
}

Classified classify(const QJsonObject &item, const QString &task)
{
    static const QRegularExpression offset(
        u"\\b(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|couple|several)\\s+(of\\s+)?(business\\s+)?(days?|weeks?|months?|years?|nights?|fortnights?)\\b|\\bago\\b|\\b(after|before|from)\\s+(today|tomorrow|tmrw|yesterday)"_qs,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression holiday(
        u"christmas|xmas|easter|thanks ?giving|halloween|valentine|new year|independence|mother|father|patrick|labou?r|memorial|luther|columbus|veteran|earth day|yuandan|boxing|cyber|black friday|workers|hijri|islamic|arabic|tomb|dragon|spring festival|inauguration"_qs,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression anaphoric(
        u"^(the|that|same)\\s+(day|week|month|year)$|^(my|this|next|last|past|the next|the last)\\s+day$|^the day (before|after)$|date$|^now$|^otd$|following"_qs,
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthOrWeekday(
        u"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tomorrow|tonight|yesterday|week|month|year"_qs,
        QRegularExpression::CaseInsensitiveOption);

    const QString type = item.value(u"type").toString().section(u'.', -1);
    const QString text = item.value(u"text").toString();
    const QJsonValue timexValue = item.value(u"timex");
    const QString timex = timexValue.isArray() ? timexValue.toArray().first().toString() : timexValue.toString();
    Classified c;
    c.expected.start = item.value(u"start").toInt();
    c.expected.end = item.value(u"end").toInt();

    if (type == u"time" || type == u"timerange" || type == u"datetime" || type == u"datetimerange")
        return {u"time"_qs, {}};
    if (type == u"duration")
        return {u"duration"_qs, {}};
    if (type == u"set")
        return {u"set"_qs, {}};
    if (task == u"HolidayParser" || holiday.match(text).hasMatch())
        return {u"holiday"_qs, {}};
    static const QRegularExpression spelled(
        u"\\b(first|second|third|fourth|fifth|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|hundred|thousand)"_qs,
        QRegularExpression::CaseInsensitiveOption);
    if (offset.match(text).hasMatch())
        return {u"offset"_qs, {}};
    if (spelled.match(text).hasMatch())
        return {u"spelled-out"_qs, {}};
    if (QRegularExpression(u"\\d{8}"_qs).match(text).hasMatch())
        return {u"compact"_qs, {}};
    if (QRegularExpression(u"^\\d+(\\s+[-/]\\s*|\\s*[-/]\\s+)\\d+$"_qs).match(text).hasMatch())
        return {u"spaced-numeric"_qs, {}};
    if (anaphoric.match(text).hasMatch())
        return {u"anaphoric"_qs, {}};
    if (timex.startsWith(u'(') || timex.contains(u"PRESENT_REF"))
        return {u"range"_qs, {}};
    if (timex.contains(u"#") || QRegularExpression(u"^XXXX-\\d\\d-W"_qs).match(timex).hasMatch()
        || QRegularExpression(u"^\\d{4}-\\d\\d-W"_qs).match(timex).hasMatch())
        return {u"nth-weekday"_qs, {}};
    if (QRegularExpression(u"W\\d\\d|WXX$|WE$"_qs).match(timex).hasMatch())
        return {u"week"_qs, {}};
    if (QRegularExpression(u"SU|WI|SP|FA|FY|SY|H\\d|Q\\d"_qs).match(timex).hasMatch())
        return {u"season"_qs, {}};
    if (timex.startsWith(u"XX") && !timex.startsWith(u"XXXX"))
        return {u"two-digit-year"_qs, {}};
    if (timex.startsWith(u"XXXX-XX"))
        return {u"day-only"_qs, {}};
    if (!timex.contains(u'X') && !monthOrWeekday.match(text).hasMatch()) {
        static const QRegularExpression ambiguous(u"^(\\d\\d?)[/-](\\d\\d?)[/-]\\d{4}$"_qs);
        if (const auto m = ambiguous.match(text); m.hasMatch() && m.captured(1) != m.captured(2)
            && m.captured(1).toInt() <= 12 && m.captured(2).toInt() <= 12)
            return {u"ambiguous-numeric"_qs, {}};
    }
    if (timex.startsWith(u"XXXX") && !monthOrWeekday.match(text).hasMatch())
        return {u"numeric-no-year"_qs, {}};

    const bool isRange = type == u"daterange";
    static const QRegularExpression iso(u"^\\d{4}(-\\d\\d(-\\d\\d)?)?$"_qs);
    if (iso.match(timex).hasMatch()) {
        c.expected.readings = {timex};
    } else if (QRegularExpression(u"^XXXX-\\d\\d$"_qs).match(timex).hasMatch()) {
        for (const QString &r : readingsOf(item.value(u"value"), true))
            c.expected.readings.append(r.left(7));
    } else if (QRegularExpression(u"^XXXX-(\\d\\d-\\d\\d|WXX-\\d)$"_qs).match(timex).hasMatch()) {
        c.expected.readings = readingsOf(item.value(u"value"), false);
    } else {
        return {isRange ? u"decade"_qs : u"range"_qs, {}};
    }
    if (c.expected.readings.isEmpty())
        return {u"open-ended"_qs, {}};
    const QString &first = c.expected.readings.first();
    if (isRange && first.size() == 10)
        return {u"range"_qs, {}};
    if (PartialDate::fromIso(first).isNull() || first < u"1000")
        return {u"invalid"_qs, {}};
    // A year stated in two digits ("05/05/89", "April of 87", "9-18-15").
    if (timex.at(0).isDigit() && !QRegularExpression(u"\\d{4}|year|month|week|day|today|tomorrow|yesterday|tonight|mon|tue|wed|thu|fri|sat|sun"_qs,
                                                                  QRegularExpression::CaseInsensitiveOption).match(text).hasMatch()
        && QRegularExpression(u"\\d"_qs).match(text).hasMatch())
        return {u"two-digit-year"_qs, {}};
    return c;
}

// Why a Duckling uk/ru date case is out of scope, as the English categories
// above say; empty when it is in scope.
QString ducklingCategory(const QString &input)
{
    static const QList<std::pair<QRegularExpression, QString>> categories{
        {QRegularExpression(u"різдв|рождеств|пасх"_s), u"holiday"_s},
        {QRegularExpression(u"через|тому|назад"_s), u"offset"_s},
        // "третій вівторок у вересні", "середа наступного тижня", "середу після наступної"
        {QRegularExpression(u"^(перш|друг|трет|останн|последн)|тижня$|тижні$|неделе$|після наступн"_s), u"nth-weekday"_s},
        // Days in words: "перше березня", "восемнадцатого февраля"
        {QRegularExpression(u"^(к )?(перш|перв|трет|четв|четыр|чотир|пят|шест|восьм|восемн|дев|десят|двадц|тридц)"_s), u"spelled-out"_s},
        {QRegularExpression(u"^\\d\\d?\\.\\d$"_s), u"numeric-no-year"_s},
    };
    for (const auto &[pattern, category] : categories)
        if (pattern.match(input.toLower()).hasMatch())
            return category;
    return {};
}

} // namespace

class TestPeerDates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recognizersDates()
    {
        CLAIMBENCH_REQUIRE_SHARED_DIR(dir, "CLAIMBENCH_PEER_TESTS");
        QFile file(dir.filePath(u"recognizers_date_en.jsonl"_qs));
        QVERIFY2(file.open(QIODevice::ReadOnly), "recognizers_date_en.jsonl is missing");

        int inScope = 0;
        int passed = 0;
        int exactSpans = 0;
        QMap<QString, int> outOfScope;
        QMap<QString, QPair<int, int>> perTask; // task -> (passed, in scope)
        QStringList failures;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QJsonObject row = QJsonDocument::fromJson(line).object();
            const QString input = row.value(u"input").toString();
            const QString task = row.value(u"task").toString();
            const QDate reference = QDate::fromString(row.value(u"reference_datetime").toString().left(10), Qt::ISODate);
            QList<Expected> expected;
            QString category;
            for (const QJsonValue &v : row.value(u"expected").toArray()) {
                const Classified c = classify(v.toObject(), task);
                if (!c.category.isEmpty()) {
                    category = c.category;
                    break;
                }
                expected.append(c.expected);
            }
            if (!category.isEmpty()) {
                ++outOfScope[category];
                continue;
            }
            ++inScope;
            ++perTask[task].second;

            const QList<DateMention> mentions = DateResolver({reference, DatePrecision::Day}).find(input);
            const TextOffsets offsets(input);
            QList<bool> used(mentions.size(), false);
            bool ok = true;
            bool exact = true;
            for (const Expected &e : expected) {
                bool matched = false;
                for (qsizetype k = 0; k < mentions.size() && !matched; ++k) {
                    const qsizetype s = offsets.toCodePoints(mentions[k].start).value_or(-1);
                    const qsizetype en = offsets.toCodePoints(mentions[k].end).value_or(-1);
                    if (!used[k] && s < e.end && en > e.start && e.readings.contains(mentions[k].resolved.toIso())) {
                        used[k] = matched = true;
                        exact = exact && s == e.start && en == e.end;
                    }
                }
                ok = ok && matched;
            }
            ok = ok && !used.contains(false); // a mention where the suite expects none is a false date
            if (ok) {
                ++passed;
                ++perTask[task].first;
                exactSpans += exact;
            } else {
                QStringList got;
                for (const DateMention &m : mentions)
                    got.append(m.text + u'=' + m.resolved.toIso());
                QStringList want;
                for (const Expected &e : expected)
                    want.append(input.mid(e.start, e.end - e.start) + u'=' + e.readings.join(u'|'));
                failures.append(u"%1 [%2]: want {%3} got {%4}"_qs.arg(input.left(90), reference.toString(Qt::ISODate),
                                                                        want.join(u", "), got.join(u", ")));
            }
        }

        const double rate = inScope ? double(passed) / inScope : 0;
        qInfo("recognizers_date_en: %d of %d in-scope cases pass (%.3f); %d of the passes with the exact span",
              passed, inScope, rate, exactSpans);
        for (auto it = perTask.cbegin(); it != perTask.cend(); ++it)
            qInfo("  task %s: %d of %d", qPrintable(it.key()), it.value().first, it.value().second);
        qInfo("out of scope (treated differently on purpose):");
        for (auto it = outOfScope.cbegin(); it != outOfScope.cend(); ++it)
            qInfo("  %4d %s: %s", it.value(), qPrintable(it.key()), qPrintable(outOfScopeReasons().value(it.key())));
        for (const QString &f : std::as_const(failures))
            qInfo("  fail: %s", qPrintable(f));
        // Measured 0.908 (286 of 315); the floor sits a little under it.
        QVERIFY2(rate >= 0.88, "pass rate on in-scope date cases fell below the 0.88 floor");
    }

    // facebook/duckling's Ukrainian and Russian date corpora
    // (../shared/peer-tests/duckling_date_{uk,ru}.jsonl) through
    // CyrillicDateResolver. Duckling reads a yearless date or a weekday
    // toward the future of its reference day (Tuesday 2013-02-12), a news
    // text toward the past of its publication: where the text names no year
    // either reading passes, Duckling's or the one a week or a year before
    // it. The rate that must hold is that of the cases with their year in
    // the text (`year_in_text`), whose answer is the same both ways.
    void ducklingDates_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("uk") << u"duckling_date_uk.jsonl"_s;
        QTest::newRow("ru") << u"duckling_date_ru.jsonl"_s;
    }

    void ducklingDates()
    {
        QFETCH(QString, file);
        CLAIMBENCH_REQUIRE_SHARED_DIR(dir, "CLAIMBENCH_PEER_TESTS");
        QFile in(dir.filePath(file));
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(file + u" is missing"_s));
        QMap<bool, QPair<int, int>> rates; // year in text -> (passed, in scope)
        QMap<QString, int> outOfScope;
        QStringList failures;
        while (!in.atEnd()) {
            const QJsonObject row = QJsonDocument::fromJson(in.readLine()).object();
            if (row.isEmpty())
                continue;
            const QString input = row.value(u"input").toString();
            if (const QString category = ducklingCategory(input); !category.isEmpty()) {
                ++outOfScope[category];
                continue;
            }
            const QDate reference = QDate::fromString(row.value(u"reference_datetime").toString().left(10), Qt::ISODate);
            const QList<DateMention> mentions = CyrillicDateResolver({reference, DatePrecision::Day}).find(input);
            const bool yearInText = row.value(u"year_in_text").toBool();
            bool ok = false;
            if (row.value(u"match").toString() == u"none") {
                ok = mentions.isEmpty();
            } else {
                const QString want = row.value(u"expected").toObject().value(u"value").toString();
                QStringList readings{want};
                const PartialDate future = PartialDate::fromIso(want);
                if (!yearInText && future.date() > reference) {
                    readings.append(PartialDate(future.date().addYears(-1), future.precision()).toIso());
                    if (future.precision() == DatePrecision::Day)
                        readings.append(PartialDate(future.date().addDays(-7), DatePrecision::Day).toIso());
                }
                ok = mentions.size() == 1 && readings.contains(mentions.first().resolved.toIso());
            }
            ++rates[yearInText].second;
            rates[yearInText].first += ok;
            if (!ok) {
                QStringList got;
                for (const DateMention &m : mentions)
                    got.append(m.text + u'=' + m.resolved.toIso());
                failures.append(u"%1%2: got {%3}"_s.arg(input, yearInText ? u" (year in text)"_s : QString(),
                                                         got.join(u", ")));
            }
        }
        const auto [passed, inScope] = rates.value(true);
        const auto [otherPassed, otherInScope] = rates.value(false);
        qInfo("%s: year in text %d of %d; others (either reading) %d of %d", qPrintable(file), passed, inScope,
              otherPassed, otherInScope);
        qInfo("out of scope (treated differently on purpose):");
        for (auto it = outOfScope.cbegin(); it != outOfScope.cend(); ++it)
            qInfo("  %4d %s: %s", it.value(), qPrintable(it.key()), qPrintable(outOfScopeReasons().value(it.key())));
        for (const QString &f : std::as_const(failures))
            qInfo("  fail: %s", qPrintable(f));
        QVERIFY2(inScope > 0 && passed >= 0.9 * inScope, "year-in-text cases fell below 90 %");
    }
};

QTEST_GUILESS_MAIN(TestPeerDates)
#include "tst_peerdates.moc"
