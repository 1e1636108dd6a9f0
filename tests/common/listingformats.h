#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>

namespace Claimbench {

// The keys of one output line of a JSON listing, in the order written
// (QJsonObject would sort them; the listings' key order is part of SPEC).
inline QStringList keysInOrder(const QString &objectLine)
{
    static const QRegularExpression key(QStringLiteral("\"([a-z_]+)\":"));
    QStringList keys;
    for (auto it = key.globalMatch(objectLine); it.hasNext();)
        keys.append(it.next().captured(1));
    return keys;
}

// The data rows of a test run once per listing format: a QString column
// "format" with the rows "json" and "csv".
inline void addFormatRows()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << QStringLiteral("json");
    QTest::newRow("csv") << QStringLiteral("csv");
}

} // namespace Claimbench
