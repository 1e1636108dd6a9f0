#pragma once

#include "core/error.h"

#include <QUndoCommand>

#include <functional>

namespace Claimbench {

// One undo step whose do and undo are each a single store write (one
// transaction). Every edit of ProjectSession is one of these: what differs
// between "create claim", "retag" or "delete tag" is only which write runs,
// so the steps are values (two writes and an announcement) rather than one
// subclass per verb.
//
// The session applies the change BEFORE pushing the command (an edit that
// fails must push nothing), so the first redo() -- the one QUndoStack::push()
// makes -- writes nothing and only announces the change. A later redo() or
// undo() that fails leaves the store as it was (the write rolled back),
// announces the change all the same (another program may have changed the
// rows, which every view must read again), reports through `failed` and
// marks the command obsolete, so that the stack drops it instead of
// pretending it ran.
// Thread: the thread of the session's project connection (the GUI thread).
class StoreCommand : public QUndoCommand
{
public:
    using Write = std::function<Result<void>()>;

    StoreCommand(const QString &text, Write redoWrite, Write undoWrite,
                 std::function<void()> announce, std::function<void(const Error &)> failed);

    void redo() override;
    void undo() override;

    // A step pushed right after one with the same non-zero key takes its
    // place (QUndoStack's merge): its text and writes replace the earlier
    // ones, so it must do and undo what both did. ProjectSession names a tag
    // it has just created this way, creating and naming being one step.
    void setReplacesKey(qint64 key) { m_replacesKey = key; }
    qint64 replacesKey() const { return m_replacesKey; }
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void run(const Write &write);

    Write m_redoWrite;
    Write m_undoWrite;
    std::function<void()> m_announce;
    std::function<void(const Error &)> m_failed;
    bool m_alreadyApplied = true;
    qint64 m_replacesKey = 0;
};

} // namespace Claimbench
