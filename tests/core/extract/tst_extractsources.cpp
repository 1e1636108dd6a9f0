// The shape issue 12 gave core/extract, checked by reading its sources: files
// of one idea each, none over 600 lines, and the word helpers and the month
// names written once (textscan.h, monthnames.h), not copied per file.
#include <QDir>
#include <QFile>
#include <QTest>

namespace {

using namespace Qt::StringLiterals;

const QString kExtractDir = QStringLiteral(CLAIMBENCH_SOURCE_DIR "/app/core/extract");
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
        QTest::newRow("inList") << u"bool inList("_s << u"textscan.h"_s;
        QTest::newRow("previousWord") << u"QStringView previousWord("_s << u"textscan.h"_s;
        QTest::newRow("month names") << u"u\"september\""_s << u"monthnames.h"_s;
    }
    void writtenOnce()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, home);
        QStringList found;
        const QStringList files = QDir(kExtractDir).entryList({u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDir::Name);
        for (const QString &name : files)
            if (textOf(kExtractDir + u'/' + name).contains(pattern, Qt::CaseInsensitive))
                found.append(name);
        QCOMPARE(found, QStringList{home});
    }
};

QTEST_GUILESS_MAIN(TestExtractSources)
#include "tst_extractsources.moc"
