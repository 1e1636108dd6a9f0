// PostgresDialect's full-text search: the SQL functions that fold text alike
// for the index and every query, the tables that hold each article's and
// claim's tsvector, and the statements that search them.
#include "core/store/postgresdialect.h"

#include "core/store/ftswords.h"
#include "core/store/sqlsupport.h"

#include <QSet>
#include <QtEndian>
#include <QSqlQuery>

#include <algorithm>
#include <future>
#include <span>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// What claimbench_fold does, in the order it does it, so that a word folds
// as SQLite's FTS5 (unicode61, remove_diacritics 2) folds it:
// - lower() under the ICU root collation: every script's case, whatever the
//   locale the database was created with (lower() in a "C" database folds
//   ASCII only);
// - unaccent (the contrib dictionary): Latin accents, combining marks. It
//   also turns ё into е, which unicode61 keeps apart (ёлка does not find
//   елка in SQLite), so ё is hidden from it in a private-use character and
//   put back; `keep_yo` false folds it too (for ts_headline, below);
// - every run of characters that are not letters or digits becomes one
//   space, as unicode61 splits there: PostgreSQL's parser would otherwise
//   keep "3.5", "example.com" or "a/b" whole, where SQLite and ftsQuery()
//   see two words.
// unaccent() itself is only STABLE (it reads its rules file), so it cannot
// be part of an index or a stored column; this wrapper names the dictionary
// and is declared IMMUTABLE, as the unaccent documentation advises.
const QString kFoldFunction = uR"(CREATE OR REPLACE FUNCTION claimbench_fold(t text, keep_yo boolean DEFAULT true)
RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
SELECT regexp_replace(
    CASE WHEN keep_yo
        THEN translate(public.unaccent('public.unaccent'::regdictionary,
                                       translate(lower(t COLLATE "und-x-icu"), 'ё', U&'\E000')), U&'\E000', 'ё')
        ELSE public.unaccent('public.unaccent'::regdictionary, lower(t COLLATE "und-x-icu"))
    END COLLATE "und-x-icu", '[^[:alnum:]]+', ' ', 'g')
$$)"_s;

// A query of ftsQuery()'s form (words between the operators & | <-> ( ) and
// the prefix mark :*) as a tsquery: each word folded by claimbench_fold and
// quoted, so that no character of it is read as an operator. A word that
// folds to several (½ is "1 2") becomes their phrase; one that folds to none
// drops out of the query, as to_tsquery drops a quoted blank.
const QString kQueryFunction = uR"(CREATE OR REPLACE FUNCTION claimbench_tsquery(q text, keep_yo boolean DEFAULT true)
RETURNS tsquery LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
SELECT to_tsquery('simple', coalesce(string_agg(
    CASE WHEN r.m[1] ~ '^[ &|!<>()*:-]+$' THEN r.m[1]
        ELSE ''' ' || claimbench_fold(r.m[1], keep_yo) || ' ''' END, '' ORDER BY r.n), ''))
FROM regexp_matches(q, '[ &|!<>()*:-]+|[^ &|!<>()*:-]+', 'g') WITH ORDINALITY AS r(m, n)
$$)"_s;

// The tsvector of a row: `head` (a title, a quote) weighted A above `tail`
// (a body, a note). A tsvector holds at most 1 MB, and a body may be 50 MB
// or 200,000 distinct words: the index reads the first kIndexedCharacters of
// it, and where even those make too large a tsvector it reads a quarter as
// much, then a quarter of that, until one fits, so that storing an article
// never fails for its size. (Positions past 16,383 share that one in any
// tsvector, so a phrase that far into a body is not found either way.)
QString vectorFunction()
{
    return uR"(CREATE OR REPLACE FUNCTION claimbench_vector(head text, tail text)
RETURNS tsvector LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    cap integer := %1;
BEGIN
    LOOP
        BEGIN
            RETURN setweight(to_tsvector('simple', claimbench_fold(left(coalesce(head, ''), cap / 100))), 'A')
                || to_tsvector('simple', claimbench_fold(left(coalesce(tail, ''), cap)));
        EXCEPTION WHEN program_limit_exceeded THEN
            cap := cap / 4;
        END;
    END LOOP;
END
$$)"_s.arg(PostgresDialect::kIndexedCharacters);
}

