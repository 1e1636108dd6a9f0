#pragma once

#include "core/error.h"

#include <QHash>
#include <QList>

#include <optional>
#include <type_traits>

namespace Claimbench {

// The base of a model whose rows are the answer of one repository query:
// replaced wholesale on a reload (NameListModel), or merged row by row where
// a view must keep its scroll position and selection while the rows change
// under it (another analyst's edits on a team server).
// `Base` is the Qt model class (QAbstractListModel, QAbstractTableModel).
// A template adds no QObject of its own, so the derived class keeps its
// Q_OBJECT, signals and meta-object.
template<typename Base>
class QueriedRowsModel : public Base
{
protected:
    using Base::Base;

    // Replaces `rows` with the query's answer inside one model reset, or
    // empties them when the query failed, and returns that failure for the
    // model to report (errorOccurred). The query runs before the reset
    // begins, so views never see a reset left open by an error.
    template<typename Row>
    std::optional<Error> replaceRows(QList<Row> &rows, Result<QList<Row>> answer)
    {
        this->beginResetModel();
        rows = answer ? std::move(*answer) : QList<Row>();
        this->endResetModel();
        if (!answer)
            return answer.error();
        return std::nullopt;
    }

    // Makes `rows` equal to `fresh` (rows of one column range; `keyOf(row)`
    // tells which row it is, unique within each list) as views see edits:
    // rows gone are removed, rows new are inserted, rows that stayed in the
    // same order keep their place (and so the selection and the scroll
    // position), a row that moved is removed and inserted again; every row
    // that stayed reports dataChanged. No model reset.
    template<typename Row, typename KeyOf>
    void mergeRows(QList<Row> &rows, QList<Row> fresh, KeyOf keyOf, int lastColumn)
    {
        using Key = std::invoke_result_t<KeyOf &, const Row &>;
        QHash<Key, qsizetype> freshIndex;
        freshIndex.reserve(fresh.size());
        for (qsizetype i = 0; i < fresh.size(); ++i)
            freshIndex.insert(keyOf(fresh.at(i)), i);
        // Greedy: keep each row that is still there after the last one kept.
        QList<bool> kept(rows.size(), false);
        qsizetype lastKept = -1;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const qsizetype at = freshIndex.value(keyOf(rows.at(i)), -1);
            if (at > lastKept) {
                kept[i] = true;
                lastKept = at;
            }
        }
        for (qsizetype end = rows.size(); end > 0;) {
            if (kept.at(end - 1)) {
                --end;
                continue;
            }
            qsizetype begin = end - 1;
            while (begin > 0 && !kept.at(begin - 1))
                --begin;
            this->beginRemoveRows({}, int(begin), int(end - 1));
            rows.remove(begin, end - begin);
            this->endRemoveRows();
            end = begin;
        }
        // What is left is in `fresh`'s order: insert the rows between.
        qsizetype next = 0; // in rows
        for (qsizetype i = 0; i < fresh.size();) {
            if (next < rows.size() && keyOf(rows.at(next)) == keyOf(fresh.at(i))) {
                rows[next++] = std::move(fresh[i++]);
                continue;
            }
            qsizetype run = i + 1;
            while (run < fresh.size() && !(next < rows.size() && keyOf(rows.at(next)) == keyOf(fresh.at(run))))
                ++run;
            this->beginInsertRows({}, int(next), int(next + run - i - 1));
            for (qsizetype k = i; k < run; ++k)
                rows.insert(next++, std::move(fresh[k]));
            this->endInsertRows();
            i = run;
        }
        if (!rows.isEmpty())
            Q_EMIT this->dataChanged(this->index(0, 0), this->index(int(rows.size()) - 1, lastColumn));
    }
};

} // namespace Claimbench
