#include "ui/conflictmessage.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// This file's messages, in ConflictMessage's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::ConflictMessage)
};

} // namespace

ConflictChoice askConflictChoice(QWidget *parent, const Error &conflict)
{
    QMessageBox box(parent);
    box.setObjectName(u"conflictMessage"_s);
    box.setWindowTitle(Messages::tr("Claimbench"));
    box.setIcon(QMessageBox::Question);
    box.setText(Messages::tr("Another analyst changed this since your step."));
    box.setInformativeText(conflict.message + u"\n\n"_s
                           + Messages::tr("Keep Theirs leaves their change and drops your step from the undo "
                                          "history. Apply Mine writes your step over their change; you can undo it "
                                          "again."));
    QPushButton *keep = box.addButton(Messages::tr("Keep Theirs"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepTheirs"_s);
    QPushButton *apply = box.addButton(Messages::tr("Apply Mine"), QMessageBox::AcceptRole);
    apply->setObjectName(u"applyMine"_s);
    // Nothing is overwritten by a stray Enter.
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == apply ? ConflictChoice::ApplyMine : ConflictChoice::KeepTheirs;
}

} // namespace Claimbench
