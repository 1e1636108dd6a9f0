#include "core/commands/storecommand.h"

namespace Claimbench {

StoreCommand::StoreCommand(const QString &text, Write redoWrite, Write undoWrite, std::function<void()> announce,
                           std::function<void(const Error &)> failed, Resolve resolve)
    : QUndoCommand(text)
    , m_redoWrite(std::move(redoWrite))
    , m_undoWrite(std::move(undoWrite))
    , m_announce(std::move(announce))
    , m_failed(std::move(failed))
    , m_resolve(std::move(resolve))
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
    auto ok = write(WriteMode::Checked);
    if (ok) {
        m_announce();
        return;
    }
    // A refusal usually means another program changed these rows (or the
    // file) meanwhile: the views read them again before the error is shown,
    // so that none keeps showing what the store no longer holds.
    m_announce();
    const std::optional<ConflictChoice> choice =
        ok.error().code == Error::Code::Conflict && m_resolve ? m_resolve(ok.error()) : std::nullopt;
    if (choice) {
        // The analyst read the refusal in the question: Keep Theirs needs no
        // second message.
        if (*choice == ConflictChoice::KeepTheirs) {
            setObsolete(true);
            return;
        }
        ok = write(WriteMode::OverCurrentRows);
        if (ok) {
            m_announce();
            return;
        }
        m_announce();
    }
    setObsolete(true);
    m_failed(ok.error());
}

} // namespace Claimbench
