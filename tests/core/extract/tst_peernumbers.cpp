// Runs the figure extractor over the number, range, percent and unit suites
// of other projects (../shared/peer-tests) and reports pass rates per file and
// task, before and after the cases Claimbench deliberately treats differently
// (each listed with its reason). Fails below floors set a little under the
// last measurement (docs/extraction.md).
#include "core/extract/cyrillicnumbers.h"
#include "core/extract/figureextractor.h"
#include "core/extract/unitdetector.h"

#include "common/shareddata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

struct Rate
{
    int total = 0;
    int passed = 0;
    int excluded = 0;
    double afterExclusions() const { return total - excluded ? double(passed) / (total - excluded) : 1.0; }
};

bool equalValue(double a, double b)
{
    return std::fabs(a - b) <= 1e-6 * std::max(1.0, std::fabs(b));
}

bool hasValue(const Figure &f, double v)
{
    return equalValue(f.value, v) || (f.low && equalValue(*f.low, v)) || (f.high && equalValue(*f.high, v));
}

// The numbers an expectation names: value, or a range's ends.
QList<double> expectedNumbers(const QJsonObject &item)
{
    QList<double> numbers;
    if (item.value(u"value"_s).isDouble())
        numbers.append(item.value(u"value"_s).toDouble());
    const QJsonObject range = item.value(u"range"_s).toObject();
    for (const QString &key : {u"min"_s, u"max"_s, u"from"_s, u"to"_s}) {
        if (item.value(key).isDouble())
            numbers.append(item.value(key).toDouble());
        else if (item.value(key).isObject() && item.value(key).toObject().value(u"value"_s).isDouble())
            numbers.append(item.value(key).toObject().value(u"value"_s).toDouble());
        if (range.value(key).isDouble())
            numbers.append(range.value(key).toDouble());
    }
    return numbers;
}

// One expected item with a span: some figure overlaps it and carries each
// of its numbers (a range's ends may come as one figure or two).
bool spanMatched(const QJsonObject &item, const Extraction &e, bool needUnit)
{
    const int start = item.value(u"start"_s).toInt();
    const int end = item.value(u"end"_s).toInt();
    const QList<double> numbers = expectedNumbers(item);
    if (numbers.isEmpty())
        return false;
    for (double v : numbers) {
        bool found = false;
        for (const Figure &f : e.figures)
            found = found || (f.start < end && start < f.end && hasValue(f, v) && (!needUnit || !f.unit.isEmpty()));
        if (!found)
            return false;
    }
    return true;
}

bool anyFigureWith(const QList<double> &numbers, const Extraction &e, bool needUnit)
{
    if (numbers.isEmpty())
        return false;
    for (double v : numbers) {
        bool found = false;
        for (const Figure &f : e.figures)
            found = found || (hasValue(f, v) && (!needUnit || !f.unit.isEmpty()));
        if (!found)
            return false;
    }
    return true;
}

bool containsYear(const QString &input)
{
    for (qsizetype i = 0; i + 4 <= input.size(); ++i) {
        if ((i > 0 && input[i - 1].isDigit()) || (i + 4 < input.size() && input[i + 4].isDigit()))
            continue;
        bool ok = false;
        const int y = input.mid(i, 4).toInt(&ok);
        if (ok && y >= 1800 && y <= 2100 && input.mid(i, 4).front().isDigit())
            return true;
    }
    return false;
}

bool containsDottedCode(const QString &input)
{
    for (qsizetype i = 0; i + 4 < input.size(); ++i)
        if (input[i].isDigit() && input[i + 1] == u'.' && input[i + 2].isDigit()) {
            qsizetype j = i + 2;
            while (j < input.size() && input[j].isDigit())
                ++j;
            if (j + 1 < input.size() && input[j] == u'.' && input[j + 1].isDigit())
                return true;
        }
    return false;
}

