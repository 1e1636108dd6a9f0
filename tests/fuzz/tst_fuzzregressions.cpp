#include "fuzz/fuzzentries.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Claimbench {

// Replays every kept fuzz crash input (tests/fuzz/regressions/<target>/*)
// and our own fixtures through the fuzz entry points, built with the normal
// compiler and, in the sanitizer pass, with ASan + UBSan: a fixed bug that
// comes back crashes here.
class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data();
    void replay();
    void everyRegressionFolderNamesATarget();
};

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");

    const QDir regressions(QStringLiteral(CLAIMBENCH_FUZZ_REGRESSIONS));
    const QDir fixtures(QStringLiteral(CLAIMBENCH_TEST_DATA "/import"));
    for (const FuzzTarget &target : fuzzTargets()) {
        const QString name = QString::fromLatin1(target.name);
        const QDir crashes(regressions.filePath(name));
        for (const QString &file : crashes.entryList(QDir::Files, QDir::Name))
            QTest::addRow("%s/%s", target.name, qPrintable(file)) << name << crashes.filePath(file);
        // The fixtures prove the entries run real input, not only crashes.
        for (const QString &file : fixtures.entryList(QDir::Files, QDir::Name))
            QTest::addRow("%s/fixture-%s", target.name, qPrintable(file)) << name << fixtures.filePath(file);
    }
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    const FuzzTarget *entry = findFuzzTarget(target);
    QVERIFY(entry);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    entry->run(file.readAll());
}

void TestFuzzRegressions::everyRegressionFolderNamesATarget()
{
    const QDir regressions(QStringLiteral(CLAIMBENCH_FUZZ_REGRESSIONS));
    for (const QString &folder : regressions.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        QVERIFY2(findFuzzTarget(folder), qPrintable(u"no fuzz target is called "_s + folder));
}

} // namespace Claimbench

QTEST_GUILESS_MAIN(Claimbench::TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
