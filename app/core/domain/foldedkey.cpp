#include "core/domain/foldedkey.h"

namespace Claimbench {

QString foldedKey(QStringView text)
{
    return text.toString().normalized(QString::NormalizationForm_C).toCaseFolded().simplified();
}

} // namespace Claimbench
