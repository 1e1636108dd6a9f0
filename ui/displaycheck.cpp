#include "ui/displaycheck.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>

#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <utility>

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
           "run it in a desktop session or over ssh -X"_s;
}

std::optional<QString> platformFailure(const QString &fatalMessage, const QStringList &qpaWarnings)
{
    // Qt 6's QGuiApplication ends every failed platform start with this qFatal.
    if (!fatalMessage.contains(u"no Qt platform plugin could be initialized"_s))
        return std::nullopt;
    static const QRegularExpression unreachableDisplay(u"^could not connect to display ?(.*)$"_s);
    static const QRegularExpression missingPlugin(u"^Could not find the Qt platform plugin \"([^\"]*)\""_s);
    static const QRegularExpression installedPlugins(u"Available platform plugins are: ([^\n]*?)\\.?\\s*$"_s);
    const QString installed = installedPlugins.match(fatalMessage).captured(1);
    QStringList reasons;
    for (const QString &warning : qpaWarnings) {
        if (const auto display = unreachableDisplay.match(warning); display.hasMatch()) {
            const QString name = display.captured(1).trimmed();
            reasons.append(name.isEmpty() ? u"no X display to connect to (DISPLAY is not set)"_s
                                          : u"no X server answered on display %1"_s.arg(name));
        } else if (const auto plugin = missingPlugin.match(warning); plugin.hasMatch()) {
            reasons.append(installed.isEmpty() ? u"no Qt platform plugin named %1"_s.arg(plugin.captured(1))
                                               : u"no Qt platform plugin named %1 (installed: %2)"_s.arg(
                                                     plugin.captured(1), installed));
        }
    }
    if (reasons.isEmpty())
        reasons.append(fatalMessage.section(u'\n', 0, 0).trimmed());
    return u"claimbench: cannot open a window: "_s + reasons.join(u"; "_s);
}

namespace {

// A message with its context's strings owned, to be replayed after the
// context it came with is gone.
struct HeldMessage
{
    QtMsgType type;
    QByteArray file, function, category;
    int line;
    QString text;
};

std::mutex heldMutex;
QList<HeldMessage> heldMessages;
QtMessageHandler previousHandler = nullptr;

void replayHeld(QList<HeldMessage> messages)
{
    for (const HeldMessage &message : messages) {
        const QMessageLogContext context(message.file.constData(), message.line, message.function.constData(),
                                         message.category.constData());
        previousHandler(message.type, context, message.text);
    }
}

void holdPlatformMessages(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    const QByteArrayView category(context.category ? context.category : "");
    std::unique_lock lock(heldMutex);
    if (type != QtFatalMsg) {
        if (!category.startsWith("qt.qpa.")) {
            lock.unlock();
            previousHandler(type, context, text);
            return;
        }
        heldMessages.append({type, context.file, context.function, context.category, context.line, text});
        return;
    }
    QStringList qpaWarnings;
    for (const HeldMessage &message : std::as_const(heldMessages))
        qpaWarnings.append(message.text);
    if (const auto failure = platformFailure(text, qpaWarnings)) {
        std::fprintf(stderr, "%s\n", qPrintable(*failure));
        std::_Exit(1);
    }
    // Any other fatal message is Qt's to print (and abort on), after what it
    // may explain.
    QList<HeldMessage> held = std::exchange(heldMessages, {});
    lock.unlock();
    replayHeld(std::move(held));
    previousHandler(type, context, text);
}

} // namespace

PlatformStartGuard::PlatformStartGuard()
{
    previousHandler = qInstallMessageHandler(holdPlatformMessages);
}

PlatformStartGuard::~PlatformStartGuard()
{
    qInstallMessageHandler(previousHandler);
    std::unique_lock lock(heldMutex);
    QList<HeldMessage> held = std::exchange(heldMessages, {});
    lock.unlock();
    replayHeld(std::move(held));
}

} // namespace Claimbench
