#include "ui/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Claimbench {

QString installTranslators(const QLocale &locale)
{
    // The catalogues are compiled into claimbench_ui by qt_add_translations.
    const QString ourFolder = u":/i18n"_s;
    auto *ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(locale, u"claimbench"_s, u"_"_s, ourFolder)) {
        delete ours;
        return {};
    }
    QCoreApplication::installTranslator(ours);

    const QString language = ours->language();
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(language), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return language;
}

} // namespace Claimbench
