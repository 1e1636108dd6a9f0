#pragma once

#include <QColor>
#include <QDateTime>
#include <QString>
#include <QStringList>

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
    // Set by the store, as for Claim: the row's version (raised by every
    // write of it; 0 for a value not read from the store), who made it, who
    // last wrote it and when (UTC; invalid for rows older than schema
    // version 8), so that a refused edit can say who changed it since.
    qint64 version = 0;
    QString createdBy = {};
    QString changedBy = {};
    QDateTime updated = {};
};

// What is counted ("Russian military casualties (killed and wounded)"),
// worded the same across articles so that claims chart together.
struct Metric
{
    qint64 id = 0;
    QString name;
    QString unit;       // default unit of its claims, may be empty
    QString description;
    // Set by the store, as for Tag.
    qint64 version = 0;
    QString createdBy = {};
    QString changedBy = {};
    QDateTime updated = {};
};

// Who makes a claim. Aliases ("UK Defense Ministry" for "UK Defence Ministry")
// resolve to the same claimant, case-insensitively.
struct Claimant
{
    qint64 id = 0;
    QString name;
    QStringList aliases;
    // Set by the store, as for Tag.
    qint64 version = 0;
    QString createdBy = {};
    QString changedBy = {};
    QDateTime updated = {};
};

} // namespace Claimbench
