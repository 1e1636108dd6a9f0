// The one reader of "a label and its colon open the line", which transcripts
// (DocumentVoice), records of fields (AsOfFinder) and soft line breaks
// (TextLayout) share. Lines written for these tests.
#include "core/extract/textlines.h"

#include <QTest>

using namespace Claimbench;
using namespace Claimbench::TextLines;
using namespace Qt::StringLiterals;

class TestTextLines : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void labelAt_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("speaker");
        QTest::addColumn<bool>("field");

        QTest::newRow("speaker in capitals") << u"MS. ODUYA: We counted 40 boats."_s << true << true;
        QTest::newRow("role in capitals") << u"SENIOR STATE DEPARTMENT OFFICIAL: Thank you."_s << true << true;
        QTest::newRow("question") << u"Q: How many?"_s << true << true;
        QTest::newRow("title case") << u"Deputy Harbour Master: Good morning."_s << true << true;
        QTest::newRow("field with lower-case words") << u"Path length (statute):  4.1 miles"_s << false << true;
        QTest::newRow("field with digits") << u"Peak Gust 2:  61 mph"_s << false << true;
        QTest::newRow("indented speaker") << u"   MODERATOR: Next question."_s << true << true;
        QTest::newRow("deeply indented field") << u"         Rating: EF1"_s << true << false;
        QTest::newRow("a sentence") << u"The council said, in short: no more."_s << false << false;
        QTest::newRow("a time") << u"Doors open at 10:30 tonight."_s << false << false;
        QTest::newRow("no blank after the colon") << u"SEE:http://example.org"_s << false << false;
        QTest::newRow("too many words for a speaker")
            << u"The Very Long List Of Many Capitalised Words: here"_s << false << false;
        QTest::newRow("label at the line's end") << u"MR. HALVORSEN:\nThanks."_s << true << true;
        QTest::newRow("a line break ends the look") << u"Acting Mayor\nsaid: fine"_s << false << false;
    }
    void labelAt()
    {
        QFETCH(QString, line);
        QFETCH(bool, speaker);
        QFETCH(bool, field);
        const std::optional<LineLabel> asSpeaker = TextLines::labelAt(line, LabelKind::Speaker);
        QCOMPARE(asSpeaker.has_value() && asSpeaker->blankAfter && (asSpeaker->allCaps || asSpeaker->titleCase), speaker);
        // What AsOfFinder asks of a record's field (a time's colon is no label's).
        const std::optional<LineLabel> asField = TextLines::labelAt(line, LabelKind::Field);
        QCOMPARE(asField.has_value() && asField->blankAfter, field);
    }

    void aLabelSaysWhereItsTextIs()
    {
        const QString line = u"  MS. ODUYA: We counted 40 boats."_s;
        const std::optional<LineLabel> label = TextLines::labelAt(line, LabelKind::Speaker);
        QVERIFY(label);
        QCOMPARE(line.mid(label->start, label->colon - label->start), u"MS. ODUYA"_s);
        QCOMPARE(label->words, 2);
        QVERIFY(label->allCaps);
        QVERIFY(TextLines::opensWithLabel(line));
        QVERIFY(!TextLines::opensWithLabel(u"Ms. oduya: hello"_s));
    }
};

QTEST_GUILESS_MAIN(TestTextLines)
#include "tst_textlines.moc"
