#include "cli/comparecommand.h"

#include "core/compare/claimcomparison.h"
#include "core/export/tablewriter.h"
#include "core/store/project.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

int runCompare(const ParsedArguments &args, CliStreams &io)
{
    const CommandSpec spec = compareCommand().spec;
    if (!args.isSet(u"metric"_s))
        return reportUsageError(io, spec, u"--metric is required"_s);
    const std::optional<ComparisonPeriod> period = comparisonPeriodFromName(args.value(u"period"_s, u"month"_s));
    bool isNumber = false;
    const double percent = args.value(u"threshold"_s, u"10"_s).toDouble(&isNumber);
    if (!isNumber || !(percent >= 0 && percent <= 100))
        return reportUsageError(io, spec, u"--threshold must be a percentage from 0 to 100"_s);

    const QString projectPath = args.positionals().constFirst();
    const Result<std::shared_ptr<Project>> project = Project::open(projectPath, Project::OpenMode::ReadOnly);
    if (!project)
        return reportBadInput(io, projectPath, project.error().toString());
    const QString metricName = args.value(u"metric"_s);
    const std::optional<qint64> metricId = metricIdOrReport(io, **project, projectPath, metricName);
    if (!metricId)
        return ExitBadInput;
    const Result<Comparison> comparison =
        ClaimComparer(**project).compare(*metricId, period.value_or(ComparisonPeriod::Month), percent / 100);
    if (!comparison)
        return reportBadInput(io, projectPath, comparison.error().toString());

    // Every column a name of its own: a claimant named as a fixed column, or
    // as another claimant ("Unattributed"), is told apart from it.
    static const QStringList kFixed{u"period"_s, u"ratio"_s, u"difference"_s, u"disagrees"_s};
    QStringList columns{kFixed.first()};
    QSet<QString> taken(kFixed.cbegin(), kFixed.cend());
    for (const QString &claimant : comparison->claimants) {
        QString column = claimant;
        for (int n = 1; taken.contains(column); ++n)
            column = claimant + (n == 1 ? u" (claimant)"_s : u" (claimant %1)"_s.arg(n));
        taken.insert(column);
        columns.append(column);
    }
    columns += kFixed.mid(1);
    TableWriter writer(outputFormatFromName(args.value(u"format"_s)).value_or(OutputFormat::Csv), columns, io.out);
    for (const ComparisonRow &row : comparison->rows) {
        QList<QJsonValue> values{periodLabel(row.start, comparison->period)};
        for (const std::optional<SeriesPoint> &stated : row.stated)
            values.append(!stated ? QJsonValue(QJsonValue::Null)
                          // A figure as stated is a number; a qualified or ranged one, text.
                          : stated->qualifier == Qualifier::None && !(stated->low && stated->high)
                          ? QJsonValue(stated->value)
                          : QJsonValue(statedText(*stated, QLocale::c())));
        values << numberOrNull(row.ratio) << numberOrNull(row.difference) << row.disagrees;
        writer.writeRow(values);
    }
    writer.finish();
    if (comparison->tooCoarse > 0)
        io.err << u"%1 of the statements are dated less precisely than a %2 and are left out\n"_s
                      .arg(comparison->tooCoarse)
                      .arg(comparisonPeriodName(comparison->period));
    return ExitOk;
}

} // namespace

Command compareCommand()
{
    CommandSpec spec{
        .name = u"compare"_s,
        .summary = u"Compare what each claimant stated for a metric, period by period."_s,
        .description =
            u"One row per period (day, ISO week or month of the as-of date, else of the\n"
            u"article's published date, as the chart dates a claim) with at least one\n"
            u"statement; the columns\n"
            u"  period, <each claimant, by name; Unattributed last>, ratio, difference,\n"
            u"  disagrees\n"
            u"A claimant's cell is the latest figure it stated in the period: a number,\n"
            u"or text when it has a qualifier or range (\"more than 300000\", \"20000 to\n"
            u"30000\"); null when it stated none. A claimant named as another column\n"
            u"gets \" (claimant)\" added. A claim dated less precisely than the period\n"
            u"(only a month, by week or day; only a year, by month) is left out, and\n"
            u"stderr says how many. ratio (max / min, when both are positive) and\n"
            u"difference (max - min) are over those figures, a range counting as its\n"
            u"middle; null with fewer than two. disagrees is true when two of them\n"
            u"cannot both be right: no values they allow lie within the threshold of\n"
            u"each other (\"more than 300000\" and \"about 310000\" can; 300000 and\n"
            u"500000 cannot at 10 %). Periods are written 2024-03-20, 2024-W12 and\n"
            u"2024-03. An unknown metric exits 2; one with no dated value prints the\n"
            u"header alone."_s,
        .positionals = {{.name = u"PROJECT"_s, .help = u"An existing project file, or a team project's URL."_s}},
        .options = {{.name = u"metric"_s,
                     .valueName = u"M"_s,
                     .help = u"The metric to compare (any case). Required."_s},
                    {.name = u"period"_s,
                     .valueName = u"day|week|month"_s,
                     .help = u"The rows' period (default: month)."_s,
                     .allowedValues = {u"day"_s, u"week"_s, u"month"_s}},
                    {.name = u"threshold"_s,
                     .valueName = u"PCT"_s,
                     .help = u"How far apart two figures may be and still agree, in per\n"
                             u"cent of the larger (default: 10)."_s},
                    {.name = u"format"_s,
                     .valueName = u"csv|json"_s,
                     .help = u"Output format (default: csv)."_s,
                     .allowedValues = {u"csv"_s, u"json"_s}}},
    };
    return {std::move(spec), &runCompare};
}

} // namespace Claimbench
