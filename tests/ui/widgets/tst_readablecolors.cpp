#include "ui/widgets/readablecolors.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStyle>
#include <QTest>
#include <QVBoxLayout>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

// GNOME's Adwaita dark, as the GTK platform theme gives it to Qt.
QPalette adwaitaDark()
{
    QPalette palette(QColor(0xeeeeec), QColor(0x353535), QColor(0x4a4a4a), QColor(0x262626), QColor(0x303030),
                     QColor(0xeeeeec), QColor(0x2d2d2d));
    return palette;
}

// The colour a style sheet's `property` holds ("color", "background").
QColor sheetColor(const QWidget *widget, const QString &property)
{
    const QRegularExpression pattern(u"(?:^|;)\\s*"_s + property + u":\\s*(#[0-9a-fA-F]{6})"_s);
    const QRegularExpressionMatch match = pattern.match(widget->styleSheet());
    return match.hasMatch() ? QColor::fromString(match.captured(1)) : QColor();
}

} // namespace

// Issue 13, "Look": the panels' messages and invalid fields stay readable
// on a light palette and a dark one, and follow a palette changed at run time.
class TestReadableColors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void contrastIsWcags_data()
    {
        QTest::addColumn<QColor>("a");
        QTest::addColumn<QColor>("b");
        QTest::addColumn<double>("ratio");
        QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
        QTest::newRow("same colours") << QColor(0x336699) << QColor(0x336699) << 1.0;
        // WebAIM's contrast checker: #777777 on white is 4.48:1, just short of AA.
        QTest::newRow("grey 77 on white") << QColor(0x777777) << QColor(Qt::white) << 4.48;
        QTest::newRow("order does not matter") << QColor(Qt::white) << QColor(0x777777) << 4.48;
    }
    void contrastIsWcags()
    {
        QFETCH(QColor, a);
        QFETCH(QColor, b);
        QFETCH(double, ratio);
        QCOMPARE(std::round(contrastRatio(a, b) * 100) / 100, ratio);
    }

    void tintGivesWayToText()
    {
        // Fully red under black text would be 5.25:1; under dark grey less.
        const QColor tinted = readableTint(Qt::white, Qt::black, 1.0, Qt::black);
        QVERIFY(contrastRatio(tinted, Qt::black) >= kMinimumTextContrast);
        QVERIFY(tinted != QColor(Qt::white)); // as strong as it can be, not none
        QVERIFY(contrastRatio(readableTint(Qt::white, Qt::black, 1.0, Qt::black, 4.6), Qt::black) < 4.8);
        // Asked for no tint: the background itself.
        QCOMPARE(readableTint(QColor(0x2d2d2d), Qt::yellow, 0, Qt::white), QColor(0x2d2d2d));
    }

    // The error red the panels used is 1.6:1 on a dark window: unreadable.
    void errorLabelFollowsThePalette()
    {
        QVERIFY(contrastRatio(QColor(kErrorHue), adwaitaDark().color(QPalette::Window)) < 2);
        QWidget window;
        auto *label = new QLabel(u"The change could not be saved."_s, &window);
        (new QVBoxLayout(&window))->addWidget(label);
        setReadableInk(label, QColor(kErrorHue));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(sheetColor(label, u"color"_s), QColor(kErrorHue)); // readable as it is on light

        QApplication::setPalette(adwaitaDark());
        QTRY_VERIFY(sheetColor(label, u"color"_s) != QColor(kErrorHue));
        const QColor ink = sheetColor(label, u"color"_s);
        QVERIFY2(contrastRatio(ink, QColor(0x353535)) >= kMinimumTextContrast, qPrintable(ink.name()));
        QVERIFY(ink.red() > ink.green()); // still a red

        setReadableInk(label, {});
        QVERIFY(label->styleSheet().isEmpty());
    }

    void invalidFieldStaysReadable()
    {
        QApplication::setPalette(adwaitaDark());
        QWidget window;
        auto *field = new QLineEdit(u"lots"_s, &window);
        (new QVBoxLayout(&window))->addWidget(field);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(field->palette().color(QPalette::Base), QColor(0x2d2d2d));
        setReadableTint(field, QColor(kErrorHue));
        const QColor background = sheetColor(field, u"background"_s);
        QVERIFY(background.isValid() && background != QColor(0x2d2d2d));
        QVERIFY2(contrastRatio(background, QColor(0xeeeeec)) >= kMinimumTextContrast, qPrintable(background.name()));

        QApplication::setPalette(QApplication::style()->standardPalette());
        QTRY_VERIFY(sheetColor(field, u"background"_s) != background);
        QVERIFY(contrastRatio(sheetColor(field, u"background"_s), field->palette().color(QPalette::Text))
                >= kMinimumTextContrast);
        setReadableTint(field, {});
        QVERIFY(field->styleSheet().isEmpty());
    }
};

QTEST_MAIN(TestReadableColors)
#include "tst_readablecolors.moc"
