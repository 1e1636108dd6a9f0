#include "ui/charts/chartexportdialog.h"

#include "ui/widgets/filedialogs.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

const QString kLastFolderKey = u"chartExport/lastFolder"_s;

// The path field is wide enough to show a path like this one whole.
constexpr QStringView kTypicalPath = u"/home/analyst/Documents/reports/russian-military-casualties-2025.png";

QSpinBox *makeSpinBox(int min, int max, int value, const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setValue(value);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    return box;
}

} // namespace

ChartExportDialog::ChartExportDialog(const QString &suggestedFileName, QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(QDir(lastFolder()).filePath(suggestedFileName), this))
    , m_width(makeSpinBox(100, 20000, 1600, tr(" px"), this))
    , m_height(makeSpinBox(100, 20000, 900, tr(" px"), this))
    , m_dpi(makeSpinBox(24, 2400, 96, tr(" dpi"), this))
{
    setWindowTitle(tr("Export Chart"));
    m_path->setObjectName(u"exportPath"_s);
    // The text plus the frame and margins around it.
    m_path->setMinimumWidth(m_path->fontMetrics().horizontalAdvance(kTypicalPath.toString())
                            + 4 * m_path->fontMetrics().averageCharWidth());
    m_width->setObjectName(u"exportWidth"_s);
    m_height->setObjectName(u"exportHeight"_s);
    m_dpi->setObjectName(u"exportDpi"_s);
    m_dpi->setToolTip(tr("Recorded in the PNG; text and lines keep their printed size, so 300 dpi "
                         "gives a sharper image of the same chart."));

    auto *browseButton = new QPushButton(tr("Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ChartExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    auto *form = new QFormLayout;
    form->addRow(tr("File (.png or .svg):"), pathRow);
    form->addRow(tr("Width:"), m_width);
    form->addRow(tr("Height:"), m_height);
    form->addRow(tr("Resolution:"), m_dpi);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChartExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChartExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_path, &QLineEdit::textChanged, this, &ChartExportDialog::updateDpiState);
    updateDpiState();
}

QString ChartExportDialog::lastFolder()
{
    const QString last = QSettings().value(kLastFolderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString ChartExportDialog::path() const
{
    return m_path->text().trimmed();
}

QSize ChartExportDialog::pixelSize() const
{
    return {m_width->value(), m_height->value()};
}

int ChartExportDialog::dpi() const
{
    return m_dpi->value();
}

bool ChartExportDialog::isSvg() const
{
    return QFileInfo(path()).suffix().compare(u"svg"_s, Qt::CaseInsensitive) == 0;
}

void ChartExportDialog::browse()
{
    const QString chosen = FileDialog::getSaveFileName(this, tr("Export Chart"), path(),
                                                        tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (chosen.isEmpty())
        return;
    m_path->setText(chosen);
    m_confirmedPath = QFileInfo::exists(chosen) ? chosen : QString();
}

void ChartExportDialog::updateDpiState()
{
    m_dpi->setEnabled(!isSvg());
}

void ChartExportDialog::accept()
{
    const QString suffix = QFileInfo(path()).suffix().toLower();
    if (suffix != u"png"_s && suffix != u"svg"_s) {
        QMessageBox::warning(this, tr("Export Chart"), tr("The file name must end in .png or .svg."));
        return;
    }
    const QFileInfo target(path());
    if (target.exists() && path() != m_confirmedPath) {
        const auto answer = QMessageBox::question(
            this, tr("Export Chart"),
            tr("“%1” already exists in %2. Replace it?")
                .arg(target.fileName(), QDir::toNativeSeparators(target.absolutePath())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    QSettings().setValue(kLastFolderKey, target.absolutePath());
    QDialog::accept();
}

} // namespace Claimbench
