#include "ui/displaycheck.h"

using namespace Qt::StringLiterals;

namespace Claimbench {

std::optional<QString> missingDisplay(const QStringList &arguments, const QProcessEnvironment &environment)
{
    for (const QString &argument : arguments) {
        // Qt reads "-platform" and "--platform" alike, and "-display" for X11.
        const QString option = argument.startsWith(u"--"_s) ? argument.mid(1) : argument;
        if (option == u"-platform" || option == u"-display")
            return std::nullopt;
    }
    for (const QString &name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"WAYLAND_SOCKET"_s})
        if (!environment.value(name).isEmpty())
            return std::nullopt;
    if (environment.value(u"XDG_SESSION_TYPE"_s) == u"wayland")
        return std::nullopt;
    return u"claimbench: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set): "
           "run it in a desktop session or over ssh -X, or set QT_QPA_PLATFORM"_s;
}

} // namespace Claimbench
