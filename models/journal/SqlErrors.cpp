#include "journal/SqlErrors.h"

namespace cd {

DbProblem classify(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff; // primary result code
    const QString text = error.text().toLower();
    if ((ok && (code == 5 || code == 6)) || text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy")))
        return DbProblem::Busy;
    if ((ok && code == 8) || text.contains(QLatin1String("readonly")) || text.contains(QLatin1String("read-only")))
        return DbProblem::ReadOnly;
    if ((ok && code == 13) || text.contains(QLatin1String("full")))
        return DbProblem::Full;
    if ((ok && (code == 11 || code == 26)) || text.contains(QLatin1String("malformed")) ||
        text.contains(QLatin1String("not a database")))
        return DbProblem::Corrupt;
    if ((ok && code == 14) || text.contains(QLatin1String("unable to open")))
        return DbProblem::CannotOpen;
    return DbProblem::Other;
}

QString describeDbError(const QString &path, const QSqlError &error, int busyTimeoutMs)
{
    switch (classify(error)) {
    case DbProblem::Busy:
        return QStringLiteral("%1 is locked by another program (waited %2 s). Nothing was written. Close the other "
                              "program using this database (another CommandDesk, sqlite3 …) and try again.")
            .arg(path).arg(busyTimeoutMs / 1000.0);
    case DbProblem::ReadOnly:
        return QStringLiteral("%1 is read-only for this account. Nothing was written. Check the file's "
                              "permissions, or copy the database somewhere writable and use --db.")
            .arg(path);
    case DbProblem::Full:
        return QStringLiteral("%1: the disk is full (or the database reached its size limit). This entry was NOT "
                              "recorded; the earlier entries are safe. Free disk space, then enter it again.")
            .arg(path);
    case DbProblem::Corrupt:
        return QStringLiteral("%1 is damaged or is not a database (%2). It was left untouched. Restore it from a "
                              "backup, or choose another file with --db.")
            .arg(path, error.text());
    case DbProblem::CannotOpen:
        return QStringLiteral("%1 cannot be opened (%2). Check that the folder exists and is accessible.")
            .arg(path, error.text());
    case DbProblem::Other:
        break;
    }
    return QStringLiteral("%1: database error: %2").arg(path, error.text());
}

} // namespace cd
