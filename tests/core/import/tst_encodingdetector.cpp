#include "core/import/encodingdetector.h"

#include <QTest>

#include <boost/locale/encoding.hpp>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

const QString russian = u"Министерство обороны России сообщило, что за прошедшие сутки средствами "
                        "противовоздушной обороны были уничтожены шестьдесят три беспилотника. "
                        "По данным военных, атаки продолжались всю ночь над несколькими областями, "
                        "а жители сообщали о громких взрывах и повреждениях жилых домов."_s;
const QString ukrainian = u"Сполучені Штати виділять Україні додатково двадцять три мільйони доларів "
                          "гуманітарної допомоги. Кошти підуть на підтримку внутрішньо переміщених осіб, "
                          "забезпечення їжею, водою та житлом людей, які постраждали від війни на сході країни."_s;
const QString french = u"Le gouvernement a annoncé mercredi une hausse de 2,9 % des prix à la consommation, "
                       "la plus forte depuis l'été dernier. Les économistes prévoient une légère détente "
                       "à l'automne, mais les ménages restent préoccupés par le coût de l'énergie."_s;

// The bytes of `text` in `charset`, made the way iconv would.
QByteArray encode(const QString &text, const char *charset)
{
    return QByteArray::fromStdString(boost::locale::conv::from_utf(text.toStdString(), charset));
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
        QTest::newRow("utf-8") << russian.toUtf8() << QByteArray() << QByteArray("utf-8") << russian;
        QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBF") + ukrainian.toUtf8() << QByteArray()
                                        << QByteArray("utf-8") << ukrainian;
        QTest::newRow("utf-16le bom") << utf16(russian, true) << QByteArray() << QByteArray("utf-16le") << russian;
        QTest::newRow("utf-16be bom") << utf16(french, false) << QByteArray() << QByteArray("utf-16be") << french;
        QTest::newRow("windows-1251 russian") << encode(russian, "windows-1251") << QByteArray()
                                              << QByteArray("windows-1251") << russian;
        QTest::newRow("windows-1251 ukrainian") << encode(ukrainian, "windows-1251") << QByteArray()
                                                << QByteArray("windows-1251") << ukrainian;
        QTest::newRow("koi8-r russian") << encode(russian, "KOI8-R") << QByteArray() << QByteArray("koi8-r")
                                        << russian;
        QTest::newRow("iso-8859-1 french") << encode(french, "ISO-8859-1") << QByteArray()
                                           << QByteArray("iso-8859-1") << french;
        QTest::newRow("declared charset wins over guess")
            << encode(ukrainian, "KOI8-U") << QByteArray("koi8-u") << QByteArray("koi8-u") << ukrainian;
        QTest::newRow("declared alias") << encode(russian, "windows-1251") << QByteArray("\"CP1251\"")
                                        << QByteArray("windows-1251") << russian;
        QTest::newRow("utf-8 despite latin-1 declaration")
            << french.toUtf8() << QByteArray("iso-8859-1") << QByteArray("utf-8") << french;
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
        QTest::newRow("utf-8 bom then invalid") << QByteArray("\xEF\xBB\xBF\xC3\x28 text");
        QTest::newRow("utf-16 odd length") << QByteArray("\xFF\xFE" "a\0b", 5);
        QTest::newRow("utf-16 lone surrogate") << QByteArray("\xFF\xFE\x00\xD8\x41\x00", 6);
    }
    void rejects()
    {
        QFETCH(QByteArray, bytes);
        const auto decoded = EncodingDetector::decode(bytes);
        QVERIFY(!decoded.has_value());
        QCOMPARE(decoded.error().code, Error::Code::InvalidInput);
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