// The index of `table`(`head`, `tail`): `table`_fts(id, fts) beside it,
// written by triggers in the transaction of every write of a row, and gone
// with its row. A table of its own rather than a column keeps the searched
// tables' rows (and SELECTs over them, and a project copy) as SQLite has them.
// The trigger function that writes `table`_fts for a row of `table`. With
// `deferrable`, a transaction that set kDeferSetting (beginArticleWrite())
// writes the index itself and the trigger leaves it alone.
QString vectorTrigger(const QString &table, const QString &head, const QString &tail, bool deferrable)
{
    const QString fts = table + u"_fts"_s;
    const QString skip = deferrable ? u"IF current_setting('%1', true) = 'program' THEN RETURN NULL; END IF; "_s.arg(
                                          PostgresDialect::kDeferSetting)
                                    : QString();
    return u"CREATE OR REPLACE FUNCTION claimbench_%1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN %4"
           "INSERT INTO %1(id, fts) VALUES (NEW.id, claimbench_vector(NEW.%2, NEW.%3)) "
           "ON CONFLICT (id) DO UPDATE SET fts = EXCLUDED.fts; RETURN NULL; END $$"_s.arg(fts, head, tail, skip);
}

QStringList vectorTable(const QString &table, const QString &head, const QString &tail, bool deferrable)
{
    const QString fts = table + u"_fts"_s;
    const QString function = u"claimbench_"_s + fts;
    return {
        u"CREATE TABLE %1 (id INTEGER PRIMARY KEY REFERENCES %2(id) ON DELETE CASCADE, fts tsvector NOT NULL)"_s
            .arg(fts, table),
        vectorTrigger(table, head, tail, deferrable),
        u"CREATE TRIGGER %1_insert AFTER INSERT ON %2 FOR EACH ROW EXECUTE FUNCTION %3()"_s.arg(fts, table,
                                                                                                 function),
        u"CREATE TRIGGER %1_update AFTER UPDATE OF %4, %5 ON %2 FOR EACH ROW "
        "WHEN (OLD.%4 IS DISTINCT FROM NEW.%4 OR OLD.%5 IS DISTINCT FROM NEW.%5) EXECUTE FUNCTION %3()"_s
            .arg(fts, table, function, head, tail),
    };
}

// ts_headline finds the words to mark by parsing the text it shows, so it
// needs a configuration that folds as claimbench_fold does: 'simple' after
// unaccent. It folds ё too, so the snippet's query is folded the same way
// (claimbench_tsquery(q, false)); only which articles match keeps ё apart.
const QString kHeadlineConfiguration = u"claimbench_headline"_s;

// Ranks as FTS5's bm25(10.0, 1.0) does in SQLite: a title hit (weight A)
// ten times a body hit (D). No length normalization, so that a long body
// never ranks its title hit below a short article's body hits.
QString rank(QStringView alias)
{
    return u"ts_rank('{0.1, 0.1, 0.1, 1.0}', "_s + alias + u".fts, "_s + alias + u".query)"_s;
}

// The articles matching the bound query (ftsQuery()'s tsquery, its words
// folded as the index's), with their id, tsvector and the query.
constexpr QStringView kMatches = u"(SELECT ?::tsquery AS query) q JOIN articles_fts f ON f.fts @@ q.query";

// The words of what a user typed: runs of letters, digits and marks (a
// surrogate pair is a letter beyond the BMP), as ftsQuery() of the SQLite
// dialect takes them, so that no operator or quote ever reaches to_tsquery.
QStringList wordsOf(QStringView text)
{
    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size()
            && (text[i].isLetterOrNumber() || text[i].isMark() || text[i].isSurrogate());
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            words.append(text.sliced(start, i - start).toString());
            start = -1;
        }
    }
    return words;
}

// A folded word as a tsvector or tsquery literal writes it: quoted, its
// quotes and backslashes escaped.
QString quotedLexeme(QByteArrayView utf8)
{
    QString text = QString::fromUtf8(utf8);
    text.replace(u'\\', u"\\\\"_s).replace(u'\'', u"''"_s);
    return u'\'' + text + u'\'';
}

// What PostgreSQL keeps of a tsvector (tsvector.h): a position is at most
// 16,383 (later words share it), a lexeme holds at most 256 positions and
// fewer than 2,047 bytes (to_tsvector skips a longer word, a tsquery refuses
// one), and the lexemes and positions together at most 1 MB.
constexpr quint32 kMaxPosition = 16383;
constexpr qsizetype kMaxPositions = 256;
constexpr qsizetype kMaxLexemeBytes = 2046;
constexpr qsizetype kMaxVectorBytes = (1 << 20) - 1;

