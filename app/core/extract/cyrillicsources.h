#pragma once

#include "core/extract/language.h"
#include "core/extract/sentencesplitter.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Claimbench {

// Who a Ukrainian or Russian text says makes each claim: "за даними X", "як
// повідомили X", "повідомляє X", "про це йдеться у зведенні X", "заявив X",
// "за словами X", "про це повідомляє X" after the figures; "по данным X",
// "сообщили в X", "заявил X". Names come back in the nominative: the usual
// institutions by their canonical names whatever their case ("Генштабу",
// "Генерального штабу ЗСУ" → "Генштаб ЗСУ"; canonicalInstitution), people
// as the text names them. A first-party text (the publisher's own report)
// gives its publisher to figures that name nobody. Built once per text.
class CyrillicSources
{
public:
    // `text` is the whole text the figures are in; `outlet` the publisher.
    CyrillicSources(QStringView text, Language language, const QString &outlet);

    // The claimant of the figure at `figureStart` in `sentence`, or empty.
    QString claimantOf(TextSpan sentence, qsizetype figureStart) const;

    // The canonical name of a usual institution in any case or spelling
    // ("Генштабу" → "Генштаб ЗСУ", "Минобороны России" → "Міноборони РФ"),
    // or empty when `name` is none of them.
    static QString canonicalInstitution(QStringView name);

    // The usual institutions and their spellings, to seed a project's
    // claimant aliases: each canonical name with its aliases.
    struct Institution
    {
        QString name;
        QStringList aliases;
    };
    static const QList<Institution> &institutions();

private:
    QStringView m_text;
    Language m_language;
    QString m_outlet;
};

} // namespace Claimbench
