#pragma once

#include <QDialog>
#include <QSize>

class QLineEdit;
class QSpinBox;

namespace Claimbench {

// Asks where and how big to export a chart: a file name (.png or .svg; the
// suffix chooses the format), width and height in pixels and, for PNG, the
// DPI. Only the choice: the caller renders (ChartRenderer).
// The path starts in the folder of the user's last export (QSettings), else
// in Documents (or home). Accepting an existing file asks first, No being the default;
// a file the Browse dialog chose was confirmed there and is not asked again.
class ChartExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `suggestedFileName`: a name without folder ("drone-attacks.png").
    explicit ChartExportDialog(const QString &suggestedFileName, QWidget *parent = nullptr);

    // The folder the path starts in: the last export's, else Documents,
    // else (no Documents folder) home.
    static QString lastFolder();

    QString path() const;
    QSize pixelSize() const;
    int dpi() const;
    bool isSvg() const;

    void accept() override;

private:
    void browse();
    void updateDpiState();

    QLineEdit *m_path = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QSpinBox *m_dpi = nullptr;
    QString m_confirmedPath; // an existing file the Browse dialog agreed to replace
};

} // namespace Claimbench
