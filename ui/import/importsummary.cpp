#include "ui/import/importsummary.h"

#include "core/import/filepath.h"
#include "core/import/readerregistry.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Claimbench {

ImportSummary ImportSummary::of(const QList<ImportOutcome> &outcomes, int total, bool cancelled)
{
    ImportSummary summary;
    summary.total = total;
    summary.cancelled = cancelled;
    summary.outcomes = outcomes;
    for (const ImportOutcome &outcome : outcomes) {
        switch (outcome.status) {
        case ImportOutcome::Status::Imported:
        case ImportOutcome::Status::Updated: // a corrected version: its details line says so
            ++summary.imported;
            break;
        case ImportOutcome::Status::Duplicate:
            ++summary.duplicates;
            break;
        case ImportOutcome::Status::Skipped:
            ++summary.skipped;
            break;
        case ImportOutcome::Status::Failed:
            ++summary.failed;
            break;
        }
    }
    return summary;
}

QString ImportSummary::headline() const
{
    // One spelled out, more with %n: English needs no plural catalogue, Ukrainian picks its form by the count.
    const auto tr = [](const char *text, const char *disambiguation = nullptr, int n = -1) {
        return QCoreApplication::translate("Claimbench::ImportSummary", text, disambiguation, n);
    };
    QStringList parts;
    if (imported > 0 || handled() == 0)
        parts.append(tr("%1 imported").arg(imported));
    if (duplicates > 0)
        parts.append(duplicates == 1 ? tr("1 duplicate") : tr("%n duplicates", nullptr, duplicates));
    if (skipped > 0)
        parts.append(tr("%1 skipped").arg(skipped));
    if (failed > 0)
        parts.append(tr("%1 failed").arg(failed));
    QString text = parts.join(u", ");
    if (cancelled)
        text += u" — "_s
            + (total == 1 ? tr("cancelled after %1 of 1 file") : tr("cancelled after %1 of %n files", nullptr, total))
                  .arg(handled());
    return text;
}

QStringList ImportSummary::reasons(const std::function<QString(qint64 articleId)> &titleOf) const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Claimbench::ImportSummary", text);
    };
    QList<ImportOutcome> notImported;
    std::copy_if(outcomes.cbegin(), outcomes.cend(), std::back_inserter(notImported),
                 [](const ImportOutcome &o) { return o.status != ImportOutcome::Status::Imported; });
    std::stable_sort(notImported.begin(), notImported.end(),
                     [](const ImportOutcome &a, const ImportOutcome &b) {
                         return (a.status == ImportOutcome::Status::Failed)
                             > (b.status == ImportOutcome::Status::Failed);
                     });
    QStringList lines;
    lines.reserve(notImported.size());
    for (const ImportOutcome &outcome : notImported) {
        QString why;
        switch (outcome.status) {
        case ImportOutcome::Status::Skipped:
            why = tr("skipped: %1").arg(outcome.reason.isEmpty() ? outcome.skipKind : outcome.reason);
            break;
        case ImportOutcome::Status::Duplicate:
            if (outcome.articleId != 0) {
                const QString title = titleOf ? titleOf(outcome.articleId) : QString();
                why = title.isEmpty() ? tr("duplicate of article %1, already in the project").arg(outcome.articleId)
                                      : tr("duplicate of “%1”, already in the project").arg(title);
            } else if (!outcome.duplicateOf.isEmpty()) {
                why = tr("duplicate of %1, earlier in this import").arg(FilePath::quotedForReport(outcome.duplicateOf));
            } else {
                why = outcome.describe();
            }
            break;
        default:
            why = outcome.describe();
            break;
        }
        lines.append(FilePath::quotedForReport(outcome.path) + u": " + why);
    }
    return lines;
}

QString ImportSummary::details(const std::function<QString(qint64 articleId)> &titleOf) const
{
    return reasons(titleOf).join(u'\n');
}

QString ImportSummary::formatsNote() const
{
    const bool formatSkipped = std::ranges::any_of(outcomes, [](const ImportOutcome &o) {
        return o.status == ImportOutcome::Status::Skipped && o.skipKind == u"format"_s;
    });
    if (!formatSkipped)
        return {};
    QStringList formats;
    for (const ArticleReader *reader : ReaderRegistry::builtIn().readers()) {
        QStringList suffixes = reader->suffixes();
        for (QString &suffix : suffixes)
            suffix.prepend(u'.');
        formats.append(reader->name() + u" (" + suffixes.join(u", ") + u')');
    }
    return QCoreApplication::translate("Claimbench::ImportSummary", "Claimbench reads %1.").arg(formats.join(u", "));
}

} // namespace Claimbench
