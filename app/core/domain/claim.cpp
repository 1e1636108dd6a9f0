#include "core/domain/claim.h"

#include <array>

namespace Claimbench {

namespace {
constexpr std::array<std::pair<Qualifier, QStringView>, 6> kQualifierNames{{
    {Qualifier::Approximately, u"approximately"},
    {Qualifier::MoreThan, u"more than"},
    {Qualifier::AtLeast, u"at least"},
    {Qualifier::LessThan, u"less than"},
    {Qualifier::AtMost, u"at most"},
    {Qualifier::UpTo, u"up to"},
}};
constexpr std::array<std::pair<ClaimStatus, QStringView>, 4> kStatusNames{{
    {ClaimStatus::Unverified, u"unverified"},
    {ClaimStatus::Corroborated, u"corroborated"},
    {ClaimStatus::Disputed, u"disputed"},
    {ClaimStatus::False, u"false"},
}};
} // namespace

QString qualifierName(Qualifier q)
{
    for (const auto &[value, name] : kQualifierNames)
        if (value == q)
            return name.toString();
    return {};
}

Qualifier qualifierFromName(QStringView name)
{
    for (const auto &[value, text] : kQualifierNames)
        if (text.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return Qualifier::None;
}

QString claimStatusName(ClaimStatus s)
{
    for (const auto &[value, name] : kStatusNames)
        if (value == s)
            return name.toString();
    return {};
}

std::optional<ClaimStatus> claimStatusFromName(QStringView name)
{
    for (const auto &[value, text] : kStatusNames)
        if (text.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return std::nullopt;
}

} // namespace Claimbench
