#include "core/extract/extractionjson.h"
#include "core/extract/utf8decoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

class TestExtractionJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offsetsAreCodePoints()
    {
        // The emoji is two UTF-16 units but one code point.
        const QString text = u"\U0001F600 Kyiv said 63 drones were downed on Thursday."_qs;
        const Extraction e = FigureExtractor().extract(text, PartialDate::day(2025, 6, 13));
        const QJsonObject json = extractionToJson(text, e);
        const QJsonObject figure = json.value(u"figures"_s).toArray().at(0).toObject();
        QCOMPARE(figure.value(u"start"_s).toInteger(), 12);
        QCOMPARE(figure.value(u"end"_s).toInteger(), 14);
        QCOMPARE(figure.value(u"text"_s).toString(), u"63"_s);
        QCOMPARE(figure.value(u"unit"_s).toString(), u"drones"_s);
        QVERIFY(figure.value(u"low"_s).isNull());
        QVERIFY(figure.value(u"qualifier"_s).isNull());
        QCOMPARE(figure.value(u"claimant"_s).toString(), u"Kyiv"_s);
        QCOMPARE(figure.value(u"as_of"_s).toString(), u"2025-06-12"_s);
        const QJsonObject date = json.value(u"dates"_s).toArray().at(0).toObject();
        QCOMPARE(date.value(u"text"_s).toString(), u"Thursday"_s);
        QCOMPARE(date.value(u"start"_s).toInteger(), text.indexOf(u"Thursday") - 1);
        QCOMPARE(date.value(u"resolved"_s).toString(), u"2025-06-12"_s);
    }

    void integralValuesHaveNoFraction()
    {
        const QString text = u"Over 1.2 million troops and 0.8% of land."_qs;
        const QByteArray json = QJsonDocument(extractionToJson(text, FigureExtractor().extract(text)))
                                    .toJson(QJsonDocument::Compact);
        QVERIFY2(json.contains("\"value\":1200000}"), json.constData());
        QVERIFY2(json.contains("\"value\":0.8}"), json.constData());
        QVERIFY2(json.contains("\"qualifier\":\"more than\""), json.constData());
    }

    void restatesLinksConversion()
    {
        const QString text = u"It stretches 1,000 kilometers (600 miles)."_qs;
        const QJsonArray figures = extractionToJson(text, FigureExtractor().extract(text)).value(u"figures"_s).toArray();
        QCOMPARE(figures.size(), 2);
        QVERIFY(figures.at(0).toObject().value(u"restates"_s).isNull());
        QCOMPARE(figures.at(1).toObject().value(u"restates"_s).toInt(), 0);
    }

    void utf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("badOffset"); // -1: valid

        QTest::newRow("ascii") << QByteArray("63 drones") << -1;
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF" "63") << -1;
        QTest::newRow("cyrillic") << QByteArray("\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2") << -1;
        QTest::newRow("emoji") << QByteArray("a\xF0\x9F\x98\x80") << -1;
        QTest::newRow("lone continuation") << QByteArray("abc\x80") << 3;
        QTest::newRow("latin-1") << QByteArray("caf\xE9 au lait") << 3;
        QTest::newRow("overlong") << QByteArray("x\xC0\xAF") << 1;
        QTest::newRow("surrogate") << QByteArray("xy\xED\xA0\x80") << 2;
        QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0;
        QTest::newRow("truncated") << QByteArray("12\xE2\x82") << 2;
        QTest::newRow("offset counts the bom") << QByteArray("\xEF\xBB\xBF" "a\xFF") << 4;
    }
    void utf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, badOffset);
        const Result<QString> text = decodeUtf8Strict(bytes);
        if (badOffset < 0) {
            QVERIFY(text.has_value());
            // Kept: the extract command's offsets count it (SPEC: they index the input).
            QCOMPARE(text->startsWith(QChar(0xFEFF)), bytes.startsWith("\xEF\xBB\xBF"));
        } else {
            QVERIFY(!text.has_value());
            QCOMPARE(text.error().code, Error::Code::InvalidInput);
            QCOMPARE(text.error().detail, QString::number(badOffset));
            QVERIFY(text.error().message.contains(QString::number(badOffset)));
        }
    }
};

QTEST_GUILESS_MAIN(TestExtractionJson)
#include "tst_extractionjson.moc"
