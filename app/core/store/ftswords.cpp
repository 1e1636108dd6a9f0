#include "core/store/ftswords.h"

#include <QByteArray>

#include <sqlite3.h>

#include <memory>

namespace Claimbench {

namespace {

// A private in-memory SQLite connection and an instance of its unicode61
// tokenizer, configured as the project schema's FTS5 tables are
// (sqlitedialect.cpp). SQLite is always built with FTS5 here: project files
// need it.
class Tokenizer
{
public:
    Tokenizer()
    {
        if (sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
            return;
        fts5_api *api = nullptr;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
            sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
            sqlite3_step(statement);
        }
        sqlite3_finalize(statement);
        void *context = nullptr;
        if (!api || api->xFindTokenizer(api, "unicode61", &context, &m_methods) != SQLITE_OK)
            return;
        const char *arguments[] = {"remove_diacritics", "2"};
        if (m_methods.xCreate(context, arguments, 2, &m_tokenizer) != SQLITE_OK)
            m_tokenizer = nullptr;
    }

    ~Tokenizer()
    {
        if (m_tokenizer)
            m_methods.xDelete(m_tokenizer);
        sqlite3_close(m_db);
    }

    Tokenizer(const Tokenizer &) = delete;
    Tokenizer &operator=(const Tokenizer &) = delete;

    void forEach(const QByteArray &utf8, const std::function<void(QByteArrayView)> &word)
    {
        // Without FTS5 no project file opens either; a server project's
        // index then stays empty rather than failing every write.
        if (!m_tokenizer)
            return;
        m_methods.xTokenize(m_tokenizer, const_cast<std::function<void(QByteArrayView)> *>(&word),
                            FTS5_TOKENIZE_DOCUMENT, utf8.constData(), int(utf8.size()), &Tokenizer::take);
    }

private:
    static int take(void *context, int, const char *token, int size, int, int)
    {
        (*static_cast<const std::function<void(QByteArrayView)> *>(context))(QByteArrayView(token, size));
        return SQLITE_OK;
    }

    sqlite3 *m_db = nullptr;
    fts5_tokenizer m_methods{};
    Fts5Tokenizer *m_tokenizer = nullptr;
};

} // namespace

void FtsWords::forEach(QStringView text, const std::function<void(QByteArrayView)> &word)
{
    thread_local Tokenizer tokenizer;
    tokenizer.forEach(text.toUtf8(), word);
}

} // namespace Claimbench
