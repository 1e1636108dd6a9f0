#pragma once

// Locating the real data in ../shared (corpus/, html-pages/, peer-tests/).
// scripts/test.sh sets CLAIMBENCH_CORPUS, CLAIMBENCH_HTML_PAGES,
// CLAIMBENCH_DOCUMENT_PAIRS (../shared/document-pairs) and
// CLAIMBENCH_PEER_TESTS when the folders exist. A test that needs one:
//   - variable set and folder present: runs;
//   - variable set and folder missing: fails (the set-up is broken);
//   - variable unset: skips with a message (a plain developer build).

#include <QDir>
#include <QTest>

#define CLAIMBENCH_REQUIRE_SHARED_DIR(dirVar, envName)                                            \
    QDir dirVar;                                                                                   \
    do {                                                                                           \
        const QByteArray claimbenchEnvValue_ = qgetenv(envName);                                   \
        if (claimbenchEnvValue_.isEmpty())                                                         \
            QSKIP(envName " is not set: run scripts/test.sh to measure on ../shared");             \
        dirVar = QDir(QString::fromLocal8Bit(claimbenchEnvValue_));                                \
        QVERIFY2(dirVar.exists(), envName " names a folder that does not exist");                  \
    } while (false)
