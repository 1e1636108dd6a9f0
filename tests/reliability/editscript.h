#pragma once

// The edit scripts tst_crashsafety kills `claimbench-cli edit` in: a seeded
// script of claim and tag edits with undo and redo, the model state after
// each of its lines, and the state a project holds, to compare.

#include "common/testbackend.h"
#include "core/store/project.h"

#include <QList>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

#include <functional>

namespace Claimbench {

// Lines of a generated edit script: each is a transaction, over a socket
// on the server, where 3,000 take seconds per kill.
inline int scriptLines()
{
    return onTestServer() ? 1000 : 3000;
}

// The model of a project's claims and tags that an edit script should leave:
// claims by their note ("c<line>") with their value, tags by name ("t<line>").
struct EditState
{
    QMap<QString, double> claims;
    QSet<QString> tags;
    bool operator==(const EditState &) const = default;
};

// One operation of a generated edit script and how it changes the model
// (forward) and back (for undo).
struct ScriptOp
{
    QByteArray json;
    std::function<void(EditState &)> apply;
    std::function<void(EditState &)> revert;
};

// A seeded edit script over the articles `articleIds` (bodies of at least
// 60 code points) and the model state after each of its lines:
// states[k] is the project after the first k lines.
struct EditScript
{
    QByteArray text;
    QList<EditState> states;
};

inline EditScript generateScript(QRandomGenerator &rng, const QList<qint64> &articleIds)
{
    EditScript script;
    EditState state;
    QList<ScriptOp> undoStack; // applied commands, undone ones after `index`
    qsizetype index = 0;
    script.states.append(state);
    const auto push = [&](ScriptOp op) {
        op.apply(state);
        undoStack.resize(index);
        undoStack.append(std::move(op));
        ++index;
        return undoStack.constLast().json;
    };
    const auto anyKey = [&](const auto &keys) {
        const QList<QString> list(keys.begin(), keys.end());
        return list.at(rng.bounded(qsizetype(list.size())));
    };
    for (int line = 1; line <= scriptLines(); ++line) {
        const int dice = rng.bounded(100);
        QByteArray json;
        if (dice < 10 && index > 0) {
            undoStack[--index].revert(state);
            json = R"({"op":"undo"})";
        } else if (dice < 15 && index < undoStack.size()) {
            undoStack[index++].apply(state);
            json = R"({"op":"redo"})";
        } else if (dice < 40 && !state.claims.isEmpty()) {
            const QString key = anyKey(state.claims.keys());
            const double before = state.claims.value(key);
            const double after = rng.bounded(1, 1000000);
            json = push({QStringLiteral(R"({"op":"update-claim","claim":"@%1","value":%2})")
                             .arg(key.mid(1), QString::number(after))
                             .toUtf8(),
                         [key, after](EditState &s) { s.claims[key] = after; },
                         [key, before](EditState &s) { s.claims[key] = before; }});
        } else if (dice < 50 && !state.claims.isEmpty()) {
            const QString key = anyKey(state.claims.keys());
            const double before = state.claims.value(key);
            json = push({QStringLiteral(R"({"op":"delete-claim","claim":"@%1"})").arg(key.mid(1)).toUtf8(),
                         [key](EditState &s) { s.claims.remove(key); },
                         [key, before](EditState &s) { s.claims.insert(key, before); }});
        } else if (dice < 56) {
            const QString key = QStringLiteral("t") + QString::number(line);
            json = push({QStringLiteral(R"({"op":"create-tag","name":"%1"})").arg(key).toUtf8(),
                         [key](EditState &s) { s.tags.insert(key); },
                         [key](EditState &s) { s.tags.remove(key); }});
        } else if (dice < 60 && !state.tags.isEmpty()) {
            const QString key = anyKey(state.tags);
            json = push({QStringLiteral(R"({"op":"delete-tag","tag":"@%1"})").arg(key.mid(1)).toUtf8(),
                         [key](EditState &s) { s.tags.remove(key); },
                         [key](EditState &s) { s.tags.insert(key); }});
        } else {
            const QString key = QStringLiteral("c") + QString::number(line);
            const double value = rng.bounded(1, 1000000);
            const int start = rng.bounded(40);
            json = push({QStringLiteral(R"({"op":"create-claim","article":%1,"start":%2,"end":%3,"value":%4,"note":"%5"})")
                             .arg(articleIds.at(rng.bounded(qsizetype(articleIds.size()))))
                             .arg(start)
                             .arg(start + 1 + rng.bounded(15))
                             .arg(value)
                             .arg(key)
                             .toUtf8(),
                         [key, value](EditState &s) { s.claims.insert(key, value); },
                         [key](EditState &s) { s.claims.remove(key); }});
        }
        script.text += json + '\n';
        script.states.append(state);
    }
    return script;
}

inline Result<EditState> storedState(const QString &projectPath)
{
    const auto project = Project::open(projectPath);
    if (!project)
        return std::unexpected(project.error());
    const auto claims = (*project)->claims().list();
    const auto tags = (*project)->tags().list();
    if (!claims || !tags)
        return std::unexpected(!claims ? claims.error() : tags.error());
    EditState state;
    for (const Claim &claim : *claims)
        state.claims.insert(claim.note, claim.value.value_or(-1));
    for (const Tag &tag : *tags)
        state.tags.insert(tag.name);
    return state;
}

} // namespace Claimbench
