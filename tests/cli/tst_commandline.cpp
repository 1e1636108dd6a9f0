#include "cli/argumentparser.h"
#include "cli/commandline.h"
#include "common/clirun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

// A spec exercising every parser feature, independent of the real commands.
CommandSpec sampleSpec()
{
    return {.name = u"sample"_s,
            .summary = u"A sample."_s,
            .positionals = {{.name = u"FIRST"_s},
                            {.name = u"REST"_s, .optional = true, .repeatable = true}},
            .options = {{.name = u"flag"_s},
                        {.name = u"value"_s, .valueName = u"V"_s},
                        {.name = u"choice"_s, .valueName = u"a|b"_s, .allowedValues = {u"a"_s, u"b"_s}}}};
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Invocations that never reach a project: exit code and where the text goes.
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("outContains"); // empty: stdout must stay empty
        QTest::addColumn<QString>("errContains"); // empty: stderr must stay empty

        QTest::newRow("no arguments") << QStringList() << 1 << QString() << u"missing COMMAND"_s;
        QTest::newRow("--help") << QStringList{u"--help"_s} << 0 << u"Commands:"_s << QString();
        QTest::newRow("-h") << QStringList{u"-h"_s} << 0 << u"articles"_s << QString();
        QTest::newRow("--version") << QStringList{u"--version"_s} << 0
                                   << u"claimbench-cli " CLAIMBENCH_VERSION ""_s << QString();
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 1 << QString()
                                         << u"unknown command frobnicate"_s;
        QTest::newRow("unknown global option") << QStringList{u"--frob"_s} << 1 << QString()
                                               << u"unknown option --frob"_s;
        QTest::newRow("import --help") << QStringList{u"import"_s, u"--help"_s} << 0
                                       << u"Usage: claimbench-cli import [options] PROJECT FILE_OR_DIR...\n"_s
                                       << QString();
        QTest::newRow("help wins over missing arguments")
            << QStringList{u"articles"_s, u"-h"_s} << 0 << u"--with-body"_s << QString();
        QTest::newRow("help wins over bad options")
            << QStringList{u"articles"_s, u"--format"_s, u"xml"_s, u"--help"_s} << 0
            << u"--format csv|json"_s << QString();
        QTest::newRow("import without project") << QStringList{u"import"_s} << 1 << QString()
                                                << u"claimbench-cli import: missing PROJECT"_s;
        QTest::newRow("import without files") << QStringList{u"import"_s, u"p.claimbench"_s} << 1
                                              << QString() << u"missing FILE_OR_DIR"_s;
        QTest::newRow("import unknown option")
            << QStringList{u"import"_s, u"--recursive"_s, u"p"_s, u"f"_s} << 1 << QString()
            << u"unknown option --recursive"_s;
        QTest::newRow("articles without project") << QStringList{u"articles"_s} << 1 << QString()
                                                  << u"missing PROJECT"_s;
        QTest::newRow("articles two projects") << QStringList{u"articles"_s, u"a"_s, u"b"_s} << 1
                                               << QString() << u"unexpected argument \"b\""_s;
        QTest::newRow("articles bad format")
            << QStringList{u"articles"_s, u"p"_s, u"--format"_s, u"xml"_s} << 1 << QString()
            << u"--format must be one of csv, json, not \"xml\""_s;
        QTest::newRow("articles format without value")
            << QStringList{u"articles"_s, u"p"_s, u"--format"_s} << 1 << QString()
            << u"--format needs a value (csv|json)"_s;
        QTest::newRow("articles format twice")
            << QStringList{u"articles"_s, u"p"_s, u"--format=csv"_s, u"--format=json"_s} << 1
            << QString() << u"--format given twice"_s;
        QTest::newRow("articles flag with value")
            << QStringList{u"articles"_s, u"p"_s, u"--with-body=yes"_s} << 1 << QString()
            << u"--with-body takes no value"_s;
        QTest::newRow("articles short option") << QStringList{u"articles"_s, u"p"_s, u"-f"_s} << 1
                                               << QString() << u"unknown option -f"_s;
        QTest::newRow("search without query")
            << QStringList{u"articles"_s, u"p"_s, u"--search"_s} << 1 << QString()
            << u"--search needs a value (QUERY)"_s;
        // An empty argument (an unset shell variable) is a usage error, like a
        // missing one; it was bad input (exit 2, "cannot open").
        QTest::newRow("empty project") << QStringList{u"articles"_s, u""_s} << 1 << QString()
                                       << u"claimbench-cli articles: PROJECT is empty\nUsage: "_s;
        QTest::newRow("empty project to edit") << QStringList{u"edit"_s, u""_s, u"-"_s} << 1 << QString()
                                               << u"PROJECT is empty"_s;
        QTest::newRow("empty file among others")
            << QStringList{u"import"_s, u"p.claimbench"_s, u"a.txt"_s, u""_s} << 1 << QString()
            << u"FILE_OR_DIR is empty"_s;
        QTest::newRow("empty file to extract") << QStringList{u"extract"_s, u""_s} << 1 << QString()
                                               << u"FILE is empty"_s;
    }
    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        QFETCH(QString, outContains);
        QFETCH(QString, errContains);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.status, status);
        if (outContains.isEmpty())
            QCOMPARE(run.out, QString());
        else
            QVERIFY2(run.out.contains(outContains), qPrintable(run.out));
        if (errContains.isEmpty())
            QCOMPARE(run.err, QString());
        else
            QVERIFY2(run.err.contains(errContains), qPrintable(run.err));
    }

    void usageErrorsPointToHelp()
    {
        const CliRun run = runCli({u"articles"_s, u"p"_s, u"--format"_s, u"xml"_s});
        QVERIFY2(run.err.contains(u"Usage: claimbench-cli articles [options] PROJECT\n"_s),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Try 'claimbench-cli articles --help'"_s), qPrintable(run.err));
    }

    void globalHelpListsEveryCommand()
    {
        const CliRun run = runCli({u"--help"_s});
        for (const QString &name : {u"import"_s, u"articles"_s, u"claims"_s})
            QVERIFY2(run.out.contains(u"\n  "_s + name + u' '), qPrintable(name));
    }

    // The list of commands reads alike, here and in the man page: each
    // summary a sentence of its own, capitalised and closed, on one line of
    // a terminal's width.
    void commandSummariesAreSentences()
    {
        const QString help = runCli({u"--help"_s}).out;
        const QStringList rows = help.section(u"Commands:\n"_s, 1).section(u"\n\n"_s, 0, 0).split(u'\n');
        QCOMPARE_GE(rows.size(), 3);
        for (const QString &row : rows) {
            const QString summary = row.trimmed().section(u' ', 1).trimmed();
            QVERIFY2(!summary.isEmpty() && summary.front().isUpper() && summary.endsWith(u'.'), qPrintable(row));
            QVERIFY2(row.size() <= 78, qPrintable(row));
        }
    }

    // A missing project is bad input (2), and reading never creates one.
    void articlesOfMissingProjectIsBadInput()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"absent.claimbench"_s);
        const CliRun run = runCli({u"articles"_s, path});
        QCOMPARE(run.status, 2);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.startsWith(u"claimbench-cli: "_s + path + u": "_s), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY(!QFile::exists(path));
    }

    // Cold test (issue 17): a password in the URL's query was refused with
    // the URL alone, "...&password=***": masking the reason, which quotes the
    // masked URL, hid the reason too. One line says why, never the password.
    void passwordInTheUrlIsRefusedSayingWhy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("last parameter") << u"postgresql://olena@/desk?host=/run/pg&password=hunter2"_s;
        QTest::newRow("first parameter") << u"postgresql://olena@/desk?password=hunter2&host=/run/pg"_s;
        QTest::newRow("user:password@") << u"postgresql://olena:hunter2@/desk?host=/run/pg"_s;
    }
    void passwordInTheUrlIsRefusedSayingWhy()
    {
        QFETCH(QString, url);
        const CliRun run = runCli({u"claims"_s, url});
        QCOMPARE(run.status, int(ExitBadInput));
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(!run.err.contains(u"hunter2"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"a password does not belong in the address; put it in ~/.pgpass"_s),
                 qPrintable(run.err));
    }

    void parse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error"); // empty: the parse succeeds
        QTest::addColumn<QStringList>("positionals");
        QTest::addColumn<QString>("options"); // "name=value;..." of the options set, sorted

        QTest::newRow("only required") << QStringList{u"x"_s} << QString() << QStringList{u"x"_s}
                                       << QString();
        QTest::newRow("repeatable collects")
            << QStringList{u"x"_s, u"y"_s, u"z"_s} << QString() << QStringList{u"x"_s, u"y"_s, u"z"_s}
            << QString();
        QTest::newRow("options anywhere")
            << QStringList{u"--flag"_s, u"x"_s, u"--value"_s, u"v"_s, u"y"_s} << QString()
            << QStringList{u"x"_s, u"y"_s} << u"flag=;value=v"_s;
        QTest::newRow("--opt=value") << QStringList{u"x"_s, u"--value=a=b"_s} << QString()
                                     << QStringList{u"x"_s} << u"value=a=b"_s;
        QTest::newRow("empty value") << QStringList{u"x"_s, u"--value="_s} << QString()
                                     << QStringList{u"x"_s} << u"value="_s;
        QTest::newRow("value may start with a dash")
            << QStringList{u"x"_s, u"--value"_s, u"-5"_s} << QString() << QStringList{u"x"_s}
            << u"value=-5"_s;
        QTest::newRow("lone dash is stdin") << QStringList{u"-"_s} << QString()
                                            << QStringList{u"-"_s} << QString();
        QTest::newRow("double dash ends options")
            << QStringList{u"--"_s, u"--flag"_s, u"-h"_s} << QString()
            << QStringList{u"--flag"_s, u"-h"_s} << QString();
        QTest::newRow("allowed choice") << QStringList{u"x"_s, u"--choice"_s, u"b"_s} << QString()
                                        << QStringList{u"x"_s} << u"choice=b"_s;
        QTest::newRow("disallowed choice")
            << QStringList{u"x"_s, u"--choice"_s, u"c"_s}
            << u"--choice must be one of a, b, not \"c\""_s << QStringList() << QString();
        QTest::newRow("missing positional") << QStringList{u"--flag"_s} << u"missing FIRST"_s
                                            << QStringList() << QString();
        QTest::newRow("unknown long") << QStringList{u"x"_s, u"--nope"_s}
                                      << u"unknown option --nope"_s << QStringList() << QString();
        QTest::newRow("unknown long with value")
            << QStringList{u"x"_s, u"--nope=1"_s} << u"unknown option --nope"_s << QStringList()
            << QString();
        QTest::newRow("flag twice") << QStringList{u"x"_s, u"--flag"_s, u"--flag"_s}
                                    << u"--flag given twice"_s << QStringList() << QString();
        QTest::newRow("empty positional") << QStringList{u""_s} << u"FIRST is empty"_s << QStringList() << QString();
        QTest::newRow("empty repeated positional")
            << QStringList{u"x"_s, u"y"_s, u""_s} << u"REST is empty"_s << QStringList() << QString();
    }
    void parse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        QFETCH(QStringList, positionals);
        QFETCH(QString, options);
        const Result<ParsedArguments> parsed = ArgumentParser(sampleSpec()).parse(arguments);
        if (!error.isEmpty()) {
            QVERIFY(!parsed);
            QCOMPARE(parsed.error().code, Error::Code::InvalidInput);
            QCOMPARE(parsed.error().message, error);
            return;
        }
        if (!parsed)
            QFAIL(qPrintable(parsed.error().message));
        QVERIFY(!parsed->helpRequested());
        QCOMPARE(parsed->positionals(), positionals);
        QStringList set;
        for (const QString &name : {u"choice"_s, u"flag"_s, u"value"_s})
            if (parsed->isSet(name))
                set.append(name + u'=' + parsed->value(name));
        QCOMPARE(set.join(u';'), options);
    }

    void valueFallsBack()
    {
        const Result<ParsedArguments> parsed = ArgumentParser(sampleSpec()).parse({u"x"_s});
        QVERIFY(parsed);
        QCOMPARE(parsed->value(u"choice"_s, u"a"_s), u"a"_s);
    }

    void helpTextDescribesEverything()
    {
        const QString help = ArgumentParser(sampleSpec()).helpText(u"prog"_s);
        QVERIFY2(help.startsWith(u"Usage: prog sample [options] FIRST [REST...]\n\nA sample.\n"_s),
                 qPrintable(help));
        for (const QString &part : {u"--flag"_s, u"--value V"_s, u"--choice a|b"_s, u"-h, --help"_s})
            QVERIFY2(help.contains(part), qPrintable(part));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
