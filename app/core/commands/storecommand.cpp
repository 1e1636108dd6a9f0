#include "core/commands/storecommand.h"

namespace Claimbench {

StoreCommand::StoreCommand(const QString &text, Write redoWrite, Write undoWrite,
                           std::function<void()> announce, std::function<void(const Error &)> failed)
    : QUndoCommand(text)
    , m_redoWrite(std::move(redoWrite))
    , m_undoWrite(std::move(undoWrite))
    , m_announce(std::move(announce))
    , m_failed(std::move(failed))
{
}

void StoreCommand::redo()
{
    if (m_alreadyApplied) {
        m_alreadyApplied = false;
        m_announce();
        return;
    }
    run(m_redoWrite);
}

void StoreCommand::undo()
{
    run(m_undoWrite);
}

int StoreCommand::id() const
{
    // One id for every keyed step; mergeWith() compares the keys.
    return m_replacesKey != 0 ? 1 : -1;
}

bool StoreCommand::mergeWith(const QUndoCommand *other)
{
    const auto *later = dynamic_cast<const StoreCommand *>(other);
    if (!later || later->m_replacesKey != m_replacesKey)
        return false;
    setText(later->text());
    m_redoWrite = later->m_redoWrite;
    m_undoWrite = later->m_undoWrite;
    m_announce = later->m_announce;
    // The earlier step is replaced whole: a rename after this one is a step of its own.
    m_replacesKey = 0;
    return true;
}

void StoreCommand::run(const Write &write)
{
    if (auto ok = write(); !ok) {
        setObsolete(true);
        // A refusal usually means another program changed these rows (or
        // the file) meanwhile: the views read them again before the error
        // is shown, so that none keeps showing what the store no longer holds.
        m_announce();
        m_failed(ok.error());
        return;
    }
    m_announce();
}

} // namespace Claimbench
