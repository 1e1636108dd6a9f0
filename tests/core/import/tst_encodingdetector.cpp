#include "core/import/encodingdetector.h"

#include <QRandomGenerator>
#include <QTest>

#include <boost/locale/encoding.hpp>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

const QString kRussian = u"Министерство обороны России сообщило, что за прошедшие сутки средствами "
                        "противовоздушной обороны были уничтожены шестьдесят три беспилотника. "
                        "По данным военных, атаки продолжались всю ночь над несколькими областями, "
                        "а жители сообщали о громких взрывах и повреждениях жилых домов."_s;
const QString kUkrainian = u"Сполучені Штати виділять Україні додатково двадцять три мільйони доларів "
                          "гуманітарної допомоги. Кошти підуть на підтримку внутрішньо переміщених осіб, "
                          "забезпечення їжею, водою та житлом людей, які постраждали від війни на сході країни."_s;
const QString kFrench = u"Le gouvernement a annoncé mercredi une hausse de 2,9 % des prix à la consommation, "
                       "la plus forte depuis l'été dernier. Les économistes prévoient une légère détente "
                       "à l'automne, mais les ménages restent préoccupés par le coût de l'énergie."_s;

// The bytes of `text` in `charset`, made the way iconv would.
QByteArray encode(const QString &text, const char *charset)
{
    return QByteArray::fromStdString(boost::locale::conv::from_utf(text.toStdString(), charset));
}

// Windows-1252 smart quotes and a cp1251 "ё" after a capital: legacy bytes that
// happen to form valid UTF-8 pairs (DF 93, CF B8, D4 B8), which the
// damaged-UTF-8 rule must outvote.
const QString kAccidentalPairs = u"Der Minister sagte: \u201EGro\u00DF\u201C sei der Schaden nicht."_s;
const QString kRussianNames = u"Пётр и Фёдор сообщили, что "_s + kRussian;

QByteArray randomBytes(qsizetype size)
{
    QRandomGenerator generator(20261126);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(generator.bounded(256));
    return bytes;
}

QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray bytes = littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (const QChar c : text) {
        const char hi = char(c.unicode() >> 8);
        const char lo = char(c.unicode() & 0xFF);
        bytes.append(littleEndian ? lo : hi);
        bytes.append(littleEndian ? hi : lo);
    }
    return bytes;
}

} // namespace

class TestEncodingDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("declared");
        QTest::addColumn<QByteArray>("charset");
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QByteArray("plain text") << QByteArray() << QByteArray("utf-8") << u"plain text"_s;
        QTest::newRow("utf-8") << kRussian.toUtf8() << QByteArray() << QByteArray("utf-8") << kRussian;
        QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBF") + kUkrainian.toUtf8() << QByteArray()
                                        << QByteArray("utf-8") << kUkrainian;
        QTest::newRow("utf-16le bom") << utf16(kRussian, true) << QByteArray() << QByteArray("utf-16le") << kRussian;
        QTest::newRow("utf-16be bom") << utf16(kFrench, false) << QByteArray() << QByteArray("utf-16be") << kFrench;
        QTest::newRow("windows-1251 russian") << encode(kRussian, "windows-1251") << QByteArray()
                                              << QByteArray("windows-1251") << kRussian;
        QTest::newRow("windows-1251 ukrainian") << encode(kUkrainian, "windows-1251") << QByteArray()
                                                << QByteArray("windows-1251") << kUkrainian;
        QTest::newRow("koi8-r russian") << encode(kRussian, "KOI8-R") << QByteArray() << QByteArray("koi8-r")
                                        << kRussian;
        QTest::newRow("windows-1252 apostrophe as 0x92")
            << QByteArray("The ministry\x92s figure was 12 drones, its \x93" "best\x94 estimate.") << QByteArray()
            << QByteArray("windows-1252") << u"The ministry\u2019s figure was 12 drones, its \u201Cbest\u201D estimate."_s;
        QTest::newRow("windows-1252 with accidental UTF-8 pairs")
            << encode(kAccidentalPairs + u" "_s + kFrench, "windows-1252") << QByteArray() << QByteArray("windows-1252")
            << kAccidentalPairs + u" "_s + kFrench;
        QTest::newRow("windows-1251 with accidental UTF-8 pairs")
            << encode(kRussianNames, "windows-1251") << QByteArray() << QByteArray("windows-1251") << kRussianNames;
        QTest::newRow("iso-8859-1 french") << encode(kFrench, "ISO-8859-1") << QByteArray()
                                           << QByteArray("iso-8859-1") << kFrench;
        QTest::newRow("declared charset wins over guess")
            << encode(kUkrainian, "KOI8-U") << QByteArray("koi8-u") << QByteArray("koi8-u") << kUkrainian;
        QTest::newRow("declared alias") << encode(kRussian, "windows-1251") << QByteArray("\"CP1251\"")
                                        << QByteArray("windows-1251") << kRussian;
        QTest::newRow("utf-8 despite latin-1 declaration")
            << kFrench.toUtf8() << QByteArray("iso-8859-1") << QByteArray("utf-8") << kFrench;
        QTest::newRow("declared charset wins over the damaged-UTF-8 rule")
            << QByteArray("The ministry\xE2\x80\x99s figure was 12\xC3\x28 drones.") << QByteArray("windows-1252")
            << QByteArray("windows-1252") << u"The ministry\u00E2\u20AC\u2122s figure was 12\u00C3( drones."_s;
        QTest::newRow("utf-16 declaration without bom ignored")
            << QByteArray("caf\xC3\xA9") << QByteArray("utf-16") << QByteArray("utf-8") << u"café"_s;
    }
    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, declared);
        QFETCH(QByteArray, charset);
        QFETCH(QString, text);
        const auto decoded = EncodingDetector::decode(bytes, declared);
        QVERIFY2(decoded.has_value(), decoded ? "" : qPrintable(decoded.error().toString()));
        QCOMPARE(decoded->charset, charset);
        QCOMPARE(decoded->text, text);
        const auto detected = EncodingDetector::detect(bytes, declared);
        QVERIFY(detected.has_value());
        QCOMPARE(*detected, charset);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("declared");
        QTest::addColumn<QString>("saying");
        QTest::newRow("utf-8 bom then invalid") << QByteArray("\xEF\xBB\xBF\xC3\x28 text") << QByteArray()
                                                << u"starts with a UTF-8 mark"_s;
        QTest::newRow("utf-16 odd length") << QByteArray("\xFF\xFE" "a\0b", 5) << QByteArray()
                                           << u"starts with a UTF-16 mark"_s;
        QTest::newRow("utf-16 lone surrogate") << QByteArray("\xFF\xFE\x00\xD8\x41\x00", 6) << QByteArray()
                                               << u"starts with a UTF-16 mark"_s;

        // Regression: damaged UTF-8 was decoded as a guessed legacy charset, "ministryâ€™s".
        const QByteArray damaged = "Title: Bad\n\nThe ministry\xE2\x80\x99s figure was 12\xC3\x28 drones.";
        QTest::newRow("damaged utf-8") << damaged << QByteArray() << u"Not valid UTF-8 at byte 42: "_s;
        QTest::newRow("damaged utf-8 declared utf-8") << damaged << QByteArray("utf-8") << u"at byte 42"_s;
        QTest::newRow("utf-8 cut inside a character")
            << (kRussian + u"я"_s).toUtf8().chopped(1) << QByteArray() << u"at byte %1"_s.arg(kRussian.toUtf8().size());
        QTest::newRow("utf-8 with a pasted latin-1 word")
            << (kRussian + u" Caf"_s).toUtf8() + "\xE9" << QByteArray() << u"mixes UTF-8 with other bytes"_s;

        // Regression: UTF-16 without a mark was "binary, not text".
        const QString english = u"The ministry said 63 drones were launched.\nAir defence shot down 28."_s;
        const QString utf16Saying = u"UTF-16 text without a byte-order mark"_s;
        QTest::newRow("utf-16le english without bom") << utf16(english, true).sliced(2) << QByteArray() << utf16Saying;
        QTest::newRow("utf-16be english without bom") << utf16(english, false).sliced(2) << QByteArray() << utf16Saying;
        QTest::newRow("utf-16le russian without bom") << utf16(kRussian, true).sliced(2) << QByteArray() << utf16Saying;
        QTest::newRow("utf-16be ukrainian without bom") << utf16(kUkrainian, false).sliced(2) << QByteArray()
                                                        << utf16Saying;
    }
    void rejects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, declared);
        QFETCH(QString, saying);
        const auto decoded = EncodingDetector::decode(bytes, declared);
        QVERIFY2(!decoded.has_value(), decoded ? qPrintable(decoded->text.left(80)) : "");
        QCOMPARE(decoded.error().code, Error::Code::InvalidInput);
        QVERIFY2(decoded.error().message.contains(saying), qPrintable(decoded.error().message));
    }

    // Files with NUL bytes: only text read as UTF-16 counts, in either byte order.
    void utf16WithoutBom_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("utf16");
        QTest::newRow("le russian") << utf16(kRussian, true).sliced(2) << true;
        QTest::newRow("be french") << utf16(kFrench, false).sliced(2) << true;
        QTest::newRow("le emoji pairs") << utf16(u"Drones \U0001F681 63 \U0001F4A5"_s, true).sliced(2) << true;
        QTest::newRow("with a bom") << utf16(kRussian, true) << false;
        QTest::newRow("odd length") << utf16(kFrench, true).sliced(2).chopped(1) << false;
        QTest::newRow("random bytes") << randomBytes(4096) << false;
        QTest::newRow("zeros") << QByteArray(4096, '\0') << false;
        QTest::newRow("letters around control bytes") << QByteArray("abc\0\x01\x02\x03" "def", 10) << false;
        QTest::newRow("8-bit text with a stray NUL")
            << encode(kRussian, "windows-1251") + QByteArray(1, '\0') << false;
        QTest::newRow("ascii text with a stray NUL") << kFrench.toUtf8() + QByteArray(1, '\0') << false;
        QTest::newRow("utf-8 without NUL") << kRussian.toUtf8() << false;
    }
    void utf16WithoutBom()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, utf16);
        QCOMPARE(EncodingDetector::looksLikeUtf16WithoutBom(bytes), utf16);
    }

    void canonicalNames_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("canonical");
        QTest::newRow("utf8") << QByteArray(" UTF8 ") << QByteArray("utf-8");
        QTest::newRow("latin1") << QByteArray("Latin1") << QByteArray("iso-8859-1");
        QTest::newRow("cp1251") << QByteArray("cp1251") << QByteArray("windows-1251");
        QTest::newRow("x-cp1252") << QByteArray("x-cp1252") << QByteArray("windows-1252");
        QTest::newRow("underscore") << QByteArray("ISO_8859-5") << QByteArray("iso-8859-5");
        QTest::newRow("koi8r") << QByteArray("KOI8R") << QByteArray("koi8-r");
    }
    void canonicalNames()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, canonical);
        QCOMPARE(EncodingDetector::canonicalName(name), canonical);
    }
};

QTEST_GUILESS_MAIN(TestEncodingDetector)
#include "tst_encodingdetector.moc"
