#include "ui/widgets/filedialogs.h"

#include <QFileSystemModel>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// The names of the files in `folder` that this process opened since the
// watch began (inotify reports opens of the process itself too).
class OpenWatch
{
public:
    explicit OpenWatch(const QString &folder)
        : m_fd(::inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
    {
        if (m_fd >= 0)
            ::inotify_add_watch(m_fd, QFile::encodeName(folder).constData(), IN_OPEN);
    }
    ~OpenWatch()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    OpenWatch(const OpenWatch &) = delete;
    OpenWatch &operator=(const OpenWatch &) = delete;

    bool isValid() const { return m_fd >= 0; }

    QStringList openedFiles()
    {
        QStringList names;
        alignas(struct inotify_event) char buffer[8192];
        for (;;) {
            const ssize_t length = ::read(m_fd, buffer, sizeof buffer);
            if (length <= 0)
                return names;
            for (char *at = buffer; at < buffer + length;) {
                const auto *event = reinterpret_cast<const struct inotify_event *>(at);
                if (event->len > 0) // 0: the folder itself, listed
                    names.append(QFile::decodeName(event->name));
                at += sizeof(struct inotify_event) + event->len;
            }
        }
    }

private:
    int m_fd;
};

} // namespace

class TestFileDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A dialog listing the folder of an open project must not open its
    // files: closing such a descriptor drops the process's POSIX locks on the
    // file, SQLite's among them (see filedialogs.h). Qt's own dialog does
    // open them to sniff their type; that row shows the watch can see it.
    void listingAFolderOpensNoFileInIt_data()
    {
        QTest::addColumn<bool>("ours");
        QTest::newRow("Qt's QFileDialog (opens them)") << false;
        QTest::newRow("FileDialog") << true;
    }

    void listingAFolderOpensNoFileInIt()
    {
        QFETCH(bool, ours);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QStringList names{u"notes.claimbench"_s, u"notes.claimbench-wal"_s, u"notes.claimbench-shm"_s};
        for (const QString &name : names) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("SQLite format 3\0", 16) + "not really a database");
        }
        OpenWatch watch(folder.path());
        QVERIFY(watch.isValid());

        const QString filter = u"All files (*)"_s;
        std::unique_ptr<QFileDialog> dialog;
        if (ours) {
            dialog = std::make_unique<FileDialog>(nullptr, u"Export"_s, folder.path(), filter);
        } else {
            dialog = std::make_unique<QFileDialog>(nullptr, u"Export"_s, folder.path(), filter);
            dialog->setOption(QFileDialog::DontUseNativeDialog);
        }
        dialog->show();
        auto *model = dialog->findChild<QFileSystemModel *>();
        QVERIFY(model);
        // The type column is filled by the model's gatherer thread, after it
        // has made the icon: both done means the listing is complete.
        const QString project = folder.filePath(names.constFirst());
        QTRY_VERIFY_WITH_TIMEOUT(!model->type(model->index(project)).isEmpty(), 20000);
        dialog->close();

        const QStringList opened = watch.openedFiles();
        if (ours)
            QVERIFY2(opened.isEmpty(), qPrintable(opened.join(u", "_s)));
        else
            QVERIFY2(opened.contains(names.constFirst()), qPrintable(opened.join(u", "_s)));
    }
};

} // namespace Claimbench

QTEST_MAIN(Claimbench::TestFileDialogs)
#include "tst_filedialogs.moc"
