#pragma once

#include "core/Result.h"

#include <QString>

namespace cd {

// Where a journal lives: an SQLite file (one desk, a field laptop, drills, tests) or a shared
// PostgreSQL database (a command room of many workstations). Parsed from what `--db` says:
// a path, or a libpq URI such as postgresql://user@host:5432/commanddesk or
// postgresql:///commanddesk?host=/run/postgresql. A password in the URI is refused: passwords
// come from ~/.pgpass or the sign-in prompt, never from a command line that `ps` shows.
struct StoreLocation {
    enum class Kind { SqliteFile, Postgres };
    Kind kind = Kind::SqliteFile;
    QString path;     // SqliteFile: absolute path
    QString host;     // Postgres: a host name or a socket folder (starts with '/'); empty: libpq default
    int port = 0;     // 0: default
    QString database; // Postgres: database name
    QString user;     // Postgres: login role; empty: libpq default (the OS user)
    QString options;  // Postgres: other libpq parameters ("sslmode=require;connect_timeout=5")

    static Result<StoreLocation> parse(const QString &text);
    static bool looksLikeUri(const QString &text);
    bool isPostgres() const { return kind == Kind::Postgres; }
    // For messages, logs and the status bar: never carries a password.
    QString display() const;
};

} // namespace cd
