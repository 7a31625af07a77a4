// `drill list`, `drill run`, `replay` through the real binary.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestCliDrill : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listShipped()
    {
        const auto r = runCli({QStringLiteral("drill"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        const auto list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 3);
        for (const auto &s : list)
            for (const auto *key : {"id", "title", "path"})
                QVERIFY2(!s.toObject().value(QLatin1String(key)).toString().isEmpty(), key);
    }
    void runWithResponsesThenReplay()
    {
        QTemporaryDir dir;
        QFile responses(dir.filePath(QStringLiteral("r.json")));
        QVERIFY(responses.open(QIODevice::WriteOnly));
        responses.write(R"j({"responses":[{"at_minutes":5,"incident":"A","kind":"initial_judgment"},
                                         {"at_minutes":35,"incident":"A","kind":"report_sent","payload":{"to":"leading_group"}}]})j");
        responses.close();
        const QString db = dir.filePath(QStringLiteral("d.sqlite"));
        const auto r = runCli({QStringLiteral("drill"), QStringLiteral("run"), QStringLiteral("--scenario"), QStringLiteral(":/drills/wage-arrears-liandu.json"),
                               QStringLiteral("--db"), db, QStringLiteral("--speed"), QStringLiteral("max"), QStringLiteral("--responses"), responses.fileName()});
        QCOMPARE(r.exitCode, 0);
        QMap<QString, QString> outcome;
        for (const auto &d : r.json().value(QStringLiteral("deadlines")).toArray()) {
            const auto o = d.toObject();
            for (const auto *key : {"clause", "due", "outcome"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            outcome.insert(o.value(QStringLiteral("window")).toString(), o.value(QStringLiteral("outcome")).toString());
        }
        QCOMPARE(outcome.value(QStringLiteral("initial-judgment")), QStringLiteral("met"));
        QCOMPARE(outcome.value(QStringLiteral("report-leading-group")), QStringLiteral("late"));
        QVERIFY(r.json().value(QStringLiteral("actions")).isArray());

        // The drill's incident is an exercise; replay it at two cursors.
        auto replay = [&](const char *at) {
            return runCli({QStringLiteral("replay"), QStringLiteral("--db"), db, QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--at"),
                           QLatin1String(at)});
        };
        const auto early = replay("2026-03-10T09:10:00+08:00"), later = replay("2026-03-10T10:00:00+08:00");
        QCOMPARE(early.exitCode, 0);
        QCOMPARE(early.json().value(QStringLiteral("state")).toObject().value(QStringLiteral("exercise")).toBool(), true);
        QVERIFY(early.json().value(QStringLiteral("state")).toObject().value(QStringLiteral("level")).isNull()); // 40 people: not graded yet
        QCOMPARE(later.json().value(QStringLiteral("state")).toObject().value(QStringLiteral("level")).toString(), QStringLiteral("III"));
        QVERIFY(early.json().value(QStringLiteral("digest")).toString() != later.json().value(QStringLiteral("digest")).toString());
        QCOMPARE(replay("2026-03-10T09:10:00+08:00").json().value(QStringLiteral("digest")), early.json().value(QStringLiteral("digest")));
    }
    void badScenario()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("s.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"j({"format":1,"id":"x","title":"x","start":"2026-03-10T09:00:00+08:00","duration_minutes":30,
                   "injects":[{"id":"a","at_minutes":0,"synopsis":"s","kind":"new_incident","incident":"A","title":"t","facts":{"cause":"volcano"}}]})j");
        f.close();
        const auto r = runCli({QStringLiteral("drill"), QStringLiteral("run"), QStringLiteral("--scenario"), f.fileName(), QStringLiteral("--db"),
                               dir.filePath(QStringLiteral("d.sqlite"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("injects[0] (id a).facts: cause: unknown cause \"volcano\""), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliDrill)
#include "tst_cli_drill.moc"
