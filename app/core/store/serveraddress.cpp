#include "core/store/serveraddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// This file's messages, in ServerAddress's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::ServerAddress)
};

constexpr QStringView kSchemes[] = {u"postgresql://", u"postgres://"};
constexpr QStringView kSslModes[] = {u"disable", u"allow", u"prefer", u"require", u"verify-ca", u"verify-full"};

auto invalid(const QString &url, const QString &why)
{
    // Echoed to a terminal, a log or a screen: never with the password in it.
    return makeError(Error::Code::InvalidInput,
                     Messages::tr("%1 is not a valid server address: %2").arg(ServerAddress::masked(url), why));
}

// libpq decodes %XX in every part of the URI; the bytes must spell UTF-8
// text without NUL (libpq's strings end at one).
std::optional<QString> percentDecoded(QStringView text)
{
    QByteArray bytes;
    const QByteArray raw = text.toUtf8();
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) != '%') {
            bytes.append(raw.at(i));
            continue;
        }
        if (i + 2 >= raw.size() || !isxdigit(uchar(raw.at(i + 1))) || !isxdigit(uchar(raw.at(i + 2))))
            return std::nullopt;
        bytes.append(char(QByteArray::fromHex(raw.mid(i + 1, 2)).at(0)));
        i += 2;
    }
    if (bytes.contains('\0'))
        return std::nullopt;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = utf8(bytes);
    if (utf8.hasError())
        return std::nullopt;
    return decoded;
}

// Everything but RFC 3986's unreserved characters (and `keep`) as %XX.
QString percentEncoded(const QString &text, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

bool isValidPort(QStringView text, int &port)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    const bool digitsOnly = !text.isEmpty() && text.size() <= 5
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!ok || !digitsOnly || value < 1 || value > 65535)
        return false;
    port = value;
    return true;
}

// A host name or IPv4 address as written in the authority: no character
// that ends the authority or separates hosts, no white space.
bool isPlainHost(QStringView host)
{
    return std::none_of(host.begin(), host.end(), [](QChar c) {
        return c.isSpace() || c == u'/' || c == u'?' || c == u'#' || c == u'@' || c == u'[' || c == u']'
            || c == u',' || c == u':';
    });
}

bool isIpv6Literal(QStringView host)
{
    // Hex digits, colons, dots (an embedded IPv4) and a zone after '%'.
    const qsizetype zone = host.indexOf(u'%');
    const QStringView address = zone < 0 ? host : host.first(zone);
    return address.contains(u':') && std::all_of(address.begin(), address.end(), [](QChar c) {
        return c.isDigit() || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F') || c == u':' || c == u'.';
    });
}

} // namespace

bool ServerAddress::looksLikeUrl(QStringView text)
{
    return std::any_of(std::begin(kSchemes), std::end(kSchemes),
                       [&](QStringView scheme) { return text.startsWith(scheme, Qt::CaseInsensitive); });
}