// A word the user typed as the index folded it (FtsWords), each folded
// word a quoted lexeme: one that folds to several (½ is "1 2") is their
// phrase, one that folds to none drops out of the query. A word longer than
// any the index holds is cut to that length at a character's start: the
// server refuses the query otherwise, and the word is not in the index
// either way.
QStringList foldedLexemes(QStringView word)
{
    QStringList lexemes;
    FtsWords::forEach(word, [&](QByteArrayView folded) {
        if (folded.size() > kMaxLexemeBytes) {
            qsizetype end = kMaxLexemeBytes;
            while (end > 0 && (quint8(folded.at(end)) & 0xc0) == 0x80)
                --end;
            folded = folded.first(end);
        }
        lexemes.append(quotedLexeme(folded));
    });
    return lexemes;
}

// One word of a text: where its folded bytes are, its position, and
// whether it is a word of the head (weight A).
struct Occurrence
{
    qsizetype offset = 0;
    qsizetype size = 0;
    quint32 position = 0;
    bool head = false;
};

template <typename Integer>
void appendBigEndian(QByteArray &bytes, Integer value)
{
    const Integer big = qToBigEndian(value);
    bytes.append(reinterpret_cast<const char *>(&big), sizeof big);
}

// A tsvector as the program builds it: its lexemes in PostgreSQL's order
// (bytes, then length), each with its positions, ascending, weight A marked
// as tsvector's binary form marks it (the top two bits).
struct Vector
{
    static constexpr quint16 kWeightA = 3 << 14;
    static constexpr quint16 kPositionBits = 0x3fff;

    struct Lexeme
    {
        QByteArrayView bytes; // into `words`
        QList<quint16> positions;
    };
    QByteArray words;
    QList<Lexeme> lexemes;

    // As a tsvector literal: 'word':1A,5 'other':2
    QString literal() const
    {
        QString text;
        for (const Lexeme &lexeme : lexemes) {
            if (!text.isEmpty())
                text += u' ';
            text += quotedLexeme(lexeme.bytes) + u':';
            for (qsizetype i = 0; i < lexeme.positions.size(); ++i) {
                const quint16 position = lexeme.positions.at(i);
                text += (i > 0 ? u","_s : QString()) + QString::number(position & kPositionBits)
                    + (position & kWeightA ? u"A"_s : QString());
            }
        }
        return text;
    }

    // As tsvector's binary send/receive form (tsvectorrecv): the count, then
    // each lexeme's bytes ending in NUL, its count of positions and each.
    QByteArray binary() const
    {
        QByteArray bytes;
        appendBigEndian(bytes, quint32(lexemes.size()));
        for (const Lexeme &lexeme : lexemes) {
            bytes += lexeme.bytes;
            bytes += '\0';
            appendBigEndian(bytes, quint16(lexeme.positions.size()));
            for (const quint16 position : lexeme.positions)
                appendBigEndian(bytes, position);
        }
        return bytes;
    }
};

// The vector that claimbench_vector(head, tail) would build if it folded
// words as FtsWords does, read from the first `cap` characters of `tail`
// and cap / 100 of `head`; none when that would exceed kMaxVectorBytes.
std::optional<Vector> vectorOf(QStringView head, QStringView tail, qsizetype cap)
{
    Vector vector;
    QList<Occurrence> occurrences;
    quint32 position = 0;
    const auto collect = [&](QStringView text, bool isHead) {
        FtsWords::forEach(text, [&](QByteArrayView word) {
            if (word.size() > kMaxLexemeBytes)
                return;
            position = std::min(position + 1, kMaxPosition);
            occurrences.append({vector.words.size(), word.size(), position, isHead});
            vector.words.append(word);
        });
    };
    // tsvector's || numbers the tail's words on from the head's last.
    collect(head.left(cap / 100), true);
    collect(tail.left(cap), false);
    const auto bytesOf = [&](const Occurrence &o) { return QByteArrayView(vector.words).sliced(o.offset, o.size); };
    std::ranges::stable_sort(occurrences, [&](const Occurrence &a, const Occurrence &b) {
        return std::pair(bytesOf(a), a.position) < std::pair(bytesOf(b), b.position);
    });
    qsizetype vectorBytes = 0;
    for (qsizetype i = 0; i < occurrences.size();) {
        Vector::Lexeme lexeme{.bytes = bytesOf(occurrences.at(i)), .positions = {}};
        quint32 last = 0;
        for (; i < occurrences.size() && bytesOf(occurrences.at(i)) == lexeme.bytes; ++i) {
            const Occurrence &o = occurrences.at(i);
            if (o.position == last || lexeme.positions.size() == kMaxPositions)
                continue;
            last = o.position;
            lexeme.positions.append(quint16(o.position | (o.head ? Vector::kWeightA : 0)));
        }
        // Each lexeme: its bytes aligned to 2, a count and 2 bytes a position.
        vectorBytes += (lexeme.bytes.size() + 1) / 2 * 2 + 2 + 2 * lexeme.positions.size() + 4;
        if (vectorBytes > kMaxVectorBytes)
            return std::nullopt;
        vector.lexemes.append(std::move(lexeme));
    }
    return vector;
}

