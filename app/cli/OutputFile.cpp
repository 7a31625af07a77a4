#include "cli/OutputFile.h"
#include "settings/CentreSettings.h"

#include "cli/CliArgs.h"
#include "cli/CliIo.h"
#include "journal/Journal.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cd::cli {
namespace {

// The path with its folder's symlinks resolved (the file itself may not exist yet).
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.canonicalFilePath().isEmpty())
        return info.canonicalFilePath();
    const QString dir = info.absoluteDir().canonicalPath();
    return dir.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : dir + QLatin1Char('/') + info.fileName();
}

bool sameInode(const QString &a, const QString &b)
{
    struct stat sa {}, sb {};
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0 &&
           sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

QString errnoText(int error) { return QString::fromLocal8Bit(std::strerror(error)); }

} // namespace

std::optional<QString> outputRefusal(const QString &out, const QString &journalPath, bool force)
{
    if (out.isEmpty())
        return QStringLiteral("the output file name is empty");
    if (!journalPath.isEmpty()) {
        const QString target = resolved(out);
        for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
            const QString protectedPath = journalPath + QLatin1String(suffix);
            if (target == resolved(protectedPath) || sameInode(out, protectedPath))
                return QStringLiteral("%1: this is the journal %2%3; an output never replaces it (choose another file name)")
                    .arg(out, journalPath, *suffix ? QStringLiteral(" (its %1 file)").arg(QLatin1String(suffix + 1)) : QString());
        }
    }
    const QFileInfo info(out);
    if (info.isDir())
        return QStringLiteral("%1: is a folder; give a file name").arg(out);
    if (!info.absoluteDir().exists())
        return QStringLiteral("%1: the folder %2 does not exist").arg(out, info.absolutePath());
    if ((info.exists() || info.isSymLink()) && !force)
        return QStringLiteral("%1: already exists; nothing was written (add --force to replace it)").arg(out);
    return std::nullopt;
}

Result<qint64> writeOutput(const QString &out, const QByteArray &data, const QString &journalPath, bool force)
{
    using R = Result<qint64>;
    if (const auto refusal = outputRefusal(out, journalPath, force))
        return R::failure(*refusal);
    const QFileInfo info(out);
    QTemporaryFile tmp(info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".XXXXXX.part"));
    if (!tmp.open())
        return R::failure(QStringLiteral("%1: cannot write in %2: %3").arg(out, info.absolutePath(), tmp.errorString()));
    // A temporary file is private (0600); the output gets the usual permissions.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    if (tmp.write(data) != data.size() || !tmp.flush() || ::fchmod(tmp.handle(), 0666 & ~mask) != 0 || ::fsync(tmp.handle()) != 0)
        return R::failure(QStringLiteral("%1: cannot write: %2").arg(out, tmp.errorString()));
    const QByteArray from = QFile::encodeName(tmp.fileName()), to = QFile::encodeName(info.absoluteFilePath());
    if (force) {
        if (::rename(from.constData(), to.constData()) != 0)
            return R::failure(QStringLiteral("%1: cannot replace: %2").arg(out, errnoText(errno)));
        tmp.setAutoRemove(false); // it is the output now
    } else if (::link(from.constData(), to.constData()) != 0) { // fails if anything is there
        const int error = errno;
        if (error == EEXIST)
            return R::failure(QStringLiteral("%1: already exists; nothing was written (add --force to replace it)").arg(out));
        // A file system without hard links (FAT on a USB stick): check, then move.
        const bool noLinks = error == EPERM || error == EOPNOTSUPP || error == ENOSYS;
        if (!noLinks || QFileInfo::exists(out) || ::rename(from.constData(), to.constData()) != 0)
            return R::failure(QStringLiteral("%1: cannot write: %2").arg(out, errnoText(noLinks ? errno : error)));
        tmp.setAutoRemove(false);
    } // else the temporary name is removed with `tmp`
    // The new directory entry survives a power cut too.
    const int dir = ::open(QFile::encodeName(info.absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return qint64(data.size());
}

const QString ForceFlag = QStringLiteral("--force");

QString journalPathOf(const CliArgs &args) { return args.value(QStringLiteral("--db")).value_or(CentreSettings::load().centreStore()); }

std::optional<int> refuseOutput(const QString &command, const QString &option, const CliArgs &args, const QString &out)
{
    if (const auto refusal = outputRefusal(out, journalPathOf(args), args.flag(ForceFlag)))
        return fail(ExitBadInput, QStringLiteral("%1: %2: %3").arg(command, option, *refusal));
    return std::nullopt;
}

std::variant<qint64, int> writeOutputOption(const QString &command, const QString &option, const CliArgs &args, const QString &out,
                                            const QByteArray &data)
{
    const auto written = writeOutput(out, data, journalPathOf(args), args.flag(ForceFlag));
    if (written)
        return written.value();
    // Refused now only if a file appeared since the check: still the caller's choice of name.
    const bool refused = outputRefusal(out, journalPathOf(args), args.flag(ForceFlag)).has_value();
    return fail(refused ? ExitBadInput : ExitFailure, QStringLiteral("%1: %2: %3").arg(command, option, written.error()));
}

} // namespace cd::cli
