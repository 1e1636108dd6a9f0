#pragma once

#include "core/error.h"
#include "core/store/serveraddress.h"

#include <QDialog>

#include <optional>

class QLineEdit;

namespace Claimbench {

// Asks for the password of a team server's user, naming user@host/database,
// when ~/.pgpass holds none or the server refused the last one (then it says
// so and which attempt this is). The password is returned, never stored
// here; ServerPasswords keeps it for the session.
class ServerPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // `attempt` counts from 1 up to ServerLogin::kPasswordAttempts;
    // `refusal` is the server's NeedsPassword error for the address tried
    // (with an empty password: none was given yet).
    ServerPasswordDialog(const ServerAddress &address, int attempt, const Error &refusal, QWidget *parent = nullptr);

    QString password() const;

    // Runs the dialog (modal); nullopt when cancelled. A ServerLogin::PasswordPrompt.
    static std::optional<QString> ask(QWidget *parent, const ServerAddress &address, int attempt,
                                      const Error &refusal);

private:
    QLineEdit *m_password;
};

} // namespace Claimbench
