#include "ui/connect/connecttoserverdialog.h"

#include "core/store/projectlocation.h"
#include "core/store/serverlogin.h"
#include "ui/connect/serverpassworddialog.h"
#include "ui/projectcontroller.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

const QString kHostKey = u"connectToServer/host"_s;
const QString kPortKey = u"connectToServer/port"_s;
const QString kDatabaseKey = u"connectToServer/database"_s;
const QString kUserKey = u"connectToServer/user"_s;
const QString kSslModeKey = u"connectToServer/sslMode"_s;

constexpr int kDefaultPort = 5432;
// libpq's own default, left out of the URL.
constexpr QLatin1StringView kDefaultSslMode{"prefer"};

} // namespace

ConnectToServerDialog::ConnectToServerDialog(ProjectController *projects, QWidget *parent)
    : QDialog(parent)
    , m_projects(projects)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_url(new QLabel(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"connectToServerDialog"_s);
    setWindowTitle(tr("Connect to Server"));

    m_host->setObjectName(u"serverHost"_s);
    m_host->setPlaceholderText(tr("this computer"));
    m_host->setToolTip(tr("The server's host name or address; empty for a server on this computer"));
    m_port->setObjectName(u"serverPort"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPort);
    m_database->setObjectName(u"serverDatabase"_s);
    m_database->setToolTip(tr("The team project's database, as the server's administrator created it"));
    m_user->setObjectName(u"serverUser"_s);
    m_user->setPlaceholderText(ProjectLocation::userName({}));
    m_user->setToolTip(tr("Your role on the server; empty for your login name"));
    m_sslMode->setObjectName(u"serverSslMode"_s);
    m_sslMode->addItem(tr("Prefer TLS (when the server offers it)"), QString(kDefaultSslMode));
    m_sslMode->addItem(tr("Require TLS (certificate not checked)"), u"require"_s);
    m_sslMode->addItem(tr("Require TLS, check the certificate's authority"), u"verify-ca"_s);
    m_sslMode->addItem(tr("Require TLS, check the certificate and host name"), u"verify-full"_s);
    m_sslMode->addItem(tr("No TLS"), u"disable"_s);
    m_host->setMinimumWidth(m_host->fontMetrics().averageCharWidth() * 36);

    m_url->setObjectName(u"serverUrl"_s);
    // What Open Recent and the status bar will show, and what a colleague
    // can be sent (`claimbench URL`): selectable.
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(u"connectStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&TLS:"), m_sslMode);
    form->addRow(tr("Address:"), m_url);

    auto *note = new QLabel(tr("The password comes from ~/.pgpass; without one there, Claimbench asks for it and "
                               "keeps it only until it quits."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectToServerDialog::connectToServer);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectToServerDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    restoreFields();
    for (QLineEdit *field : {m_host, m_database, m_user})
        connect(field, &QLineEdit::textChanged, this, &ConnectToServerDialog::updateUrl);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectToServerDialog::updateUrl);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ConnectToServerDialog::updateUrl);
    updateUrl();
    (m_database->text().isEmpty() && !m_host->text().isEmpty() ? m_database : m_host)->setFocus();
}

ConnectToServerDialog::~ConnectToServerDialog()
{
    if (m_abandoned)
        *m_abandoned = true;
}

ServerAddress ConnectToServerDialog::address() const
{
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    const QString sslMode = m_sslMode->currentData().toString();
    address.sslMode = sslMode == kDefaultSslMode ? QString() : sslMode;
    return address;
}

void ConnectToServerDialog::reject()
{
    // A connection still being made goes on until the server answers or
    // libpq's timeout; what it opens is dropped.
    if (m_abandoned)
        *m_abandoned = true;
    QDialog::reject();
}

