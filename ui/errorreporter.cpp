#include "ui/errorreporter.h"

#include "core/commands/projectsession.h"
#include "core/store/changefeed.h"
#include "ui/widgets/readablecolors.h"

#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Claimbench {

ErrorReporter::ErrorReporter(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_notice(new QLabel(tr("Connection to the server lost — reconnecting…"), window))
{
    m_notice->setObjectName(u"connectionNotice"_s);
    setReadableInk(m_notice, QColor(kWarningHue));
    m_notice->hide();
    window->statusBar()->addPermanentWidget(m_notice);
}

void ErrorReporter::showError(const QString &headline, const Error &error)
{
    m_open.removeAll(nullptr);
    for (const QPointer<QMessageBox> &box : std::as_const(m_open))
        if (box->informativeText() == error.message)
            return;
    auto *box = new QMessageBox(m_window);
    box->setObjectName(u"errorMessage"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("Claimbench"));
    box->setIcon(QMessageBox::Warning);
    box->setText(headline);
    box->setInformativeText(error.message);
    if (!error.detail.isEmpty())
        box->setDetailedText(error.detail);
    box->setStandardButtons(QMessageBox::Ok);
    m_open.append(box);
    box->open();
}

void ErrorReporter::showReadError(const QString &headline, const Error &error)
{
    if (error.code == Error::Code::Disconnected)
        showConnectionLost();
    else
        showError(headline, error);
}

void ErrorReporter::setSession(const ProjectSession *session)
{
    m_notice->hide();
    const ChangeFeed *feed = session ? session->changeFeed() : nullptr;
    m_feed = feed;
    if (!feed)
        return;
    connect(feed, &ChangeFeed::listeningChanged, m_notice, [this, feed](bool listening) {
        // Lost: said at once, before any read meets it. Listening again
        // follows a successful connection, and the feed's refresh of
        // everything follows that.
        if (listening)
            m_notice->hide();
        else if (feed->hasListened())
            showConnectionLost();
    });
}

void ErrorReporter::showConnectionLost()
{
    // While the feed still listens, only the connection that met the loss
    // broke, and its next read connects anew: said for a moment. Else until
    // the feed listens again.
    if (m_feed && m_feed->isListening())
        m_window->statusBar()->showMessage(m_notice->text(), 5000);
    else
        m_notice->show();
}

} // namespace Claimbench
