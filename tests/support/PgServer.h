#pragma once

// A throw-away PostgreSQL 15 server for tests and benchmarks: initdb + pg_ctl in a temporary
// folder, listening on a Unix socket only, run as the `postgres` OS user when we are root (CI
// runs as root and the server refuses to). Password authentication (scram-sha-256) with the
// superuser's password in a pgpass file, which is how operators' passwords reach libpq too.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <fcntl.h>
#include <pwd.h>
#include <unistd.h>

class PgServer {
public:
    PgServer()
    {
        m_dir.setAutoRemove(true);
        const QStringList bins = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        for (const QString &v : bins)
            if (QFileInfo::exists(QStringLiteral("/usr/lib/postgresql/%1/bin/initdb").arg(v))) {
                m_bin = QStringLiteral("/usr/lib/postgresql/%1/bin/").arg(v);
                break;
            }
        if (m_bin.isEmpty()) {
            m_problem = QStringLiteral("no PostgreSQL server binaries under /usr/lib/postgresql (packaging/install-deps.sh installs postgresql-15)");
            return;
        }
        m_socket = m_dir.path();
        writeFile(m_dir.filePath(QStringLiteral("pw")), "secret\n");
        m_pgpass = m_dir.filePath(QStringLiteral("pgpass"));
        writeFile(m_pgpass, "*:*:*:postgres:secret\n");
        QFile::setPermissions(m_pgpass, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        qputenv("PGPASSFILE", m_pgpass.toLocal8Bit());
        if (::getuid() == 0) {
            const passwd *pw = ::getpwnam("postgres");
            if (!pw) {
                m_problem = QStringLiteral("running as root and there is no `postgres` OS user to run the server");
                return;
            }
            m_runAs = QStringLiteral("postgres");
            if (::chown(QFile::encodeName(m_dir.path()).constData(), pw->pw_uid, pw->pw_gid) != 0 ||
                ::chown(QFile::encodeName(m_dir.filePath(QStringLiteral("pw"))).constData(), pw->pw_uid, pw->pw_gid) != 0) {
                m_problem = QStringLiteral("cannot hand the server folder to the postgres user");
                return;
            }
        }
        if (!run(QStringLiteral("initdb"), {QStringLiteral("-D"), dataDir(), QStringLiteral("-A"), QStringLiteral("scram-sha-256"),
                                             QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("--pwfile"),
                                             m_dir.filePath(QStringLiteral("pw")), QStringLiteral("--no-sync")}))
            return;
        start();
    }
    ~PgServer()
    {
        if (m_running)
            stop();
    }
    bool ok() const { return m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }
    QString uri(const QString &database, const QString &user = QStringLiteral("postgres")) const
    {
        return QStringLiteral("postgresql://%1@/%2?host=%3").arg(user, database, m_socket);
    }
    QString socketDir() const { return m_socket; }
    // Each operator's password goes where libpq looks for it: the pgpass file.
    void addPassword(const QString &user, const QString &password)
    {
        QFile f(m_pgpass);
        f.open(QIODevice::Append);
        f.write(QStringLiteral("*:*:*:%1:%2\n").arg(user, password).toUtf8());
    }
    bool createDatabase(const QString &name)
    {
        return superuserExec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
    }
    bool superuserExec(const QString &sql, const QString &database = QStringLiteral("postgres"))
    {
        const QString conn = QStringLiteral("pgserver-admin");
        bool done = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), conn);
            db.setHostName(m_socket);
            db.setDatabaseName(database);
            db.setUserName(QStringLiteral("postgres"));
            db.setPassword(QStringLiteral("secret"));
            if (db.open()) {
                QSqlQuery q(db);
                done = q.exec(sql);
                if (!done)
                    m_problem = q.lastError().text();
                db.close();
            } else {
                m_problem = db.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(conn);
        return done;
    }
    bool stop() { return (m_running = !run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")})) == false; }
    bool start()
    {
        // The server outlives pg_ctl: it must not inherit our descriptors. A test run under
        // `flock LOCK ctest` otherwise hands the lock to a server left running by a killed test,
        // and every later build waits for it.
        for (int fd = 3; fd < 1024; ++fd)
            if (const int flags = ::fcntl(fd, F_GETFD); flags >= 0)
                ::fcntl(fd, F_SETFD, flags | FD_CLOEXEC);
        m_running = run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), m_dir.filePath(QStringLiteral("log")),
                                                   QStringLiteral("-o"), QStringLiteral("-k %1 -c listen_addresses=''").arg(m_socket),
                                                   QStringLiteral("-w"), QStringLiteral("start")});
        return m_running;
    }

    // Freezes the server and every backend (SIGSTOP), as a server that stops answering would
    // be: connections stay open, the kernel still takes the bytes, nothing answers. resume()
    // lets it go on where it stopped.
    bool pause() { return signalAll(SIGSTOP); }
    bool resume() { return signalAll(SIGCONT); }

private:
    bool signalAll(int signal)
    {
        QFile pidFile(dataDir() + QStringLiteral("/postmaster.pid"));
        if (!pidFile.open(QIODevice::ReadOnly))
            return false;
        const pid_t postmaster = pidFile.readLine().trimmed().toInt();
        if (postmaster <= 0)
            return false;
        QList<pid_t> pids{postmaster};
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            // "pid (comm) state ppid …": the parent is the second field after the command.
            const QByteArray line = stat.readAll();
            const QList<QByteArray> rest = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (rest.size() > 1 && rest.at(1).toInt() == postmaster)
                pids << entry.toInt();
        }
        for (pid_t pid : pids)
            if (::kill(pid, signal) != 0)
                return false;
        return true;
    }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes);
    }
    bool run(const QString &tool, const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        if (m_runAs.isEmpty())
            p.start(m_bin + tool, args);
        else
            p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), m_runAs, QStringLiteral("--"), m_bin + tool} + args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            m_problem = tool + QStringLiteral(": ") + QString::fromLocal8Bit(p.readAll());
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/cd-pg-XXXXXX")};
    QString m_bin, m_socket, m_pgpass, m_runAs, m_problem;
    bool m_running = false;
};
