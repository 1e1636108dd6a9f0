#include "cli/claimscommand.h"

#include "cli/claimadder.h"
#include "core/commands/projectsession.h"
#include "core/export/claimexporter.h"
#include "core/export/linkeddata.h"
#include "core/store/claimquery.h"
#include "core/store/project.h"

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// `claims PROJECT --add FILE`: "row N: added <id>" or "row N: failed: <reason>"
// per row on out, each failure also on err, then a summary on err. The rows
// that can be added are written through the session in ONE transaction and
// one undo step: either all of them are in the project or, when the write
// fails, none is.
int addClaims(const std::shared_ptr<Project> &project, const QString &path, CliStreams &io)
{
    const Result<QList<QJsonObject>> rows = ClaimAdder::readRows(path);
    if (!rows)
        return reportBadInput(io, path, rows.error().toString());
    ClaimAdder adder(*project);
    QList<ClaimDraft> drafts;
    QList<Result<ClaimDraft>> drafted;
    for (const QJsonObject &row : *rows) {
        drafted.append(adder.draft(row));
        if (drafted.constLast())
            drafts.append(*drafted.constLast());
    }
    ProjectSession session(project);
    const Result<QList<qint64>> ids =
        session.createClaims(drafts, drafts.size() == 1 ? u"Add claim"_s : u"Add %1 claims"_s.arg(drafts.size()));
    if (!ids)
        return reportBadInput(io, path, ids.error().toString());

    qsizetype added = 0;
    for (qsizetype i = 0; i < drafted.size(); ++i) {
        const QString row = u"row "_s + QString::number(i + 1);
        if (drafted.at(i)) {
            io.out << QString(row + u": added "_s + QString::number(ids->at(added++)) + u'\n');
        } else {
            io.out << QString(row + u": failed: "_s + drafted.at(i).error().toString() + u'\n');
            reportBadInput(io, path, row + u": "_s + drafted.at(i).error().toString());
        }
    }
    io.out.flush();
    const qsizetype failed = drafted.size() - added;
    io.err << u"%1 added, %2 failed\n"_s.arg(added).arg(failed);
    return failed > 0 ? ExitBadInput : ExitOk;
}

int runClaims(const ParsedArguments &args, CliStreams &io)
{
    const bool adding = args.isSet(u"add"_s);
    if (adding && (args.isSet(u"metric"_s) || args.isSet(u"format"_s)))
        return reportUsageError(io, claimsCommand().spec, u"--add takes no --metric or --format"_s);

    const QString projectPath = args.positionals().constFirst();
    const Result<std::shared_ptr<Project>> project =
        Project::open(projectPath, adding ? Project::OpenMode::OpenExisting : Project::OpenMode::ReadOnly);
    if (!project)
        return reportBadInput(io, projectPath, project.error().toString());
    if (adding) {
        reportNotices(io, (*project)->notices());
        return addClaims(*project, args.value(u"add"_s), io);
    }
    const Project &p = **project;

    qint64 metricId = 0;
    if (args.isSet(u"metric"_s)) {
        const QString name = args.value(u"metric"_s);
        const Result<std::optional<Metric>> metric = p.metrics().findByName(name);
        if (!metric)
            return reportBadInput(io, projectPath, metric.error().toString());
        if (!*metric)
            return reportBadInput(io, projectPath, u"there is no metric named \""_s + name + u'"');
        metricId = (*metric)->id;
    }

    Result<ClaimQuery> query = ClaimQuery::open(p);
    if (!query)
        return reportBadInput(io, projectPath, query.error().toString());
    const QString formatName = args.value(u"format"_s);
    const ClaimFilter filter{.metricId = metricId};
    const ClaimQuery::Sort byId{ClaimQuery::SortKey::Id, Qt::AscendingOrder};
    const std::optional<LinkedDataFormat> linkedData = linkedDataFormatFromName(formatName);
    const Result<qint64> rows = linkedData
        ? ClaimExporter(p).writeLinkedData(*query, filter, byId, *linkedData, io.out)
        : ClaimExporter(p).write(*query, filter, byId,
                                 outputFormatFromName(formatName).value_or(OutputFormat::Csv), io.out);
    if (!rows)
        return reportBadInput(io, projectPath, rows.error().toString());
    return ExitOk;
}

} // namespace

