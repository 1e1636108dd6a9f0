#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString kTranslations = QStringLiteral(CLAIMBENCH_SOURCE_DIR "/resources/translations");

// Plural forms Qt's numerus rules give each language we translate into.
int pluralForms(const QString &language)
{
    return language.startsWith(u"uk"_s) ? 3 : 2;
}

struct Message
{
    QString context, source, type; // type: "", "unfinished", "obsolete", "vanished"
    bool numerus = false;
    QStringList translations;      // one, or one per plural form
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;
};

Catalogue read(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"TS")
            catalogue.language = xml.attributes().value(u"language"_s).toString();
        else if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            message = {context, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes", {}};
        else if (xml.name() == u"source")
            message.source = xml.readElementText();
        else if (xml.name() == u"translation") {
            message.type = xml.attributes().value(u"type"_s).toString();
            if (!message.numerus)
                message.translations << xml.readElementText();
            catalogue.messages << message; // a plural message's forms follow
        } else if (xml.name() == u"numerusform")
            catalogue.messages.last().translations << xml.readElementText();
    }
    if (xml.hasError())
        catalogue.error = xml.errorString();
    return catalogue;
}

// %1 … %99, %n and %Ln, each once however often it occurs.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(u"%(?:L?n|\\d+)"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : marker.globalMatch(text))
        found.insert(match.captured());
    return found;
}

// Sources a translation may rightly repeat word for word; any other
// translation equal to its source is English left in the catalogue.
const QSet<QString> &sameInTranslation()
{
    static const QSet<QString> sources{
        u"Claimbench"_s,           // the program's name is not translated
        u"%1 — Claimbench"_s,      // a file name and the program's name
        u"CSV, UTF-8 (*.csv)"_s,   // a format name, an encoding name, a glob
        u"JSON (*.json)"_s,        // a format name and a glob
        u" dpi"_s,                 // the unit's symbol, written so in Ukrainian print software too
    };
    return sources;
}

bool hasMnemonic(const QString &text)
{
    return QString(text).remove(u"&&"_s).contains(u'&');
}

// Why `catalogue` would show a user English or a broken text: each message
// not translated, left from a string the sources no longer hold, short of a
// plural form, blank, equal to its source (unless sameInTranslation() allows
// it), or with other placeholders or mnemonic than its source.
QStringList faults(const Catalogue &catalogue)
{
    QStringList found;
    for (const Message &m : catalogue.messages) {
        const QString where = m.context + u": “"_s + m.source + u"”"_s;
        if (!m.type.isEmpty()) {
            found << where + u" is "_s + m.type;
            continue;
        }
        const qsizetype forms = m.numerus ? pluralForms(catalogue.language) : 1;
        if (m.translations.size() != forms) {
            found << where + u" has %1 forms, needs %2"_s.arg(m.translations.size()).arg(forms);
            continue;
        }
        for (const QString &translation : m.translations) {
            if (translation.trimmed().isEmpty())
                found << where + u" has a blank translation"_s;
            else if (translation.trimmed() == m.source.trimmed() && !sameInTranslation().contains(m.source))
                found << where + u" is translated as itself"_s;
            else if (placeholders(translation) != placeholders(m.source))
                found << where + u" → “"_s + translation + u"” changes the placeholders"_s;
            else if (hasMnemonic(translation) != hasMnemonic(m.source))
                found << where + u" → “"_s + translation + u"” adds or drops the mnemonic"_s;
        }
    }
    return found;
}

QStringList catalogueFiles()
{
    return QDir(kTranslations).entryList({u"*.ts"_s}, QDir::Files);
}

} // namespace

// The GUI's Qt Linguist catalogues (resources/translations): complete, and
// in step with the tr() strings of the sources, so that a string added
// without its translation turns this test red rather than showing English.
class TestTranslationCatalogues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cataloguesExist() { QVERIFY(catalogueFiles().contains(u"claimbench_uk.ts"_s)); }

    void everyMessageTranslated_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : catalogueFiles())
            QTest::newRow(qPrintable(file)) << file;
    }

    void everyMessageTranslated()
    {
        QFETCH(QString, file);
        const Catalogue catalogue = read(QDir(kTranslations).filePath(file));
        QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
        QVERIFY(!catalogue.messages.isEmpty());
        const QStringList found = faults(catalogue);
        QVERIFY2(found.isEmpty(), qPrintable(u"\n"_s + found.join(u"\n"_s)));
    }

    // An entry whose message is gone would let a later, English, one through.
    void sameInTranslationNamesExistingMessages()
    {
        const Catalogue catalogue = read(QDir(kTranslations).filePath(u"claimbench_uk.ts"_s));
        QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
        QSet<QString> sources;
        for (const Message &m : catalogue.messages)
            sources.insert(m.source);
        QStringList unknown = (sameInTranslation() - sources).values();
        unknown.sort();
        QVERIFY2(unknown.isEmpty(), qPrintable(u"no such message: "_s + unknown.join(u", "_s)));
    }

    // lupdate, run as `update_translations` runs it (ui/CMakeLists.txt), on a
    // copy: the messages it finds in the sources are exactly the catalogue's.
    void catalogueHoldsEverySourceString_data() { everyMessageTranslated_data(); }

    void catalogueHoldsEverySourceString()
    {
        QFETCH(QString, file);
        const QTemporaryDir dir;
        const QString copy = dir.filePath(file);
        QVERIFY(QFile::copy(QDir(kTranslations).filePath(file), copy));
        QStringList arguments{u"-silent"_s, u"-locations"_s, u"none"_s, u"-no-obsolete"_s};
        for (const QString &root : QStringLiteral(CLAIMBENCH_LUPDATE_INCLUDES).split(u':', Qt::SkipEmptyParts))
            arguments << u"-I"_s << root;
        for (const char *folder : {"/ui", "/app/core", "/app/charts"})
            arguments << QStringLiteral(CLAIMBENCH_SOURCE_DIR) + QLatin1StringView(folder);
        arguments << u"-ts"_s << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(CLAIMBENCH_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        const auto keys = [](const Catalogue &catalogue) {
            QSet<QString> result;
            for (const Message &m : catalogue.messages)
                result.insert(m.context + u" | "_s + m.source);
            return result;
        };
        const QSet<QString> committed = keys(read(QDir(kTranslations).filePath(file)));
        const Catalogue updated = read(copy);
        const QSet<QString> fromSources = keys(updated);
        QStringList missing = (fromSources - committed).values();
        QStringList stale = (committed - fromSources).values();
        missing.sort();
        stale.sort();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"not in %1 (build update_translations and translate them):\n"_s.arg(file)
                            + missing.join(u"\n"_s)));
        QVERIFY2(stale.isEmpty(), qPrintable(u"in %1 but no longer in the sources:\n"_s.arg(file) + stale.join(u"\n"_s)));
        const QStringList found = faults(updated);
        QVERIFY2(found.isEmpty(), qPrintable(u"\n"_s + found.join(u"\n"_s)));
    }
};

QTEST_GUILESS_MAIN(TestTranslationCatalogues)

#include "tst_translationcatalogues.moc"
