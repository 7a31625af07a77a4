#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace cd {

// A CSV file with a header row naming its columns in any order, the way the centre's registers
// are exchanged with spreadsheets (unit roster, contact directory, duty roster): RFC 4180
// quoting, line breaks inside quotes included; a BOM, CRLF, blank lines and # comment lines
// are accepted. Every problem names the file, the line and, where there is one, the column.
class CsvTable {
public:
    struct Row {
        int line = 0; // where the record starts (1-based), for messages
        QStringList fields;
        bool comment = false; // starts with an unquoted #
    };

    // `known`: the columns a header may name (lower case); `required`: those it must name.
    static Result<CsvTable> parse(const QByteArray &csv, const QString &file, const QStringList &known, const QStringList &required);

    const QList<Row> &rows() const { return m_rows; }
    // The row's value in the named column; empty when the header lacks the column.
    QString value(const Row &row, QLatin1StringView column) const;
    // "FILE:LINE: " in front of a row's problem.
    QString where(const Row &row) const;

    // One field as written: quoted when it holds a comma, quote or line break, or would lose
    // spaces at its ends.
    static QString quoted(const QString &value);
    // A yes/no column: 1/0, true/false, yes/no, 是/否, or empty for no; nullopt otherwise.
    static std::optional<bool> flag(const QString &text);
    static QString flagWords(); // for the message about a bad one

private:
    QString m_file;
    QHash<QString, int> m_column;
    QList<Row> m_rows;
};

} // namespace cd
