#include "cli/editcommand.h"

#include "core/commands/projectsession.h"
#include "core/domain/quoteplacement.h"
#include "core/domain/textoffsets.h"
#include "core/store/project.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

std::unexpected<Error> invalid(QString message)
{
    return makeError(Error::Code::InvalidInput, std::move(message));
}

// A string key; absent and null read as empty.
Result<QString> textAt(const QJsonObject &op, const QString &key)
{
    const QJsonValue value = op.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return invalid(key + u" must be a string"_s);
    return value.toString();
}

// A number key that may be cleared with null.
Result<std::optional<double>> optionalNumberAt(const QJsonObject &op, const QString &key)
{
    const QJsonValue value = op.value(key);
    if (value.isNull())
        return std::nullopt;
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return invalid(key + u" must be a number or null"_s);
    return value.toDouble();
}

// Applies the operations of one script to a session, remembering what each
// line created so that later lines can name it "@N".
class ScriptRunner
{
public:
    explicit ScriptRunner(ProjectSession &session)
        : m_session(session)
    {
        QObject::connect(&session, &ProjectSession::errorOccurred, &session,
                         [this](const Error &error) { m_stepError = error; });
    }

    // The id to report for line `line`, once its operation has committed.
    Result<qint64> apply(int line, const QString &op, const QJsonObject &args)
    {
        Result<qint64> id = invalid(u"unknown op \""_s + op + u'"');
        if (op == u"create-claim")
            id = createClaim(args);
        else if (op == u"update-claim")
            id = updateClaim(args);
        else if (op == u"delete-claim")
            id = deleteClaim(args);
        else if (op == u"create-tag")
            id = createTag(args);
        else if (op == u"delete-tag")
            id = deleteTag(args);
        else if (op == u"undo" || op == u"redo")
            id = step(op == u"undo");
        if (id && op.startsWith(u"create-"))
            m_created.insert(line, *id);
        return id;
    }

private:
    // An id given as a number or as "@N" (made by line N); 0 when absent or null.
    Result<qint64> idAt(const QJsonObject &op, const QString &key) const
    {
        const QJsonValue value = op.value(key);
        if (value.isUndefined() || value.isNull())
            return 0;
        // Ids are positive qint64s: 1e20 or 1.5 name no row, and cast they
        // would name another one (or none, clearing a tag).
        if (const qint64 id = value.toInteger(0); id > 0)
            return id;
        const QString text = value.toString();
        bool ok = false;
        const int line = text.startsWith(u'@') ? text.mid(1).toInt(&ok) : 0;
        if (!ok)
            return invalid(key + u" must be an id (a whole number from 1 to 2^63 - 1) or \"@LINE\""_s);
        const auto it = m_created.constFind(line);
        if (it == m_created.cend())
            return invalid(key + u": line "_s + QString::number(line) + u" created nothing"_s);
        return *it;
    }

    Result<qint64> requiredIdAt(const QJsonObject &op, const QString &key) const
    {
        const Result<qint64> id = idAt(op, key);
        if (id && *id == 0)
            return invalid(key + u" is required"_s);
        return id;
    }

    // Moves the claim to [start, end), given in code points into its
    // article's body, and takes the quote and its context from there.
    Result<void> place(Claim &claim, const QJsonObject &op) const
    {
        // -1 for anything but a whole number within qint64: no offset, and no
        // undefined cast of 1e300.
        const qint64 start = op.value(u"start"_s).toInteger(-1);
        const qint64 end = op.value(u"end"_s).toInteger(-1);
        if (start < 0 || end < 0)
            return invalid(u"start and end must be whole numbers (code points into the article body)"_s);
        const Result<Article> article = m_session.project()->articles().get(claim.articleId);
        if (!article)
            return std::unexpected(article.error());
        const TextOffsets offsets(article->body);
        const auto from = offsets.toUtf16(start);
        const auto to = offsets.toUtf16(end);
        if (!from || !to || *from >= *to)
            return invalid(u"start and end do not mark text of article "_s + QString::number(claim.articleId));
        placeQuote(claim, article->body, int(*from), int(*to));
        return {};
    }

