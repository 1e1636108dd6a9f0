#include "cli/csvreader.h"

#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<QStringList>)

class TestCsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void read_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::addColumn<QString>("error"); // empty: the text is valid

        const QList<QStringList> ab{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
        QTest::newRow("CRLF") << u"a,b\r\n1,2\r\n"_s << ab << QString();
        QTest::newRow("LF") << u"a,b\n1,2\n"_s << ab << QString();
        QTest::newRow("no final line end") << u"a,b\r\n1,2"_s << ab << QString();
        QTest::newRow("BOM dropped") << u"\uFEFFa,b\n1,2\n"_s << ab << QString();
        QTest::newRow("blank lines skipped") << u"a,b\n\n1,2\n\n"_s << ab << QString();
        QTest::newRow("empty fields") << u",\n,x,\n"_s
                                      << QList<QStringList>{{QString(), QString()},
                                                            {QString(), u"x"_s, QString()}}
                                      << QString();
        QTest::newRow("quoted comma") << u"\"Kharkiv, Ukraine\",2\n"_s
                                      << QList<QStringList>{{u"Kharkiv, Ukraine"_s, u"2"_s}} << QString();
        QTest::newRow("doubled quotes") << u"\"a \"\"b\"\" c\"\n"_s
                                        << QList<QStringList>{{u"a \"b\" c"_s}} << QString();
        QTest::newRow("line breaks inside quotes") << u"\"one\r\ntwo\nthree\",x\r\n"_s
                                                   << QList<QStringList>{{u"one\r\ntwo\nthree"_s, u"x"_s}}
                                                   << QString();
        QTest::newRow("quoted empty field") << u"\"\",x\n"_s
                                            << QList<QStringList>{{QString(), u"x"_s}} << QString();
        QTest::newRow("non-ASCII") << u"Київ,\U0001F4A5\n"_s
                                   << QList<QStringList>{{u"Київ"_s, u"\U0001F4A5"_s}} << QString();
        QTest::newRow("unterminated quote names its line")
            << u"a,b\n\"open\nstill open"_s << QList<QStringList>()
            << u"line 2: a quoted field is not closed"_s;
        QTest::newRow("text after closing quote") << u"a\n\"x\"y,z\n"_s << QList<QStringList>()
                                                  << u"line 2: text after a closing quote"_s;
    }
    void read()
    {
        QFETCH(QString, text);
        QFETCH(QList<QStringList>, records);
        QFETCH(QString, error);
        const Result<QList<QStringList>> read = readCsv(text);
        if (!error.isEmpty()) {
            QVERIFY(!read);
            QCOMPARE(read.error().message, error);
            return;
        }
        if (!read)
            QFAIL(qPrintable(read.error().message));
        QCOMPARE(*read, records);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