// Every number a case expects, whether `expected` is one item or a list.
QList<double> allExpectedNumbers(const QJsonObject &c)
{
    QList<double> expected = expectedNumbers(c.value(u"expected"_s).toObject());
    for (const QJsonValue &item : c.value(u"expected"_s).toArray())
        expected += expectedNumbers(item.toObject());
    return expected;
}

struct Measure
{
    char dimension = 0; // 'l'ength, 'm'ass, 't'ime, 'v'olume
    double factor = 0;  // to metres, grams, seconds, litres
    bool metric() const { return dimension == 'l' && std::fabs(std::log10(factor) - std::round(std::log10(factor))) < 1e-9; }
};

// A unit as Claimbench writes it ("km", "hours") or as Duckling names it
// ("Kilometre", "Hour"), in its dimension's base unit.
Measure measureOf(const QString &unit)
{
    static const QMap<QString, Measure> table = {
        {u"km"_s, {'l', 1000}}, {u"kilometre"_s, {'l', 1000}}, {u"m"_s, {'l', 1}}, {u"metre"_s, {'l', 1}},
        {u"cm"_s, {'l', 0.01}}, {u"centimetre"_s, {'l', 0.01}}, {u"mm"_s, {'l', 0.001}}, {u"millimetre"_s, {'l', 0.001}},
        {u"mi"_s, {'l', 1609.344}}, {u"mile"_s, {'l', 1609.344}}, {u"yd"_s, {'l', 0.9144}}, {u"yard"_s, {'l', 0.9144}},
        {u"ft"_s, {'l', 0.3048}}, {u"foot"_s, {'l', 0.3048}}, {u"in"_s, {'l', 0.0254}}, {u"inch"_s, {'l', 0.0254}},
        {u"kg"_s, {'m', 1000}}, {u"g"_s, {'m', 1}}, {u"gram"_s, {'m', 1}}, {u"mg"_s, {'m', 0.001}},
        {u"lb"_s, {'m', 453.59237}}, {u"pound"_s, {'m', 453.59237}}, {u"oz"_s, {'m', 28.349523125}},
        {u"ounce"_s, {'m', 28.349523125}}, {u"t"_s, {'m', 1e6}},
        {u"seconds"_s, {'t', 1}}, {u"second"_s, {'t', 1}}, {u"minutes"_s, {'t', 60}}, {u"minute"_s, {'t', 60}},
        {u"hours"_s, {'t', 3600}}, {u"hour"_s, {'t', 3600}}, {u"days"_s, {'t', 86400}}, {u"day"_s, {'t', 86400}},
        {u"weeks"_s, {'t', 604800}}, {u"week"_s, {'t', 604800}}, {u"months"_s, {'t', 2592000}}, {u"month"_s, {'t', 2592000}}, {u"years"_s, {'t', 31536000}}, {u"year"_s, {'t', 31536000}},
        {u"l"_s, {'v', 1}}, {u"litre"_s, {'v', 1}}, {u"ml"_s, {'v', 0.001}}, {u"millilitre"_s, {'v', 0.001}},
        {u"gal"_s, {'v', 3.785411784}}, {u"gallon"_s, {'v', 3.785411784}}, {u"hl"_s, {'v', 100}}, {u"hectolitre"_s, {'v', 100}},
    };
    return table.value(unit.toLower());
}

// Duckling adds measures written in different units into one, where
// Claimbench reports each as written when they come from different systems
// ("1 meter and 1 foot") or are metric and separated by a comma ("2
// kilometer, 1 metre"). Other sums ("2 yards and 7 feet") are parts
// Claimbench should join, and stay failures.
bool isSumOfMeasures(const QJsonObject &c, const Extraction &e)
{
    const QString input = c.value(u"input"_s).toString();
    const QJsonObject expected = c.value(u"expected"_s).toObject();
    const Measure target = measureOf(expected.value(u"unit"_s).toString());
    if (!target.dimension || !expected.value(u"value"_s).isDouble())
        return false;
    double sum = 0;
    int parts = 0;
    int metricParts = 0;
    for (const Figure &f : e.figures) {
        const Measure m = measureOf(f.unit);
        if (m.dimension == target.dimension && !f.low) {
            sum += f.value * m.factor;
            ++parts;
            metricParts += m.metric() ? 1 : 0;
        }
    }
    const bool separate = (metricParts > 0 && metricParts < parts) || (metricParts == parts && input.contains(u','));
    return parts >= 2 && separate && equalValue(sum, expected.value(u"value"_s).toDouble() * target.factor);
}

