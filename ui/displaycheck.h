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

// Why Qt could not open its platform, as one English line naming what it
// tried: from the fatal message a failed platform start ends with and the
// qt.qpa warnings printed before it. nullopt when the fatal message is about
// anything else.
std::optional<QString> platformFailure(const QString &fatalMessage, const QStringList &qpaWarnings);

// While it lives, Qt's qt.qpa.* messages are held back. When the platform
// cannot be opened, Qt prints several lines of plugin text and aborts with a
// core dump; this prints platformFailure's one line and exits with 1 instead.
// Other fatal messages go, with what was held back, to the previous handler.
// Destroyed once the QApplication exists: it restores the previous handler
// and replays what it held back.
class PlatformStartGuard
{
public:
    PlatformStartGuard();
    ~PlatformStartGuard();
    PlatformStartGuard(const PlatformStartGuard &) = delete;
    PlatformStartGuard &operator=(const PlatformStartGuard &) = delete;
};

} // namespace Claimbench
