#include "ui/import/importsummary.h"

#include "core/import/filepath.h"

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
    // Spelled out rather than "%n file(s)": no English plural catalogue ships.
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Claimbench::ImportSummary", text);
    };
    QStringList parts;
    if (imported > 0 || handled() == 0)
        parts.append(tr("%1 imported").arg(imported));
    if (duplicates > 0)
        parts.append((duplicates == 1 ? tr("%1 duplicate") : tr("%1 duplicates")).arg(duplicates));
    if (skipped > 0)
        parts.append(tr("%1 skipped").arg(skipped));
    if (failed > 0)
        parts.append(tr("%1 failed").arg(failed));
    QString text = parts.join(u", ");
    if (cancelled)
        text += u" — "_s
            + (total == 1 ? tr("cancelled after %1 of %2 file") : tr("cancelled after %1 of %2 files"))
                  .arg(handled())
                  .arg(total);
    return text;
}

QString ImportSummary::details() const
{
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
    for (const ImportOutcome &outcome : notImported)
        lines.append(FilePath::quotedForReport(outcome.path) + u": " + outcome.describe());
    return lines.join(u'\n');
}

} // namespace Claimbench
