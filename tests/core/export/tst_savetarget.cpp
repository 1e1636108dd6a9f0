// What an export may write over: checkSaveTarget() refuses a target whose
// replacement would lose something — a special file, or a project.
#include "core/export/savetarget.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Claimbench;
using namespace Qt::StringLiterals;

class TestSaveTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesWhatItWouldDestroy_data()
    {
        QTest::addColumn<QByteArray>("content"); // "dir", "fifo", "absent" or the file's bytes
        QTest::addColumn<bool>("viaSymlink");
        QTest::addColumn<bool>("allowed");
        const QByteArray project = QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\0');
        const QByteArray log = QByteArray::fromHex("377f068300000000");
        QTest::newRow("absent") << "absent"_ba << false << true;
        QTest::newRow("an earlier chart") << "\x89PNG\r\n\x1a\n"_ba << false << true;
        QTest::newRow("an empty file") << QByteArray() << false << true;
        QTest::newRow("a text file through a symlink") << "id,quote\n"_ba << true << true;
        QTest::newRow("a folder") << "dir"_ba << false << false;
        QTest::newRow("a fifo") << "fifo"_ba << false << false;
        QTest::newRow("a project") << project << false << false;
        QTest::newRow("a project through a symlink") << project << true << false;
        QTest::newRow("a write-ahead log") << log << false << false;
    }
    void refusesWhatItWouldDestroy()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, viaSymlink);
        QFETCH(bool, allowed);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"target.png"_s);
        if (content == "dir") {
            QVERIFY(QDir().mkdir(file));
        } else if (content == "fifo") {
            QCOMPARE(::mkfifo(QFile::encodeName(file).constData(), 0600), 0);
        } else if (content != "absent") {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(content);
        }
        QString target = file;
        if (viaSymlink) {
            target = dir.filePath(u"link.csv"_s);
            QVERIFY(QFile::link(file, target));
        }
        const Result<void> checked = checkSaveTarget(target);
        QCOMPARE(checked.has_value(), allowed);
        if (!allowed) {
            QCOMPARE(checked.error().code, Error::Code::InvalidInput);
            QVERIFY(checked.error().message.contains(target));
        }
    }
};

QTEST_GUILESS_MAIN(TestSaveTarget)
#include "tst_savetarget.moc"
