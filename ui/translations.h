#pragma once

#include <QLocale>
#include <QString>

namespace Claimbench {

// Installs on the running QCoreApplication the GUI's catalogue for the first
// of `locale`'s UI languages that Claimbench is translated into (the system
// locale's list honours LANGUAGE), and Qt's own catalogue (qtbase_<language>.qm
// from Qt's translations folder) for that same language, so that Qt's buttons
// and dialogs never speak another language than ours. A locale with none of
// our languages keeps the English of the sources, Qt's included.
// Call once, after the application object exists; the translators are its
// children. Returns the language installed ("uk"), or empty for English.
// The CLI never calls this: its output is a contract for scripts, in English.
QString installTranslators(const QLocale &locale = QLocale());

} // namespace Claimbench
