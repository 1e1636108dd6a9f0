#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

namespace Claimbench {

// Keeps a GUI test off the user's own settings and folders: standard paths
// in test mode, and QSettings in INI files under `folder` (a temporary
// directory the test owns), for the test's own application name. Called
// from initTestCase(); each test then starts with QSettings().clear().
inline void isolateSettings(const QString &folder, const QString &application)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ClaimbenchTests"));
    QCoreApplication::setApplicationName(application);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
}

} // namespace Claimbench