Command claimsCommand()
{
    CommandSpec spec{
        .name = u"claims"_s,
        .summary = u"List a project's claims (or one metric's) as CSV, JSON or JSON-LD."_s,
        .description =
            u"One row per claim, in the order they were made (by id), with the columns\n"
            u"  id, article_title, article_url, outlet, published, quote, start, end,\n"
            u"  value, low, high, unit, qualifier, metric, claimant, as_of, status, tag,\n"
            u"  note\n"
            u"and, once the project holds an article read from a PDF, `page` after `end`:\n"
            u"the 1-based page of the claim's start, null for other articles' claims.\n"
            u"`start`/`end` are offsets in Unicode code points into the article's body\n"
            u"(as `articles --with-body` prints it), end exclusive; null (and so is\n"
            u"`page`) for an orphaned claim, whose quote is no longer in its article's\n"
            u"text. Dates are YYYY-MM-DD,\n"
            u"YYYY-MM or YYYY; `status` is unverified, corroborated, disputed or false.\n"
            u"A value the claim does not have is null in JSON and an empty field in CSV.\n"
            u"In CSV, text a spreadsheet would run as a formula (starting with =, +, -,\n"
            u"@, tab or CR) gets a leading apostrophe: '=1+2, '-5 degrees; numbers stay\n"
            u"as they are (-5), JSON keeps every text exact, and --add drops the\n"
            u"apostrophe again. The project must exist; an unknown --metric exits 2.\n\n"
            u"--format webannotation writes a W3C Web Annotation collection (JSON-LD):\n"
            u"one annotation per claim on its article's URL, with the quote (exact,\n"
            u"prefix, suffix), its offsets and the claim's fields; --add reads it back.\n"
            u"--format claimreview writes schema.org ClaimReview objects (JSON-LD) for\n"
            u"the claims whose status is not unverified. docs/exchange.md has both.\n\n"
            u"--add reads claims with the same keys (`id` ignored) from a JSON list of\n"
            u"objects, a CSV file with a header row, or Web Annotation JSON-LD (.json or\n"
            u".jsonld; annotations made elsewhere give their quote, article and\n"
            u"comment). The article is found by\n"
            u"article_url, else by article_title; the quote is anchored in its body, at\n"
            u"the occurrence nearest `start` when given, else the first. A new metric or\n"
            u"claimant is created; a tag must exist. Prints \"row N: added ID\" or\n"
            u"\"row N: failed: REASON\" per row; rows that fail are not added, the others\n"
            u"are, and the exit status is 2 if any failed. The added rows are written in\n"
            u"one transaction, through the same undoable edit as the GUI's: all of them\n"
            u"or, if the project cannot be written, none."_s,
        .positionals = {{.name = u"PROJECT"_s, .help = u"An existing project file, or a team project's URL."_s}},
        .options = {{.name = u"metric"_s,
                     .valueName = u"M"_s,
                     .help = u"Only the claims of metric M (its exact name, any case)."_s},
                    {.name = u"format"_s,
                     .valueName = u"csv|json|webannotation|claimreview"_s,
                     .help = u"Output format (default: csv)."_s,
                     .allowedValues = {u"csv"_s, u"json"_s, u"webannotation"_s, u"claimreview"_s}},
                    {.name = u"add"_s,
                     .valueName = u"FILE.json|FILE.jsonld|FILE.csv"_s,
                     .help = u"Add the claims of FILE instead of listing."_s}},
    };
    return {std::move(spec), &runClaims};
}

} // namespace Claimbench