void ConnectToServerDialog::connectToServer()
{
    if (m_connecting)
        return;
    const ServerAddress address = this->address();
    if (const std::optional<Refusal> refused = refusal()) {
        finishConnecting(false, refused->why, {});
        refused->field->setFocus();
        refused->field->selectAll();
        return;
    }
    if (address.database.isEmpty()) {
        finishConnecting(false, tr("Enter the name of the project's database."), {});
        m_database->setFocus();
        return;
    }
    saveFields();
    setConnecting(true);
    m_status->setText(tr("Connecting to %1…").arg(address.toString()));
    m_status->setStyleSheet({});
    m_status->show();

    auto abandoned = std::make_shared<bool>(false); // read and written on the GUI thread only
    m_abandoned = abandoned;
    // The worker asks on the GUI thread, over this dialog, and waits for the
    // answer; a dialog closed meanwhile answers "cancelled".
    const QPointer<ConnectToServerDialog> self(this);
    const ServerLogin::PasswordPrompt ask = [self, abandoned](const ServerAddress &tried, int attempt,
                                                              const Error &refusal) {
        std::optional<QString> answer;
        QMetaObject::invokeMethod(
            qApp,
            [&] {
                if (self && !*abandoned)
                    answer = ServerPasswordDialog::ask(self, tried, attempt, refusal);
            },
            Qt::BlockingQueuedConnection);
        return answer;
    };
    auto result = std::make_shared<Result<std::shared_ptr<Project>>>();
    QThread *worker = QThread::create([address, ask, result] {
        *result = ServerLogin::open(address, Project::OpenMode::OpenExisting, ask);
        // The GUI thread opens its own connection on first use.
        if (*result)
            (**result)->releaseThreadConnection();
    });
    worker->setObjectName(u"connectToServer"_s);
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, result, abandoned] {
        if (*abandoned)
            return;
        m_abandoned.reset();
        if (*result) {
            setConnecting(false);
            m_projects->adopt(std::move(**result));
            accept();
            return;
        }
        const Error &error = result->error();
        if (error.code == Error::Code::Cancelled)
            finishConnecting(false, tr("Not connected: no password was given."), {});
        else
            finishConnecting(false, error.message, error.detail);
    });
    worker->start();
}

void ConnectToServerDialog::finishConnecting(bool opened, const QString &message, const QString &detail)
{
    setConnecting(false);
    m_status->setText(detail.isEmpty() ? message : message + u"\n"_s + detail);
    // Red, as the analyst must not read it as progress.
    m_status->setStyleSheet(opened ? QString() : u"color: #b00020;"_s);
    m_status->show();
    if (!opened)
        Q_EMIT connectFailed();
}

void ConnectToServerDialog::setConnecting(bool connecting)
{
    m_connecting = connecting;
    for (QWidget *field : std::initializer_list<QWidget *>{m_host, m_port, m_database, m_user, m_sslMode})
        field->setEnabled(!connecting);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!connecting);
    if (connecting)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

std::optional<ConnectToServerDialog::Refusal> ConnectToServerDialog::refusal() const
{
    const ServerAddress address = this->address();
    // A pasted user:password@host, ?password=… or URL would reach libpq as a
    // name and be saved with the fields, the one place a password must
    // never be; a socket folder starts with '/'.
    static const QRegularExpression notAHost(u"[@\\s?#=]|^[^/].*/"_s);
    static const QRegularExpression notAName(u"[:@/?#=]"_s);
    if (notAHost.match(address.host).hasMatch())
        return Refusal{m_host, tr("Enter only the server's name or address as the host: the user goes in User, and a "
                                  "password is asked for when the server wants one.")};
    // db:6543 would be looked up as a name; an IPv6 address has two colons
    // or more, and goes in without the brackets a URL puts around it.
    static const QRegularExpression withPort(u"^[^:]+:[^:]*$|[\\[\\]]"_s);
    if (withPort.match(address.host).hasMatch())
        return Refusal{m_host, tr("Enter the port in Port, and an IPv6 address without brackets.")};
    if (notAName.match(address.user).hasMatch())
        return Refusal{m_user, tr("Enter only the role's name as the user: a password is asked for when the server "
                                  "wants one.")};
    if (notAName.match(address.database).hasMatch())
        return Refusal{m_database,
                       tr("Enter only the database's name: a password is asked for when the server wants one.")};
    return std::nullopt;
}

void ConnectToServerDialog::updateUrl()
{
    // A field Connect would refuse may hold a pasted password: it is not
    // shown a second time in the address.
    m_url->setText(refusal() ? tr("none: a field holds more than a name") : address().toString());
    // A refusal or failure was about the fields as they were.
    if (!m_connecting)
        m_status->hide();
}

void ConnectToServerDialog::restoreFields()
{
    const QSettings settings;
    m_host->setText(settings.value(kHostKey).toString());
    m_port->setValue(settings.value(kPortKey, kDefaultPort).toInt());
    m_database->setText(settings.value(kDatabaseKey).toString());
    m_user->setText(settings.value(kUserKey).toString());
    const int sslMode = m_sslMode->findData(settings.value(kSslModeKey, QString(kDefaultSslMode)).toString());
    m_sslMode->setCurrentIndex(std::max(sslMode, 0));
}

void ConnectToServerDialog::saveFields() const
{
    // Never the password: it has no field here, and ServerPasswords keeps
    // what the prompt was told in memory only.
    QSettings settings;
    settings.setValue(kHostKey, m_host->text().trimmed());
    settings.setValue(kPortKey, m_port->value());
    settings.setValue(kDatabaseKey, m_database->text().trimmed());
    settings.setValue(kUserKey, m_user->text().trimmed());
    settings.setValue(kSslModeKey, m_sslMode->currentData().toString());
}

} // namespace Claimbench
