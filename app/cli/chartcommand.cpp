#include "cli/chartcommand.h"

#include "charts/chartrenderer.h"
#include "core/charts/seriesbuilder.h"
#include "core/store/project.h"

#include <QApplication>
#include <QFileInfo>

#include <optional>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

constexpr int kDefaultWidth = 1600;
constexpr int kDefaultHeight = 900;
constexpr int kMaxSide = 20000;
constexpr int kMaxDpi = 2400;

// A whole number in [1, max], or nullopt.
std::optional<int> positiveInt(const QString &text, int max)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= 1 && value <= max ? std::optional<int>(value) : std::nullopt;
}

int points(const ChartData &data)
{
    int n = 0;
    for (const ChartSeries &s : data.series)
        n += int(s.points.size());
    return n;
}

QtMessageHandler previousMessageHandler = nullptr;

void withoutRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"))
        return;
    previousMessageHandler(type, context, message);
}

int runChart(const ParsedArguments &args, CliStreams &io)
{
    const CommandSpec spec = chartCommand().spec;
    if (!args.isSet(u"metric"_s))
        return reportUsageError(io, spec, u"--metric is required"_s);
    if (!args.isSet(u"out"_s))
        return reportUsageError(io, spec, u"--out is required"_s);
    const QString out = args.value(u"out"_s);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != u"png"_s && suffix != u"svg"_s)
        return reportUsageError(io, spec, u"--out must end in .png or .svg: "_s + out);
    const struct { QString option; int fallback; int max; } numbers[] = {
        {u"width"_s, kDefaultWidth, kMaxSide}, {u"height"_s, kDefaultHeight, kMaxSide}, {u"dpi"_s, 96, kMaxDpi}};
    int values[3] = {};
    for (int i = 0; i < 3; ++i) {
        const std::optional<int> v = positiveInt(args.value(numbers[i].option, QString::number(numbers[i].fallback)),
                                                 numbers[i].max);
        if (!v)
            return reportUsageError(io, spec, u"--%1 must be a whole number from 1 to %2"_s.arg(numbers[i].option)
                                                  .arg(numbers[i].max));
        values[i] = *v;
    }
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return reportBadInput(io, out, u"drawing a chart needs a QApplication (Qt Charts)"_s);

    const QString projectPath = args.positionals().constFirst();
    const Result<std::shared_ptr<Project>> project = Project::open(projectPath, Project::OpenMode::ReadOnly);
    if (!project)
        return reportBadInput(io, projectPath, project.error().toString());
    const QString metricName = args.value(u"metric"_s);
    const std::optional<qint64> metricId = metricIdOrReport(io, **project, projectPath, metricName);
    if (!metricId)
        return ExitBadInput;
    const QString by = args.value(u"by"_s);
    const SeriesGrouping grouping = by == u"outlet"_s ? SeriesGrouping::Outlet
        : by == u"tag"_s                             ? SeriesGrouping::Tag
        : by == u"analyst"_s                         ? SeriesGrouping::Analyst
                                                     : SeriesGrouping::Claimant;
    const Result<ChartData> data = SeriesBuilder(**project).build({*metricId}, grouping);
    if (!data)
        return reportBadInput(io, projectPath, data.error().toString());
    if (points(*data) == 0)
        return reportBadInput(io, projectPath,
                              u"metric \""_s + metricName + u"\" has no claim with both a value and a date"_s);

    const QSize size(values[0], values[1]);
    const Result<void> written = suffix == u"svg"_s
        ? ChartRenderer::exportSvg(*data, ChartStyle{}, out, size)
        : ChartRenderer::exportPng(*data, ChartStyle{}, out, size, values[2]);
    if (!written)
        return reportBadInput(io, out, written.error().toString());
    io.out << u"%1: %2 points in %3 series, %4x%5"_s.arg(out)
                  .arg(points(*data))
                  .arg(data->series.size())
                  .arg(size.width())
                  .arg(size.height())
           << (suffix == u"png"_s ? u" at %1 dpi\n"_s.arg(values[2]) : u"\n"_s);
    return ExitOk;
}

} // namespace

Command chartCommand()
{
    CommandSpec spec{
        .name = u"chart"_s,
        .summary = u"Draw a metric over time into a PNG or SVG."_s,
        .description =
            u"One line per claimant (or outlet, tag, analyst) of metric M, x the as-of\n"
            u"date (the article's published date when the claim has none, drawn\n"
            u"hollow), y the value; a triangle up is \"more than\"/\"at least\", down\n"
            u"\"less than\"/\"at most\"/\"up to\", a paler marker \"approximately\", a\n"
            u"vertical bar a range.\n"
            u"Claims without a value, or with no date at all, are left out.\n"
            u"The file type follows --out's suffix. A PNG is exactly W x H pixels and\n"
            u"records D dots per inch; text keeps its printed size at any DPI. An SVG is\n"
            u"W x H (--dpi is ignored). Prints what it wrote on stdout.\n"
            u"The project must exist; an unknown metric, or one with nothing to draw,\n"
            u"exits 2."_s,
        .positionals = {{.name = u"PROJECT"_s, .help = u"An existing project file, or a team project's URL."_s}},
        .options = {{.name = u"metric"_s,
                     .valueName = u"M"_s,
                     .help = u"The metric to draw (its name, any case). Required."_s},
                    {.name = u"by"_s,
                     .valueName = u"claimant|outlet|tag|analyst"_s,
                     .help = u"One line per claimant (default), outlet, tag, or analyst (who\n"
                             u"tagged the claim: compares coders)."_s,
                     .allowedValues = {u"claimant"_s, u"outlet"_s, u"tag"_s, u"analyst"_s}},
                    {.name = u"out"_s,
                     .valueName = u"FILE.png|FILE.svg"_s,
                     .help = u"The file to write (replaced if it exists). Required."_s},
                    {.name = u"width"_s, .valueName = u"W"_s, .help = u"Width in pixels (default 1600)."_s},
                    {.name = u"height"_s, .valueName = u"H"_s, .help = u"Height in pixels (default 900)."_s},
                    {.name = u"dpi"_s, .valueName = u"D"_s, .help = u"PNG resolution (default 96)."_s}},
    };
    return {std::move(spec), &runChart};
}

void dropRuntimeDirWarning()
{
    // Qt 6 returns its default handler when none was installed, never null.
    previousMessageHandler = qInstallMessageHandler(withoutRuntimeDirWarning);
}

} // namespace Claimbench
