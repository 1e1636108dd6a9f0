#pragma once

#include <QString>
#include <QTest>

// QVERIFY2 for a Result<T>: passes when it holds a value, otherwise fails
// the test function with the Error's text. `result` is evaluated once, and
// error() is read only from a Result that holds one.
#define CLAIMBENCH_VERIFY_OK(result)                                                                  \
    do {                                                                                              \
        const auto &claimbenchResult_ = (result);                                                     \
        const bool claimbenchOk_ = claimbenchResult_.has_value();                                     \
        const QString claimbenchWhy_ = claimbenchOk_ ? QString() : claimbenchResult_.error().toString(); \
        if (!QTest::qVerify(claimbenchOk_, #result, qPrintable(claimbenchWhy_), __FILE__, __LINE__))  \
            return;                                                                                   \
    } while (false)
