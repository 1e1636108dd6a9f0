#include "core/anchor/claimanchorer.h"
#include "core/domain/quoteplacement.h"

#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

const QString kFirst = u"Ukraine's General Staff said more than 1,000 troops were lost on Thursday."_s;
const QString kSecond = u"The UK Defence Ministry estimated approximately 250,000 killed in action."_s;
const QString kBody = kFirst + u'\n' + kSecond;

} // namespace

class TestClaimAnchorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anchor_data()
    {
        QTest::addColumn<QString>("oldBody");
        QTest::addColumn<QString>("quote");       // its first occurrence in oldBody is the claim
        QTest::addColumn<QString>("newBody");
        QTest::addColumn<Anchoring::Kind>("kind");
        QTest::addColumn<int>("newStart");        // -1: wherever `placed` first occurs in newBody
        QTest::addColumn<QString>("placed");      // newBody's text at the new offsets ("" for orphans)

        using K = Anchoring::Kind;
        const QString troops = u"more than 1,000 troops"_s;
        const QString estimate = u"approximately 250,000 killed"_s;
        QTest::newRow("unchanged") << kBody << troops << kBody << K::Exact << -1 << troops;
        QTest::newRow("same offsets, other context")
            << kBody << troops << QString(kBody).replace(u"Thursday"_s, u"Friday"_s) << K::Exact << -1 << troops;
        QTest::newRow("text inserted before")
            << kBody << estimate << u"Updated: "_s + kBody << K::Moved << -1 << estimate;
        QTest::newRow("CRLF line ends") << kBody << estimate << kFirst + u"\r\n"_s + kSecond << K::Moved << -1
                                        << estimate;
        QTest::newRow("CRLF inside the quote")
            << u"said more than\n1,000 troops were lost"_s << u"more than\n1,000 troops"_s
            << u"said more than\r\n1,000 troops were lost"_s << K::Approximate << -1 << u"more than\r\n1,000 troops"_s;
        QTest::newRow("BOM added") << kBody << estimate << u"\uFEFF"_s + kBody << K::Moved << -1 << estimate;
        QTest::newRow("BOM removed") << u"\uFEFF"_s + kBody << troops << kBody << K::Moved << -1 << troops;
        QTest::newRow("combining characters before")
            << kBody << estimate << QString(kBody).replace(u"Defence"_s, u"De\u0301fence\u0327"_s) << K::Moved << -1
            << estimate;
        QTest::newRow("combining characters in the quote, composed in the new text")
            << u"Kyiv said approximately 250,000 re\u0301fugie\u0301s returned."_s
            << u"approximately 250,000 re\u0301fugie\u0301s"_s
            << u"Kyiv said approximately 250,000 r\u00e9fugi\u00e9s returned."_s << K::Approximate << -1
            << u"approximately 250,000 r\u00e9fugi\u00e9s"_s;
        QTest::newRow("characters outside the BMP before")
            << kBody << estimate << u"\U0001F1FA\U0001F1E6 \U0001D400 "_s + kBody << K::Moved << -1 << estimate;
        QTest::newRow("characters outside the BMP in the quote")
            << u"Drones: 63 \U0001F6E9 launched, 28 shot down."_s << u"63 \U0001F6E9 launched"_s
            << u"Overnight \U0001F319 drones: 63 \U0001F6E9 launched, 28 shot down."_s << K::Moved << -1
            << u"63 \U0001F6E9 launched"_s;
        QTest::newRow("duplicated quote: the one with the context, though farther")
            << kBody << troops
            << u"Earlier, more than 1,000 troops were lost on Monday. Later: "_s + kBody << K::Moved
            << int(u"Earlier, more than 1,000 troops were lost on Monday. Later: "_s.size() + kFirst.indexOf(troops))
            << troops;
        QTest::newRow("duplicated quote, same context: the nearest")
            << kBody << estimate << kSecond + u' ' + kFirst + u'\n' + kSecond + u' ' + kSecond << K::Moved
            << int(kSecond.size() + 1 + kFirst.size() + 1 + kSecond.indexOf(estimate)) << estimate;
        QTest::newRow("typo corrected in the quote")
            << u"The ministry estimated aproximately 250,000 killed in action."_s << u"aproximately 250,000 killed"_s
            << u"The ministry has estimated approximately 250,000 killed in action."_s << K::Approximate << -1
            << estimate;
        QTest::newRow("deleted quote") << kBody << estimate << kFirst << K::Orphaned << 0 << QString();
        QTest::newRow("digits changed: 12 never moves onto 15")
            << u"Officials said 12 drones were shot down overnight."_s << u"12 drones"_s
            << u"Officials said 15 drones were shot down overnight."_s << K::Orphaned << 0 << QString();
        QTest::newRow("number word changed")
            << u"Officials said nine thousand troops were lost that week."_s << u"nine thousand troops"_s
            << u"Officials said five thousand troops were lost that week."_s << K::Orphaned << 0 << QString();
        QTest::newRow("rewritten beyond the bound")
            << kBody << troops << QString(kBody).replace(troops, u"over 1,000 soldiers"_s) << K::Orphaned << 0
            << QString();
    }

    void anchor()
    {
        QFETCH(QString, oldBody);
        QFETCH(QString, quote);
        QFETCH(QString, newBody);
        QFETCH(Anchoring::Kind, kind);
        QFETCH(int, newStart);
        QFETCH(QString, placed);
        Claim claim;
        const int start = int(oldBody.indexOf(quote));
        QVERIFY(start >= 0);
        placeQuote(claim, oldBody, start, start + int(quote.size()));

        const Anchoring anchoring = ClaimAnchorer::anchor(claim, newBody);
        QCOMPARE(anchoring.kind, kind);
        if (kind == Anchoring::Kind::Orphaned) {
            QCOMPARE(anchoring.start, claim.start); // kept as it was
            QCOMPARE(anchoring.end, claim.end);
            return;
        }
        QCOMPARE(newBody.sliced(anchoring.start, anchoring.end - anchoring.start), placed);
        QCOMPARE(anchoring.start, newStart >= 0 ? newStart : int(newBody.indexOf(placed)));
    }

    // The rows handed back to the store: a placed claim follows the new text
    // (offsets, quote, context) and stops being an orphan; one that cannot be
    // placed keeps its quote and offsets and is flagged; nothing else moves.
    void reanchorReturnsTheRowsToWrite()
    {
        Claim moved;
        moved.id = 7;
        moved.value = 1000;
        moved.orphaned = true; // placed again: no longer an orphan
        const int start = int(kBody.indexOf(u"1,000"_s));
        placeQuote(moved, kBody, start, start + 5);
        Claim lost = moved;
        lost.id = 8;
        lost.orphaned = false;
        placeQuote(lost, kBody, int(kBody.indexOf(u"250,000"_s)), int(kBody.indexOf(u"250,000"_s)) + 7);

        const QString newBody = u"Update: "_s + kFirst;
        const QList<Claim> rows = ClaimAnchorer::reanchor({moved, lost}, newBody);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].id, 7);
        QVERIFY(!rows[0].orphaned);
        QCOMPARE(rows[0].start, start + 8);
        QCOMPARE(rows[0].quote, u"1,000"_s);
        QCOMPARE(rows[0].contextBefore, newBody.mid(start + 8 - kQuoteContextLength, kQuoteContextLength));
        QCOMPARE(rows[0].value, 1000);
        QCOMPARE(rows[1].id, 8);
        QVERIFY(rows[1].orphaned);
        QCOMPARE(rows[1].start, lost.start);
        QCOMPARE(rows[1].quote, u"250,000"_s);
        QCOMPARE(rows[1].contextBefore, lost.contextBefore);
    }
};

QTEST_GUILESS_MAIN(TestClaimAnchorer)
#include "tst_claimanchorer.moc"
