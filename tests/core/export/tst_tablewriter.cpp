#include "core/export/tablewriter.h"

#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

class TestTableWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << u"Kyiv Independent"_s << u"Kyiv Independent"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << u"Kharkiv, Ukraine"_s << u"\"Kharkiv, Ukraine\""_s;
        QTest::newRow("quote doubled") << u"a \"stunning\" claim"_s << u"\"a \"\"stunning\"\" claim\""_s;
        QTest::newRow("line feed") << u"line one\nline two"_s << u"\"line one\nline two\""_s;
        QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
        QTest::newRow("non-ASCII untouched") << u"Київ \u2014 \U0001F600"_s << u"Київ \u2014 \U0001F600"_s;
        QTest::newRow("leading space kept unquoted") << u" x "_s << u" x "_s;
    }
    void csvField()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(TableWriter::csvField(text), field);
    }

    void jsonScalar_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("json");
        QTest::newRow("null") << QJsonValue() << u"null"_s;
        QTest::newRow("string escapes") << QJsonValue(u"a\"b\\c\nd"_s) << u"\"a\\\"b\\\\c\\nd\""_s;
        QTest::newRow("non-ASCII kept") << QJsonValue(u"Київ"_s) << u"\"Київ\""_s;
        QTest::newRow("integral double") << QJsonValue(1000000.0) << u"1000000"_s;
        QTest::newRow("fraction") << QJsonValue(2.9) << u"2.9"_s;
        QTest::newRow("int64 id") << QJsonValue(qint64(9007199254740)) << u"9007199254740"_s;
        QTest::newRow("bool") << QJsonValue(true) << u"true"_s;
    }
    void jsonScalar()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, json);
        QCOMPARE(TableWriter::jsonScalar(value), json);
    }

    void csvTableHasHeaderAndCrlf()
    {
        QString text;
        QTextStream out(&text);
        TableWriter writer(OutputFormat::Csv, {u"id"_s, u"title"_s, u"published"_s}, out);
        writer.writeRow({QJsonValue(1), QJsonValue(u"Losses, \"Kyiv\""_s), QJsonValue()});
        writer.writeRow({QJsonValue(2), QJsonValue(u"two\nlines"_s), QJsonValue(u"2025-06"_s)});
        writer.finish();
        QCOMPARE(text, u"id,title,published\r\n"
                       u"1,\"Losses, \"\"Kyiv\"\"\",\r\n"
                       u"2,\"two\nlines\",2025-06\r\n"_s);
    }

    void jsonTableKeepsColumnOrder()
    {
        QString text;
        QTextStream out(&text);
        TableWriter writer(OutputFormat::Json, {u"id"_s, u"title"_s, u"author"_s}, out);
        writer.writeRow({QJsonValue(2), QJsonValue(u"b"_s), QJsonValue()});
        writer.writeRow({QJsonValue(1), QJsonValue(u"a"_s)});
        writer.finish();
        QCOMPARE(text, u"[\n"
                       u"  {\"id\":2,\"title\":\"b\",\"author\":null},\n"
                       u"  {\"id\":1,\"title\":\"a\",\"author\":null}\n"
                       u"]\n"_s);
    }

    void emptyTables()
    {
        QString csv;
        QTextStream csvOut(&csv);
        TableWriter(OutputFormat::Csv, {u"id"_s}, csvOut).finish();
        QCOMPARE(csv, u"id\r\n"_s);

        QString json;
        QTextStream jsonOut(&json);
        TableWriter(OutputFormat::Json, {u"id"_s}, jsonOut).finish();
        QCOMPARE(json, u"[]\n"_s);
    }

    // A spreadsheet runs a text cell starting with = + - @ tab or CR as a
    // formula: such text gets a leading apostrophe (and the quoting CSV needs
    // anyway). The cell's type decides, not its characters: the number -5
    // stays -5, the text "-5" does not.
    void csvNeutralizesFormulaText_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("HYPERLINK title") << QJsonValue(u"=HYPERLINK(\"http://evil.example/\",\"Losses\")"_s)
                                         << u"\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"Losses\"\")\""_s;
        QTest::newRow("DDE claimant") << QJsonValue(u"+cmd|' /C calc'!A0"_s) << u"'+cmd|' /C calc'!A0"_s;
        QTest::newRow("minus text") << QJsonValue(u"-5"_s) << u"'-5"_s;
        QTest::newRow("at") << QJsonValue(u"@SUM(A1:A9)"_s) << u"'@SUM(A1:A9)"_s;
        QTest::newRow("tab") << QJsonValue(u"\t=1+2"_s) << u"'\t=1+2"_s;
        QTest::newRow("carriage return") << QJsonValue(u"\r=1+2"_s) << u"\"'\r=1+2\""_s;
        QTest::newRow("apostrophes before a formula") << QJsonValue(u"''=1"_s) << u"'''=1"_s;
        QTest::newRow("negative number") << QJsonValue(-5.0) << u"-5"_s;
        QTest::newRow("formula character inside") << QJsonValue(u"1+2=3"_s) << u"1+2=3"_s;
        QTest::newRow("leading apostrophe, no formula") << QJsonValue(u"'tis"_s) << u"'tis"_s;
        QTest::newRow("leading space") << QJsonValue(u" =1"_s) << u" =1"_s;
    }
    void csvNeutralizesFormulaText()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QString text;
        QTextStream out(&text);
        TableWriter writer(OutputFormat::Csv, {u"cell"_s}, out);
        writer.writeRow({value});
        writer.finish();
        QCOMPARE(text, u"cell\r\n"_s + field + u"\r\n"_s);
    }

    void jsonKeepsFormulaTextExact()
    {
        QString text;
        QTextStream out(&text);
        TableWriter writer(OutputFormat::Json, {u"title"_s, u"value"_s}, out);
        writer.writeRow({QJsonValue(u"=1+2"_s), QJsonValue(-5)});
        writer.finish();
        QCOMPARE(text, u"[\n  {\"title\":\"=1+2\",\"value\":-5}\n]\n"_s);
    }

    // What `claims --add` relies on to read its own CSV back exactly.
    void restoreNeutralizedInvertsNeutralize_data()
    {
        QTest::addColumn<QString>("text");
        const QStringList texts{u"=1+2"_s, u"-5"_s, u"'-5"_s, u"''@x"_s, u"\tx"_s, u"'"_s, u"'tis"_s,
                                u"plain"_s, QString()};
        for (qsizetype i = 0; i < texts.size(); ++i)
            QTest::addRow("%d", int(i)) << texts[i];
    }
    void restoreNeutralizedInvertsNeutralize()
    {
        QFETCH(QString, text);
        QCOMPARE(TableWriter::restoreNeutralized(TableWriter::neutralizeFormula(text)), text);
    }

    void formatNames()
    {
        QCOMPARE(outputFormatFromName(u"csv"), std::optional(OutputFormat::Csv));
        QCOMPARE(outputFormatFromName(u"json"), std::optional(OutputFormat::Json));
        QVERIFY(!outputFormatFromName(u"xml").has_value());
    }
};

QTEST_GUILESS_MAIN(TestTableWriter)
#include "tst_tablewriter.moc"