// vectorOf() within claimbench_vector's limits: as it does, a quarter of
// the text at a time until the vector fits.
Vector articleVectorOf(QStringView title, QStringView body)
{
    for (qsizetype cap = PostgresDialect::kIndexedCharacters; cap > 0; cap /= 4) {
        if (std::optional<Vector> vector = vectorOf(title, body, cap))
            return std::move(*vector);
    }
    return {};
}

} // namespace

QString PostgresDialect::articleVector(QStringView title, QStringView body)
{
    return articleVectorOf(title, body).literal();
}

Result<void> PostgresDialect::beginArticleWrite(const QSqlDatabase &db) const
{
    // One round trip for both; the lock is the database's own (advisory
    // locks are per database), held until the transaction ends.
    if (auto ok = Sql::run(db, u"SELECT set_config('%1', 'program', true), "
                               "pg_advisory_xact_lock(hashtext('claimbench article writes'))"_s.arg(kDeferSetting));
        !ok)
        return std::unexpected(ok.error());
    return {};
}

namespace {

// The vectors of an import, built on a second thread from the start, in
// tsvector's binary form, and copied in (PostgresDialect::copyIn()): the
// server then parses neither a statement nor a tsvector literal, which took
// a third of its time.
class ProgramBuiltIndex final : public Dialect::PendingArticleIndex
{
public:
    explicit ProgramBuiltIndex(QList<Dialect::ArticleText> articles)
        : m_articles(std::move(articles))
        , m_built(size_t((m_articles.size() + kRowsPerChunk - 1) / kRowsPerChunk))
    {
        for (std::promise<QByteArrayList> &promise : m_built)
            m_vectors.push_back(promise.get_future());
        m_builder = std::jthread([this](const std::stop_token &stop) {
            for (size_t s = 0; s < m_built.size() && !stop.stop_requested(); ++s) {
                QByteArrayList vectors;
                for (const Dialect::ArticleText &a : rowsOf(s))
                    vectors.append(articleVectorOf(a.title, a.body).binary());
                m_built[s].set_value(std::move(vectors));
            }
        });
    }

    Result<void> write(const QSqlDatabase &db, const QList<qint64> &ids) override
    {
        Q_ASSERT(ids.size() == m_articles.size());
        // An article stored again (a corrected import, an upgrade) has
        // entries already; COPY cannot replace them.
        QStringList idList;
        for (const qint64 id : ids)
            idList.append(QString::number(id));
        if (auto ok = Sql::run(db, u"DELETE FROM articles_fts WHERE id = ANY(?::integer[])"_s,
                               {QString(u'{' + idList.join(u',') + u'}')});
            !ok)
            return std::unexpected(ok.error());
        // COPY's binary form: a signature, flags and the length of an
        // extension (none), then per row its count of fields and each field's
        // length and bytes, then -1.
        size_t chunk = 0;
        return PostgresDialect::copyIn(
            db, u"COPY articles_fts (id, fts) FROM STDIN (FORMAT binary)"_s, [&]() -> QByteArray {
                if (chunk > m_vectors.size())
                    return {};
                QByteArray data;
                if (chunk == 0) {
                    data.append("PGCOPY\n\xff\r\n\0", 11);
                    appendBigEndian(data, quint32(0));
                    appendBigEndian(data, quint32(0));
                }
                if (chunk == m_vectors.size()) {
                    appendBigEndian(data, qint16(-1));
                } else {
                    const QByteArrayList vectors = m_vectors[chunk].get();
                    for (qsizetype i = 0; i < vectors.size(); ++i) {
                        appendBigEndian(data, quint16(2));
                        // articles_fts.id is an INTEGER, as every id.
                        appendBigEndian(data, quint32(sizeof(qint32)));
                        appendBigEndian(data, qint32(ids.at(qsizetype(chunk) * kRowsPerChunk + i)));
                        appendBigEndian(data, quint32(vectors.at(i).size()));
                        data += vectors.at(i);
                    }
                }
                ++chunk;
                return data;
            });
    }

private:
    // The articles whose vectors are built and sent at once: few enough that
    // a chunk of long bodies' vectors stays a few megabytes.
    static constexpr qsizetype kRowsPerChunk = 100;

