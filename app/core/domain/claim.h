#pragma once

#include "core/domain/partialdate.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Claimbench {

enum class ClaimStatus { Unverified = 0, Corroborated = 1, Disputed = 2, False = 3 };

// The hedge a text puts on a figure. Stored as its SPEC spelling
// ("approximately", "more than", ...); None is stored as NULL.
enum class Qualifier { None = 0, Approximately, MoreThan, AtLeast, LessThan, AtMost, UpTo };

QString qualifierName(Qualifier q);              // "" for None
Qualifier qualifierFromName(QStringView name);   // None for unknown text
QString claimStatusName(ClaimStatus s);          // "unverified", "corroborated", ...
std::optional<ClaimStatus> claimStatusFromName(QStringView name);
// The words the GUI shows, in its language ("more than", in Ukrainian
// "понад"), and back from a shown or a stored word; the names above are the
// stored and exported ones.
QString qualifierDisplayName(Qualifier q);               // "" for None
Qualifier qualifierFromDisplayName(QStringView name);    // exact; None for unknown text
QStringList qualifierDisplayNames();                     // in the enum's order, None left out
// The sign a narrow cell shows: "≈", ">", "≥", "<", "≤" (at most and up to);
// "" for None.
QString qualifierSymbol(Qualifier q);
QString claimStatusDisplayName(ClaimStatus s);
std::optional<ClaimStatus> claimStatusFromDisplayName(QStringView name); // any case
QStringList claimStatusDisplayNames();

// A figure in an article that an analyst has tagged.
// Offsets: `start`/`end` index Article::body in UTF-16 code units, end exclusive.
// `quote` is body.mid(start, end - start) when the claim was made; the ~32
// characters around it (`contextBefore`, `contextAfter`) re-anchor the claim
// when the article text changes.
struct Claim
{
    qint64 id = 0;
    qint64 articleId = 0;
    int start = 0;
    int end = 0;
    QString quote;
    QString contextBefore;
    QString contextAfter;
    std::optional<double> value;
    std::optional<double> low;
    std::optional<double> high;
    QString unit;
    Qualifier qualifier = Qualifier::None;
    qint64 metricId = 0;      // 0: none
    qint64 claimantId = 0;    // 0: none
    PartialDate asOf;
    ClaimStatus status = ClaimStatus::Unverified;
    QString note;
    qint64 tagId = 0;         // 0: none
    // The article's text changed and the quote could not be placed again:
    // start/end/quote are as they were, kept for the analyst to place or
    // delete. The store does not check an orphan's offsets against the body.
    bool orphaned = false;
    QDateTime created;        // UTC, set by the store
    QDateTime updated;        // UTC, set by the store
    // The stored row's version, raised by every write of it (set by the
    // store; 0 for a claim not read from it): how an undo finds out that
    // another program changed the row since the step it undoes.
    qint64 version = 0;
    // Who made the row and who last wrote it (set by the store: the server
    // role, or for a file the operating system's user; "" for rows older
    // than schema version 8). A new row's creation is its last change.
    QString createdBy = {};
    QString changedBy = {};
};

} // namespace Claimbench
