#pragma once

#include <QStringView>

namespace Claimbench {

// Where the trailing boilerplate of a saved article begins: the comment form
// ("Leave a Reply", "Your email address will not be published", "Required
// fields are marked"), link lists ("Most Recent Stories", "Related ..."),
// copyright and rights lines ("Copyright 2024, ...", "© 2025 ...", "All
// rights reserved"). Only whole lines at the very end count, so cutting there
// never moves an offset into the kept text. Returns a UTF-16 index into
// `text`: the end of the last kept content line, trailing whitespace
// excluded (text.size() when the text ends in content).
qsizetype trailingBoilerplateStart(QStringView text);

} // namespace Claimbench
