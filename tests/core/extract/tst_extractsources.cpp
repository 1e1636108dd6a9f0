// The shape issue 12 gave core/extract, checked by reading its sources: files
// of one idea each, none over 600 lines, and the word helpers and the month
// names written once in the core (textscan.h, domain/monthnames.h), not
// copied per file.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

namespace {

using namespace Qt::StringLiterals;

const QString kCoreDir = QStringLiteral(CLAIMBENCH_SOURCE_DIR "/app/core");
const QString kExtractDir = kCoreDir + u"/extract"_s;
constexpr int kMaxLines = 600;

QString textOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestExtractSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileIsShort_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = QDir(kExtractDir).entryList({u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDir::Name);
        QVERIFY(files.contains(u"numberparser.cpp"_s));
        for (const QString &name : files)
            QTest::newRow(qPrintable(name)) << kExtractDir + u'/' + name;
    }
    void fileIsShort()
    {
        QFETCH(QString, path);
        const QString text = textOf(path);
        QVERIFY(!text.isEmpty());
        const qsizetype lines = text.count(u'\n');
        QVERIFY2(lines <= kMaxLines, qPrintable(u"%1 lines"_s.arg(lines)));
    }

    void writtenOnce_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("home");
        QTest::newRow("inList") << u"bool inList("_s << u"extract/textscan.h"_s;
        QTest::newRow("previousWord") << u"QStringView previousWord("_s << u"extract/textscan.h"_s;
        QTest::newRow("month names") << u"u\"september\""_s << u"domain/monthnames.h"_s;
        QTest::newRow("month abbreviations") << u"u\"jan\""_s << u"domain/monthnames.h"_s;
    }
    void writtenOnce()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, home);
        // The whole core, since the importer reads month names too.
        const QDir core(kCoreDir);
        QStringList found;
        QDirIterator files(kCoreDir, {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            if (textOf(path).contains(pattern, Qt::CaseInsensitive))
                found.append(core.relativeFilePath(path));
        }
        QCOMPARE(found, QStringList{home});
    }
};

QTEST_GUILESS_MAIN(TestExtractSources)
#include "tst_extractsources.moc"
