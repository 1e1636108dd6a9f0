#include "core/domain/claim.h"

#include <QCoreApplication>

#include <array>

namespace Claimbench {

namespace {
// The stored words, which the GUI's catalogue translates for display.
constexpr std::array<std::pair<Qualifier, const char *>, 6> kQualifierNames{{
    {Qualifier::Approximately, QT_TRANSLATE_NOOP("Claimbench::Claim", "approximately")},
    {Qualifier::MoreThan, QT_TRANSLATE_NOOP("Claimbench::Claim", "more than")},
    {Qualifier::AtLeast, QT_TRANSLATE_NOOP("Claimbench::Claim", "at least")},
    {Qualifier::LessThan, QT_TRANSLATE_NOOP("Claimbench::Claim", "less than")},
    {Qualifier::AtMost, QT_TRANSLATE_NOOP("Claimbench::Claim", "at most")},
    {Qualifier::UpTo, QT_TRANSLATE_NOOP("Claimbench::Claim", "up to")},
}};
constexpr std::array<std::pair<ClaimStatus, const char *>, 4> kStatusNames{{
    {ClaimStatus::Unverified, QT_TRANSLATE_NOOP("Claimbench::Claim", "unverified")},
    {ClaimStatus::Corroborated, QT_TRANSLATE_NOOP("Claimbench::Claim", "corroborated")},
    {ClaimStatus::Disputed, QT_TRANSLATE_NOOP("Claimbench::Claim", "disputed")},
    {ClaimStatus::False, QT_TRANSLATE_NOOP("Claimbench::Claim", "false")},
}};

QString shown(const char *name)
{
    return QCoreApplication::translate("Claimbench::Claim", name);
}
} // namespace

QString qualifierName(Qualifier q)
{
    for (const auto &[value, name] : kQualifierNames)
        if (value == q)
            return QString::fromLatin1(name);
    return {};
}

Qualifier qualifierFromName(QStringView name)
{
    for (const auto &[value, text] : kQualifierNames)
        if (QLatin1StringView(text).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return Qualifier::None;
}

QString qualifierSymbol(Qualifier q)
{
    switch (q) {
    case Qualifier::None:
        break;
    case Qualifier::Approximately:
        return QStringLiteral("≈");
    case Qualifier::MoreThan:
        return QStringLiteral(">");
    case Qualifier::AtLeast:
        return QStringLiteral("≥");
    case Qualifier::LessThan:
        return QStringLiteral("<");
    case Qualifier::AtMost:
    case Qualifier::UpTo:
        return QStringLiteral("≤");
    }
    return {};
}

QString qualifierDisplayName(Qualifier q)
{
    for (const auto &[value, name] : kQualifierNames)
        if (value == q)
            return shown(name);
    return {};
}

Qualifier qualifierFromDisplayName(QStringView name)
{
    for (const auto &[value, text] : kQualifierNames)
        if (name == QLatin1StringView(text) || name == shown(text))
            return value;
    return Qualifier::None;
}

QStringList qualifierDisplayNames()
{
    QStringList names;
    for (const auto &entry : kQualifierNames)
        names << shown(entry.second);
    return names;
}

QString claimStatusName(ClaimStatus s)
{
    for (const auto &[value, name] : kStatusNames)
        if (value == s)
            return QString::fromLatin1(name);
    return {};
}

std::optional<ClaimStatus> claimStatusFromName(QStringView name)
{
    for (const auto &[value, text] : kStatusNames)
        if (QLatin1StringView(text).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return std::nullopt;
}

QString claimStatusDisplayName(ClaimStatus s)
{
    for (const auto &[value, name] : kStatusNames)
        if (value == s)
            return shown(name);
    return {};
}

std::optional<ClaimStatus> claimStatusFromDisplayName(QStringView name)
{
    for (const auto &[value, text] : kStatusNames)
        if (shown(text).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return claimStatusFromName(name);
}

QStringList claimStatusDisplayNames()
{
    QStringList names;
    for (const auto &entry : kStatusNames)
        names << shown(entry.second);
    return names;
}

} // namespace Claimbench
