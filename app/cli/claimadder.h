#pragma once

#include "core/commands/projectsession.h"
#include "core/domain/article.h"
#include "core/domain/tag.h"
#include "core/error.h"

#include <QHash>
#include <QJsonObject>

#include <memory>

namespace Claimbench {

class Project;

// Adds claims given as rows with the keys of `claims` output (SPEC): reads
// them from a .json file (a list of objects) or a .csv file (a header row
// naming the columns); unknown keys and `id` are ignored. A key it reads
// with the wrong JSON type (text that is not a string; a number that is
// neither a number nor a string holding one) fails its row, naming the key.
//
// For each row: the article is found by `article_url`, else by
// `article_title` (exact text); `quote` is anchored in its body — the
// occurrence nearest `start` (code points) when given, else the first; `tag`
// must name an existing tag. The adder only reads: it turns a row into a
// ClaimDraft whose metric and claimant are still names, which
// ProjectSession::createClaims() resolves (or creates) when it writes the
// drafts, so that added claims take the same undoable path as the GUI's.
//
// Thread: the calling thread's connection of `project`, which must outlive
// the adder.
class ClaimAdder
{
public:
    explicit ClaimAdder(const Project &project);

    // Rows of a .json or .csv file as objects (CSV values are strings, an
    // empty field is null, and the apostrophe `claims` puts before text a
    // spreadsheet would run as a formula is dropped). Io, InvalidInput
    // (malformed file, with line) or Unsupported (another suffix).
    static Result<QList<QJsonObject>> readRows(const QString &path);

    // The claim of the row, anchored (offsets in UTF-16 code units into the
    // article body), or why it cannot be added (message only, for "row N:
    // <message>"). Writes nothing.
    Result<ClaimDraft> draft(const QJsonObject &row);

private:
    // Reads the articles and tags once, on the first row.
    Result<void> load();
    Result<const Article *> article(const QJsonObject &row);

    const Project &m_project;
    bool m_loaded = false;
    QList<Article> m_articles;       // without bodies
    QList<Tag> m_tags;
    QHash<qint64, Article> m_bodies; // with bodies, fetched once per article
};

} // namespace Claimbench
