#pragma once

#include "core/domain/article.h"

#include <QStringView>

// The regular-expression Markdown reader the md4c one replaced, under its own
// namespace: bench_markdown's baseline (bench/markdown_legacy.cpp).
namespace Claimbench::Legacy {

QString inlineToText(QStringView markdown);
Article parse(QStringView markdown);

} // namespace Claimbench::Legacy
