#pragma once

#include <QWidget>

namespace Claimbench {

class ReaderPane;

// The narrow bar between the two reader panes. For every claim shown in the
// left pane and every claim shown in the right pane that count the same
// metric it draws a line from the one's height to the other's; a tick marks
// each claim that has a metric. The selected claim's metric is drawn strong.
class LinkBar : public QWidget
{
    Q_OBJECT
public:
    // The panes are not owned and must outlive the bar.
    LinkBar(ReaderPane *left, ReaderPane *right, QWidget *parent = nullptr);

    // The metric whose links are emphasised (0: none).
    void setEmphasizedMetric(qint64 metricId);
    // The number of links drawn by the last paint, for tests.
    int linkCount() const { return m_linkCount; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Mark
    {
        int y = 0;
        qint64 metricId = 0;
    };
    QList<Mark> marks(const ReaderPane *pane) const;

    ReaderPane *m_left;
    ReaderPane *m_right;
    qint64 m_emphasized = 0;
    int m_linkCount = 0;
};

} // namespace Claimbench
