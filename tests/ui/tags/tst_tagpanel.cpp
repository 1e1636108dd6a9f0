#include "common/freshprojects.h"
#include "common/resultcheck.h"
#include "core/commands/projectsession.h"
#include "core/store/project.h"
#include "ui/tags/deletetagdialog.h"
#include "ui/tags/tagicon.h"
#include "ui/tags/tagpanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

// What the delete prompt was asked, and what it answered.
struct DeletePrompt
{
    int calls = 0;
    int claimCount = 0;
    QStringList targets;
    std::optional<qint64> answer;
};

} // namespace

class TestTagPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        auto project = m_projects.open();
        CLAIMBENCH_VERIFY_OK(project);
        m_session = std::make_unique<ProjectSession>(*project);
        m_panel = std::make_unique<TagPanel>(m_session.get());
        m_prompt = {};
        m_color.reset();
        m_panel->setPrompts({
            [this](QWidget *, const Tag &) { return m_color; },
            [this](QWidget *, const Tag &, int claims, const QList<TagTreeModel::Entry> &targets) {
                ++m_prompt.calls;
                m_prompt.claimCount = claims;
                m_prompt.targets.clear();
                for (const TagTreeModel::Entry &entry : targets)
                    m_prompt.targets.append(entry.tag.name);
                return m_prompt.answer;
            },
        });
        m_panel->resize(320, 400);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset();
        m_session.reset();
    }

    void emptyProjectSaysHowToStart()
    {
        QVERIFY(m_panel->findChild<QTreeView *>()->isHidden());
        QVERIFY(!m_panel->addChildTagAction()->isEnabled());
        QVERIFY(m_panel->addTagAction()->isEnabled());
        TagPanel noProject(nullptr);
        QVERIFY(!noProject.addTagAction()->isEnabled());
    }

    void addTagStartsInlineRename()
    {
        m_panel->addTagAction()->trigger();
        QTreeView *view = m_panel->view();
        QVERIFY(view->isVisible());
        QVERIFY(view->isAncestorOf(QApplication::focusWidget())); // the inline editor
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, u"Casualties"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits Return through a queued call.
        QTRY_COMPARE(storedNames(), QStringList{u"Casualties"_s});
        // Creating and naming are one step (issue 20: they were two).
        QCOMPARE(m_session->undoStack()->count(), 1);
        QCOMPARE(m_session->undoStack()->undoText(), u"Create tag “Casualties”"_s);
        QCOMPARE(m_panel->currentTagId(), m_panel->model()->entries().first().tag.id);
        QVERIFY(m_panel->model()->entries().first().tag.color.isValid());

        m_session->undoStack()->undo();
        QCOMPARE(storedNames(), QStringList{});
        m_session->undoStack()->redo();
        QCOMPARE(storedNames(), QStringList{u"Casualties"_s});
    }

    void addChildTagGoesUnderTheCurrentOne()
    {
        const qint64 parent = addTag(u"Casualties"_s);
        QVERIFY(m_panel->selectTag(parent));
        QVERIFY(m_panel->addChildTagAction()->isEnabled());
        m_panel->addChildTagAction()->trigger();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // keeps "New tag"
        const auto tags = m_session->project()->tags().list();
        CLAIMBENCH_VERIFY_OK(tags);
        QCOMPARE(tags->size(), 2);
        QCOMPARE(tags->at(1).parentId, parent);
        QCOMPARE(tags->at(1).name, u"New tag"_s);
        QVERIFY(m_panel->view()->isExpanded(m_panel->model()->indexOfTag(parent)));
    }

    void renameWithF2()
    {
        const qint64 id = addTag(u"Drones"_s);
        QVERIFY(m_panel->selectTag(id));
        m_panel->view()->setFocus();
        QTest::keyClick(m_panel->view(), Qt::Key_F2);
        QVERIFY(m_panel->view()->isAncestorOf(QApplication::focusWidget()));
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, u"Drone attacks"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(storedNames(), QStringList{u"Drone attacks"_s});
        QCOMPARE(m_panel->currentTagId(), id); // still chosen after the reload
    }

    void recolorAsksForAColor()
    {
        const qint64 id = addTag(u"Drones"_s);
        QVERIFY(m_panel->selectTag(id));
        const int steps = m_session->undoStack()->count();
        m_color.reset(); // cancelled
        m_panel->recolorAction()->trigger();
        QCOMPARE(m_session->undoStack()->count(), steps);
        m_color = QColor(0x12, 0x34, 0x56);
        m_panel->recolorAction()->trigger();
        auto stored = m_session->project()->tags().get(id);
        CLAIMBENCH_VERIFY_OK(stored);
        QCOMPARE(stored->color, QColor(0x12, 0x34, 0x56));
        QCOMPARE(m_panel->model()->indexOfTag(id).data(Qt::DecorationRole).value<QColor>(),
                 QColor(0x12, 0x34, 0x56));
        m_session->undoStack()->undo();
        QCOMPARE(m_session->project()->tags().get(id)->color, TagPanel::defaultColor(0));
    }

    void deleteWithoutClaimsAsksNothing()
    {
        const qint64 id = addTag(u"Drones"_s);
        QVERIFY(m_panel->selectTag(id));
        m_panel->view()->setFocus();
        QTest::keyClick(m_panel->view(), Qt::Key_Delete);
        QCOMPARE(m_prompt.calls, 0);
        QVERIFY(storedNames().isEmpty());
        m_session->undoStack()->undo();
        QCOMPARE(storedNames(), QStringList{u"Drones"_s});
    }

    void deleteWithClaimsAsksWhereTheyGo_data()
    {
        QTest::addColumn<QString>("answer"); // a tag name, "" to untag, "cancel"
        QTest::addColumn<QString>("expectedTag");
        QTest::newRow("move to another tag") << u"Losses"_s << u"Losses"_s;
        QTest::newRow("leave untagged") << QString() << QString();
        QTest::newRow("cancel keeps everything") << u"cancel"_s << u"Casualties"_s;
    }

    void deleteWithClaimsAsksWhereTheyGo()
    {
        QFETCH(QString, answer);
        QFETCH(QString, expectedTag);
        const qint64 casualties = addTag(u"Casualties"_s);
        const qint64 losses = addTag(u"Losses"_s);
        const QHash<QString, qint64> ids{{u"Casualties"_s, casualties}, {u"Losses"_s, losses}};
        const QList<qint64> claims = addClaims(casualties, 2);
        m_prompt.answer = answer == u"cancel"_s ? std::nullopt : std::optional(ids.value(answer));

        QVERIFY(m_panel->selectTag(casualties));
        const int steps = m_session->undoStack()->count();
        m_panel->deleteAction()->trigger();
        QCOMPARE(m_prompt.calls, 1);
        QCOMPARE(m_prompt.claimCount, 2);
        QCOMPARE(m_prompt.targets, QStringList{u"Losses"_s});
        QCOMPARE(tagNamesOf(claims), (QStringList{expectedTag, expectedTag}));
        if (answer == u"cancel"_s) {
            QCOMPARE(m_session->undoStack()->count(), steps);
            QCOMPARE(storedNames(), (QStringList{u"Casualties"_s, u"Losses"_s}));
            return;
        }
        QCOMPARE(storedNames(), QStringList{u"Losses"_s});
        m_session->undoStack()->undo();
        QCOMPARE(storedNames(), (QStringList{u"Casualties"_s, u"Losses"_s}));
        QCOMPARE(tagNamesOf(claims), (QStringList{u"Casualties"_s, u"Casualties"_s}));
    }

    void numberKeysAreShown()
    {
        for (int i = 1; i <= 10; ++i)
            addTag(u"Tag %1"_s.arg(i));
        const TagTreeModel *model = m_panel->model();
        QCOMPARE(model->index(0, TagTreeModel::KeyColumn).data().toString(), u"1"_s);
        QCOMPARE(model->index(8, TagTreeModel::KeyColumn).data().toString(), u"9"_s);
        QVERIFY(model->index(9, TagTreeModel::KeyColumn).data().toString().isEmpty());
    }

    void activationChoosesTheTag()
    {
        const qint64 id = addTag(u"Drones"_s);
        QSignalSpy chosen(m_panel.get(), &TagPanel::tagChosen);
        QVERIFY(m_panel->selectTag(id));
        m_panel->view()->setFocus();
        QTest::keyClick(m_panel->view(), Qt::Key_Return);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toLongLong(), id);
    }

    void deleteDialogOffersMoveOrUntag()
    {
        Tag doomed{1, 0, u"Casualties"_s, Qt::yellow, 0};
        const QList<TagTreeModel::Entry> targets{{Tag{2, 0, u"Losses"_s, Qt::red, 1}, 0, 0},
                                                 {Tag{3, 2, u"Killed"_s, Qt::blue, 0}, 1, 0}};
        {
            DeleteTagDialog dialog(doomed, 3, targets);
            QVERIFY(dialog.findChild<QLabel *>()->text().contains(u"“Casualties” is the tag of 3 claims"_s));
            QVERIFY(dialog.moveButton()->isChecked());
            dialog.targetBox()->setCurrentIndex(1);
            dialog.accept();
            QCOMPARE(dialog.choice(), std::optional<qint64>(3));
        }
        {
            DeleteTagDialog dialog(doomed, 3, targets);
            dialog.untagButton()->setChecked(true);
            QVERIFY(!dialog.targetBox()->isEnabled());
            dialog.accept();
            QCOMPARE(dialog.choice(), std::optional<qint64>(0));
        }
        {
            DeleteTagDialog dialog(doomed, 3, targets);
            dialog.reject();
            QCOMPARE(dialog.choice(), std::nullopt);
        }
        {
            DeleteTagDialog dialog(doomed, 3, {});
            QVERIFY(!dialog.moveButton()->isEnabled());
            QVERIFY(dialog.untagButton()->isChecked());
        }
    }

    // Issue 13, "Look": at 200 % the swatch is drawn with 32 px, not a 16 px
    // one scaled up blurred.
    void tagIconIsDrawnForEveryPixelRatio()
    {
        const QIcon icon = tagIcon(QColor(0x5dade2));
        QVERIFY(icon.availableSizes().contains(QSize(32, 32)));
        const QPixmap pixmap = icon.pixmap(QSize(16, 16), 2.0);
        QCOMPARE(pixmap.size(), QSize(32, 32));
        QCOMPARE(pixmap.deviceIndependentSize(), QSizeF(16, 16));
    }

