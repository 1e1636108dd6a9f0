#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// Store-internal: how a refused write names who changed a row since the step
// read it (created_by / changed_by and the row's last write time, schema
// version 8), in the words of every repository's Conflict message.
namespace Claimbench::RowAuthor {

// "changed by olena at 14:03" (the time in local time, with its date when
// not today); "changed by another program" for a row written before the
// store recorded who writes (`who` empty), without "at" when `when` is invalid.
QString changedBy(const QString &who, const QDateTime &when);

// One field another program changed, as a refusal names it: "its status is
// now disputed, this step would make it false", or for a removal (no
// `written`) "its status is now disputed". `field` is already translated.
QString fieldChange(const QString &field, const QString &now, const std::optional<QString> &written);

// fieldChange() of each of `fields` whose text differs between the stored
// row `now` and the row the step `expected`; `written` is what the step
// would write (null for a removal). A field is { const char *name;
// QString (*text)(const Row &); }, its name translated by `translate` in the
// repository's own context.
template<typename Row, typename Fields, typename Translate>
QStringList changedFields(const Fields &fields, const Row &now, const Row &expected, const Row *written,
                          Translate &&translate)
{
    QStringList changes;
    for (const auto &field : fields) {
        const QString value = field.text(now);
        if (value != field.text(expected))
            changes << fieldChange(translate(field.name), value,
                                   written ? std::optional<QString>(field.text(*written)) : std::nullopt);
    }
    return changes;
}

} // namespace Claimbench::RowAuthor
