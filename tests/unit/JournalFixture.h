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
    cd::EventAuthor author{QStringLiteral("值班员甲"), QStringLiteral("desk-1")};

    JournalFixture() { reopen(); }
    void reopen(int maxPageCount = 0)
    {
        journal.reset();
        cd::Journal::Options o;
        o.path = path;
        o.maxPageCount = maxPageCount;
        auto j = cd::Journal::open(o, clock, *testLibrary());
        if (!j)
            qFatal("journal: %s", qPrintable(j.error()));
        journal = std::move(j).value();
    }
    static QDateTime at(const char *iso) { return cd::parseIsoWithOffset(QLatin1String(iso)).toUTC(); }
    qint64 newIncident(const QByteArray &facts, const char *when = "2026-11-22T03:10:00+08:00", bool exercise = false)
    {
        auto id = journal->createIncident(QStringLiteral("测试事件"), exercise, QJsonDocument::fromJson(facts).object(), at(when), author);
        if (!id)
            qFatal("createIncident: %s", qPrintable(id.error()));
        return id.value();
    }
    qint64 add(qint64 id, const char *kind, const QByteArray &payload, const char *when)
    {
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
