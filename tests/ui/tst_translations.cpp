#include "common/freshprojects.h"
#include "common/isolatedsettings.h"
#include "common/resultcheck.h"
#include "core/commands/projectsession.h"
#include "core/domain/claim.h"
#include "core/models/tagtreemodel.h"
#include "core/store/project.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

// The letter after a single '&' ("&&" is a literal ampersand), lower-cased.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
        ++i;
    }
    return {};
}

// Each mnemonic that more than one entry of `menu` uses, with those entries.
QStringList clashes(const QList<QAction *> &actions)
{
    QHash<QChar, QStringList> users;
    for (const QAction *action : actions)
        if (const QChar key = mnemonic(action->text()); !key.isNull())
            users[key] << action->text();
    QStringList found;
    for (auto it = users.cbegin(); it != users.cend(); ++it)
        if (it->size() > 1)
            found << it->join(u" / "_s);
    return found;
}

} // namespace

// The GUI in Ukrainian, as `LANGUAGE=uk claimbench` shows it: main() sets
// LANGUAGE before the application exists and installs the translators with
// the function app/main.cpp calls, from the system locale.
class TestTranslations : public QObject
{
    Q_OBJECT

public:
    explicit TestTranslations(QString installed)
        : m_installed(std::move(installed))
    {
    }

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settingsDir.path(), u"tst_translations"_s); }

    void systemLocaleChoosesUkrainian() { QCOMPARE(m_installed, u"uk"_s); }

    void fileMenuIsUkrainian()
    {
        MainWindow window;
        const auto *file = window.menuBar()->findChild<QMenu *>(u"fileMenu"_s);
        QVERIFY(file);
        QCOMPARE(file->title(), u"&Файл"_s);
        QCOMPARE(window.menuBar()->findChild<QMenu *>(u"editMenu"_s)->title(), u"&Зміни"_s);
    }

    // Alt+letter must reach one entry: every menu of the window, the menu bar
    // itself included, gives each mnemonic to at most one of its entries.
    void mnemonicsAreUniqueInEachMenu()
    {
        MainWindow window;
        QVERIFY2(clashes(window.menuBar()->actions()).isEmpty(),
                 qPrintable(clashes(window.menuBar()->actions()).join(u"; "_s)));
        const QList<QMenu *> menus = window.findChildren<QMenu *>();
        QVERIFY(menus.size() >= 5);
        for (QMenu *menu : menus) {
            Q_EMIT menu->aboutToShow(); // fills the menus made on demand (Open Recent)
            const QStringList found = clashes(menu->actions());
            QVERIFY2(found.isEmpty(), qPrintable(menu->title() + u": "_s + found.join(u"; "_s)));
        }
    }

    void undoStepNameIsUkrainian()
    {
        FreshProjects projects;
        auto project = projects.open();
        CLAIMBENCH_VERIFY_OK(project);
        ProjectSession session(*project);
        Tag tag;
        tag.name = u"Втрати"_s;
        CLAIMBENCH_VERIFY_OK(session.createTag(tag));
        // Edit › Undo reads "Скасувати " and then this name: a verbal noun, not a second imperative.
        QCOMPARE(session.undoStack()->undoText(), u"створення мітки «Втрати»"_s);
    }

    void coreErrorIsUkrainian()
    {
        const QTemporaryDir dir;
        const QString path = dir.filePath(u"missing.claimbench"_s);
        const auto opened = Project::open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().message, u"Файлу проєкту %1 немає"_s.arg(path));
    }

    void notAProjectErrorIsUkrainian()
    {
        const QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.claimbench"_s);
        QFile text(path);
        QVERIFY(text.open(QIODevice::WriteOnly));
        QVERIFY(text.write(QByteArray(200, 'x')) == 200);
        text.close();
        const auto opened = Project::open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().message, u"%1 — не проєкт Claimbench"_s.arg(path));
        QCOMPARE(opened.error().detail, u"немає заголовка SQLite 3"_s);
    }

    // Shown translated, stored and exported in SPEC.md's words.
    void qualifiersAndStatusesShowInUkrainian()
    {
        QCOMPARE(qualifierDisplayName(Qualifier::MoreThan), u"понад"_s);
        QCOMPARE(qualifierName(Qualifier::MoreThan), u"more than"_s);
        QCOMPARE(qualifierFromDisplayName(u"понад"), Qualifier::MoreThan);
        QCOMPARE(claimStatusDisplayName(ClaimStatus::Disputed), u"спірне"_s);
        QCOMPARE(claimStatusName(ClaimStatus::Disputed), u"disputed"_s);
    }

    // "К-сть" fits the tag dock beside the names; the tooltip spells it out.
    void tagCountHeaderExplainsItsShortForm()
    {
        const TagTreeModel model;
        QCOMPARE(model.headerData(TagTreeModel::ClaimsColumn, Qt::Horizontal).toString(), u"К-сть"_s);
        QCOMPARE(model.headerData(TagTreeModel::ClaimsColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 u"Кількість тверджень з цією міткою"_s);
    }

    // Qt's own catalogue, installed beside ours, in the same language.
    void qtOwnButtonsAreUkrainian()
    {
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Скасувати"_s);
    }

private:
    QString m_installed;
    QTemporaryDir m_settingsDir;
};

int main(int argc, char **argv)
{
    // What a Ukrainian desktop session sets; LANG may be C.UTF-8 or unset.
    qputenv("LANGUAGE", "uk");
    QApplication app(argc, argv);
    TestTranslations test(installTranslators());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