// The expectation is the extracted value in another unit: the suite
// normalizes (Duckling reports grams and minutes).
bool isConversion(const QJsonObject &c, const Extraction &e)
{
    const QJsonObject item = c.value(u"expected"_s).toObject();
    const Measure target = measureOf(item.value(u"unit"_s).toString());
    for (const Figure &f : e.figures)
        if (const Measure m = measureOf(f.unit); target.dimension && m.dimension == target.dimension
            && equalValue(f.value * m.factor, item.value(u"value"_s).toDouble() * target.factor))
            return true;
    const QList<double> expected = allExpectedNumbers(c);
    for (double v : expected)
        for (const Figure &f : e.figures)
            for (double factor : {60.0, 3600.0, 86400.0, 7.0, 24.0, 1000.0, 12.0})
                if (!f.unit.isEmpty() && f.unit.size() != 3 && f.value != 0
                    && (equalValue(f.value * factor, v) || equalValue(f.value / factor, v)))
                    return true;
    return false;
}

// "3m", "3k", "1500b" after digits: news writes millions, thousands and
// billions ("6.2m Ukrainians", "250K"), the suite means metres, kilometres,
// minutes or bytes.
bool isScaleSuffix(const QJsonObject &c, const Extraction &e)
{
    const QList<double> expected = allExpectedNumbers(c);
    for (double v : expected)
        for (const Figure &f : e.figures) {
            if (f.text.size() < 2 || !f.text[f.text.size() - 2].isDigit())
                continue;
            const QChar suffix = f.text.back().toLower();
            const double scale = suffix == u'm' ? 1e6 : suffix == u'k' ? 1e3 : suffix == u'b' ? 1e9 : 0;
            if (scale > 0 && equalValue(f.value, v * scale))
                return true;
        }
    return false;
}

// A quote mark after a number: 5", 5'', 2' (inches, feet, minutes, seconds).
bool hasQuoteMark(const QString &input)
{
    static const QRegularExpression mark(u"\\d\\s?(''|\"|'(?![A-Za-z])|\u2033|\u2032)"_s);
    return mark.match(input).hasMatch();
}

// A range the suite gives as its midpoint with an uncertainty ("between 44
// and 50 mg" = 47 ± 3), where Claimbench has the two ends.
bool isMidpointOfRange(const QJsonObject &c, const Extraction &e)
{
    for (const QJsonValue &item : c.value(u"expected"_s).toArray()) {
        const QJsonObject o = item.toObject();
        if (!o.value(u"uncertainty"_s).isDouble())
            continue;
        for (const Figure &f : e.figures)
            if (f.low && f.high && f.start < o.value(u"end"_s).toInt() && o.value(u"start"_s).toInt() < f.end
                && equalValue((*f.low + *f.high) / 2, o.value(u"value"_s).toDouble()))
                return true;
    }
    return false;
}

// Claimbench reads "3 years, 2 months" as one figure (3.1667 years); the
// suite expects the parts: the figure starts at the first part and is its
// value plus less than one.
bool isCompoundOfParts(const QJsonObject &c, const Extraction &e)
{
    for (const QJsonValue &item : c.value(u"expected"_s).toArray()) {
        const QJsonObject o = item.toObject();
        const double v = o.value(u"value"_s).toDouble();
        for (const Figure &f : e.figures)
            if (f.start == o.value(u"start"_s).toInt() && f.end > o.value(u"end"_s).toInt() && f.value > v
                && f.value < v + 1)
                return true;
    }
    return false;
}

