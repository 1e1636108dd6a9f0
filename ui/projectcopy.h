#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace Claimbench {

class Project;

// File › Save Copy As…'s copy: Project::backupTo on a worker thread, so that
// the window stays live and can go on editing the project meanwhile. A copy
// that takes longer than a moment (a project of a million claims) shows a
// progress dialog over `parent` whose Cancel stops it, leaving no file.
class ProjectCopy
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCopy)
public:
    // Returns when the copy has ended, with Project::backupTo's result.
    static Result<void> run(QWidget *parent, const std::shared_ptr<Project> &project, const QString &destination);
};

} // namespace Claimbench
