// moc cannot read raw string literals holding '#include', hence the escapes.
// The layers of the core, checked by reading its sources, so a check fails
// the moment a forbidden include appears, whether or not it would compile:
// - the core stays headless: no Widgets or Charts header anywhere under
//   app/core/ (STYLE.md habit 1);
// - the store is the lowest layer: it writes the rows it is given, so it
//   includes nothing of the core but domain/, its own files and error.h
//   (placing, extracting and anchoring happen above it);
// - the engine stays inside the store: a store header that code outside the
//   store includes (a public one) reaches no QSql header, and the store's
//   private headers (*_p.h) are included by store files only. Qt6::Sql is
//   therefore a private dependency of claimbench_core.
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

using namespace Qt::StringLiterals;

const QString kSourceDir = QStringLiteral(CLAIMBENCH_SOURCE_DIR);
const QString kStoreDir = QStringLiteral(CLAIMBENCH_SOURCE_DIR "/app/core/store");

// Every .h and .cpp under `root` (recursively), by path, with its text.
QHash<QString, QString> sourcesUnder(const QString &root)
{
    QHash<QString, QString> sources;
    QDirIterator it(root, {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            sources.insert(path, QString::fromUtf8(file.readAll()));
    }
    return sources;
}

const QRegularExpression kWidgetsInclude(
    u"^\\s*#\\s*include\\s*[<\"](QtWidgets/|QtCharts/|QWidget\\b|QApplication\\b|QChart|QMainWindow\\b|QDialog\\b)"_s,
    QRegularExpression::MultilineOption);

// An include of a core header outside domain/ and store/, other than error.h.
const QRegularExpression kAboveStoreInclude(u"^\\s*#\\s*include\\s*\"core/(?!domain/|store/|error\\.h\")[^\"]*\""_s,
                                            QRegularExpression::MultilineOption);

const QRegularExpression kStoreInclude(u"^\\s*#\\s*include\\s*\"core/store/([^\"]+)\""_s,
                                       QRegularExpression::MultilineOption);

const QRegularExpression kEngineInclude(u"^\\s*#\\s*include\\s*<(QtSql/|QSql)[^>]*>"_s,
                                        QRegularExpression::MultilineOption);

// The store headers (file names) that `text` includes.
QStringList storeIncludes(const QString &text)
{
    QStringList names;
    for (auto it = kStoreInclude.globalMatch(text); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}

// The first match of `pattern` in any of `sources`, as "path: include", or
// an empty string.
QString firstMatch(const QHash<QString, QString> &sources, const QRegularExpression &pattern)
{
    for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
        const auto match = pattern.match(it.value());
        if (match.hasMatch())
            return it.key() + u": "_s + match.captured(0).trimmed();
    }
    return {};
}

// The store headers code outside app/core/store includes (`outside`), and
// the store headers those include in turn, by file name.
QSet<QString> publicStoreHeaders(const QHash<QString, QString> &outside, const QHash<QString, QString> &store)
{
    QStringList pending;
    for (const QString &text : outside)
        pending << storeIncludes(text);
    QSet<QString> reached;
    while (!pending.isEmpty()) {
        const QString name = pending.takeLast();
        if (reached.contains(name))
            continue;
        reached.insert(name);
        pending << storeIncludes(store.value(kStoreDir + u'/' + name));
    }
    return reached;
}

// Where a public store header reaches the engine, or the public store header
// that is private by name; empty when the engine stays inside the store.
QString engineLeak(const QHash<QString, QString> &outside, const QHash<QString, QString> &store)
{
    for (const QString &name : publicStoreHeaders(outside, store)) {
        if (name.endsWith(u"_p.h"_s))
            return name + u" is private to the store but included from outside it"_s;
        const QString path = kStoreDir + u'/' + name;
        const auto match = kEngineInclude.match(store.value(path));
        if (match.hasMatch())
            return path + u": "_s + match.captured(0).trimmed();
    }
    return {};
}

// The code that is not the store and may not see the engine: the rest of the
// core, the programs, the UI and the charts. Tests may, and so may the
// benches, whose baselines are the engine's own (raw sqlite3, a server's
// set-based SQL) measured beside the program.
QHash<QString, QString> outsideTheStore()
{
    QHash<QString, QString> outside;
    for (const QString &root : {u"/app"_s, u"/ui"_s})
        outside.insert(sourcesUnder(kSourceDir + root));
    for (auto it = outside.begin(); it != outside.end();)
        it = it.key().startsWith(kStoreDir + u'/') ? outside.erase(it) : std::next(it);
    return outside;
}

} // namespace

