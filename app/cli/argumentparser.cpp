#include "cli/argumentparser.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

Result<ParsedArguments> usage(QString message)
{
    return makeError(Error::Code::InvalidInput, std::move(message));
}

QString positionalSynopsis(const PositionalSpec &p)
{
    const QString name = p.repeatable ? p.name + u"..." : p.name;
    return p.optional ? u'[' + name + u']' : name;
}

QString optionSynopsis(const OptionSpec &o)
{
    if (o.valueName.isEmpty())
        return u"--" + o.name;
    return u"--" + o.name + u' ' + o.valueName;
}

} // namespace

QString ParsedArguments::value(const QString &option, const QString &fallback) const
{
    return m_options.value(option, fallback);
}

ArgumentParser::ArgumentParser(CommandSpec spec)
    : m_spec(std::move(spec))
{
}

const OptionSpec *ArgumentParser::findOption(QStringView name) const
{
    for (const OptionSpec &option : m_spec.options)
        if (option.name == name)
            return &option;
    return nullptr;
}

Result<ParsedArguments> ArgumentParser::parse(const QStringList &arguments) const
{
    ParsedArguments parsed;
    for (const QString &argument : arguments) {
        if (argument == u"--")
            break;
        if (argument == u"--help" || argument == u"-h") {
            parsed.m_helpRequested = true;
            return parsed;
        }
    }

    QStringList positionals;
    bool onlyPositionals = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (onlyPositionals || argument == u"-" || !argument.startsWith(u'-')) {
            positionals.append(argument);
            continue;
        }
        if (argument == u"--") {
            onlyPositionals = true;
            continue;
        }
        if (!argument.startsWith(u"--"))
            return usage(u"unknown option " + argument);

        const qsizetype equals = argument.indexOf(u'=');
        const QString name = argument.mid(2, equals < 0 ? -1 : equals - 2);
        const OptionSpec *option = findOption(name);
        if (!option)
            return usage(u"unknown option --" + name);
        if (parsed.m_options.contains(name))
            return usage(u"--" + name + u" given twice");

        QString value;
        if (option->valueName.isEmpty()) {
            if (equals >= 0)
                return usage(u"--" + name + u" takes no value");
        } else if (equals >= 0) {
            value = argument.mid(equals + 1);
        } else if (i + 1 < arguments.size()) {
            value = arguments[++i];
        } else {
            return usage(u"--" + name + u" needs a value (" + option->valueName + u')');
        }
        if (!option->allowedValues.isEmpty() && !option->allowedValues.contains(value))
            return usage(u"--" + name + u" must be one of " + option->allowedValues.join(u", ")
                         + u", not \"" + value + u'"');
        parsed.m_options.insert(name, value);
    }

    qsizetype next = 0;
    for (const PositionalSpec &spec : m_spec.positionals) {
        if (next >= positionals.size()) {
            if (!spec.optional)
                return usage(u"missing " + spec.name);
            continue;
        }
        const qsizetype count = spec.repeatable ? positionals.size() - next : 1;
        // "" names no file, project or text: a slip of the command line (an
        // unset shell variable), not bad input.
        for (qsizetype k = next; k < next + count; ++k)
            if (positionals[k].isEmpty())
                return usage(spec.name + u" is empty");
        parsed.m_positionals.append(positionals.mid(next, count));
        next += count;
    }
    if (next < positionals.size())
        return usage(u"unexpected argument \"" + positionals[next] + u'"');
    return parsed;
}

QString ArgumentParser::usageLine(const QString &program) const
{
    QString line = program + u' ' + m_spec.name;
    if (!m_spec.options.isEmpty())
        line += u" [options]";
    for (const PositionalSpec &p : m_spec.positionals)
        line += u' ' + positionalSynopsis(p);
    return line;
}

QString ArgumentParser::helpText(const QString &program) const
{
    QString text = u"Usage: " + usageLine(program) + u"\n\n" + m_spec.summary + u'\n';
    if (!m_spec.description.isEmpty())
        text += u'\n' + m_spec.description + u'\n';

    if (!m_spec.positionals.isEmpty()) {
        QList<std::pair<QString, QString>> rows;
        for (const PositionalSpec &p : m_spec.positionals)
            rows.append({positionalSynopsis(p), p.help});
        text += u"\nArguments:\n" + helpTable(rows);
    }

    QList<std::pair<QString, QString>> rows;
    for (const OptionSpec &o : m_spec.options)
        rows.append({optionSynopsis(o), o.help});
    rows.append({u"-h, --help"_s, u"Show this help and exit."_s});
    text += u"\nOptions:\n" + helpTable(rows);
    return text;
}

// A help written on one line or on several reads the same.
QString helpTable(const QList<std::pair<QString, QString>> &rows)
{
    constexpr qsizetype kLineEnd = 78;
    constexpr qsizetype kNarrowest = 30;
    qsizetype width = 0;
    for (const auto &[left, right] : rows)
        width = std::max(width, left.size());
    const qsizetype indent = width + 4;
    const qsizetype room = std::max(kLineEnd - indent, kNarrowest);
    QString text;
    for (const auto &[left, right] : rows) {
        QStringList lines{QString()};
        for (const QString &word : right.simplified().split(u' ', Qt::SkipEmptyParts)) {
            if (!lines.last().isEmpty() && lines.last().size() + 1 + word.size() > room)
                lines.append(QString());
            lines.last() += (lines.last().isEmpty() ? QString() : u" "_s) + word;
        }
        text += u"  " + left.leftJustified(width + 2) + lines.join(u'\n' + QString(indent, u' ')) + u'\n';
    }
    return text;
}

} // namespace Claimbench
