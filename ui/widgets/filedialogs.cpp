#include "ui/widgets/filedialogs.h"

#include <QFileIconProvider>

namespace Claimbench {

namespace {

// Icons and types from what stat() tells (folder or file, and the name's
// suffix), never from a file's contents.
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    QIcon icon(const QFileInfo &info) const override
    {
        return QFileIconProvider::icon(info.isDir() ? QFileIconProvider::Folder : QFileIconProvider::File);
    }

    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return FileDialog::tr("Folder");
        const QString suffix = info.suffix();
        return suffix.isEmpty() ? FileDialog::tr("File") : FileDialog::tr("%1 File").arg(suffix.toUpper());
    }
};

QFileIconProvider *nameOnlyIconProvider()
{
    static NameOnlyIconProvider provider;
    return &provider;
}

} // namespace

FileDialog::FileDialog(QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
    : QFileDialog(parent, caption, directory, filter)
{
    setOption(QFileDialog::DontUseNativeDialog);
    setIconProvider(nameOnlyIconProvider());
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &directory,
                                    const QString &filter)
{
    const QStringList chosen = getOpenFileNames(parent, caption, directory, filter);
    return chosen.isEmpty() ? QString() : chosen.constFirst();
}

QStringList FileDialog::getOpenFileNames(QWidget *parent, const QString &caption, const QString &directory,
                                         const QString &filter)
{
    FileDialog dialog(parent, caption, directory, filter);
    dialog.setFileMode(QFileDialog::ExistingFiles);
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles() : QStringList();
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &path,
                                    const QString &filter, QString *selectedFilter)
{
    FileDialog dialog(parent, caption, path, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    if (selectedFilter)
        *selectedFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles().constFirst();
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption, const QString &directory)
{
    FileDialog dialog(parent, caption, directory);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

} // namespace Claimbench
