#include "core/domain/textoffsets.h"

#include <QTest>

using namespace Claimbench;

namespace {
// -1 stands for std::nullopt in the data rows.
qsizetype orMinusOne(std::optional<qsizetype> v)
{
    return v.value_or(-1);
}
} // namespace

class TestTextOffsets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void toCodePoints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("utf16");
        QTest::addColumn<qsizetype>("codePoints");
        const QString emoji = QStringLiteral("a\U0001F600b");
        QTest::newRow("empty text, 0") << QString() << qsizetype(0) << qsizetype(0);
        QTest::newRow("BMP only") << QStringLiteral("Київ 2025") << qsizetype(6) << qsizetype(6);
        QTest::newRow("before pair") << emoji << qsizetype(1) << qsizetype(1);
        QTest::newRow("inside pair rounds down") << emoji << qsizetype(2) << qsizetype(1);
        QTest::newRow("after pair") << emoji << qsizetype(3) << qsizetype(2);
        QTest::newRow("end") << emoji << qsizetype(4) << qsizetype(3);
        QTest::newRow("past end") << emoji << qsizetype(5) << qsizetype(-1);
        QTest::newRow("negative") << emoji << qsizetype(-1) << qsizetype(-1);
        QTest::newRow("two pairs") << QStringLiteral("\U0001F600\U0001F680x") << qsizetype(4)
                                   << qsizetype(2);
        QTest::newRow("unpaired high surrogate is one")
            << QString(QChar(0xD800)) + u'x' << qsizetype(1) << qsizetype(1);
        QTest::newRow("unpaired low surrogate is one")
            << QString(QChar(0xDC00)) + u'x' << qsizetype(2) << qsizetype(2);
    }
    void toCodePoints()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, utf16);
        QFETCH(qsizetype, codePoints);
        QCOMPARE(orMinusOne(TextOffsets(text).toCodePoints(utf16)), codePoints);
    }

    void toUtf16_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("codePoints");
        QTest::addColumn<qsizetype>("utf16");
        const QString emoji = QStringLiteral("a\U0001F600b");
        QTest::newRow("start") << emoji << qsizetype(0) << qsizetype(0);
        QTest::newRow("pair start") << emoji << qsizetype(1) << qsizetype(1);
        QTest::newRow("after pair") << emoji << qsizetype(2) << qsizetype(3);
        QTest::newRow("end") << emoji << qsizetype(3) << qsizetype(4);
        QTest::newRow("past end") << emoji << qsizetype(4) << qsizetype(-1);
        QTest::newRow("negative") << emoji << qsizetype(-1) << qsizetype(-1);
        QTest::newRow("two pairs, between") << QStringLiteral("\U0001F600\U0001F680x")
                                            << qsizetype(1) << qsizetype(2);
        QTest::newRow("two pairs, after") << QStringLiteral("\U0001F600\U0001F680x")
                                          << qsizetype(2) << qsizetype(4);
    }
    void toUtf16()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, codePoints);
        QFETCH(qsizetype, utf16);
        QCOMPARE(orMinusOne(TextOffsets(text).toUtf16(codePoints)), utf16);
    }

    // Every code point offset survives the round trip and agrees with the
    // UCS-4 form of the prefix (what Python's str indices count).
    void roundTripMatchesUcs4()
    {
        const QString text = QStringLiteral("x\U0001F600 \u00e9t\u00e9 \U00010348\U0001F680 ok ")
                             + QChar(0xD800) + QStringLiteral(" end");
        const TextOffsets offsets(text);
        QCOMPARE(offsets.codePointLength(), text.toUcs4().size());
        for (qsizetype c = 0; c <= offsets.codePointLength(); ++c) {
            const auto u = offsets.toUtf16(c);
            QVERIFY(u.has_value());
            QCOMPARE(text.left(*u).toUcs4().size(), c);
            QCOMPARE(offsets.toCodePoints(*u), std::optional<qsizetype>(c));
        }
    }
};

QTEST_GUILESS_MAIN(TestTextOffsets)
#include "tst_textoffsets.moc"
