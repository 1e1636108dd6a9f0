#pragma once

#include <QDialog>

class QTextBrowser;

namespace Claimbench {

// Help › User Guide: docs/user-guide.md, built into the program as a Qt
// resource (kResource), so that a build tree and an installed package show
// the same guide without finding a file; drawn from its Markdown in a
// QTextBrowser. Links inside the guide move within it; no browser is started.
class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr QStringView kResource = u":/help/user-guide.md";

    explicit UserGuideDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace Claimbench
