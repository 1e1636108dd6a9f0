#include "ui/import/importreport.h"

#include "core/commands/projectsession.h"
#include "core/models/articlelistmodel.h"
#include "core/store/project.h"

#include <QGridLayout>
#include <QMessageBox>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Claimbench {

QList<qint64> ImportReport::replacedArticles(const ImportSummary &summary)
{
    QList<qint64> replaced;
    for (const ImportOutcome &outcome : summary.outcomes)
        if (outcome.status == ImportOutcome::Status::Updated && !replaced.contains(outcome.articleId))
            replaced.append(outcome.articleId);
    return replaced;
}

QString ImportReport::takeReplacedArticles(ProjectSession *session, const ImportSummary &summary)
{
    const QList<qint64> replaced = replacedArticles(summary);
    if (!session || replaced.isEmpty())
        return {};
    const bool hadHistory = session->undoStack()->count() > 0;
    session->noteArticlesReplaced(replaced);
    if (!hadHistory)
        return {};
    const auto article = session->project()->articles().get(replaced.constFirst());
    const QString title = article ? ArticleListModel::displayTitle(*article) : QString();
    return replaced.size() == 1 && !title.isEmpty()
        ? tr("Undo history cleared: “%1” was replaced by its corrected version.").arg(title)
        : tr("Undo history cleared: %n articles were replaced by corrected versions.", nullptr, int(replaced.size()));
}

void ImportReport::showSummary(QWidget *parent, const ImportSummary &summary, ProjectSession *session)
{
    const std::shared_ptr<Project> project = session ? session->project() : nullptr;
    const auto titleOf = [&project](qint64 articleId) -> QString {
        if (!project)
            return {};
        const auto article = project->articles().get(articleId);
        return article ? ArticleListModel::displayTitle(*article) : QString();
    };
    const QStringList reasons = summary.reasons(titleOf);
    QStringList shown = reasons.mid(0, kVisibleReasons);
    if (reasons.size() > kVisibleReasons)
        shown.append(tr("… and %1 more under Show Details.").arg(reasons.size() - kVisibleReasons));
    const QString formats = summary.formatsNote();

    auto *box = new QMessageBox(parent);
    box->setObjectName(u"importSummary"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("Import"));
    box->setIcon(summary.failed > 0 ? QMessageBox::Warning : QMessageBox::Information);
    box->setText(summary.cancelled ? tr("Import cancelled.") : tr("Import finished."));
    QStringList informative{summary.headline()};
    if (!shown.isEmpty())
        informative.append(shown.join(u'\n'));
    if (!formats.isEmpty())
        informative.append(formats);
    box->setInformativeText(informative.join(u"\n\n"_s));
    box->setDetailedText(reasons.join(u'\n'));
    box->setStandardButtons(QMessageBox::Ok);
    // QMessageBox sizes itself to the short headline, which leaves the
    // details (one path per line) a sliver; a spacer row gives them room.
    if (auto *grid = qobject_cast<QGridLayout *>(box->layout()))
        grid->addItem(new QSpacerItem(560, 0, QSizePolicy::Minimum, QSizePolicy::Fixed), grid->rowCount(), 0, 1,
                      grid->columnCount());
    box->open();
}

} // namespace Claimbench
