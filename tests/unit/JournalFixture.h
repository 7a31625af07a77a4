#pragma once

#include "TestFacts.h"
#include "journal/IncidentState.h"
#include "journal/Journal.h"
#include "time/Clock.h"
#include "time/ShanghaiTime.h"
#include "time/WorkCalendar.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

// A journal in a temporary folder with a hand-moved clock, and raw SQL access for the tests
// that play the part of someone tampering with the file.
struct JournalFixture {
    QTemporaryDir dir;
    cd::ManualClock clock{cd::parseIsoWithOffset(QStringLiteral("2026-11-22T03:10:00+08:00"))};
    QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    std::unique_ptr<cd::Journal> journal;
    cd::EventAuthor author{QStringLiteral("值班员甲"), QStringLiteral("desk-1")}; // ignored: the journal signs
    QString signedIn = QStringLiteral("zhijia");

    // Accounts as a centre has them; 值班员甲 (with every right to record, so tests of the fold
    // need not switch accounts) signs every event on desk-1.
    // (Added by SQL with a one-round hash: the slow hash is tested on its own.)
    JournalFixture()
    {
        reopen();
        tamper({QStringLiteral("INSERT INTO accounts VALUES ('admin', '管理员', 'admin', '', 0, '%1')").arg(cd::PasswordHash::make(QStringLiteral("pw"), 1)),
                QStringLiteral("INSERT INTO accounts VALUES ('zhijia', '值班员甲', 'commander', '', 0, '%1')").arg(cd::PasswordHash::make(QStringLiteral("pw"), 1)),
                QStringLiteral("INSERT INTO accounts VALUES ('duty', '值班员乙', 'duty_operator', '', 0, '%1')").arg(cd::PasswordHash::make(QStringLiteral("pw"), 1)),
                QStringLiteral("INSERT INTO accounts VALUES ('leader', '带班领导', 'shift_leader', '', 0, '%1')").arg(cd::PasswordHash::make(QStringLiteral("pw"), 1)),
                QStringLiteral("INSERT INTO accounts VALUES ('chief', '指挥长', 'commander', '', 0, '%1')").arg(cd::PasswordHash::make(QStringLiteral("pw"), 1)),
                QStringLiteral("INSERT INTO accounts VALUES ('police', '公安联络员', 'liaison', '市公安局', 0, '%1')").arg(cd::PasswordHash::make(QStringLiteral("pw"), 1)),
                QStringLiteral("INSERT INTO accounts VALUES ('watcher', '观察员', 'observer', '', 0, '%1')").arg(cd::PasswordHash::make(QStringLiteral("pw"), 1))});
        reopen();
    }
    void reopen(int maxPageCount = 0)
    {
        journal.reset();
        cd::Journal::Options o;
        o.path = path;
        o.maxPageCount = maxPageCount;
        o.workstation = QStringLiteral("desk-1");
        auto j = cd::Journal::open(o, clock, *testLibrary());
        if (!j)
            qFatal("journal: %s", qPrintable(j.error()));
        journal = std::move(j).value();
        if (journal->needsSignIn())
            if (auto problem = journal->useAccount(signedIn))
                qFatal("sign in: %s", qPrintable(*problem));
    }
    void signInAs(const QString &login)
    {
        signedIn = login;
        if (auto problem = journal->useAccount(login))
            qFatal("sign in: %s", qPrintable(*problem));
    }
    static QDateTime at(const char *iso) { return cd::parseIsoWithOffset(QLatin1String(iso)).toUTC(); }
    // Entered as it happens: the clock moves on to the event's time if it is behind (an event
    // may not be dated after its entry, EntryTimeRule).
    void enteredAt(const QDateTime &t)
    {
        if (clock.now() < t)
            clock.setNow(t);
    }
    qint64 newIncident(const QByteArray &facts, const char *when = "2026-11-22T03:10:00+08:00", bool exercise = false)
    {
        enteredAt(at(when));
        auto id = journal->createIncident(QStringLiteral("测试事件"), exercise, QJsonDocument::fromJson(facts).object(), at(when));
        if (!id)
            qFatal("createIncident: %s", qPrintable(id.error()));
        return id.value();
    }
    qint64 add(qint64 id, const char *kind, const QByteArray &payload, const char *when)
    {
        enteredAt(at(when));
        auto seq = journal->append({id, QLatin1String(kind), QJsonDocument::fromJson(payload).object(), at(when), author});
        if (!seq)
            qFatal("append %s: %s", kind, qPrintable(seq.error()));
        return seq.value();
    }
    cd::IncidentState state(qint64 id, const QDateTime &cursor = {}, const QDateTime &now = {})
    {
        return cd::IncidentState::fold(journal->events(id).value(), {*testLibrary(), cd::WorkCalendar::builtin()}, cursor,
                                       now.isValid() ? now : (cursor.isValid() ? cursor : clock.now()));
    }
    // Runs SQL on the file through a separate connection, bypassing the Journal class.
    void tamper(const QStringList &statements)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(path);
            if (!db.open())
                qFatal("tamper open");
            QSqlQuery q(db);
            for (const auto &s : statements)
                if (!q.exec(s))
                    qFatal("tamper: %s: %s", qPrintable(s), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    }
    static QByteArray bytes(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};