    std::span<const Dialect::ArticleText> rowsOf(size_t chunk) const
    {
        const std::span<const Dialect::ArticleText> all(m_articles.constData(), size_t(m_articles.size()));
        const size_t first = chunk * size_t(kRowsPerChunk);
        return all.subspan(first, std::min(size_t(kRowsPerChunk), all.size() - first));
    }

    const QList<Dialect::ArticleText> m_articles;
    std::vector<std::promise<QByteArrayList>> m_built;
    std::vector<std::future<QByteArrayList>> m_vectors;
    // Last, so that it is stopped and joined before the rest goes.
    std::jthread m_builder;
};

} // namespace

std::unique_ptr<Dialect::PendingArticleIndex> PostgresDialect::beginArticleIndex(QList<ArticleText> articles) const
{
    return std::make_unique<ProgramBuiltIndex>(std::move(articles));
}

QStringList PostgresDialect::fullTextSchema() const
{
    // unaccent is a trusted extension: a database owner may create it.
    QStringList ddl{
        u"CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public"_s,
        kFoldFunction,
        kQueryFunction,
        vectorFunction(),
        u"CREATE TEXT SEARCH CONFIGURATION "_s + kHeadlineConfiguration + u" (COPY = pg_catalog.simple)"_s,
        u"ALTER TEXT SEARCH CONFIGURATION "_s + kHeadlineConfiguration
            + u" ALTER MAPPING FOR asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, "
              "hword_part, hword_numpart WITH public.unaccent, pg_catalog.simple"_s,
    };
    ddl += vectorTable(u"articles"_s, u"title"_s, u"body"_s, true);
    ddl += u"CREATE INDEX articles_fts_words ON articles_fts USING gin (fts)"_s;
    return ddl;
}

QStringList PostgresDialect::articleIndexSchema() const
{
    return {vectorTrigger(u"articles"_s, u"title"_s, u"body"_s, true)};
}

QStringList PostgresDialect::textCompressionSchema() const
{
    return {u"ALTER TABLE articles ALTER COLUMN body SET COMPRESSION lz4"_s,
            u"ALTER TABLE articles_fts ALTER COLUMN fts SET COMPRESSION lz4"_s};
}

QStringList PostgresDialect::claimsFullTextSchema() const
{
    QStringList ddl = vectorTable(u"claims"_s, u"quote"_s, u"note"_s, false);
    // The claims already stored, before the index (one build is faster than
    // as many inserts).
    ddl += u"INSERT INTO claims_fts(id, fts) SELECT id, claimbench_vector(quote, note) FROM claims"_s;
    ddl += u"CREATE INDEX claims_fts_words ON claims_fts USING gin (fts)"_s;
    return ddl;
}

QString PostgresDialect::ftsQuery(QStringView userText) const
{
    QStringList words = wordsOf(userText);
    if (words.isEmpty())
        return {};
    // As in SQLite: a repeated word adds cost and no match; the last word
    // stays the prefix term; at most kMaxFtsTerms terms.
    const QString prefix = words.takeLast();
    QStringList terms;
    QSet<QString> seen{prefix.toCaseFolded()};
    for (const QString &word : std::as_const(words)) {
        if (terms.size() + 1 == kMaxFtsTerms)
            break;
        if (!seen.contains(word.toCaseFolded())) {
            seen.insert(word.toCaseFolded());
            terms.append(word);
        }
    }
    terms.append(prefix);
    QStringList operands;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        QStringList lexemes = foldedLexemes(terms.at(i));
        if (lexemes.isEmpty())
            continue;
        if (i + 1 == terms.size())
            lexemes.last() += u":*"_s;
        operands.append(lexemes.size() == 1 ? lexemes.first() : u'(' + lexemes.join(u" <-> "_s) + u')');
    }
    return operands.join(u" & "_s);
}

