// The registry of article formats: each built-in reader's name, suffixes and
// signature, the rules by which a file finds its reader, and that the
// importer reads every file with the reader the registry picks.
#include "core/import/articleimporter.h"
#include "core/import/readerregistry.h"
#include "core/import/textreader.h"

#include "common/freshprojects.h"
#include "common/resultcheck.h"
#include "common/testfiles.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

// Markdown emphasis and a heading, which each reader turns into a different
// body, and no HTML document start, so that the name alone decides.
const QByteArray kSample = "# Drones\n\nSome *28* drones <b>were</b> shot down over the city on Monday.\n"_ba;

// Formats whose files are no text: the Markdown sample is not one of their
// files, so only their own tests (tst_pdfreader, ...) read them.
const QSet<QString> kBinaryFormats = {u"PDF"_s, u"DOCX"_s, u"ODT"_s, u"EPUB"_s, u"RTF"_s};

const ArticleReader *builtInNamed(const QString &name)
{
    for (const ArticleReader *reader : ReaderRegistry::builtIn().readers()) {
        if (reader->name() == name)
            return reader;
    }
    return nullptr;
}

// A format that is no built-in one: its own suffix and signature.
class FakeReader : public ArticleReader
{
public:
    QString name() const override { return u"Fake"_s; }
    QStringList suffixes() const override { return {u"fake"_s}; }
    bool recognizes(QByteArrayView bytes) const override { return bytes.startsWith("FAKE!"); }
    Result<Article> read(const QByteArray &bytes, const ReadOptions &) const override
    {
        Article article;
        article.body = QString::fromLatin1(bytes.sliced(5));
        return article;
    }
};

// Imports kSample, written as a file of this name, into a new project.
struct SampleImport
{
    FreshProjects projects;
    std::shared_ptr<Project> project;
    QList<ImportOutcome> outcomes;

    bool run(const QString &fileName)
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(fileName);
        const auto opened = projects.open();
        if (!dir.isValid() || !opened || !writeFile(file, kSample))
            return false;
        project = *opened;
        outcomes = ArticleImporter(project).importAll({file});
        return outcomes.size() == 1;
    }
};

} // namespace

class TestReaderRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInReaders_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("suffixes");
        QTest::addColumn<bool>("recognizesHtmlStart");
        QTest::newRow("text") << u"text"_s << QStringList{u"txt"_s, u"text"_s} << false;
        QTest::newRow("Markdown") << u"Markdown"_s << QStringList{u"md"_s, u"markdown"_s, u"mdown"_s, u"mkd"_s}
                                  << false;
        QTest::newRow("HTML") << u"HTML"_s << QStringList{u"html"_s, u"htm"_s, u"xhtml"_s, u"shtml"_s} << true;
    }
    void builtInReaders()
    {
        QFETCH(QString, name);
        const ArticleReader *reader = builtInNamed(name);
        QVERIFY(reader);
        QTEST(reader->suffixes(), "suffixes");
        QTEST(reader->recognizes("<!DOCTYPE html>\n<html><body><p>Text</p></body></html>"), "recognizesHtmlStart");
        QVERIFY(!reader->recognizes(kSample));
    }

    void builtInOrderAndSuffixes()
    {
        const ReaderRegistry &registry = ReaderRegistry::builtIn();
        QStringList names;
        for (const ArticleReader *reader : registry.readers())
            names.append(reader->name());
        QCOMPARE(names, (QStringList{u"text"_s, u"Markdown"_s, u"HTML"_s, u"PDF"_s, u"DOCX"_s, u"ODT"_s, u"EPUB"_s, u"RTF"_s}));
        const QStringList suffixes = registry.suffixes();
        QCOMPARE(QSet<QString>(suffixes.cbegin(), suffixes.cend()).size(), suffixes.size());
        QCOMPARE(registry.namePatterns(), u"*.txt *.text *.md *.markdown *.mdown *.mkd *.html *.htm *.xhtml *.shtml *.pdf *.docx *.odt *.epub *.rtf"_s);
    }

    void readerFor_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reader"); // empty: none
        const QByteArray page = "<!DOCTYPE html>\n<html><body><p>Some 28 drones.</p></body></html>"_ba;
        const QByteArray binary = "\x01\x02\x03\x04\x05\x06\0\0\0\x10\x11\x12\x13"_ba;
        for (const ArticleReader *reader : ReaderRegistry::builtIn().readers()) {
            for (const QString &suffix : reader->suffixes()) {
                QTest::addRow("by suffix .%s", qPrintable(suffix)) << u"a."_s + suffix << kSample << reader->name();
                QTest::addRow("by suffix .%s in capitals", qPrintable(suffix))
                    << u"A."_s + suffix.toUpper() << kSample << reader->name();
            }
        }
        QTest::newRow("html start in .txt") << u"page.txt"_s << page << u"HTML"_s;
        QTest::newRow("html start after a BOM") << u"page.txt"_s << "\xEF\xBB\xBF"_ba + page << u"HTML"_s;
        QTest::newRow("html start after xml and comment")
            << u"page.text"_s << "<?xml version=\"1.0\"?>\n<!-- saved -->\n<html><body>x</body></html>"_ba << u"HTML"_s;
        QTest::newRow("html start without suffix") << u"page"_s << page << u"HTML"_s;
        QTest::newRow("html start in an unknown suffix") << u"page.asp"_s << page << u"HTML"_s;
        QTest::newRow("html start in .md stays Markdown") << u"notes.md"_s << page << u"Markdown"_s;
        QTest::newRow("text without suffix") << u"notes"_s << kSample << u"text"_s;
        QTest::newRow("binary without suffix") << u"blob"_s << binary << QString();
        QTest::newRow("binary named .txt stays text") << u"blob.txt"_s << binary << u"text"_s;
        QTest::newRow("unknown suffix") << u"data.csv"_s << kSample << QString();
        QTest::newRow("pdf") << u"report.pdf"_s << "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"_ba << u"PDF"_s;
        QTest::newRow("pdf named .html") << u"report.html"_s << "%PDF-1.7\n"_ba << u"PDF"_s;
        QTest::newRow("png named .txt") << u"image.txt"_s << "\x89PNG\r\n\x1A\n"_ba << QString();
        QTest::newRow("zip named .md") << u"book.md"_s << "PK\x03\x04 rest"_ba << QString();
        QTest::newRow("mp4 without suffix") << u"clip"_s << "\0\0\0\x18" "ftypmp42"_ba << QString();
    }
    void readerFor()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        const ArticleReader *reader = ReaderRegistry::builtIn().readerFor(bytes, fileName);
        QTEST(reader ? reader->name() : QString(), "reader");
    }

    void unsupportedNamesTheFormats()
    {
        const auto read = ReaderRegistry::builtIn().read(kSample, u"data.csv"_s);
        QVERIFY(!read);
        QCOMPARE(read.error().code, Error::Code::Unsupported);
        QCOMPARE(read.error().message, u"Not a format Claimbench reads (text, Markdown, HTML, PDF, DOCX, ODT, EPUB or RTF)"_s);
    }

    // A new format is one reader added: its suffix, its signature and its
    // name in the message reach every caller of the registry.
    void anAddedReaderTakesPart()
    {
        ReaderRegistry registry;
        registry.add(std::make_unique<TextReader>(), ReaderRegistry::Role::Fallback);
        registry.add(std::make_unique<FakeReader>());
        QCOMPARE(registry.suffixes(), (QStringList{u"txt"_s, u"text"_s, u"fake"_s}));
        QCOMPARE(registry.readerFor("anything", u"a.fake"_s)->name(), u"Fake"_s);
        QCOMPARE(registry.readerFor("FAKE! body", u"a.txt"_s)->name(), u"Fake"_s);
        QCOMPARE(registry.readerFor("plain", u"a.txt"_s)->name(), u"text"_s);
        const auto read = registry.read("FAKE! body", u"/in/a.fake"_s);
        CLAIMBENCH_VERIFY_OK(read);
        QCOMPARE(read->body, u" body"_s);
        QCOMPARE(read->title, u"a"_s);
        QCOMPARE(registry.read("x", u"a.md"_s).error().message, u"Not a format Claimbench reads (text or Fake)"_s);
    }

    // The sample reads differently in each format, so the stored body shows
    // which reader the importer used.
    void readersDisagreeOnTheSample()
    {
        QSet<QString> bodies;
        qsizetype textFormats = 0;
        for (const ArticleReader *reader : ReaderRegistry::builtIn().readers()) {
            if (kBinaryFormats.contains(reader->name()))
                continue;
            ++textFormats;
            const auto read = reader->read(kSample, {});
            CLAIMBENCH_VERIFY_OK(read);
            bodies.insert(read->body);
        }
        QCOMPARE(bodies.size(), textFormats);
    }

    void importerReadsWithTheRegistrysChoice_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("reader");
        for (const ArticleReader *reader : ReaderRegistry::builtIn().readers()) {
            for (const QString &suffix : reader->suffixes()) {
                if (!kBinaryFormats.contains(reader->name()))
                    QTest::addRow(".%s", qPrintable(suffix)) << suffix << reader->name();
            }
        }
    }
    void importerReadsWithTheRegistrysChoice()
    {
        QFETCH(QString, suffix);
        QFETCH(QString, reader);
        SampleImport import;
        QVERIFY(import.run(u"article."_s + suffix));
        const QList<ImportOutcome> &outcomes = import.outcomes;
        QCOMPARE(outcomes[0].status, ImportOutcome::Status::Imported);
        const auto stored = import.project->articles().get(outcomes[0].articleId);
        CLAIMBENCH_VERIFY_OK(stored);
        const auto expected = builtInNamed(reader)->read(kSample, {});
        CLAIMBENCH_VERIFY_OK(expected);
        QCOMPARE(stored->body, expected->body);
    }

    // RTF (or a ZIP's XML) can carry any bytes as text: a NUL or control
    // characters in the text a reader made are refused like a binary file.
    void binaryTextOfAContainerIsRefused()
    {
        const auto read = ReaderRegistry::builtIn().read("{\\rtf1 "_ba + QByteArray(200, '\x01') + " tail}"_ba,
                                                         u"junk.rtf"_s);
        QVERIFY(!read);
        QCOMPARE(read.error().message, u"The file's text is binary data, not text"_s);
        const auto nul = ReaderRegistry::builtIn().read("{\\rtf1 Some text \\'00 here}"_ba, u"nul.rtf"_s);
        QVERIFY(!nul);
        QCOMPARE(nul.error().code, Error::Code::InvalidInput);
    }

    // A first paragraph that never ends gives no title of megabytes.
    void overlongTitleIsCutAtAWord()
    {
        QByteArray paragraph;
        for (int i = 0; i < 200; ++i)
            paragraph += "figure " + QByteArray::number(i) + " ";
        const auto read = ReaderRegistry::builtIn().read(paragraph + "\n\nSecond paragraph.", u"long.md"_s);
        CLAIMBENCH_VERIFY_OK(read);
        QVERIFY2(read->title.size() <= 301, qPrintable(QString::number(read->title.size())));
        QVERIFY(read->title.endsWith(u"…"_s));
        QVERIFY(read->title.startsWith(u"figure 0 figure 1 "_s));
    }

    void importerSkipsWhatNoReaderReads()
    {
        SampleImport import;
        QVERIFY(import.run(u"table.csv"_s));
        const QList<ImportOutcome> &outcomes = import.outcomes;
        QCOMPARE(outcomes[0].status, ImportOutcome::Status::Skipped);
        QCOMPARE(outcomes[0].describe(), u"skipped: format"_s);
    }
};

QTEST_GUILESS_MAIN(TestReaderRegistry)
#include "tst_readerregistry.moc"
