#pragma once

#include <QColor>
#include <QString>

namespace Claimbench {

// A node of the project's tag tree; parentId 0 is a top-level tag.
// `position` orders siblings (number keys 1-9 apply the first nine).
struct Tag
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
    QColor color;
    int position = 0;
};

// What is counted ("Russian military casualties (killed and wounded)"),
// worded the same across articles so that claims chart together.
struct Metric
{
    qint64 id = 0;
    QString name;
    QString unit;       // default unit of its claims, may be empty
    QString description;
};

// Who makes a claim. Aliases ("UK Defense Ministry" for "UK Defence Ministry")
// resolve to the same claimant, case-insensitively.
struct Claimant
{
    qint64 id = 0;
    QString name;
    QStringList aliases;
};

} // namespace Claimbench