QString PostgresDialect::ftsPhrase(QStringView text) const
{
    const QStringList words = wordsOf(text);
    QStringList lexemes;
    for (const QString &word : words.mid(0, kMaxFtsTerms))
        lexemes += foldedLexemes(word);
    return lexemes.join(u" <-> "_s);
}

QString PostgresDialect::ftsEither(const QString &first, const QString &second) const
{
    // An empty query (no words) adds no alternative; "()" would be a
    // syntax error.
    if (first.isEmpty() || second.isEmpty())
        return first.isEmpty() ? second : first;
    return u'(' + first + u") | ("_s + second + u')';
}

QString PostgresDialect::searchRankSql() const
{
    return u"SELECT m.id, "_s + rank(u"m") + u" FROM (SELECT f.id, f.fts, q.query FROM "_s + kMatches
        + u") m ORDER BY 2 DESC, m.id LIMIT ?"_s;
}

QString PostgresDialect::searchRankNewestSql() const
{
    // The newest matches by id first, then the rank (which reads each
    // tsvector) of those alone; the window counts them.
    return u"SELECT m.id, "_s + rank(u"m") + u", COUNT(*) OVER () FROM (SELECT f.id, f.fts, q.query FROM "_s
        + kMatches + u" ORDER BY f.id DESC LIMIT ?) m ORDER BY 2 DESC, m.id LIMIT ?"_s;
}

QString PostgresDialect::searchSnippetSql(QStringView articleColumns) const
{
    // ts_headline parses the whole text it is given: only the first
    // kSnippetCharacters of the body (b.text). FTS5's snippet() marks a cut
    // with '…'; ts_headline does not, so the fragment gets one at each end
    // where it is not the body's own start or end (compared without marks).
    const QString headline = u"ts_headline('%1', b.text, q.loose, 'StartSel=\"%2\", StopSel=\"%3\", "
                             "MaxWords=16, MinWords=6, ShortWord=0')"_s
                                 .arg(kHeadlineConfiguration, kSnippetOpen, kSnippetClose);
    const QString plain = u"btrim(replace(replace(h.text, '%1', ''), '%2', ''))"_s.arg(kSnippetOpen, kSnippetClose);
    return u"SELECT "_s + articleColumns + u", CASE WHEN starts_with(ltrim(b.text), "_s + plain
        + u") THEN '' ELSE '…' END || h.text || CASE WHEN octet_length(a.body) <= %1 AND right(rtrim(b.text), "
          "length("_s.arg(kSnippetCharacters)
        + plain + u")) = "_s + plain
        + u" THEN '' ELSE '…' END FROM (SELECT x.text::tsquery AS query, "
          "claimbench_tsquery(x.text, false) AS loose FROM (SELECT ?::text AS text) x OFFSET 0) q "
          "JOIN articles_fts f ON f.fts @@ q.query JOIN articles a ON a.id = f.id, "
          "LATERAL (SELECT left(a.body, %1) AS text) b, LATERAL (SELECT "_s.arg(kSnippetCharacters)
        + headline + u" AS text) h WHERE "_s + idListCondition(u"f.id");
}

QString PostgresDialect::claimTextIdsSql() const
{
    // A scalar subquery runs once, as an init plan, where a plain
    // claimbench_tsquery(?) could be run again for every row rechecked.
    return u"SELECT id FROM claims_fts WHERE fts @@ (SELECT claimbench_tsquery(?))"_s;
}

QString PostgresDialect::claimTextCountSql() const
{
    return u"SELECT COUNT(*) FROM claims_fts WHERE fts @@ (SELECT claimbench_tsquery(?))"_s;
}

QString PostgresDialect::idListCondition(QStringView column) const
{
    // The array bound as text: jsonb parses 10,000s of ids in one value.
    return column + u" IN (SELECT id::bigint FROM jsonb_array_elements_text(?::jsonb) AS ids(id))"_s;
}

} // namespace Claimbench
