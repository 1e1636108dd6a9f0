#pragma once

#include "core/error.h"

#include <QList>

#include <optional>

namespace Claimbench {

// The base of a model whose rows are the answer of one repository query,
// replaced wholesale on every reload (NameListModel).
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
};

} // namespace Claimbench