    // The keys create-claim and update-claim share; absent keys keep the draft's value.
    Result<void> fill(ClaimDraft &draft, const QJsonObject &op) const
    {
        Claim &claim = draft.claim;
        if (op.contains(u"start"_s) || op.contains(u"end"_s))
            if (auto placed = place(claim, op); !placed)
                return placed;
        for (const auto &[key, field] : {std::pair{u"value"_s, &Claim::value}, std::pair{u"low"_s, &Claim::low},
                                         std::pair{u"high"_s, &Claim::high}}) {
            if (!op.contains(key))
                continue;
            const auto number = optionalNumberAt(op, key);
            if (!number)
                return std::unexpected(number.error());
            claim.*field = *number;
        }
        const auto unit = textAt(op, u"unit"_s);
        const auto qualifier = textAt(op, u"qualifier"_s);
        const auto metric = textAt(op, u"metric"_s);
        const auto claimant = textAt(op, u"claimant"_s);
        const auto asOf = textAt(op, u"as_of"_s);
        const auto status = textAt(op, u"status"_s);
        const auto note = textAt(op, u"note"_s);
        const auto tag = idAt(op, u"tag"_s);
        for (const Result<QString> *text : {&unit, &qualifier, &metric, &claimant, &asOf, &status, &note})
            if (!*text)
                return std::unexpected(text->error());
        if (!tag)
            return std::unexpected(tag.error());

        if (op.contains(u"unit"_s))
            claim.unit = *unit;
        if (op.contains(u"qualifier"_s)) {
            claim.qualifier = qualifierFromName(*qualifier);
            if (claim.qualifier == Qualifier::None && !qualifier->isEmpty())
                return invalid(u"unknown qualifier \""_s + *qualifier + u'"');
        }
        draft.metricName = *metric;
        draft.claimantName = *claimant;
        if (op.contains(u"as_of"_s)) {
            claim.asOf = PartialDate::fromIso(*asOf);
            if (claim.asOf.isNull() && !asOf->isEmpty())
                return invalid(u"as_of must be YYYY-MM-DD, YYYY-MM or YYYY"_s);
        }
        if (op.contains(u"status"_s)) {
            const auto parsed = claimStatusFromName(*status);
            if (!parsed)
                return invalid(u"unknown status \""_s + *status + u"\" (unverified, corroborated, disputed, false)"_s);
            claim.status = *parsed;
        }
        if (op.contains(u"note"_s))
            claim.note = *note;
        if (op.contains(u"tag"_s))
            claim.tagId = *tag;
        return {};
    }

    Result<qint64> createClaim(const QJsonObject &op)
    {
        const Result<qint64> article = requiredIdAt(op, u"article"_s);
        if (!article)
            return article;
        if (!op.contains(u"start"_s) || !op.contains(u"end"_s))
            return invalid(u"create-claim needs start and end"_s);
        ClaimDraft draft;
        draft.claim.articleId = *article;
        if (auto filled = fill(draft, op); !filled)
            return std::unexpected(filled.error());
        return m_session.createClaim(draft);
    }

    Result<qint64> updateClaim(const QJsonObject &op)
    {
        const Result<qint64> id = requiredIdAt(op, u"claim"_s);
        if (!id)
            return id;
        Result<Claim> stored = m_session.project()->claims().get(*id);
        if (!stored)
            return std::unexpected(stored.error());
        ClaimDraft draft{.claim = *stored, .metricName = {}, .claimantName = {}};
        if (auto filled = fill(draft, op); !filled)
            return std::unexpected(filled.error());
        if (auto updated = m_session.updateClaim(draft, u"Edit claim"_s); !updated)
            return std::unexpected(updated.error());
        return *id;
    }

    Result<qint64> deleteClaim(const QJsonObject &op)
    {
        const Result<qint64> id = requiredIdAt(op, u"claim"_s);
        if (!id)
            return id;
        if (auto deleted = m_session.deleteClaims({*id}); !deleted)
            return std::unexpected(deleted.error());
        return *id;
    }

    Result<qint64> createTag(const QJsonObject &op)
    {
        const auto name = textAt(op, u"name"_s);
        const auto color = textAt(op, u"color"_s);
        const auto parent = idAt(op, u"parent"_s);
        if (!name || !color || !parent)
            return std::unexpected(!name ? name.error() : !color ? color.error() : parent.error());
        if (name->trimmed().isEmpty())
            return invalid(u"create-tag needs a name"_s);
        Tag tag;
        tag.name = *name;
        tag.parentId = *parent;
        tag.color = color->isEmpty() ? QColor(Qt::yellow) : QColor::fromString(*color);
        if (!tag.color.isValid())
            return invalid(u"color must be #rrggbb"_s);
        return m_session.createTag(tag);
    }

    Result<qint64> deleteTag(const QJsonObject &op)
    {
        const Result<qint64> id = requiredIdAt(op, u"tag"_s);
        const Result<qint64> claimsTo = idAt(op, u"claims_to"_s);
        if (!id || !claimsTo)
            return std::unexpected(!id ? id.error() : claimsTo.error());
        if (auto deleted = m_session.deleteTag(*id, *claimsTo); !deleted)
            return std::unexpected(deleted.error());
        return *id;
    }

