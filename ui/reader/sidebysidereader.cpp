#include "ui/reader/sidebysidereader.h"

#include "ui/reader/articletextedit.h"
#include "ui/reader/linkbar.h"
#include "ui/reader/readerpane.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

const QString kSplitterKey = u"reader/splitter"_s;
const QString kProjectKey = u"reader/project"_s;
const QString kSyncKey = u"reader/syncScrolling"_s;

QString paneKey(int index, const char *name)
{
    return u"reader/pane%1/"_s.arg(index) + QLatin1StringView(name);
}

} // namespace

SideBySideReader::SideBySideReader(ArticleListModel *articles, QWidget *parent)
    : QWidget(parent)
    , m_left(new ReaderPane(articles, this))
    , m_right(new ReaderPane(articles, this))
    , m_linkBar(new LinkBar(m_left, m_right, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_active(m_left)
{
    m_left->setObjectName(u"leftPane"_s);
    m_right->setObjectName(u"rightPane"_s);
    m_splitter->setObjectName(u"readerSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    m_splitter->addWidget(m_left);
    m_splitter->addWidget(m_linkBar);
    m_splitter->addWidget(m_right);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setStretchFactor(2, 1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    for (ReaderPane *pane : {m_left, m_right}) {
        connect(pane, &ReaderPane::claimSelected, this,
                [this, pane](qint64 claimId, qint64 metricId) { onClaimSelected(pane, claimId, metricId); });
        connect(pane, &ReaderPane::editClaimRequested, this, &SideBySideReader::editClaimRequested);
        connect(pane->textEdit()->verticalScrollBar(), &QScrollBar::valueChanged, this,
                [this, pane] { follow(pane); });
    }
    connect(this, &SideBySideReader::activePaneChanged, this, &SideBySideReader::updateActiveMark);
    updateActiveMark();
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (ReaderPane *pane : {m_left, m_right})
            if (now && pane->isAncestorOf(now))
                setActive(pane);
    });
}

// The application outlives the reader, and QObject drops the focus
// connection only after ~QWidget, whose hiding moves the focus: without this
// the lambda would run on a half-destroyed reader.
SideBySideReader::~SideBySideReader()
{
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
}

void SideBySideReader::setSession(ProjectSession *session)
{
    m_left->setSession(session);
    m_right->setSession(session);
    m_linkBar->setEmphasizedMetric(0);
}

ReaderPane *SideBySideReader::activePane() const
{
    return m_active->isVisible() || !other(m_active)->isVisible() ? m_active : other(m_active);
}

void SideBySideReader::setActive(ReaderPane *pane)
{
    if (pane == m_active)
        return;
    m_active = pane;
    Q_EMIT activePaneChanged();
}

void SideBySideReader::updateActiveMark()
{
    const bool both = !m_left->isHidden() && !m_right->isHidden();
    for (ReaderPane *pane : {m_left, m_right})
        pane->setMarkedActive(both && pane == activePane());
}

ReaderPane *SideBySideReader::openArticle(qint64 articleId)
{
    ReaderPane *pane = paneShowing(articleId);
    if (!pane) {
        ReaderPane *active = activePane();
        ReaderPane *beside = other(active);
        pane = active->articleId() == 0 || beside->isHidden() || beside->articleId() != 0 ? active : beside;
        if (!pane->showArticle(articleId))
            return nullptr;
    }
    setActive(pane);
    return pane;
}

ReaderPane *SideBySideReader::other(const ReaderPane *pane) const
{
    return pane == m_left ? m_right : m_left;
}

ReaderPane *SideBySideReader::paneShowing(qint64 articleId) const
{
    for (ReaderPane *pane : {m_left, m_right})
        if (articleId != 0 && pane->articleId() == articleId)
            return pane;
    return nullptr;
}

void SideBySideReader::setCurrentClaim(qint64 claimId)
{
    for (ReaderPane *pane : {activePane(), other(activePane())}) {
        if (pane->hasClaim(claimId)) {
            pane->selectClaim(claimId);
            return;
        }
    }
    for (ReaderPane *pane : {m_left, m_right}) {
        pane->clearSelectedClaim();
        pane->textEdit()->setMarkedClaims({});
    }
    m_linkBar->setEmphasizedMetric(0);
}

void SideBySideReader::setPaneVisible(ReaderPane *pane, bool visible)
{
    if (!visible && other(pane)->isHidden())
        return;
    pane->setVisible(visible);
    updateLinkBar();
    if (!visible && m_active == pane)
        m_active = other(pane);
    // activePane() depends on which panes are shown.
    Q_EMIT activePaneChanged();
    Q_EMIT paneVisibilityChanged();
}

void SideBySideReader::resetLayout()
{
    for (ReaderPane *pane : {m_left, m_right})
        setPaneVisible(pane, true);
    const int bar = m_linkBar->sizeHint().width();
    const int pane = std::max(1, (m_splitter->width() - bar - 2 * m_splitter->handleWidth()) / 2);
    m_splitter->setSizes({pane, bar, pane});
}

void SideBySideReader::updateLinkBar()
{
    m_linkBar->setVisible(!m_left->isHidden() && !m_right->isHidden());
}

void SideBySideReader::setSyncScrolling(bool on)
{
    m_sync = on;
    if (on)
        follow(activePane());
}

void SideBySideReader::onClaimSelected(ReaderPane *pane, qint64 claimId, qint64 metricId)
{
    setActive(pane);
    pane->textEdit()->setMarkedClaims({});
    // One current claim: the other pane's is no longer outlined.
    other(pane)->clearSelectedClaim();
    other(pane)->markMetric(metricId);
    m_linkBar->setEmphasizedMetric(metricId);
    Q_EMIT claimSelected(claimId);
}

void SideBySideReader::follow(ReaderPane *source)
{
    ReaderPane *target = other(source);
    if (!m_sync || m_following || source->articleId() == 0 || target->articleId() == 0)
        return;
    const QScopedValueRollback following(m_following, true);
    target->textEdit()->setParagraphPosition(source->textEdit()->paragraphPosition());
}

void SideBySideReader::saveSettings(QSettings &settings, const QString &projectPath) const
{
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kProjectKey, projectPath);
    settings.setValue(kSyncKey, m_sync);
    int index = 0;
    for (const ReaderPane *pane : {m_left, m_right}) {
        settings.setValue(paneKey(index, "visible"), !pane->isHidden());
        settings.setValue(paneKey(index, "article"), pane->articleId());
        settings.setValue(paneKey(index, "zoom"), pane->textEdit()->zoom());
        ++index;
    }
}

bool SideBySideReader::restoreSettings(const QSettings &settings, const QString &projectPath)
{
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    setSyncScrolling(settings.value(kSyncKey, false).toBool());
    const bool sameProject = !projectPath.isEmpty() && settings.value(kProjectKey).toString() == projectPath;
    int index = 0;
    for (ReaderPane *pane : {m_left, m_right}) {
        setPaneVisible(pane, settings.value(paneKey(index, "visible"), true).toBool());
        pane->textEdit()->setZoom(settings.value(paneKey(index, "zoom"), 0).toInt());
        if (sameProject)
            pane->showArticle(settings.value(paneKey(index, "article"), 0).toLongLong());
        ++index;
    }
    return sameProject;
}

} // namespace Claimbench