// The cases of one suite file, a JSON object a line; none when it cannot be read.
QList<QJsonObject> casesOf(const QString &path)
{
    QList<QJsonObject> cases;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return cases;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (!line.isEmpty())
            cases.append(QJsonDocument::fromJson(line).object());
    }
    return cases;
}

// Whether any numeral starts in `input` (a word or digits the Cyrillic
// parser reads).
bool hasCyrillicNumeral(const QString &input)
{
    const CyrillicNumberParser parser;
    for (qsizetype i = 0; i < input.size(); ++i)
        if (CyrillicNumberParser::mayStart(input, i) && parser.parseAt(input, i))
            return true;
    return false;
}

// The expectation is a figure's value in another unit of its dimension
// (Duckling gives durations in minutes, hours or days, masses in grams):
// the figure carries a unit written in Cyrillic.
bool isCyrillicConversion(const QJsonObject &c, const Extraction &e)
{
    for (double v : allExpectedNumbers(c))
        for (const Figure &f : e.figures)
            for (double factor : {60.0, 3600.0, 86400.0, 1440.0, 24.0, 30.0, 7.0, 12.0, 1000.0})
                if (!f.unit.isEmpty() && f.unit.front().unicode() >= 0x400 && f.value != 0
                    && (equalValue(f.value * factor, v) || equalValue(f.value / factor, v)))
                    return true;
    return false;
}

// Why a Ukrainian or Russian case differs by design, or empty.
QString cyrillicReason(const QJsonObject &c, const Extraction &e, const QString &task)
{
    const QString input = c.value(u"input"_s).toString();
    if (task == u"Ordinal")
        return u"ordinals are skipped (not quantities)"_s;
    if (input == u"нисколько")
        return u"'нисколько' ('not at all') is no quantity in news"_s;
    if (input.size() >= 3 && input.front() == u'0' && input.at(1).isDigit() && input.at(2).isDigit())
        return u"digits with two or more leading zeros ('0033') are a code, not a figure"_s;
    if (input.size() >= 4 && input.front() == u'0' && input.at(2) == u'.')
        return u"'01.10' with its leading zero is a day and month or a time, not a decimal"_s;
    if (!hasCyrillicNumeral(input) && e.figures.isEmpty())
        return u"a unit word without a number ('секунда', 'кг', 'месяц', 'часик') is no figure"_s;
    if (hasQuoteMark(input))
        return u"a quote mark after a number is a quotation in news, not an inch, foot, minute or second mark"_s;
    if (isConversion(c, e) || isCyrillicConversion(c, e))
        return u"the suite converts to a base unit (півгодини = 30 minutes, 0.002 кг = 2 g); Claimbench keeps the value as written"_s;
    if (e.figures.size() >= 2)
        return u"the parts of a compound amount ('2 роки і 3 місяці', '20 долларов 43 цента') are figures of their own, not one sum"_s;
    if (input.contains(u',') && std::any_of(e.figures.cbegin(), e.figures.cend(), [](const Figure &f) { return f.text.contains(u','); }))
        return u"a comma after digits is the decimal comma in Ukrainian and Russian ('$10,000' reads 10.0)"_s;
    return {};
}

} // namespace