private:
    qint64 addTag(const QString &name)
    {
        Tag tag{0, 0, name, TagPanel::defaultColor(0), 0};
        const auto id = m_session->createTag(tag);
        return id ? *id : 0;
    }

    QList<qint64> addClaims(qint64 tagId, int count)
    {
        Article article;
        article.title = u"Losses"_s;
        article.body = u"Russian casualties have surpassed one million troops."_s;
        if (!m_session->project()->articles().add(article))
            return {};
        const int figure = int(article.body.indexOf(u"one million"_s));
        QList<qint64> ids;
        for (int i = 0; i < count; ++i) {
            Claim claim;
            claim.articleId = article.id;
            claim.start = figure + 4 * (i % 2); // "one million", "million"
            claim.end = figure + 11;
            claim.tagId = tagId;
            if (const auto id = m_session->createClaim(ClaimDraft{claim, {}, {}}))
                ids.append(*id);
        }
        return ids;
    }

    QStringList storedNames() const
    {
        QStringList names;
        if (const auto tags = m_session->project()->tags().list())
            for (const Tag &tag : *tags)
                names.append(tag.name);
        return names;
    }

    QStringList tagNamesOf(const QList<qint64> &claimIds) const
    {
        QStringList names;
        for (const qint64 id : claimIds) {
            const auto claim = m_session->project()->claims().get(id);
            const auto tag = claim && claim->tagId ? m_session->project()->tags().get(claim->tagId)
                                                   : Result<Tag>(Tag{});
            names.append(tag ? tag->name : u"?"_s);
        }
        return names;
    }

    FreshProjects m_projects;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<TagPanel> m_panel;
    DeletePrompt m_prompt;
    std::optional<QColor> m_color;
};

QTEST_MAIN(TestTagPanel)
#include "tst_tagpanel.moc"
