#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace Claimbench {

// Why the GUI cannot open a window, when that is certain before Qt tries:
// no platform asked for (QT_QPA_PLATFORM, -platform), no display to reach
// (DISPLAY, -display, WAYLAND_DISPLAY, WAYLAND_SOCKET) and no Wayland session
// whose default socket Qt might still find. Qt's X11 plugin would then abort
// the process with a core dump. One line, in English: it is printed before
// the application, and so any translation, exists. Otherwise nullopt, and Qt
// decides (and reports) as usual.
std::optional<QString> missingDisplay(const QStringList &arguments, const QProcessEnvironment &environment);

} // namespace Claimbench
