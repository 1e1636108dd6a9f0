#pragma once

#include "core/error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Claimbench {

// The default member initializers let commands use designated initializers
// and leave fields out without -Wmissing-field-initializers.

// One option of a command: `--name`, or `--name VALUE` / `--name=VALUE` when
// valueName is set. `--help`/`-h` is implicit in every command and never
// declared.
struct OptionSpec
{
    QString name = {};           // without the dashes: "format"
    QString valueName = {};      // "csv|json", "QUERY"; empty for a flag
    QString help = {};           // one line for --help
    QStringList allowedValues = {}; // when not empty, any other value is a usage error
};

// One positional argument. Only the last one may be repeatable.
struct PositionalSpec
{
    QString name = {};           // "PROJECT", "FILE_OR_DIR"
    QString help = {};
    bool optional = false;
    bool repeatable = false;     // one or more (zero or more when optional too)
};

// Everything the parser and the help text need to know about a command.
struct CommandSpec
{
    QString name = {};           // "import"
    QString summary = {};        // one line for the global command list
    QString description = {};    // paragraphs for `<command> --help`, may be empty
    QList<PositionalSpec> positionals = {};
    QList<OptionSpec> options = {};
};

// A successful parse: options by name, positionals in order.
class ParsedArguments
{
public:
    bool helpRequested() const { return m_helpRequested; }
    bool isSet(const QString &option) const { return m_options.contains(option); }
    // The option's value, or `fallback` when it was not given.
    QString value(const QString &option, const QString &fallback = {}) const;
    const QStringList &positionals() const { return m_positionals; }

private:
    friend class ArgumentParser;
    QHash<QString, QString> m_options;  // flags map to an empty string
    QStringList m_positionals;
    bool m_helpRequested = false;
};

// Parses one command's arguments (everything after the command name) against
// its spec. Accepts `--opt VALUE`, `--opt=VALUE`, `--` (the rest is
// positional) and a lone `-` (a positional: stdin). `--help`/`-h` anywhere
// before `--` wins over every other check, so `import --help` works without
// the required arguments.
// Errors (Error::Code::InvalidInput, message ready to print): an unknown
// option, a missing or disallowed value, a value given to a flag, an option
// given twice, a missing, empty ("") or surplus positional.
class ArgumentParser
{
public:
    explicit ArgumentParser(CommandSpec spec);

    const CommandSpec &spec() const { return m_spec; }
    Result<ParsedArguments> parse(const QStringList &arguments) const;

    // "claimbench-cli import [options] PROJECT FILE_OR_DIR..."
    QString usageLine(const QString &program) const;
    // Usage line, description, arguments and options, ending in a newline.
    QString helpText(const QString &program) const;

private:
    const OptionSpec *findOption(QStringView name) const;

    CommandSpec m_spec;
};

// The rows of a help's Commands, Arguments or Options: the names, then what
// each is, that text filled into lines that end by column 78 (a terminal's
// 80, less a margin), each under the one above.
QString helpTable(const QList<std::pair<QString, QString>> &rows);

} // namespace Claimbench
