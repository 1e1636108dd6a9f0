#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QHash>

#include <optional>

namespace Claimbench {

// The passwords that opened encrypted documents in this session, by the
// SHA-256 of the document's bytes (an article's stored document is the
// imported file's bytes), in memory only, never written anywhere. The import
// and the page view share it, so a password typed once is not asked again.
// GUI thread only.
class SessionPasswords
{
public:
    static void remember(const QByteArray &document, const QByteArray &password)
    {
        passwords().insert(key(document), password);
    }

    static std::optional<QByteArray> find(const QByteArray &document)
    {
        const auto found = passwords().constFind(key(document));
        if (found == passwords().cend())
            return std::nullopt;
        return *found;
    }

private:
    static QByteArray key(const QByteArray &document)
    {
        return QCryptographicHash::hash(document, QCryptographicHash::Sha256);
    }

    static QHash<QByteArray, QByteArray> &passwords()
    {
        static QHash<QByteArray, QByteArray> known;
        return known;
    }
};

} // namespace Claimbench
