// Core code must not be able to include the CLI's or the GUI's headers, so
// that a dependency upwards fails to compile instead of waiting for review.
// Two holes would let one through: an include root that exposes another
// tree (through a root of app/, "cli/..." would resolve), and a quoted
// include that climbs out of app/core with "..". This test closes both: it
// reads the include path claimbench_core really compiles with (written by
// tests/core/CMakeLists.txt) and the include lines of every core source.
#include <algorithm>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString kSourceDir = QStringLiteral(CLAIMBENCH_SOURCE_DIR);

QStringList coreIncludeDirs()
{
    QFile file(QStringLiteral(CLAIMBENCH_CORE_INCLUDE_DIRS));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList dirs;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.trimmed().isEmpty())
            dirs.append(QString::fromUtf8(line.trimmed()));
    }
    return dirs;
}

// Every header of the project outside app/core, by path from the source root.
QStringList headersOutsideCore()
{
    QStringList headers;
    for (const QString &top : {QStringLiteral("app"), QStringLiteral("ui"),
                               QStringLiteral("tests"), QStringLiteral("bench")}) {
        QDirIterator it(kSourceDir + u'/' + top, {QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString relative = QDir(kSourceDir).relativeFilePath(it.next());
            if (!relative.startsWith(QLatin1String("app/core/")))
                headers.append(relative);
        }
    }
    return headers;
}

// The header `relative` (a path from the source root) as some #include line
// could name it through `dir`: any tail of its path that leads to it there.
QString reachableAs(const QString &dir, const QString &relative)
{
    const QString target = QFileInfo(kSourceDir + u'/' + relative).canonicalFilePath();
    const QStringList parts = relative.split(u'/');
    for (qsizetype first = 0; first < parts.size(); ++first) {
        const QString spelled = parts.mid(first).join(u'/');
        const QFileInfo candidate(dir + u'/' + spelled);
        if (candidate.exists() && candidate.canonicalFilePath() == target)
            return spelled;
    }
    return {};
}

const QRegularExpression kQuotedInclude(QStringLiteral("^\\s*#\\s*include\\s*\"([^\"]+)\""),
                                        QRegularExpression::MultilineOption);

// A quoted include of core code names a core header from core's root, or a
// file moc generates.
bool isCoreInclude(const QString &spelled)
{
    if (spelled.endsWith(QLatin1String(".moc")) || spelled.startsWith(QLatin1String("moc_")))
        return true;
    return spelled.startsWith(QLatin1String("core/"))
        && QDir::cleanPath(spelled).startsWith(QLatin1String("core/"));
}

} // namespace

class TestIncludeRoots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coreIncludePathReachesOnlyCore()
    {
        const QStringList dirs = coreIncludeDirs();
        QVERIFY2(!dirs.isEmpty(), CLAIMBENCH_CORE_INCLUDE_DIRS " is missing or empty");
        const bool findsCore = std::ranges::any_of(dirs, [](const QString &dir) {
            return !reachableAs(dir, QStringLiteral("app/core/error.h")).isEmpty();
        });
        QVERIFY2(findsCore, "the include path read here is not the one core compiles with");

        const QStringList headers = headersOutsideCore();
        QVERIFY(headers.contains(QStringLiteral("app/cli/commandline.h")));
        for (const QString &dir : dirs) {
            for (const QString &header : headers) {
                const QString spelled = reachableAs(dir, header);
                QVERIFY2(spelled.isEmpty(),
                         qPrintable(header + QStringLiteral(" is reachable from core as \"")
                                    + spelled + QStringLiteral("\" through ") + dir));
            }
        }
    }

    void checkSeesAWideRoot()
    {
        QCOMPARE(reachableAs(kSourceDir + QStringLiteral("/app"),
                             QStringLiteral("app/cli/commandline.h")),
                 QStringLiteral("cli/commandline.h"));
    }

    void coreSourcesIncludeOnlyCore()
    {
        QDirIterator it(kSourceDir + QStringLiteral("/app/core"),
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            auto matches = kQuotedInclude.globalMatch(QString::fromUtf8(file.readAll()));
            while (matches.hasNext()) {
                const QString spelled = matches.next().captured(1);
                QVERIFY2(isCoreInclude(spelled),
                         qPrintable(path + QStringLiteral(": #include \"") + spelled + u'"'));
            }
            ++files;
        }
        QVERIFY2(files > 0, "no core sources found");
    }

    void checkRejectsIncludesThatLeaveCore_data()
    {
        QTest::addColumn<QString>("spelled");
        QTest::newRow("cli root") << QStringLiteral("cli/commandline.h");
        QTest::newRow("ui root") << QStringLiteral("ui/mainwindow.h");
        QTest::newRow("climbing out") << QStringLiteral("../../cli/commandline.h");
        QTest::newRow("climbing out after core/") << QStringLiteral("core/../cli/commandline.h");
        QTest::newRow("beside the file") << QStringLiteral("claim.h");
    }

    void checkRejectsIncludesThatLeaveCore()
    {
        QFETCH(QString, spelled);
        QVERIFY(!isCoreInclude(spelled));
    }
};

QTEST_GUILESS_MAIN(TestIncludeRoots)
#include "tst_includeroots.moc"
