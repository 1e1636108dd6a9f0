#include "ui/connect/serverpassworddialog.h"

#include "core/store/projectlocation.h"
#include "core/store/serverlogin.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// "analyst@db.example.org/war"; libpq's defaults (the OS user, the local
// socket) spelled out so that the analyst knows whose password is meant.
QString account(const ServerAddress &address)
{
    const QString user = ProjectLocation::userName(address);
    const QString host = address.host.isEmpty() || address.host.startsWith(u'/') ? u"localhost"_s : address.host;
    return user + u'@' + host + u'/' + address.database;
}

} // namespace

ServerPasswordDialog::ServerPasswordDialog(const ServerAddress &address, int attempt, const Error &refusal,
                                           QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
{
    setObjectName(u"serverPasswordDialog"_s);
    setWindowTitle(tr("Password for %1").arg(ProjectLocation::displayName(address)));
    auto *intro = new QLabel(tr("The team server asks for the password of <b>%1</b>.")
                                 .arg(account(address).toHtmlEscaped()),
                             this);
    intro->setObjectName(u"serverPasswordIntro"_s);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *refused = new QLabel(this);
    refused->setObjectName(u"serverPasswordRefused"_s);
    refused->setWordWrap(true);
    if (!address.password.isEmpty()) {
        refused->setText(tr("The server refused that password (attempt %1 of %2).")
                             .arg(attempt)
                             .arg(ServerLogin::kPasswordAttempts));
        refused->setToolTip(refusal.detail);
    }
    refused->setVisible(!refused->text().isEmpty());

    m_password->setObjectName(u"serverPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(m_password->fontMetrics().averageCharWidth() * 32);
    // Wide enough for "user@host/database" and the refusal on a line each.
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);

    auto *note = new QLabel(tr("Kept in memory until Claimbench quits, never saved. To be asked no more, "
                               "put it in ~/.pgpass."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false); // a hint, greyed

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log In"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, ok, [ok](const QString &text) { ok->setEnabled(!text.isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(refused);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    m_password->setFocus();
}

QString ServerPasswordDialog::password() const
{
    return m_password->text();
}

std::optional<QString> ServerPasswordDialog::ask(QWidget *parent, const ServerAddress &address, int attempt,
                                                 const Error &refusal)
{
    ServerPasswordDialog dialog(address, attempt, refusal, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.password();
}

} // namespace Claimbench
