#include "common/resultcheck.h"
#include "core/store/project.h"
#include "ui/reader/articletextedit.h"
#include "ui/reader/articleview.h"

#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Claimbench {

// Opening an untrusted page fetches nothing and runs nothing. The page points
// every kind of remote reference at a socket this test listens on; importing
// it with claimbench-cli and showing it in the reader must leave that socket
// without a single connection, and the script's side effect (a file it would
// write, a request it would send) must not happen.
class TestHostileHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importAndReadFetchNothingAndRunNothing();
};

void TestHostileHtml::importAndReadFetchNothingAndRunNothing()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString origin = u"http://127.0.0.1:%1"_s.arg(server.serverPort());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sideEffect = dir.filePath(u"script-ran"_s);

    const QString page =
        u"<!DOCTYPE html><html><head><title>Hostile page</title>"
        "<meta http-equiv=\"refresh\" content=\"0; url=ORIGIN/refresh\">"
        "<link rel=\"stylesheet\" href=\"ORIGIN/style.css\">"
        "<link rel=\"preload\" href=\"ORIGIN/font.woff2\" as=\"font\">"
        "<meta property=\"og:image\" content=\"ORIGIN/og.png\">"
        "<style>body { background: url(ORIGIN/background.png) } @import url(ORIGIN/import.css);</style>"
        "<script src=\"ORIGIN/remote.js\"></script>"
        "<script>fetch('ORIGIN/fetch'); new Image().src = 'ORIGIN/beacon';"
        "require('fs').writeFileSync('SIDE', 'ran'); document.write('scriptwrote');</script>"
        "</head><body><article><h1>Drone strikes overnight</h1>"
        "<p>Officials said 63 drones were launched overnight and 28 were shot down over the region.</p>"
        "<img src=\"ORIGIN/photo.jpg\" srcset=\"ORIGIN/photo2x.jpg 2x\" alt=\"\">"
        "<p style=\"background-image: url('ORIGIN/inline.png')\">A second paragraph says 21 drones were "
        "jammed and 18 civilians were injured, four of them children.</p>"
        "<iframe src=\"ORIGIN/frame.html\"></iframe><object data=\"ORIGIN/object.swf\"></object>"
        "<video src=\"ORIGIN/video.mp4\" poster=\"ORIGIN/poster.jpg\"></video>"
        "<noscript><img src=\"ORIGIN/noscript.gif\"></noscript>"
        "<p onmouseover=\"fetch('ORIGIN/handler')\">The count was published on Friday by the air force.</p>"
        "</article></body></html>"_s.replace(u"ORIGIN"_s, origin)
            .replace(u"SIDE"_s, sideEffect);
    const QString pagePath = dir.filePath(u"hostile.html"_s);
    QFile file(pagePath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(page.toUtf8());
    file.close();

    const QString projectPath = dir.filePath(u"hostile.claimbench"_s);
    QProcess cli;
    cli.start(QStringLiteral(CLAIMBENCH_CLI), {u"import"_s, projectPath, pagePath});
    // The event loop runs meanwhile, so a connection attempt would be accepted and seen.
    QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 60000);
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QVERIFY(cli.readAllStandardOutput().contains(": imported"));

    const auto project = Project::open(projectPath);
    CLAIMBENCH_VERIFY_OK(project);
    const auto articles = (*project)->articles().list();
    CLAIMBENCH_VERIFY_OK(articles);
    QCOMPARE(articles->size(), 1);
    const auto article = (*project)->articles().get(articles->constFirst().id);
    CLAIMBENCH_VERIFY_OK(article);
    QVERIFY(article->body.contains(u"63 drones were launched"_s));
    for (const QString &code : {u"fetch("_s, u"writeFileSync"_s, u"scriptwrote"_s, u"background"_s, origin})
        QVERIFY2(!article->body.contains(code), qPrintable(code));

    ArticleView view;
    view.resize(1000, 700);
    view.setArticle(*article);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.textEdit()->toPlainText(), article->body);
    QTest::qWait(500); // time for anything queued to try

    QVERIFY2(!server.hasPendingConnections() && !server.waitForNewConnection(200),
             "something connected to the page's server");
    QVERIFY2(!QFile::exists(sideEffect), "the page's script ran");

    // The detector itself works: a real connection is seen.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(server.waitForNewConnection(5000));
}

} // namespace Claimbench

QTEST_MAIN(Claimbench::TestHostileHtml)
#include "tst_hostilehtml.moc"
