#include "core/CsvTable.h"

namespace cd {

namespace {

// Splits the text into records and their fields; `ok` false on an unterminated quote, with the
// line where it opened.
struct Records {
    QList<CsvTable::Row> rows;
    int openQuoteLine = 0;
};

Records split(const QString &text)
{
    Records out;
    CsvTable::Row row;
    QString field;
    bool quoted = false, wasQuoted = false;
    int line = 1;
    row.line = 1;
    auto endField = [&] {
        if (row.fields.isEmpty() && !wasQuoted && field.trimmed().startsWith(QLatin1Char('#')))
            row.comment = true;
        row.fields << (wasQuoted ? field : field.trimmed());
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        out.rows << row;
        row = {};
        row.line = line;
    };
    int quoteOpenedAt = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n'))
            ++line;
        if (quoted) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                continue; // a line break in a cell is \n, whatever the file's line ends
            if (c != QLatin1Char('"'))
                field += c;
            else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += text.at(++i);
            else
                quoted = false;
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            field.clear();
            quoted = wasQuoted = true;
            quoteOpenedAt = line;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\n')) {
            endRecord();
        } else if (c != QLatin1Char('\r') && !(wasQuoted && c.isSpace())) { // spaces after a closing quote are padding
            field += c;
        }
    }
    if (quoted)
        out.openQuoteLine = quoteOpenedAt;
    else
        endRecord();
    return out;
}

bool blankOrComment(const CsvTable::Row &row)
{
    return row.comment || (row.fields.size() == 1 && row.fields.first().isEmpty());
}

} // namespace

Result<CsvTable> CsvTable::parse(const QByteArray &csv, const QString &file, const QStringList &known, const QStringList &required)
{
    using R = Result<CsvTable>;
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1); // a BOM from a spreadsheet
    const Records records = split(text);
    if (records.openQuoteLine > 0)
        return R::failure(QStringLiteral("%1:%2: a quoted field is not closed").arg(file).arg(records.openQuoteLine));
    CsvTable table;
    table.m_file = file;
    bool header = true;
    for (const Row &row : records.rows) {
        if (blankOrComment(row))
            continue;
        if (header) {
            header = false;
            for (qsizetype i = 0; i < row.fields.size(); ++i) {
                const QString name = row.fields.at(i).toLower();
                if (!known.contains(name))
                    return R::failure(QStringLiteral("%1:%2: unknown column \"%3\" (known: %4)")
                                          .arg(file)
                                          .arg(row.line)
                                          .arg(row.fields.at(i), known.join(QStringLiteral(", "))));
                if (table.m_column.contains(name))
                    return R::failure(QStringLiteral("%1:%2: column \"%3\" appears twice").arg(file).arg(row.line).arg(name));
                table.m_column.insert(name, int(i));
            }
            for (const QString &name : required)
                if (!table.m_column.contains(name))
                    return R::failure(QStringLiteral("%1:%2: the header has no column \"%3\"").arg(file).arg(row.line).arg(name));
            continue;
        }
        if (row.fields.size() != table.m_column.size())
            return R::failure(QStringLiteral("%1:%2: %3 fields, the header has %4")
                                  .arg(file)
                                  .arg(row.line)
                                  .arg(row.fields.size())
                                  .arg(table.m_column.size()));
        table.m_rows << row;
    }
    if (header)
        return R::failure(QStringLiteral("%1: empty file (expected a header: %2)").arg(file, known.join(QLatin1Char(','))));
    return table;
}

QString CsvTable::value(const Row &row, QLatin1StringView column) const
{
    const auto it = m_column.constFind(QString(column));
    return it == m_column.constEnd() ? QString() : row.fields.at(*it);
}

QString CsvTable::where(const Row &row) const { return QStringLiteral("%1:%2: ").arg(m_file).arg(row.line); }

QString CsvTable::quoted(const QString &v)
{
    if (!v.contains(QLatin1Char(',')) && !v.contains(QLatin1Char('"')) && !v.contains(QLatin1Char('\n')) &&
        !v.contains(QLatin1Char('\r')) && v.trimmed() == v && !v.startsWith(QLatin1Char('#')))
        return v;
    return QLatin1Char('"') + QString(v).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

std::optional<bool> CsvTable::flag(const QString &text)
{
    static const QStringList yes{QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("是")};
    static const QStringList no{QString(), QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("否")};
    if (yes.contains(text.toLower()))
        return true;
    if (no.contains(text.toLower()))
        return false;
    return std::nullopt;
}

QString CsvTable::flagWords() { return QStringLiteral("1/0, true/false, yes/no or 是/否"); }

} // namespace cd
