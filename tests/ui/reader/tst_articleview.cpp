#include "ui/reader/articletextedit.h"
#include "ui/reader/articleview.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QTextCursor>
#include <QTextDocument>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

class TestArticleView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsHeaderAndBody()
    {
        ArticleView view;
        Article article;
        article.id = 7;
        article.title = u"Russia’s military losses surpass 1 million"_s;
        article.outlet = u"Kyiv Post"_s;
        article.author = u"A. Writer"_s;
        article.published = PartialDate::day(2025, 6, 13);
        article.url = u"https://example.org/a?b=1&c=2"_s;
        article.body = u"First paragraph.\n\nSecond paragraph."_s;
        view.setArticle(article);
        view.show();
        QCOMPARE(view.articleId(), 7);
        QCOMPARE(view.title(), article.title);
        const QString meta = view.findChild<QLabel *>(u"articleMeta"_s)->text();
        QVERIFY(meta.startsWith(u"Kyiv Post"_s));
        QVERIFY(meta.contains(u"2025"_s));
        QVERIFY(meta.contains(u"A. Writer"_s));
        QVERIFY(view.findChild<QLabel *>(u"articleUrl"_s)->text().contains(u"a?b=1&amp;c=2"_s));
        QCOMPARE(view.textEdit()->toPlainText(), article.body);
        QVERIFY(view.textEdit()->isReadOnly());

        view.clear();
        QCOMPARE(view.articleId(), 0);
        QVERIFY(view.textEdit()->toPlainText().isEmpty());
    }

    // An article is untrusted input: its URL must not become markup.
    void urlMarkupIsEscaped()
    {
        ArticleView view;
        Article article;
        article.title = u"T"_s;
        article.url = u"javascript:alert(1)\"><b>bold</b>"_s;
        view.setArticle(article);
        const QString shown = view.findChild<QLabel *>(u"articleUrl"_s)->text();
        QVERIFY(!shown.contains(u"<a "_s));
        QVERIFY(!shown.contains(u"<b>"_s));
    }

    void lineLengthStaysReadableInAWideWindow()
    {
        ArticleView view;
        view.resize(1600, 800);
        Article article;
        article.title = u"Wide"_s;
        article.body = QString(4000, u'x').replace(u"xxxxx"_s, u"word "_s);
        view.setArticle(article);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ArticleTextEdit *text = view.textEdit();
        // The first line holds about `measure` characters, not the window's width.
        // The text column holds about `measure` characters, not the window's width.
        const int column = text->viewport()->width();
        const int characters = column / text->fontMetrics().averageCharWidth();
        QVERIFY2(characters <= text->measure() + 5 && characters >= text->measure() - 5,
                 qPrintable(u"the column holds %1 characters"_s.arg(characters)));
        // The column is centred, and the title starts where the text does.
        const int textLeft = text->viewport()->mapTo(&view, text->cursorRect(QTextCursor(text->document())).topLeft()).x();
        QVERIFY(textLeft > 300);
        const QLabel *title = view.findChild<QLabel *>(u"articleTitle"_s);
        const int titleLeft = title->mapTo(&view, QPoint(0, 0)).x() + title->contentsRect().left();
        QVERIFY2(qAbs(titleLeft - textLeft) <= 3,
                 qPrintable(u"title at %1, text at %2"_s.arg(titleLeft).arg(textLeft)));
    }

    // The '\r' of each CRLF is a zero-width placeholder in the document: the
    // document keeps the body's length (a BOM too), and it must look, copy
    // and scroll as the same text with LF line ends.
    void crlfTextKeepsItsLengthAndLooksTheSame()
    {
        QStringList lines;
        for (int i = 0; i < 30; ++i)
            lines.append(u"Paragraph %1 of the article, with 63 drones and 28 shot down."_s.arg(i));
        const QString lf = u"\uFEFF"_s + lines.join(u"\n\n"_s);
        const QString crlf = u"\uFEFF"_s + lines.join(u"\r\n\r\n"_s);
        ArticleTextEdit unix;
        ArticleTextEdit windows;
        for (ArticleTextEdit *text : {&unix, &windows}) {
            text->resize(700, 400);
            text->show();
            QVERIFY(QTest::qWaitForWindowExposed(text));
        }
        unix.setArticleText(lf);
        windows.setArticleText(crlf);
        QCOMPARE(windows.document()->characterCount() - 1, crlf.size());
        QCOMPARE(windows.articleText(), crlf);
        QCOMPARE(windows.document()->blockCount(), unix.document()->blockCount());
        QCOMPARE(windows.viewport()->grab().toImage(), unix.viewport()->grab().toImage());

        // Blank CRLF lines are no paragraphs: both scroll to the same one.
        unix.setParagraphPosition(0.5);
        windows.setParagraphPosition(0.5);
        QCOMPARE(windows.topBlockNumber(), unix.topBlockNumber());
        QCOMPARE(windows.paragraphPosition(), unix.paragraphPosition());

        const int start = int(crlf.indexOf(u"28 shot down"_s));
        windows.selectRange(start, start + 20);
        windows.copy();
        QCOMPARE(QApplication::clipboard()->text(), crlf.mid(start, 20));
    }

    // Found by the cold analyst test: a table laid out with spaces was drawn
    // in the proportional reading font, so its columns did not line up.
    void tableRowsLineUpTheirColumns()
    {
        const QString header = u"Region        Killed    Injured"_s;
        const QString row = u"Mykolaiv      11        340"_s;
        const QString prose = u"The regional administration gave these figures on Monday."_s;
        const QString body = prose + u"\n\n"_s + header + u'\n' + row + u"\n\n"_s + prose;
        ArticleTextEdit text;
        text.resize(800, 400);
        text.show();
        QVERIFY(QTest::qWaitForWindowExposed(&text));
        text.setArticleText(body);
        QCOMPARE(text.document()->toPlainText(), body);

        const auto xAt = [&](qsizetype offset) {
            QTextCursor cursor(text.document());
            cursor.setPosition(int(offset));
            return text.cursorRect(cursor).left();
        };
        // "Injured" and "340" start in the same character column of their lines.
        const qsizetype headerAt = body.indexOf(header);
        const qsizetype rowAt = body.indexOf(row);
        QCOMPARE(header.indexOf(u"Injured"_s), row.indexOf(u"340"_s));
        QCOMPARE(xAt(headerAt + header.indexOf(u"Injured"_s)), xAt(rowAt + row.indexOf(u"340"_s)));
        QCOMPARE(xAt(headerAt + header.indexOf(u"Killed"_s)), xAt(rowAt + row.indexOf(u"11"_s)));

        // Prose keeps the reading font.
        QTextCursor inProse(text.document());
        inProse.setPosition(5);
        QVERIFY(!inProse.charFormat().fontFixedPitch());
        QTextCursor inRow(text.document());
        inRow.setPosition(int(rowAt + 3));
        QVERIFY(inRow.charFormat().fontFixedPitch());
    }
};

QTEST_MAIN(TestArticleView)
#include "tst_articleview.moc"
