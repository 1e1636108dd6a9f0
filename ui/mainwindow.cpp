#include "ui/mainwindow.h"
namespace Claimbench {
MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {}
}
