#include "core/import/ziparchive.h"

#include "core/import/zipwriter.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Claimbench;
using namespace Claimbench::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMegabyte = 1024 * 1024;

QByteArray noise(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

} // namespace

class TestZipArchive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsAndReadsEntries()
    {
        const QByteArray zip = makeZip({{u"mimetype"_s, "application/epub+zip", true},
                                        {u"dir/a.txt"_s, "first entry", false},
                                        {u"b.txt"_s, QByteArray(5000, 'b'), false}});
        auto archive = ZipArchive::open(zip);
        QVERIFY2(archive, archive ? "" : qPrintable(archive.error().toString()));
        QCOMPARE(archive->entryNames(), (QStringList{u"mimetype"_s, u"dir/a.txt"_s, u"b.txt"_s}));
        QCOMPARE(archive->read(u"dir/a.txt"_s).value(), "first entry"_ba);
        QCOMPARE(archive->read(u"b.txt"_s).value(), QByteArray(5000, 'b'));
        QCOMPARE(archive->read(u"mimetype"_s).value(), "application/epub+zip"_ba);
        QVERIFY(ZipArchive::startsWithMimetype(zip, "application/epub+zip"));
        QVERIFY(!ZipArchive::startsWithMimetype(zip, "application/vnd.oasis.opendocument.text"));
    }

    void missingEntryIsNotFound()
    {
        auto archive = ZipArchive::open(makeZip({{u"a.txt"_s, "a", false}}));
        QVERIFY(archive);
        QCOMPARE(archive->read(u"b.txt"_s).error().code, Error::Code::NotFound);
    }

    // An entry's expanded bytes are counted while inflating: the cap holds
    // whatever the header declares.
    void entryOverItsCapIsTooLarge()
    {
        ZipLimits limits;
        limits.maxEntryBytes = 4 * kMegabyte;
        limits.maxRatio = 1'000'000;
        auto archive = ZipArchive::open(makeZipOfZeros(u"zeros"_s, 12 * kMegabyte), limits);
        QVERIFY(archive);
        const auto read = archive->read(u"zeros"_s);
        QVERIFY(!read);
        QCOMPARE(read.error().code, Error::Code::TooLarge);
        QCOMPARE(read.error().message, u"The document expands to more than 4 MB (a zip bomb?)"_s);
    }

    // 8 MB of zeros deflate to a few KB: far past the default 200:1 ratio.
    void compressionRatioOverTheCapIsTooLarge()
    {
        const QByteArray zip = makeZipOfZeros(u"zeros"_s, 8 * kMegabyte);
        QVERIFY(zip.size() < 100 * 1024);
        auto archive = ZipArchive::open(zip);
        QVERIFY(archive);
        const auto read = archive->read(u"zeros"_s);
        QVERIFY(!read);
        QCOMPARE(read.error().code, Error::Code::TooLarge);
        QVERIFY2(read.error().message.contains(u"zip bomb"_s), qPrintable(read.error().message));
    }

    // Under the ratio floor, a small highly compressible part (XML) reads.
    void smallCompressiblePartReads()
    {
        auto archive = ZipArchive::open(makeZipOfZeros(u"zeros"_s, 512 * 1024));
        QVERIFY(archive);
        QCOMPARE(archive->read(u"zeros"_s).value().size(), 512 * 1024);
    }

    void totalOverItsCapIsTooLarge()
    {
        ZipLimits limits;
        limits.maxTotalBytes = 1000 * 1000;
        auto archive = ZipArchive::open(
            makeZip({{u"a"_s, noise(600 * 1000, 1), false}, {u"b"_s, noise(600 * 1000, 2), false}}), limits);
        QVERIFY(archive);
        QVERIFY(archive->read(u"a"_s));
        const auto second = archive->read(u"b"_s);
        QVERIFY(!second);
        QCOMPARE(second.error().code, Error::Code::TooLarge);
    }

    void tooManyEntriesIsTooLarge()
    {
        QList<ZipEntry> entries;
        for (int i = 0; i < 10'001; ++i)
            entries.append({u"f%1"_s.arg(i), "x", false});
        const auto archive = ZipArchive::open(makeZip(entries));
        QVERIFY(!archive);
        QCOMPARE(archive.error().code, Error::Code::TooLarge);
        QVERIFY(archive.error().message.contains(u"10,000"_s));
        entries.resize(10'000);
        QVERIFY(ZipArchive::open(makeZip(entries)));
    }

    void damagedArchiveIsInvalidInput_data()
    {
        const QByteArray zip = makeZip({{u"a.txt"_s, noise(20'000, 3), false}});
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not a zip") << "just some text, not an archive"_ba;
        QTest::newRow("signature only") << "PK\x03\x04"_ba;
        QTest::newRow("truncated") << zip.left(zip.size() / 2);
        QByteArray garbled = zip;
        for (qsizetype i = 40; i < 2000; ++i)
            garbled[i] = char(garbled[i] ^ 0x5A);
        QTest::newRow("garbled data") << garbled;
    }
    void damagedArchiveIsInvalidInput()
    {
        QFETCH(QByteArray, bytes);
        // Damage shows when listing, or at the latest when the entry inflates.
        auto archive = ZipArchive::open(bytes);
        Error error;
        if (archive) {
            const auto read = archive->read(u"a.txt"_s);
            QVERIFY(!read);
            error = read.error();
        } else {
            error = archive.error();
        }
        QCOMPARE(error.code, Error::Code::InvalidInput);
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("resolved");
        QTest::newRow("sibling") << u"OEBPS/content.opf"_s << u"ch1.xhtml"_s << u"OEBPS/ch1.xhtml"_s;
        QTest::newRow("down") << u"OEBPS/content.opf"_s << u"text/ch1.xhtml#p2"_s << u"OEBPS/text/ch1.xhtml"_s;
        QTest::newRow("up inside") << u"OEBPS/text/a.xhtml"_s << u"../b.xhtml"_s << u"OEBPS/b.xhtml"_s;
        QTest::newRow("up to root") << u"OEBPS/content.opf"_s << u"./../c.xhtml"_s << u"c.xhtml"_s;
        QTest::newRow("up and out") << u"OEBPS/content.opf"_s << u"../../etc/passwd"_s << QString();
        QTest::newRow("absolute") << u"OEBPS/content.opf"_s << u"/etc/passwd"_s << QString();
        QTest::newRow("url") << u"OEBPS/content.opf"_s << u"file:///etc/passwd"_s << QString();
        QTest::newRow("root base") << QString() << u"content.opf"_s << u"content.opf"_s;
    }
    void resolve()
    {
        QFETCH(QString, base);
        QFETCH(QString, relative);
        QTEST(ZipArchive::resolve(base, relative), "resolved");
    }
};

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
