#pragma once

#include "core/error.h"
#include "core/export/linkeddata.h"
#include "core/export/tablewriter.h"
#include "core/store/claimquery.h"

#include <QStringList>
#include <QTextStream>

#include <functional>
#include <variant>

namespace Claimbench {

class Project;

// A file of claims: a table (CSV, JSON) or JSON-LD.
using ClaimFileFormat = std::variant<OutputFormat, LinkedDataFormat>;

// Claims as SPEC's `claims` listing: the CLI's `claims` command and the
// claims table's Export… write through this one implementation, so a file
// saved from the GUI feeds `claims --add` like the CLI's own output.
// Columns (CSV header order, JSON key order): id, article_title, article_url,
// outlet, published, quote, start, end, value, low, high, unit, qualifier,
// metric, claimant, as_of, status, tag, note. `start`/`end` are Unicode code
// points into the article body (null for an orphan whose offsets no longer
// fit it); absent values are null / empty fields. A project holding an article
// read from a paged document (PDF) gets `page` after `end` on every row: the
// 1-based page of the claim's start, null for a claim of another article; a
// project without any keeps the columns above, as scripts written before
// pages read them.
//
// `project` must outlive the exporter; it reads bodies through the calling
// thread's connection. Thread: the caller's.
class ClaimExporter
{
public:
    explicit ClaimExporter(const Project &project);

    static QStringList columns(bool withPage);

    // Streams every claim `query` finds for `filter`, in `sort` order, to `out`
    // (one row in memory at a time). Returns the number of rows written. On an
    // error the output is incomplete (a JSON array is left unclosed).
    Result<qint64> write(const ClaimQuery &query, const ClaimFilter &filter, ClaimQuery::Sort sort,
                         OutputFormat format, QTextStream &out) const;
    // The claims as JSON-LD (linkeddata.h), streamed as write() does. Returns
    // the number of claims written: ClaimReview leaves unverified ones out.
    Result<qint64> writeLinkedData(const ClaimQuery &query, const ClaimFilter &filter, ClaimQuery::Sort sort,
                                   LinkedDataFormat format, QTextStream &out) const;
    // write() into `path`, atomically: the file is replaced only when every
    // row was written. Io when it cannot be written.
    Result<qint64> writeFile(const ClaimQuery &query, const ClaimFilter &filter, ClaimQuery::Sort sort,
                             OutputFormat format, const QString &path) const;
    // writeLinkedData() into `path`, as atomically.
    Result<qint64> writeFile(const ClaimQuery &query, const ClaimFilter &filter, ClaimQuery::Sort sort,
                             LinkedDataFormat format, const QString &path) const;

private:
    // One claim as the listing has it.
    struct Listed
    {
        const ClaimRow &row;
        const QStringList &columns;  // columns(), for the project
        const QList<QJsonValue> &fields;  // in column order
        QStringView body;            // the claim's article's text
    };
    // Runs `write` into a QSaveFile at `path`, committed only when it succeeds.
    static Result<qint64> saveAtomically(const QString &path,
                                         const std::function<Result<qint64>(QTextStream &)> &write);
    Result<qint64> forEachListed(const ClaimQuery &query, const ClaimFilter &filter, ClaimQuery::Sort sort,
                                 const std::function<void(const Listed &)> &emit) const;

    const Project &m_project;
};

} // namespace Claimbench
