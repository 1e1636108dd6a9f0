#pragma once

#include <QLabel>

namespace Claimbench {

// The quiet, centred sentence a view shows instead of being blank ("No
// project open — ..."), so that every empty screen says what to do next.
class EmptyStateLabel : public QLabel
{
    Q_OBJECT
public:
    explicit EmptyStateLabel(QWidget *parent = nullptr);
};

} // namespace Claimbench
