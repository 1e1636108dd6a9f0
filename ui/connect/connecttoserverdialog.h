#pragma once

#include "core/store/serveraddress.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Claimbench {

class ProjectController;

// File › Connect to Server…: the host, port, database, user and TLS mode of a
// team project, the last ones used filled in (QSettings; never a password).
// Connect opens the project on a worker thread, so the dialog stays live
// while the server answers (libpq gives up after its connect timeout); the
// password, when the server wants one, is asked over the dialog
// (ServerPasswordDialog, ServerLogin's attempts). A failure is said in the dialog, which stays open to correct the
// fields; success hands the project to the controller and closes it.
class ConnectToServerDialog : public QDialog
{
    Q_OBJECT
public:
    // `projects` is not owned and must outlive the dialog.
    explicit ConnectToServerDialog(ProjectController *projects, QWidget *parent = nullptr);
    ~ConnectToServerDialog() override;

    // The address the fields give (no password), for Connect and the URL shown.
    ServerAddress address() const;
    // True while a connection is being made.
    bool isConnecting() const { return m_connecting; }

    void reject() override;

Q_SIGNALS:
    // A connection attempt ended without a project (the error is shown).
    void connectFailed();

private:
    void connectToServer();
    void finishConnecting(bool opened, const QString &message, const QString &detail);
    void updateUrl();
    // The field Connect refuses, and why: one that holds more than a name.
    struct Refusal
    {
        QLineEdit *field;
        QString why;
    };
    std::optional<Refusal> refusal() const;
    void setConnecting(bool connecting);
    void restoreFields();
    void saveFields() const;

    ProjectController *m_projects;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLabel *m_url;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    bool m_connecting = false;
    // Set when the dialog gives up on a connection still being made: its
    // worker's project, if it comes, is dropped.
    std::shared_ptr<bool> m_abandoned;
};

} // namespace Claimbench
