#pragma once

#include "ui/import/importsummary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace Claimbench {

class ProjectSession;

// What the window does and says when an import ends, apart from the window.
class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)
public:
    // The articles the import replaced by corrected versions, each once, in
    // the order of the outcomes.
    static QList<qint64> replacedArticles(const ImportSummary &summary);
    // Tells the session of the replaced articles: the panes show the new
    // text, and the undo history, whose steps point into the old texts, is
    // cleared. Returns the status bar's note of why the history was cleared;
    // empty when there was none or nothing was replaced.
    static QString takeReplacedArticles(ProjectSession *session, const ImportSummary &summary);
    // Opens the summary box ("importSummary") over `parent`, without
    // blocking: the counts, then why each file was not imported (the first
    // kVisibleReasons in the box, all under Show Details), naming the stored
    // article a duplicate repeats (read from `session`'s project, if any) and,
    // when a format was not read, the formats that are.
    static constexpr int kVisibleReasons = 8;
    static void showSummary(QWidget *parent, const ImportSummary &summary, ProjectSession *session);
};

} // namespace Claimbench
