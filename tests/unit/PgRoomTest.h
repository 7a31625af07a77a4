#pragma once

// A PostgreSQL command room for a test class: its own server (PgServer, started once), and per
// test a fresh database with the schema and the room's five accounts (duty, leader, chief,
// police the liaison of 市公安局, watcher the observer), each password in the pgpass file.
#include "../cli/CliRunner.h"
#include "../support/PgServer.h"
#include "JournalFixture.h"

#include <QObject>
#include <QTest>

#include <memory>

class PgRoomTest : public QObject {
protected:
    // From initTestCase: skips the class when there is no server, fails it on CI.
    void startServer()
    {
        m_pg = std::make_unique<PgServer>();
        if (!m_pg->ok()) {
            // CI installs the server (packaging/install-deps.sh): there, a missing server is a failure.
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL(qPrintable(m_pg->problem()));
            QSKIP(qPrintable(m_pg->problem()));
        }
    }

    // A fresh database with the schema and the room's accounts, for one test.
    QString room(const QString &name)
    {
        if (!m_pg->createDatabase(name))
            qFatal("createdb %s: %s", qPrintable(name), qPrintable(m_pg->problem()));
        const QString uri = m_pg->uri(name);
        const auto init = runCli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), uri});
        if (init.exitCode != 0)
            qFatal("db init: %s", init.err.constData());
        struct User { const char *login, *role, *display, *agency; };
        for (const User &u : {User{"duty", "duty_operator", "值班员甲", nullptr}, User{"leader", "shift_leader", "带班领导乙", nullptr},
                              User{"chief", "commander", "指挥长丙", nullptr}, User{"police", "liaison", "公安联络员", "市公安局"},
                              User{"watcher", "observer", "观察员丁", nullptr}}) {
            QStringList args{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), uri, QStringLiteral("--name"), QLatin1String(u.login),
                             QStringLiteral("--role"), QLatin1String(u.role), QStringLiteral("--display"), QString::fromUtf8(u.display),
                             QStringLiteral("--password-stdin")};
            if (u.agency)
                args << QStringLiteral("--agency") << QString::fromUtf8(u.agency);
            const auto added = runCli(args, QByteArray(u.login) + "-pw\n");
            if (added.exitCode != 0 && !added.err.contains("exists already"))
                qFatal("user add %s: %s", u.login, added.err.constData());
            m_pg->addPassword(QLatin1String(u.login), QLatin1String(u.login) + QStringLiteral("-pw"));
        }
        return uri;
    }

    std::unique_ptr<cd::Journal> open(const QString &uri, const QString &user, int answerTimeoutMs = 8000)
    {
        cd::Journal::Options o;
        o.path = uri;
        o.answerTimeoutMs = answerTimeoutMs;
        o.user = user;
        o.workstation = QStringLiteral("desk-") + user;
        auto j = cd::Journal::open(o, m_clock, *testLibrary());
        if (!j)
            qFatal("open %s as %s: %s", qPrintable(uri), qPrintable(user), qPrintable(j.error()));
        return std::move(j).value();
    }

    QSqlDatabase raw(const QString &name, const QString &database, const QString &user)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_pg->socketDir());
        db.setDatabaseName(database);
        db.setUserName(user);
        db.setPassword(user + QStringLiteral("-pw"));
        if (!db.open())
            qFatal("raw connection as %s: %s", qPrintable(user), qPrintable(db.lastError().text()));
        return db;
    }

    std::unique_ptr<PgServer> m_pg;
    cd::ManualClock m_clock{cd::parseIsoWithOffset(QStringLiteral("2026-11-22T03:10:00+08:00"))};
};
