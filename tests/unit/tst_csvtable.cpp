// The registers' CSV reader: quoting as RFC 4180 has it (line breaks inside quotes too), what
// a spreadsheet adds (BOM, CRLF), comments, and messages that name the line a record starts on.
#include "core/CsvTable.h"

#include <QTest>

class TestCsvTable : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void quotedFieldsKeepCommasQuotesAndLineBreaks();
    void lineNumbersCountTheBreaksInsideQuotes();
    void headerProblemsNameTheColumn();
    void quotedWritesReadBack();
    void flags();
};

namespace {
const QStringList Known{QStringLiteral("name"), QStringLiteral("note"), QStringLiteral("flag")};
}

void TestCsvTable::quotedFieldsKeepCommasQuotesAndLineBreaks()
{
    const auto t = cd::CsvTable::parse("\xef\xbb\xbfname,note\r\n"
                                       "# a comment line\r\n"
                                       "\r\n"
                                       "\"#1, the first\",\"she said \"\"hi\"\"\r\nand left\"\r\n"
                                       "  plain  ,  \" kept \"  \r\n",
                                       QStringLiteral("t.csv"), Known, {QStringLiteral("name")});
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QCOMPARE(t->rows().size(), 2);
    const auto &first = t->rows().at(0);
    QCOMPARE(t->value(first, QLatin1StringView("name")), QStringLiteral("#1, the first")); // quoted: no comment
    QCOMPARE(t->value(first, QLatin1StringView("note")), QStringLiteral("she said \"hi\"\nand left"));
    QCOMPARE(t->value(first, QLatin1StringView("flag")), QString()); // not in the header
    const auto &second = t->rows().at(1);
    QCOMPARE(t->value(second, QLatin1StringView("name")), QStringLiteral("plain")); // unquoted: trimmed
    QCOMPARE(t->value(second, QLatin1StringView("note")), QStringLiteral(" kept "));
}

void TestCsvTable::lineNumbersCountTheBreaksInsideQuotes()
{
    const QByteArray csv = "name,note\n"      // 1
                           "a,\"x\n"          // 2
                           "y\"\n"            // 3
                           "b,c,d\n";         // 4: three fields
    const auto t = cd::CsvTable::parse(csv, QStringLiteral("t.csv"), Known, {});
    QVERIFY(!t.ok());
    QCOMPARE(t.error(), QStringLiteral("t.csv:4: 3 fields, the header has 2"));
    const auto open = cd::CsvTable::parse("name\nok\n\"never closed\nmore\n", QStringLiteral("t.csv"), Known, {});
    QCOMPARE(open.error(), QStringLiteral("t.csv:3: a quoted field is not closed"));
    const auto good = cd::CsvTable::parse("name,note\na,\"x\ny\"\nb,c\n", QStringLiteral("t.csv"), Known, {});
    QCOMPARE(good->rows().at(1).line, 4);
    QCOMPARE(good->where(good->rows().at(1)), QStringLiteral("t.csv:4: "));
}

void TestCsvTable::headerProblemsNameTheColumn()
{
    QCOMPARE(cd::CsvTable::parse("name,colour\n", QStringLiteral("t.csv"), Known, {}).error(),
             QStringLiteral("t.csv:1: unknown column \"colour\" (known: name, note, flag)"));
    QCOMPARE(cd::CsvTable::parse("name,NAME\n", QStringLiteral("t.csv"), Known, {}).error(),
             QStringLiteral("t.csv:1: column \"name\" appears twice"));
    QCOMPARE(cd::CsvTable::parse("# only\nnote\n", QStringLiteral("t.csv"), Known, {QStringLiteral("name")}).error(),
             QStringLiteral("t.csv:2: the header has no column \"name\""));
    QCOMPARE(cd::CsvTable::parse("\n# nothing\n", QStringLiteral("t.csv"), Known, {}).error(),
             QStringLiteral("t.csv: empty file (expected a header: name,note,flag)"));
}

void TestCsvTable::quotedWritesReadBack()
{
    const QStringList values{QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"x\""), QStringLiteral("two\nlines"),
                             QStringLiteral(" padded "), QStringLiteral("#hash"), QString()};
    for (const QString &v : values) {
        const QByteArray csv = "name,note\n" + cd::CsvTable::quoted(v).toUtf8() + ",end\n";
        const auto t = cd::CsvTable::parse(csv, QStringLiteral("t.csv"), Known, {});
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QCOMPARE(t->rows().size(), 1);
        QCOMPARE(t->value(t->rows().first(), QLatin1StringView("name")), v);
    }
    QCOMPARE(cd::CsvTable::quoted(QStringLiteral("plain")), QStringLiteral("plain")); // unquoted when it can be
}

void TestCsvTable::flags()
{
    for (const char *yes : {"1", "true", "YES", "是"})
        QCOMPARE(cd::CsvTable::flag(QString::fromUtf8(yes)), std::optional<bool>(true));
    for (const char *no : {"", "0", "False", "no", "否"})
        QCOMPARE(cd::CsvTable::flag(QString::fromUtf8(no)), std::optional<bool>(false));
    QCOMPARE(cd::CsvTable::flag(QStringLiteral("maybe")), std::nullopt);
}

QTEST_GUILESS_MAIN(TestCsvTable)
#include "tst_csvtable.moc"