QString ServerAddress::masked(const QString &text)
{
    static constexpr QStringView kHidden = u"***";
    const auto scheme = std::find_if(std::begin(kSchemes), std::end(kSchemes),
                                     [&](QStringView s) { return text.startsWith(s, Qt::CaseInsensitive); });
    if (scheme == std::end(kSchemes))
        return text;
    QString result = text;
    // user:PASSWORD@host: the authority ends at the path, the query or a fragment.
    const qsizetype start = scheme->size();
    qsizetype end = start;
    while (end < result.size() && result.at(end) != u'/' && result.at(end) != u'?' && result.at(end) != u'#')
        ++end;
    const qsizetype at = QStringView(result).sliced(start, end - start).lastIndexOf(u'@');
    if (at >= 0) {
        const qsizetype colon = QStringView(result).sliced(start, at).indexOf(u':');
        if (colon >= 0)
            result.replace(start + colon + 1, at - colon - 1, kHidden.toString());
    }
    // A value masked already is kept: masking a message that quotes a masked
    // address again would hide the rest of the message (the reason) too.
    static const QRegularExpression parameter(u"([?&]password=)(?!\\*\\*\\*(?:[&#\\s]|$))[^&#]*"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    result.replace(parameter, u"\\1"_s + kHidden);
    return result;
}

Result<ServerAddress> ServerAddress::parse(const QString &url)
{
    QStringView rest = url;
    const auto scheme = std::find_if(std::begin(kSchemes), std::end(kSchemes),
                                     [&](QStringView s) { return rest.startsWith(s, Qt::CaseInsensitive); });
    if (scheme == std::end(kSchemes))
        return invalid(url, Messages::tr("it must start with postgresql://"));
    rest = rest.sliced(scheme->size());
    if (rest.contains(u'#'))
        return invalid(url, Messages::tr("a fragment (#) is not part of a server address"));

    ServerAddress address;
    QStringView query;
    if (const qsizetype mark = rest.indexOf(u'?'); mark >= 0) {
        query = rest.sliced(mark + 1);
        rest = rest.first(mark);
    }
    QStringView path;
    const qsizetype slash = rest.indexOf(u'/');
    QStringView authority = slash < 0 ? rest : rest.first(slash);
    if (slash >= 0)
        path = rest.sliced(slash + 1);

    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QStringView userInfo = authority.first(at);
        authority = authority.sliced(at + 1);
        if (userInfo.contains(u':'))
            return invalid(url, Messages::tr("a password does not belong in the address; put it in ~/.pgpass or in "
                                             "the file that PGPASSFILE names"));
        const auto user = percentDecoded(userInfo);
        if (!user)
            return invalid(url, Messages::tr("the user name has a bad %-escape"));
        address.user = *user;
    }

    if (authority.contains(u','))
        return invalid(url, Messages::tr("several hosts are not supported; give one"));
    QStringView portText;
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return invalid(url, Messages::tr("an IPv6 address in [ ] is not closed"));
        // A zone is written %25eth0, decoded as libpq does.
        const auto literal = percentDecoded(authority.sliced(1, close - 1));
        if (!literal || !isIpv6Literal(*literal))
            return invalid(url, Messages::tr("\"%1\" is not an IPv6 address").arg(authority.sliced(1, close - 1)));
        address.host = *literal;
        const QStringView after = authority.sliced(close + 1);
        if (!after.isEmpty() && !after.startsWith(u':'))
            return invalid(url, Messages::tr("unexpected text after the IPv6 address"));
        if (!after.isEmpty())
            portText = after.sliced(1);
        if (after == u":")
            return invalid(url, Messages::tr("the port after ':' is missing"));
    } else {
        QStringView hostText = authority;
        if (const qsizetype colon = authority.indexOf(u':'); colon >= 0) {
            hostText = authority.first(colon);
            portText = authority.sliced(colon + 1);
            if (portText.isEmpty())
                return invalid(url, Messages::tr("the port after ':' is missing"));
        }
        const auto host = percentDecoded(hostText);
        if (!host)
            return invalid(url, Messages::tr("the host has a bad %-escape"));
        // An encoded socket folder (%2Frun%2Fdir) is a host libpq accepts.
        if (!host->startsWith(u'/') && !isPlainHost(*host))
            return invalid(url, Messages::tr("\"%1\" is not a host name").arg(*host));
        address.host = *host;
    }
    if (!portText.isEmpty() && !isValidPort(portText, address.port))
        return invalid(url, Messages::tr("\"%1\" is not a port (1 to 65535)").arg(portText));

    const auto database = percentDecoded(path);
    if (!database)
        return invalid(url, Messages::tr("the database name has a bad %-escape"));
    address.database = *database;

    QStringList seen;
    for (const QStringView parameter : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = parameter.indexOf(u'=');
        if (equals < 0)
            return invalid(url, Messages::tr("the parameter \"%1\" has no value").arg(parameter));
        const QString key = parameter.first(equals).toString();
        const auto value = percentDecoded(parameter.sliced(equals + 1));
        if (!value)
            return invalid(url, Messages::tr("the value of %1 has a bad %-escape").arg(key));
        if (seen.contains(key))
            return invalid(url, Messages::tr("%1 is given twice").arg(key));
        seen.append(key);
        if (key == u"host") {
            if (value->isEmpty() || (!value->startsWith(u'/') && !isPlainHost(*value) && !isIpv6Literal(*value)))
                return invalid(url, Messages::tr("\"%1\" is not a host name or socket folder").arg(*value));
            address.host = *value;
        } else if (key == u"port") {
            if (!isValidPort(*value, address.port))
                return invalid(url, Messages::tr("\"%1\" is not a port (1 to 65535)").arg(*value));
        } else if (key == u"sslmode") {
            if (std::find(std::begin(kSslModes), std::end(kSslModes), QStringView(*value)) == std::end(kSslModes))
                return invalid(url, Messages::tr("sslmode \"%1\" is not one of disable, allow, prefer, require, "
                                                 "verify-ca, verify-full").arg(*value));
            address.sslMode = *value;
        } else if (key == u"password") {
            return invalid(url, Messages::tr("a password does not belong in the address; put it in ~/.pgpass or in "
                                             "the file that PGPASSFILE names"));
        } else {
            return invalid(url, Messages::tr("the parameter \"%1\" is not supported (only host, port and sslmode "
                                             "are)").arg(key));
        }
    }
    if (address.database.isEmpty())
        return invalid(url, Messages::tr("the database name is missing (postgresql://host/DATABASE)"));
    return address;
}

QString ServerAddress::toString() const
{
    QString url = u"postgresql://"_s;
    if (!user.isEmpty())
        url += percentEncoded(user) + u'@';
    // A socket folder goes into the query, as libpq's documentation writes
    // it; a name or an address into the authority.
    const bool socketFolder = host.startsWith(u'/');
    if (!socketFolder) {
        url += host.contains(u':') ? u'[' + QString(host).replace(u"%"_s, u"%25"_s) + u']' : percentEncoded(host);
        if (port != 0 && !host.isEmpty())
            url += u':' + QString::number(port);
    }
    url += u'/' + percentEncoded(database);
    QStringList query;
    if (socketFolder)
        query.append(u"host="_s + percentEncoded(host, "/"));
    if (port != 0 && (socketFolder || host.isEmpty()))
        query.append(u"port="_s + QString::number(port));
    if (!sslMode.isEmpty())
        query.append(u"sslmode="_s + sslMode);
    if (!query.isEmpty())
        url += u'?' + query.join(u'&');
    return url;
}

} // namespace Claimbench
