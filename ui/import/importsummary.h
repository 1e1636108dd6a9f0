#pragma once

#include "core/import/articleimporter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Claimbench {

// What one import run did, counted per outcome, in words for the status bar
// and the summary box.
struct ImportSummary
{
    int total = 0;       // files found, including those a cancel left out
    int imported = 0;
    int duplicates = 0;
    int skipped = 0;
    int failed = 0;
    bool cancelled = false;
    QList<ImportOutcome> outcomes; // one per file handled, in order

    static ImportSummary of(const QList<ImportOutcome> &outcomes, int total, bool cancelled);

    int handled() const { return int(outcomes.size()); }
    // "3 imported, 1 duplicate, 1 failed" (zero counts left out), with
    // "cancelled after n of N files" when cancelled.
    QString headline() const;
    // One line per file that was not imported, failures first, each with
    // why: "path: failed: The file is empty", "path: skipped: Not a format
    // Claimbench reads (…)", "path: duplicate of “Title”, already in the
    // project", "path: duplicate of other-path, earlier in this import".
    // `titleOf` names a stored article by id (empty: "article 12").
    // Empty when everything was imported.
    QStringList reasons(const std::function<QString(qint64 articleId)> &titleOf = {}) const;
    // reasons() joined by newlines.
    QString details(const std::function<QString(qint64 articleId)> &titleOf = {}) const;
    // When a file was skipped for its format, which formats are read, with
    // their suffixes, from ReaderRegistry; else empty.
    QString formatsNote() const;
};

} // namespace Claimbench
