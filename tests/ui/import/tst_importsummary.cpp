#include "ui/import/importsummary.h"

#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

ImportOutcome outcome(const QString &path, ImportOutcome::Status status, const QString &reason = {})
{
    ImportOutcome o;
    o.path = path;
    o.status = status;
    o.reason = reason;
    return o;
}

} // namespace

class TestImportSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headline_data()
    {
        using S = ImportOutcome::Status;
        QTest::addColumn<QList<ImportOutcome>>("outcomes");
        QTest::addColumn<int>("total");
        QTest::addColumn<bool>("cancelled");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing found") << QList<ImportOutcome>{} << 0 << false << u"0 imported"_s;
        QTest::newRow("one imported")
            << QList<ImportOutcome>{outcome(u"a.txt"_s, S::Imported)} << 1 << false << u"1 imported"_s;
        QTest::newRow("every kind")
            << QList<ImportOutcome>{outcome(u"a.txt"_s, S::Imported), outcome(u"b.txt"_s, S::Imported),
                                    outcome(u"c.txt"_s, S::Duplicate), outcome(u"d.bin"_s, S::Skipped),
                                    outcome(u"e.txt"_s, S::Failed, u"not UTF-8"_s)}
            << 5 << false << u"2 imported, 1 duplicate, 1 skipped, 1 failed"_s;
        QTest::newRow("only duplicates")
            << QList<ImportOutcome>{outcome(u"a.txt"_s, S::Duplicate), outcome(u"b.txt"_s, S::Duplicate)}
            << 2 << false << u"2 duplicates"_s;
        QTest::newRow("cancelled")
            << QList<ImportOutcome>{outcome(u"a.txt"_s, S::Imported)} << 40 << true
            << u"1 imported — cancelled after 1 of 40 files"_s;
    }

    void headline()
    {
        QFETCH(QList<ImportOutcome>, outcomes);
        QFETCH(int, total);
        QFETCH(bool, cancelled);
        QFETCH(QString, expected);
        QCOMPARE(ImportSummary::of(outcomes, total, cancelled).headline(), expected);
    }

    void detailsListFailuresFirst()
    {
        using S = ImportOutcome::Status;
        const ImportSummary summary = ImportSummary::of(
            {outcome(u"/in/a.txt"_s, S::Imported), outcome(u"/in/b.txt"_s, S::Duplicate),
             outcome(u"/in/c.bin"_s, S::Failed, u"binary file"_s), outcome(u"/in/d.xyz"_s, S::Skipped)},
            4, false);
        QCOMPARE(summary.imported, 1);
        QCOMPARE(summary.duplicates, 1);
        QCOMPARE(summary.failed, 1);
        QCOMPARE(summary.skipped, 1);
        const QStringList lines = summary.details().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(u"/in/c.bin: failed"_s));
        QVERIFY(lines.at(0).contains(u"binary file"_s));
        QVERIFY(lines.at(1).startsWith(u"/in/b.txt: duplicate"_s));
        QVERIFY(lines.at(2).startsWith(u"/in/d.xyz: skipped"_s));
    }

    void everythingImportedHasNoDetails()
    {
        const ImportSummary summary
            = ImportSummary::of({outcome(u"a.txt"_s, ImportOutcome::Status::Imported)}, 1, false);
        QVERIFY(summary.details().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportSummary)
#include "tst_importsummary.moc"
