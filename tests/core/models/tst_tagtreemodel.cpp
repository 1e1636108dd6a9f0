#include "common/freshprojects.h"
#include "common/resultcheck.h"
#include "core/commands/projectsession.h"
#include "core/models/tagtreemodel.h"
#include "core/store/project.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

// The tree as text: "A(A1 A2) B", names in display order, children in brackets.
QString shape(const TagTreeModel &model, const QModelIndex &parent = {})
{
    QStringList parts;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, TagTreeModel::NameColumn, parent);
        QString part = index.data().toString();
        if (model.rowCount(index) > 0)
            part += u'(' + shape(model, index) + u')';
        parts.append(part);
    }
    return parts.join(u' ');
}

Tag makeTag(const QString &name, qint64 parentId = 0, const QColor &color = QColor(0xf4, 0xd0, 0x3f))
{
    Tag tag;
    tag.name = name;
    tag.parentId = parentId;
    tag.color = color;
    return tag;
}

} // namespace

class TestTagTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        auto project = m_projects.open();
        CLAIMBENCH_VERIFY_OK(project);
        m_session = std::make_unique<ProjectSession>(*project);
        m_model = std::make_unique<TagTreeModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setSession(m_session.get());
        // Casualties(Killed Wounded) Drones
        for (const auto &[name, parent] : {std::pair{u"Casualties"_s, u""_s}, {u"Drones"_s, u""_s},
                                           {u"Killed"_s, u"Casualties"_s}, {u"Wounded"_s, u"Casualties"_s}}) {
            const auto created = m_session->createTag(makeTag(name, parent.isEmpty() ? 0 : id(parent)));
            CLAIMBENCH_VERIFY_OK(created);
            m_ids.insert(name, *created);
        }
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_session.reset();
        m_ids.clear();
    }

    void withoutSessionHasNoRows()
    {
        TagTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(TagTreeModel::ColumnCount));
        QVERIFY(model.shortcutTagIds().isEmpty());
    }

    void showsTheTreeInDisplayOrder()
    {
        QCOMPARE(shape(*m_model), u"Casualties(Killed Wounded) Drones"_s);
        QStringList names;
        QList<int> depths;
        for (const TagTreeModel::Entry &entry : m_model->entries()) {
            names.append(entry.tag.name);
            depths.append(entry.depth);
        }
        QCOMPARE(names, (QStringList{u"Casualties"_s, u"Killed"_s, u"Wounded"_s, u"Drones"_s}));
        QCOMPARE(depths, (QList<int>{0, 1, 1, 0}));
        const QModelIndex killed = m_model->indexOfTag(id(u"Killed"_s));
        QCOMPARE(killed.parent(), m_model->indexOfTag(id(u"Casualties"_s)));
        QCOMPARE(m_model->tagIdAt(killed), id(u"Killed"_s));
        QCOMPARE(killed.data(TagTreeModel::ColorRole).value<QColor>(), QColor(0xf4, 0xd0, 0x3f));
        QCOMPARE(killed.data(Qt::DecorationRole).value<QColor>(), QColor(0xf4, 0xd0, 0x3f));
        QVERIFY(!m_model->indexOfTag(9999).isValid());
        QCOMPARE(m_model->tagIdAt({}), 0);
    }

    void numberKeysFollowTheDisplayOrder()
    {
        QCOMPARE(m_model->shortcutTagIds(), (QList<qint64>{id(u"Casualties"_s), id(u"Killed"_s),
                                                           id(u"Wounded"_s), id(u"Drones"_s)}));
        QCOMPARE(m_model->indexOfTag(id(u"Drones"_s), TagTreeModel::KeyColumn).data().toString(), u"4"_s);
        for (int i = 0; i < 7; ++i)
            CLAIMBENCH_VERIFY_OK(m_session->createTag(makeTag(u"Extra %1"_s.arg(i))));
        QCOMPARE(m_model->shortcutTagIds().size(), TagTreeModel::kShortcutCount);
        const qint64 tenth = m_model->entries().at(9).tag.id;
        QCOMPARE(m_model->indexOfTag(tenth).data(TagTreeModel::ShortcutKeyRole).toInt(), 0);
        QVERIFY(m_model->indexOfTag(tenth, TagTreeModel::KeyColumn).data().isNull());
        QCOMPARE(m_model->indexOfTag(m_model->entries().at(8).tag.id)
                     .data(TagTreeModel::ShortcutKeyRole).toInt(), 9);
    }

    void addAndUndoReshapeTheTree()
    {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        CLAIMBENCH_VERIFY_OK(m_session->createTag(makeTag(u"Shot down"_s, id(u"Drones"_s))));
        QCOMPARE(shape(*m_model), u"Casualties(Killed Wounded) Drones(Shot down)"_s);
        m_session->undoStack()->undo();
        QCOMPARE(shape(*m_model), u"Casualties(Killed Wounded) Drones"_s);
        m_session->undoStack()->redo();
        QCOMPARE(shape(*m_model), u"Casualties(Killed Wounded) Drones(Shot down)"_s);
        QCOMPARE(resets.count(), 3);
    }

    void renameThroughSetDataIsOneUndoStep()
    {
        const QModelIndex drones = m_model->indexOfTag(id(u"Drones"_s));
        QVERIFY(drones.flags() & Qt::ItemIsEditable);
        QVERIFY(!(m_model->indexOfTag(id(u"Drones"_s), TagTreeModel::ClaimsColumn).flags()
                  & Qt::ItemIsEditable));
        const int steps = m_session->undoStack()->count();
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->setData(drones, u"  Drone   attacks "_s));
        QCOMPARE(shape(*m_model), u"Casualties(Killed Wounded) Drone attacks"_s);
        // Renaming keeps the rows (and the view's editor and selection).
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<QModelIndex>(), drones);
        QCOMPARE(m_session->undoStack()->count(), steps + 1);
        // Blank and unchanged names are no edit at all.
        QVERIFY(!m_model->setData(m_model->indexOfTag(id(u"Drones"_s)), u"   "_s));
        QVERIFY(!m_model->setData(m_model->indexOfTag(id(u"Drones"_s)), u"Drone attacks"_s));
        QCOMPARE(m_session->undoStack()->count(), steps + 1);
        m_session->undoStack()->undo();
        QCOMPARE(shape(*m_model), u"Casualties(Killed Wounded) Drones"_s);
    }

    void dropMovesAndReorders_data()
    {
        QTest::addColumn<QString>("dragged");
        QTest::addColumn<QString>("onto");   // empty: the top level
        QTest::addColumn<int>("row");        // -1: onto the tag itself
        QTest::addColumn<QString>("expected");
        QTest::newRow("onto a tag: last child")
            << u"Drones"_s << u"Casualties"_s << -1 << u"Casualties(Killed Wounded Drones)"_s;
        QTest::newRow("between children")
            << u"Drones"_s << u"Casualties"_s << 1 << u"Casualties(Killed Drones Wounded)"_s;
        QTest::newRow("child to top level first")
            << u"Wounded"_s << QString() << 0 << u"Wounded Casualties(Killed) Drones"_s;
        QTest::newRow("child to top level end")
            << u"Killed"_s << QString() << -1 << u"Casualties(Wounded) Drones Killed"_s;
        QTest::newRow("reorder down among siblings")
            << u"Killed"_s << u"Casualties"_s << 2 << u"Casualties(Wounded Killed) Drones"_s;
        QTest::newRow("reorder up among siblings")
            << u"Drones"_s << QString() << 0 << u"Drones Casualties(Killed Wounded)"_s;
    }

    void dropMovesAndReorders()
    {
        QFETCH(QString, dragged);
        QFETCH(QString, onto);
        QFETCH(int, row);
        QFETCH(QString, expected);
        const QString before = shape(*m_model);
        std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->indexOfTag(id(dragged))}));
        QVERIFY(data);
        const QModelIndex parent = onto.isEmpty() ? QModelIndex() : m_model->indexOfTag(id(onto));
        QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, row, 0, parent));
        QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, row, 0, parent));
        QCOMPARE(shape(*m_model), expected);
        m_session->undoStack()->undo();
        QCOMPARE(shape(*m_model), before);
        m_session->undoStack()->redo();
        QCOMPARE(shape(*m_model), expected);
    }

    void dropRefusesCyclesAndForeignData()
    {
        std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->indexOfTag(id(u"Casualties"_s))}));
        QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0,
                                          m_model->indexOfTag(id(u"Killed"_s))));
        QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0,
                                          m_model->indexOfTag(id(u"Casualties"_s))));
        QVERIFY(!m_model->dropMimeData(data.get(), Qt::MoveAction, -1, 0,
                                       m_model->indexOfTag(id(u"Killed"_s))));
        QMimeData text;
        text.setText(u"Casualties"_s);
        QVERIFY(!m_model->canDropMimeData(&text, Qt::MoveAction, -1, 0, {}));
        QCOMPARE(shape(*m_model), u"Casualties(Killed Wounded) Drones"_s);
    }

    void deleteMovesChildrenUpAndUndoRestores()
    {
        CLAIMBENCH_VERIFY_OK(m_session->deleteTag(id(u"Casualties"_s), 0));
        QCOMPARE(shape(*m_model), u"Drones Killed Wounded"_s); // the children follow their new siblings
        QVERIFY(!m_model->tag(id(u"Casualties"_s)));
        m_session->undoStack()->undo();
        QCOMPARE(shape(*m_model), u"Casualties(Killed Wounded) Drones"_s);
        QCOMPARE(m_model->tag(id(u"Casualties"_s))->name, u"Casualties"_s);
    }

    void countsClaimsPerTag()
    {
        Article article;
        article.title = u"Night of drones"_s;
        article.body = u"Russia launched 63 drones overnight; 28 were shot down and 21 jammed."_s;
        CLAIMBENCH_VERIFY_OK(m_session->project()->articles().add(article));
        QList<qint64> claimIds;
        for (const QString &figure : {u"63"_s, u"28"_s, u"21"_s}) {
            Claim claim;
            claim.articleId = article.id;
            claim.start = int(article.body.indexOf(figure));
            claim.end = claim.start + int(figure.size());
            claim.tagId = id(u"Drones"_s);
            auto created = m_session->createClaim(ClaimDraft{claim, {}, {}});
            CLAIMBENCH_VERIFY_OK(created);
            claimIds.append(*created);
        }
        const auto count = [&](const QString &name) {
            return m_model->indexOfTag(id(name), TagTreeModel::ClaimsColumn).data().toInt();
        };
        QCOMPARE(count(u"Drones"_s), 3);
        QCOMPARE(count(u"Killed"_s), 0);

        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        auto claim = m_session->project()->claims().get(claimIds.first());
        CLAIMBENCH_VERIFY_OK(claim);
        claim->tagId = id(u"Killed"_s);
        CLAIMBENCH_VERIFY_OK(m_session->updateClaim(ClaimDraft{*claim, {}, {}}, u"Edit tag"_s));
        QCOMPARE(count(u"Drones"_s), 2);
        QCOMPARE(count(u"Killed"_s), 1);
        QCOMPARE(changed.count(), 2);

        CLAIMBENCH_VERIFY_OK(m_session->deleteClaims(claimIds));
        QCOMPARE(count(u"Drones"_s), 0);
        m_session->undoStack()->undo();
        QCOMPARE(count(u"Drones"_s), 2);
    }

    void uncountedModelListsOnly()
    {
        TagTreeModel model(TagTreeModel::ClaimCounts::NotCounted);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(m_session.get());
        QCOMPARE(shape(model), u"Casualties(Killed Wounded) Drones"_s);
        QVERIFY(model.indexOfTag(id(u"Drones"_s), TagTreeModel::ClaimsColumn).data().isNull());
    }

private:
    qint64 id(const QString &name) const { return m_ids.value(name); }

    FreshProjects m_projects;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<TagTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QHash<QString, qint64> m_ids;
};

QTEST_GUILESS_MAIN(TestTagTreeModel)
#include "tst_tagtreemodel.moc"
