#pragma once

#include <QDialog>
#include <QSize>

class QLineEdit;
class QSpinBox;

namespace Claimbench {

// Asks where and how big to export a chart: a file name (.png or .svg; the
// suffix chooses the format), width and height in pixels and, for PNG, the
// DPI. Only the choice: the caller renders (ChartRenderer).
class ChartExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChartExportDialog(const QString &suggestedPath, QWidget *parent = nullptr);

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
};

} // namespace Claimbench
