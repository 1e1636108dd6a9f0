#pragma once

#include <QFileDialog>

namespace Claimbench {

// The file dialogs of the program: Qt's own, set never to open a file they
// list.
//
// Why: to show a file's icon and type, QFileDialog asks QMimeDatabase, which
// opens and reads a file whose name it does not know -- a .claimbench
// project, its -wal and -shm. POSIX locks belong to the process and the file,
// not the descriptor, so closing that descriptor dropped every lock SQLite
// held on the open project. Another program that then closed the project
// believed itself its last user, deleted the -wal and -shm the window was
// still writing to, and every later edit of the window went into deleted
// files (found by a cold GUI test: an Export Claims dialog opened and
// cancelled was enough). A native dialog (GTK's in process) reads files the
// same way, so these are never native.
class FileDialog : public QFileDialog
{
    Q_OBJECT

public:
    FileDialog(QWidget *parent, const QString &caption, const QString &directory, const QString &filter = {});

    // What QFileDialog's static functions of the same names do, with this dialog.
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &directory,
                                   const QString &filter);
    static QStringList getOpenFileNames(QWidget *parent, const QString &caption, const QString &directory,
                                        const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &path,
                                   const QString &filter, QString *selectedFilter = nullptr);
    static QString getExistingDirectory(QWidget *parent, const QString &caption, const QString &directory);
};

} // namespace Claimbench