    // Undo and redo report failure through errorOccurred, not a return value.
    Result<qint64> step(bool undo)
    {
        QUndoStack *stack = m_session.undoStack();
        if (undo ? !stack->canUndo() : !stack->canRedo())
            return invalid(undo ? u"nothing to undo"_s : u"nothing to redo"_s);
        m_stepError.reset();
        undo ? stack->undo() : stack->redo();
        if (m_stepError)
            return std::unexpected(*m_stepError);
        return stack->index();
    }

    ProjectSession &m_session;
    QHash<int, qint64> m_created; // script line -> id it created
    std::optional<Error> m_stepError;
};

int runEdit(const ParsedArguments &args, CliStreams &io)
{
    const QString projectPath = args.positionals().at(0);
    const QString scriptPath = args.positionals().at(1);
    QFile file(scriptPath);
    QIODevice *script = &io.in;
    if (scriptPath != u"-") {
        if (!file.open(QIODevice::ReadOnly))
            return reportBadInput(io, scriptPath, file.errorString());
        script = &file;
    }
    const Result<std::shared_ptr<Project>> project = Project::open(projectPath);
    if (!project)
        return reportBadInput(io, projectPath, project.error().toString());
    reportNotices(io, (*project)->notices());

    ProjectSession session(*project);
    ScriptRunner runner(session);
    // Line by line, not readAll: a script on stdin may be written while it runs.
    for (int line = 1;; ++line) {
        // A closed device is not read at all: Qt would warn on stderr.
        const QByteArray raw = readFailure(*script).isEmpty() ? script->readLine() : QByteArray();
        if (const QString failure = readFailure(*script); !failure.isEmpty())
            return reportBadInput(io, script == &io.in ? u"stdin"_s : scriptPath,
                                  u"could not read ("_s + failure + u')');
        if (raw.isEmpty())
            break;
        const QByteArray bytes = raw.trimmed();
        if (bytes.isEmpty())
            continue;
        const QString where = (script == &io.in ? u"stdin"_s : scriptPath) + u':' + QString::number(line);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (!document.isObject())
            return reportBadInput(io, where,
                                  parseError.error != QJsonParseError::NoError
                                      ? u"not valid JSON: "_s + parseError.errorString()
                                      : u"not a JSON object"_s);
        const QJsonObject args = document.object();
        if (!args.value(u"op"_s).isString())
            return reportBadInput(io, where, u"op is required: a string such as \"create-claim\""_s);
        const QString op = args.value(u"op"_s).toString();
        const Result<qint64> id = runner.apply(line, op, args);
        if (!id)
            return reportBadInput(io, where, id.error().toString());
        io.out << u"committed "_s << line << u' ' << op << u' ' << *id << u'\n';
        io.out.flush();
    }
    return ExitOk;
}

} // namespace

Command editCommand()
{
    CommandSpec spec{
        .name = u"edit"_s,
        .summary = u"Apply a script of claim and tag edits (automation and testing)."_s,
        .description =
            u"Applies one operation per line of SCRIPT (JSON Lines; '-' reads stdin) through\n"
            u"the same undoable commands as the GUI, each saved in its own transaction, and\n"
            u"prints 'committed <line> <op> <id>' after each has been saved. Operations:\n"
            u"  {\"op\":\"create-claim\",\"article\":ID,\"start\":S,\"end\":E, ...claim keys}\n"
            u"  {\"op\":\"update-claim\",\"claim\":ID, ...claim keys}\n"
            u"  {\"op\":\"delete-claim\",\"claim\":ID}\n"
            u"  {\"op\":\"create-tag\",\"name\":N[,\"color\":\"#rrggbb\",\"parent\":ID]}\n"
            u"  {\"op\":\"delete-tag\",\"tag\":ID[,\"claims_to\":ID]}\n"
            u"  {\"op\":\"undo\"}  {\"op\":\"redo\"}\n"
            u"Claim keys: value, low, high, unit, qualifier, metric, claimant, as_of,\n"
            u"status, note, tag; start/end are code points into the article body. An ID\n"
            u"may be \"@N\": what line N created. The first failing line stops the run\n"
            u"(exit 2); the lines before it stay saved."_s,
        .positionals = {{.name = u"PROJECT"_s, .help = u"An existing project file, or a team project's URL."_s},
                        {.name = u"SCRIPT"_s, .help = u"The operations, one JSON object per line; '-' for stdin."_s}},
    };
    return {std::move(spec), &runEdit};
}

} // namespace Claimbench
