#include "charts/seriespalette.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Claimbench {

namespace {

// FNV-1a over the folded name: qHash is seeded afresh in every process, and
// a colour must be the same in the GUI today and the CLI tomorrow.
quint32 stableHash(const QString &group)
{
    quint32 hash = 2166136261u;
    for (const QChar c : group.simplified().toCaseFolded()) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

// `base` moved `amount` (0..1) of the way towards white.
QColor paler(const QColor &base, qreal amount)
{
    const auto towardsWhite = [&](qreal channel) { return channel + (1 - channel) * amount; };
    return QColor::fromRgbF(float(towardsWhite(base.redF())), float(towardsWhite(base.greenF())),
                            float(towardsWhite(base.blueF())));
}

} // namespace

const QList<QColor> &SeriesPalette::palette()
{
    // Okabe & Ito (2008) without its yellow, which is hard to see on white;
    // then Paul Tol's "muted" indigo, wine, olive, green and purple.
    static const QList<QColor> colors = [] {
        QList<QColor> list;
        for (const QRgb rgb : {0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0x000000, 0x332288,
                               0x882255, 0x999933, 0x117733, 0xAA4499})
            list.append(QColor::fromRgb(rgb));
        return list;
    }();
    return colors;
}

QColor SeriesPalette::preferredColor(const QString &group)
{
    return palette().at(int(stableHash(group) % quint32(palette().size())));
}

QList<QColor> SeriesPalette::colors(const ChartData &data)
{
    const QList<QColor> &fixed = palette();
    const auto slotOf = [&](const QString &group) { return int(stableHash(group) % quint32(fixed.size())); };

    QStringList groups;
    for (const ChartSeries &series : data.series) {
        if (!groups.contains(series.group))
            groups.append(series.group);
    }
    // Who yields a contested colour depends on the two names alone, never on
    // the order of the series.
    std::sort(groups.begin(), groups.end(), [&](const QString &a, const QString &b) {
        const int slotA = slotOf(a), slotB = slotOf(b);
        return slotA != slotB ? slotA < slotB : a < b;
    });

    QSet<QRgb> used;
    QHash<QString, QColor> groupColor;
    for (const QString &group : std::as_const(groups)) {
        const int slot = slotOf(group);
        QColor color;
        for (qsizetype i = 0; i < fixed.size() && !color.isValid(); ++i) {
            const QColor candidate = fixed.at((slot + i) % fixed.size());
            if (!used.contains(candidate.rgb()))
                color = candidate;
        }
        // Past the palette: hues a golden angle apart, starting from the
        // group's own hash, so that they stay far from each other.
        for (int step = 0; !color.isValid() || used.contains(color.rgb()); ++step)
            color = QColor::fromHsv(int((stableHash(group) + quint32(step) * 137u) % 360u), 190, 175 - (step % 3) * 25);
        used.insert(color.rgb());
        groupColor.insert(group, color);
    }

    QList<QColor> colors;
    colors.reserve(data.series.size());
    for (const ChartSeries &series : data.series) {
        QColor color = groupColor.value(series.group);
        const qsizetype metric = std::max<qsizetype>(0, data.metrics.indexOf(series.metric));
        if (metric > 0) {
            qreal amount = std::min(0.3 * qreal(metric), 0.7);
            QColor shade = paler(color, amount);
            while (used.contains(shade.rgb()) && amount < 0.95) {
                amount += 0.03;
                shade = paler(color, amount);
            }
            color = shade;
            used.insert(color.rgb());
        }
        colors.append(color);
    }
    return colors;
}

} // namespace Claimbench
