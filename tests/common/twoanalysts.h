#pragma once

#include "common/freshprojects.h"
#include "core/domain/quoteplacement.h"
#include "core/store/project.h"

#include <QString>

#include <memory>

namespace Claimbench {

// Two analysts on one fresh project: two Project::open of the same location,
// so two connections, as two programs on a desk have (a file or a database
// of the test server, testbackend.h). One article, "… 63 drones and 12
// missiles …", with a claim on each figure (value 63 and 12).
struct TwoAnalysts
{
    std::shared_ptr<Project> mine;
    std::shared_ptr<Project> theirs;
    qint64 claimId = 0;      // the claim of 63
    qint64 otherClaimId = 0; // the claim of 12, in the same article

    Result<void> open(FreshProjects &projects)
    {
        auto project = projects.open();
        if (!project)
            return std::unexpected(project.error());
        mine = *project;
        auto second = Project::open(mine->path());
        if (!second)
            return std::unexpected(second.error());
        theirs = *second;
        Article article;
        article.title = QStringLiteral("Thin line");
        article.body = QStringLiteral("The General Staff said 63 drones and 12 missiles were launched on Thursday night.");
        if (auto added = mine->articles().add(article); !added)
            return std::unexpected(added.error());
        for (qint64 *id : {&claimId, &otherClaimId}) {
            const QString figure = id == &claimId ? QStringLiteral("63") : QStringLiteral("12");
            Claim claim;
            claim.articleId = article.id;
            const int start = int(article.body.indexOf(figure));
            placeQuote(claim, article.body, start, start + 2);
            claim.value = figure.toDouble();
            if (auto added = mine->claims().add(claim); !added)
                return std::unexpected(added.error());
            *id = claim.id;
        }
        return {};
    }
};

} // namespace Claimbench
