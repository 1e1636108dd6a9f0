#include "core/store/rowauthor.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Claimbench::RowAuthor {

namespace {

// This file's messages, in RowAuthor's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::RowAuthor)
};

} // namespace

QString changedBy(const QString &who, const QDateTime &when)
{
    if (!when.isValid())
        return who.isEmpty() ? Messages::tr("changed by another program") : Messages::tr("changed by %1").arg(who);
    const QDateTime local = when.toLocalTime();
    // The analyst compares it with the clock on the wall: the day only when it is not today.
    const QString time = local.date() == QDate::currentDate() ? local.toString(u"HH:mm"_s)
                                                              : local.toString(u"yyyy-MM-dd HH:mm"_s);
    return who.isEmpty() ? Messages::tr("changed by another program at %1").arg(time)
                         : Messages::tr("changed by %1 at %2").arg(who, time);
}

QString fieldChange(const QString &field, const QString &now, const std::optional<QString> &written)
{
    return written ? Messages::tr("its %1 is now %2, this step would make it %3").arg(field, now, *written)
                   : Messages::tr("its %1 is now %2").arg(field, now);
}

} // namespace Claimbench::RowAuthor
