#include "core/error.h"

namespace Claimbench {

QString Error::toString() const
{
    if (detail.isEmpty())
        return message;
    return message + u" (" + detail + u')';
}

} // namespace Claimbench
