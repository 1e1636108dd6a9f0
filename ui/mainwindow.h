#pragma once
#include <QMainWindow>
namespace Claimbench {
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};
}