class TestPeerNumbers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void suites()
    {
        CLAIMBENCH_REQUIRE_SHARED_DIR(dir, "CLAIMBENCH_PEER_TESTS");
        const FigureExtractor extractor;
        QMap<QString, Rate> byTask;   // "file / task"
        QMap<QString, Rate> byGroup;  // numbers, ranges, percent, units
        QMap<QString, int> reasons;
        for (const QString &file : {u"recognizers_number_en"_s, u"recognizers_units_en"_s, u"duckling_numeral_en"_s,
                                    u"duckling_units_en"_s, u"quantulum3_en"_s}) {
            const QList<QJsonObject> cases = casesOf(dir.filePath(file + u".jsonl"_s));
            QVERIFY2(!cases.isEmpty(), qPrintable(file));
            for (const QJsonObject &c : cases) {
                const QString input = c.value(u"input"_s).toString();
                QString task = c.value(u"task"_s).toString();
                if (task.isEmpty())
                    task = c.value(u"dim"_s).toString();
                if (task.isEmpty())
                    task = file == u"duckling_numeral_en" ? u"numeral"_s : u"quantities"_s;
                const QString group = task == u"numberrange" ? u"ranges"_s
                    : task == u"percent"                     ? u"percent"_s
                    : file.contains(u"units") || file.startsWith(u"quantulum") ? u"units"_s
                                                                                : u"numbers"_s;
                const QString match = c.value(u"match"_s).toString();
                const Extraction e = extractor.extract(input);
                const bool unitTask = group == u"units" && task != u"Ordinal";

                bool pass = false;
                if (match == u"no_crash") {
                    pass = true;
                } else if (match == u"none") {
                    pass = e.figures.isEmpty() || std::all_of(e.figures.cbegin(), e.figures.cend(),
                                                              [](const Figure &g) { return g.unit.isEmpty(); });
                } else if (match == u"span") {
                    // Duckling checks only where the numeral is ("negative negative 5" -> "negative 5").
                    const QJsonArray span = c.value(u"span"_s).toArray();
                    pass = std::any_of(e.figures.cbegin(), e.figures.cend(), [&span](const Figure &g) {
                        return g.start == span.at(0).toInt() && g.end == span.at(1).toInt();
                    });
                } else if (match == u"count") {
                    pass = e.figures.size() == c.value(u"count"_s).toInt();
                } else if (file == u"duckling_numeral_en") {
                    const QList<double> v{c.value(u"value"_s).toDouble()};
                    pass = match == u"full" ? (e.figures.size() == 1 && hasValue(e.figures[0], v[0])
                                               && e.figures[0].start == 0
                                               && e.figures[0].end >= input.trimmed().size() - 1)
                                            : anyFigureWith(v, e, false);
                } else if (file == u"duckling_units_en") {
                    pass = anyFigureWith(expectedNumbers(c.value(u"expected"_s).toObject()), e,
                                         c.value(u"section"_s).toString() != u"latent");
                } else {
                    const QJsonArray expected = c.value(u"expected"_s).toArray();
                    if (expected.isEmpty()) {
                        pass = e.figures.isEmpty();
                    } else {
                        pass = true;
                        for (const QJsonValue &item : expected)
                            pass = pass && spanMatched(item.toObject(), e,
                                                       unitTask && item.toObject().value(u"unit"_s).toString() != u"dimensionless");
                        if (task == u"percent")
                            pass = pass && std::all_of(e.figures.cbegin(), e.figures.cend(),
                                                       [](const Figure &g) { return g.unit == u"%"; });
                    }
                }

                QString reason;
                if (!pass) {
                    const QString expectedText = QString::fromUtf8(QJsonDocument(
                        c.value(u"expected"_s).isArray() ? QJsonDocument(c.value(u"expected"_s).toArray())
                                                         : QJsonDocument(c.value(u"expected"_s).toObject())).toJson(QJsonDocument::Compact));
                    const QJsonArray expectedItems = c.value(u"expected"_s).toArray();
                    if (task == u"ordinal" || task == u"Ordinal")
                        reason = u"ordinals are skipped (not quantities)"_s;
                    else if (!expectedItems.isEmpty()
                             && std::any_of(expectedItems.cbegin(), expectedItems.cend(), [](const QJsonValue &v) {
                                    return v.toObject().value(u"value"_s).isNull();
                                })
                             && std::all_of(expectedItems.cbegin(), expectedItems.cend(), [&](const QJsonValue &v) {
                                    return v.toObject().value(u"value"_s).isNull()
                                        || spanMatched(v.toObject(), e, unitTask);
                                }))
                        reason = u"a unit word without a number ('a small percent', 'the %') is no figure"_s;
                    else if (task == u"percent"
                             && (input.contains(u"percent of"_s, Qt::CaseInsensitive)
                                 || input.contains(u"percents of"_s, Qt::CaseInsensitive)
                                 || input.contains(u"per cent of"_s, Qt::CaseInsensitive)))
                        reason = u"in 'percent of N', N is the base, not a percentage"_s;
                    else if (containsYear(input))
                        reason = u"a four-digit year is a date, not a figure"_s;
                    else if (containsDottedCode(input))
                        reason = u"dotted codes (versions, addresses) are identifiers"_s;
                    else if (c.value(u"expected"_s).toArray().isEmpty() && c.value(u"expected"_s).isArray()
                             && std::all_of(e.figures.cbegin(), e.figures.cend(),
                                            [](const Figure &g) { return !g.unit.isEmpty(); }))
                        reason = u"a quantity with a unit is a figure too (the suite leaves it to another model)"_s;
                    else if (isScaleSuffix(c, e))
                        reason = u"'3m', '3k', '1500b' after digits are millions, thousands, billions, as news writes them ('6.2m Ukrainians', '250K'), not metres, kilometres, minutes or bytes"_s;
                    else if (unitTask && hasQuoteMark(input))
                        reason = u"a quote mark after a number is a quotation in news, not an inch, foot, minute or second mark"_s;
                    else if (unitTask && QRegularExpression(u"\\d\\s?[ap]m\\b"_s, QRegularExpression::CaseInsensitiveOption).match(input).hasMatch())
                        reason = u"'am'/'pm' after a number is a time of day, not attometres or picometres"_s;
                    else if (isMidpointOfRange(c, e))
                        reason = u"a range is its two ends ('between 44 and 50 mg' = 44-50 mg), not a midpoint with an uncertainty"_s;
                    else if (isCompoundOfParts(c, e))
                        reason = u"a compound measure ('3 years, 2 months', '7 feet 10 inches') is one figure in its first unit, not one per part"_s;
                    else if (file == u"duckling_units_en" && isSumOfMeasures(c, e))
                        reason = u"measures of different systems ('1 meter and 1 foot') or metric ones after a comma ('the 10 km, 400 m races') are separate figures, not their sum"_s;
                    else if (file == u"duckling_units_en" && isConversion(c, e))
                        reason = u"the suite converts to a base unit (0.002 kg = 2 g, 1.5 hours = 90 minutes); Claimbench keeps the value as written"_s;
                    else if (QRegularExpression(u"(^|\\s)(from|between) .*\\d.* (to|and) "_s,
                                                QRegularExpression::CaseInsensitiveOption).match(input).hasMatch()
                             && task != u"numberrange" && e.figures.size() >= 2)
                        reason = u"'from X to Y' reads as a change between two figures, not one range"_s;
                    else if (QRegularExpression(u"^(a|an) [a-z]"_s, QRegularExpression::CaseInsensitiveOption)
                                 .match(input.trimmed()).hasMatch() && e.figures.isEmpty()
                             && UnitDetector::measureAt(input.trimmed(), input.trimmed().indexOf(u' ') + 1, false))
                        reason = u"an article before a unit ('a month', 'a kilogram') is not the number one (news writes rates as 'a day')"_s;
                    else if (task == u"numberrange"
                             && (expectedText.contains(u"than") || expectedText.contains(u"more")
                                 || expectedText.contains(u"less") || expectedText.contains(u"over")
                                 || expectedText.contains(u"under") || expectedText.contains(u"least")
                                 || expectedText.contains(u"most") || expectedText.contains(u"up to")
                                 || expectedText.contains(u"above") || expectedText.contains(u"below")
                                 || expectedText.contains(u"fewer") || expectedText.contains(u"greater")
                                 || expectedText.contains(u"larger") || expectedText.contains(u"smaller")
                                 || expectedText.contains(u"bigger") || expectedText.contains(u"higher")
                                 || expectedText.contains(u"lower") || expectedText.contains(u"=")
                                 || expectedText.contains(u"<") || expectedText.contains(u">")))
                        reason = u"an open bound is a qualifier on one figure, not a range"_s;
                }
                Rate &t = byTask[file + u" / "_s + task];
                Rate &g = byGroup[group];
                ++t.total;
                ++g.total;
                if (pass) {
                    ++t.passed;
                    ++g.passed;
                } else if (!reason.isEmpty()) {
                    ++t.excluded;
                    ++g.excluded;
                    ++reasons[reason];
                    qInfo().noquote() << "  differs by design:" << c.value(u"id"_s).toString() << input.left(70)
                                      << "--" << reason;
                } else {
                    QStringList found;
                    for (const Figure &fig : e.figures)
                        found.append(fig.text + u'=' + QString::number(fig.value, 'g', 12) + u' ' + fig.unit);
                    qInfo().noquote() << "  fails:" << c.value(u"id"_s).toString() << input.left(90) << "->"
                                      << found.join(u"; ");
                }
            }
        }
        for (auto it = byTask.cbegin(); it != byTask.cend(); ++it)
            qInfo().noquote() << u"%1: %2/%3 pass (%4%), %5 differ by design, %6% after exclusions"_s.arg(it.key())
                                     .arg(it->passed).arg(it->total).arg(100.0 * it->passed / it->total, 0, 'f', 1)
                                     .arg(it->excluded).arg(100.0 * it->afterExclusions(), 0, 'f', 1);
        for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
            qInfo().noquote() << u"excluded %1x: %2"_s.arg(it.value()).arg(it.key());
        for (auto it = byGroup.cbegin(); it != byGroup.cend(); ++it)
            qInfo().noquote() << u"GROUP %1: %2/%3 pass (%4%), %5% after exclusions"_s.arg(it.key()).arg(it->passed)
                                     .arg(it->total).arg(100.0 * it->passed / it->total, 0, 'f', 1)
                                     .arg(100.0 * it->afterExclusions(), 0, 'f', 1);

        QVERIFY(byGroup[u"numbers"_s].afterExclusions() >= kFloorNumbers);
        QVERIFY(byGroup[u"ranges"_s].afterExclusions() >= kFloorRanges);
        QVERIFY(byGroup[u"percent"_s].afterExclusions() >= kFloorPercent);
        QVERIFY(byGroup[u"units"_s].afterExclusions() >= kFloorUnits);
    }

    // Duckling's Ukrainian and Russian numerals and units, through the
    // Cyrillic pipeline (ExtractionContext::language set). Numerals: the
    // whole input is one figure of the value. Units: a figure of the value
    // (a range's ends, a bound), with a unit for every dimension but
    // Ordinal; reported per dimension, the unit apart from the value (the
    // counted noun is CyrillicUnits' to find).
    void cyrillicSuites()
    {
        CLAIMBENCH_REQUIRE_SHARED_DIR(dir, "CLAIMBENCH_PEER_TESTS");
        const FigureExtractor extractor;
        QMap<QString, Rate> byTask;      // "file / dim": value and unit
        QMap<QString, Rate> valueByTask; // "file / dim": value alone
        QMap<QString, int> reasons;
        for (const QString &file : {u"duckling_numeral_uk"_s, u"duckling_numeral_ru"_s, u"duckling_units_uk"_s,
                                    u"duckling_units_ru"_s}) {
            const QList<QJsonObject> cases = casesOf(dir.filePath(file + u".jsonl"_s));
            QVERIFY2(!cases.isEmpty(), qPrintable(file));
            ExtractionContext context;
            context.language = file.endsWith(u"_uk") ? Language::Ukrainian : Language::Russian;
            const bool numerals = file.contains(u"numeral");
            for (const QJsonObject &c : cases) {
                const QString input = c.value(u"input"_s).toString();
                const QString task = numerals ? u"numeral"_s : c.value(u"dim"_s).toString();
                const Extraction e = extractor.extract(input, context);
                bool valuePass = false;
                bool pass = false;
                if (c.value(u"match"_s).toString() == u"none") {
                    valuePass = pass = std::all_of(e.figures.cbegin(), e.figures.cend(),
                                                   [](const Figure &g) { return g.unit.isEmpty(); });
                } else if (numerals) {
                    valuePass = pass = e.figures.size() == 1 && hasValue(e.figures[0], c.value(u"value"_s).toDouble())
                        && e.figures[0].start == 0 && e.figures[0].end >= input.trimmed().size() - 1;
                } else {
                    const QList<double> expected = expectedNumbers(c.value(u"expected"_s).toObject());
                    valuePass = anyFigureWith(expected, e, false);
                    pass = anyFigureWith(expected, e, task != u"Ordinal");
                }
                const QString reason = pass ? QString() : cyrillicReason(c, e, task);
                for (auto [rates, passed] : {std::pair{&byTask, pass}, std::pair{&valueByTask, valuePass || pass}}) {
                    Rate &t = (*rates)[file + u" / "_s + task];
                    ++t.total;
                    t.passed += passed ? 1 : 0;
                    t.excluded += !passed && !reason.isEmpty() ? 1 : 0;
                }
                if (!reason.isEmpty()) {
                    ++reasons[reason];
                    qInfo().noquote() << "  differs by design:" << c.value(u"id"_s).toString() << input << "--" << reason;
                } else if (!pass) {
                    QStringList found;
                    for (const Figure &fig : e.figures)
                        found.append(fig.text + u'=' + QString::number(fig.value, 'g', 12) + u' ' + fig.unit);
                    qInfo().noquote() << "  fails:" << c.value(u"id"_s).toString() << input << "->" << found.join(u"; ");
                }
            }
        }
        for (auto it = byTask.cbegin(); it != byTask.cend(); ++it) {
            const Rate &v = valueByTask[it.key()];
            qInfo().noquote() << u"%1: %2/%3 pass (%4%), %5 differ by design, %6% after exclusions; value alone %7%"_s
                                     .arg(it.key()).arg(it->passed).arg(it->total)
                                     .arg(100.0 * it->passed / it->total, 0, 'f', 1).arg(it->excluded)
                                     .arg(100.0 * it->afterExclusions(), 0, 'f', 1)
                                     .arg(100.0 * v.afterExclusions(), 0, 'f', 1);
        }
        for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
            qInfo().noquote() << u"excluded %1x: %2"_s.arg(it.value()).arg(it.key());
        const auto groupRate = [&](const QMap<QString, Rate> &rates, QStringView prefix) {
            Rate sum;
            for (auto it = rates.cbegin(); it != rates.cend(); ++it)
                if (it.key().startsWith(prefix)) {
                    sum.total += it->total;
                    sum.passed += it->passed;
                    sum.excluded += it->excluded;
                }
            return sum.afterExclusions();
        };
        const double numeralRate = groupRate(byTask, u"duckling_numeral");
        const double unitRate = groupRate(byTask, u"duckling_units");
        const double unitValueRate = groupRate(valueByTask, u"duckling_units");
        qInfo().noquote() << u"GROUP uk+ru numerals %1%, units %2% (value alone %3%) after exclusions"_s
                                 .arg(100.0 * numeralRate, 0, 'f', 1).arg(100.0 * unitRate, 0, 'f', 1)
                                 .arg(100.0 * unitValueRate, 0, 'f', 1);
        QVERIFY(numeralRate >= kFloorCyrillicNumerals);
        QVERIFY(unitValueRate >= kFloorCyrillicUnitValues);
        QVERIFY(unitRate >= kFloorCyrillicUnits);
    }

private:
    static constexpr double kFloorCyrillicNumerals = 0.97;    // measured 1.000
    static constexpr double kFloorCyrillicUnitValues = 0.97;  // measured 0.994
    static constexpr double kFloorCyrillicUnits = 0.95;       // measured 0.977
    static constexpr double kFloorNumbers = 0.90;
    static constexpr double kFloorRanges = 0.93;
    static constexpr double kFloorPercent = 0.95;
    static constexpr double kFloorUnits = 0.90;
};

QTEST_GUILESS_MAIN(TestPeerNumbers)
#include "tst_peernumbers.moc"