class TestHeadlessCore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coreIncludesNoWidgetsOrCharts()
    {
        const QHash<QString, QString> core = sourcesUnder(kSourceDir + u"/app/core"_s);
        QVERIFY2(!core.isEmpty(), "no core sources found");
        const QString found = firstMatch(core, kWidgetsInclude);
        QVERIFY2(found.isEmpty(), qPrintable(found));
    }

    void checkCatchesAWidgetsInclude()
    {
        QVERIFY(kWidgetsInclude.match(u"#include <QtWidgets/QLabel>"_s).hasMatch());
    }

    void storeIncludesNothingAboveIt()
    {
        const QHash<QString, QString> store = sourcesUnder(kStoreDir);
        QVERIFY2(!store.isEmpty(), "no store sources found");
        const QString found = firstMatch(store, kAboveStoreInclude);
        QVERIFY2(found.isEmpty(), qPrintable(found));
    }

    void checkCatchesAStoreIncludeFromAbove_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("forbidden");
        QTest::newRow("anchor") << u"#include \"core/anchor/claimanchorer.h\""_s << true;
        QTest::newRow("extract") << u"#include \"core/extract/numberparser.h\""_s << true;
        QTest::newRow("import") << u"  #  include \"core/import/articleimporter.h\""_s << true;
        QTest::newRow("commands") << u"#include \"core/commands/projectsession.h\""_s << true;
        QTest::newRow("domain") << u"#include \"core/domain/claim.h\""_s << false;
        QTest::newRow("store") << u"#include \"core/store/sqlsupport.h\""_s << false;
        QTest::newRow("error") << u"#include \"core/error.h\""_s << false;
        QTest::newRow("commented") << u"// #include \"core/anchor/claimanchorer.h\""_s << false;
    }

    void checkCatchesAStoreIncludeFromAbove()
    {
        QFETCH(QString, line);
        QFETCH(bool, forbidden);
        QCOMPARE(kAboveStoreInclude.match(line).hasMatch(), forbidden);
    }

    void publicStoreHeadersNameNoEngine()
    {
        const QHash<QString, QString> store = sourcesUnder(kStoreDir);
        const QHash<QString, QString> outside = outsideTheStore();
        QVERIFY2(!outside.isEmpty(), "no sources outside the store found");
        // The project is public; if it were not reached, the scan itself broke.
        QVERIFY(publicStoreHeaders(outside, store).contains(u"project.h"_s));
        const QString leak = engineLeak(outside, store);
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
        const QString direct = firstMatch(outside, kEngineInclude);
        QVERIFY2(direct.isEmpty(), qPrintable(direct));
    }

    void checkCatchesAnEngineLeak_data()
    {
        QTest::addColumn<QString>("publicHeader"); // what a UI file includes of the store
        QTest::addColumn<QString>("headerText");   // that header's text
        QTest::addColumn<bool>("leaks");
        QTest::newRow("engine in a public header")
            << u"repo.h"_s << u"#include <QSqlDatabase>\n"_s << true;
        QTest::newRow("engine one store header further")
            << u"repo.h"_s << u"#include \"core/store/sqlsupport.h\"\n"_s << true;
        QTest::newRow("private header included from outside") << u"repo_p.h"_s << QString() << true;
        QTest::newRow("clean") << u"repo.h"_s << u"#include \"core/domain/claim.h\"\n"_s << false;
    }

    void checkCatchesAnEngineLeak()
    {
        QFETCH(QString, publicHeader);
        QFETCH(QString, headerText);
        QFETCH(bool, leaks);
        const QHash<QString, QString> outside{{u"/ui/panel.cpp"_s, u"#include \"core/store/"_s + publicHeader + u'"'}};
        const QHash<QString, QString> store{{kStoreDir + u'/' + publicHeader, headerText},
                                            {kStoreDir + u"/sqlsupport.h"_s, u"#include <QSqlQuery>\n"_s}};
        QCOMPARE(!engineLeak(outside, store).isEmpty(), leaks);
    }
};

QTEST_GUILESS_MAIN(TestHeadlessCore)
#include "tst_headlesscore.moc"
