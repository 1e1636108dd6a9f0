// MainWindow's wiring of the window's actions to its panels, and what
// enables them: out of mainwindow.cpp, which composes the window.
#include "ui/mainwindow.h"

#include "core/commands/projectsession.h"
#include "ui/actionaccess.h"
#include "ui/charts/chartpanel.h"
#include "ui/claimeditor/claimeditorpanel.h"
#include "ui/claims/claimstablepanel.h"
#include "ui/focuscycle.h"
#include "ui/import/importcontroller.h"
#include "ui/library/librarypanel.h"
#include "ui/tags/tagpanel.h"
#include "ui/reader/articletextedit.h"
#include "ui/reader/readeractions.h"
#include "ui/reader/readerpane.h"
#include "ui/reader/sidebysidereader.h"
#include "ui/windowactions.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QTableView>

namespace Claimbench {

void MainWindow::connectActions()
{
    // Ctrl+K everywhere; the standard Find key only while the library has the
    // focus, because the reader uses Find for find-in-article.
    connect(m_actions->searchLibrary(), &QAction::triggered, this, [this] {
        m_libraryDock->show();
        m_libraryDock->raise();
        m_library->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_library->searchField()->selectAll();
    });
    auto *findInLibrary = new QAction(m_library);
    findInLibrary->setShortcut(QKeySequence::Find);
    findInLibrary->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_library->addAction(findInLibrary);
    connect(findInLibrary, &QAction::triggered, m_actions->searchLibrary(), &QAction::trigger);
    connect(m_actions->exportChart(), &QAction::triggered, this, [this] {
        if (!session())
            return;
        m_chartDock->show();
        m_chartDock->raise();
        m_chartPanel->exportChart();
    });
    connect(m_actions->exportClaims(), &QAction::triggered, this, [this] {
        if (session())
            m_claimsPanel->exportRows();
    });
    connect(m_actions->claimants(), &QAction::triggered, this, &MainWindow::showClaimants);
    connect(m_actions->resetLayout(), &QAction::triggered, this, &MainWindow::resetLayout);
    auto *focusCycle = new FocusCycle(this);
    focusCycle->addPart(m_library, m_library->view());
    for (ReaderPane *pane : {m_reader->left(), m_reader->right()})
        focusCycle->addPart(pane, pane->textEdit());
    focusCycle->addPart(m_claimsPanel, m_claimsPanel->view());
    for (QWidget *panel : std::initializer_list<QWidget *>{m_editorPanel, m_chartPanel, m_tagPanel})
        focusCycle->addPart(panel);
    connect(m_actions->focusNextPart(), &QAction::triggered, focusCycle, &FocusCycle::focusNext);
    connect(m_actions->focusPreviousPart(), &QAction::triggered, focusCycle, &FocusCycle::focusPrevious);
    connect(m_actions, &WindowActions::importRequested, this, &MainWindow::importPaths);
}

void MainWindow::updateActions()
{
    m_actions->update(project() != nullptr, m_import->isRunning());
    m_library->searchField()->setEnabled(project() != nullptr);
    // A team server's reviewer or viewer: what changes claims is disabled,
    // saying why (ActionAccess); the tag and claims panels do the same.
    m_readerActions->setAccess(ActionAccess(project().get()));
}

} // namespace Claimbench
