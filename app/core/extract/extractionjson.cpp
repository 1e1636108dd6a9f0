#include "core/extract/extractionjson.h"

#include "core/domain/textoffsets.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

QJsonValue number(double v)
{
    // 2^53: beyond it a double no longer holds every integer.
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 9007199254740992.0)
        return QJsonValue(qint64(v));
    return QJsonValue(v);
}

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? number(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalString(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QJsonObject extractionToJson(QStringView text, const Extraction &e)
{
    const TextOffsets offsets(text);
    const auto cp = [&](int utf16) { return qint64(offsets.toCodePoints(utf16).value_or(utf16)); };
    QJsonArray figures;
    for (const Figure &f : e.figures) {
        QJsonObject o;
        o.insert(u"start"_s, cp(f.start));
        o.insert(u"end"_s, cp(f.end));
        o.insert(u"text"_s, f.text);
        o.insert(u"value"_s, number(f.value));
        o.insert(u"low"_s, optionalNumber(f.low));
        o.insert(u"high"_s, optionalNumber(f.high));
        o.insert(u"unit"_s, optionalString(f.unit));
        o.insert(u"qualifier"_s, optionalString(qualifierName(f.qualifier)));
        o.insert(u"claimant"_s, optionalString(f.claimant));
        o.insert(u"as_of"_s, optionalString(f.asOf.toIso()));
        o.insert(u"confidence"_s, std::round(f.confidence * 100) / 100);
        o.insert(u"restates"_s, f.restates >= 0 ? QJsonValue(f.restates) : QJsonValue(QJsonValue::Null));
        figures.append(o);
    }
    QJsonArray dates;
    for (const DateMention &d : e.dates) {
        QJsonObject o;
        o.insert(u"start"_s, cp(d.start));
        o.insert(u"end"_s, cp(d.end));
        o.insert(u"text"_s, d.text);
        o.insert(u"resolved"_s, optionalString(d.resolved.toIso()));
        dates.append(o);
    }
    QJsonObject root;
    root.insert(u"figures"_s, figures);
    root.insert(u"dates"_s, dates);
    return root;
}

} // namespace Claimbench
