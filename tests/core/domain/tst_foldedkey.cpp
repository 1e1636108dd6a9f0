// foldedKey is the one comparison of names and bodies that the store's
// unique keys, the session's new-name placeholders and the content hash all
// rely on; these rows pin what it treats as the same spelling.
#include "core/domain/foldedkey.h"

#include <QTest>

using namespace Claimbench;

class TestFoldedKey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void foldsSpellingsTogether_data()
    {
        QTest::addColumn<QString>("spelling");
        QTest::addColumn<QString>("key");
        QTest::newRow("case") << QStringLiteral("UK Defence Ministry") << QStringLiteral("uk defence ministry");
        QTest::newRow("inner and outer spaces")
            << QStringLiteral("  uk\tdefence \n ministry ") << QStringLiteral("uk defence ministry");
        QTest::newRow("decomposed accent is NFC")
            << QStringLiteral("Me\u0301decins") << QStringLiteral("m\u00e9decins");
        QTest::newRow("full case folding") << QStringLiteral("STRASSE") << QStringLiteral("strasse");
        QTest::newRow("empty") << QString() << QString();
    }

    void foldsSpellingsTogether()
    {
        QFETCH(QString, spelling);
        QFETCH(QString, key);
        QCOMPARE(foldedKey(spelling), key);
    }

    void keepsDifferentNamesApart()
    {
        QVERIFY(foldedKey(u"Deaths") != foldedKey(u"Death"));
        QVERIFY(foldedKey(u"ukdefence") != foldedKey(u"uk defence"));
    }
};

QTEST_GUILESS_MAIN(TestFoldedKey)
#include "tst_foldedkey.moc"
