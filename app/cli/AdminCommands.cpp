#include "cli/AdminCommands.h"
#include "settings/CentreSettings.h"

#include "cli/CliArgs.h"
#include "cli/CliIo.h"
#include "cli/CliSession.h"
#include "journal/JournalWatcher.h"
#include "journal/PostgresJournalStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace cd::cli {
namespace {

// A password typed at the terminal with echo off, or one line of stdin (--password-stdin):
// never an argument, which `ps` and shell history would show.
std::optional<QString> readPassword(bool fromStdin, QString &error)
{
    QTextStream in(stdin);
    if (fromStdin)
        return in.readLine();
    if (!isatty(STDIN_FILENO)) {
        error = QStringLiteral("no password: give --password-stdin and the password on standard input");
        return std::nullopt;
    }
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    auto ask = [&](const char *prompt) {
        std::fputs(prompt, stderr);
        std::fflush(stderr);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        const QString line = in.readLine();
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
        return line;
    };
    const QString first = ask("password: ");
    if (ask("again: ") != first) {
        error = QStringLiteral("the two passwords differ; nothing was changed");
        return std::nullopt;
    }
    return first;
}

QJsonObject accountJson(const Account &a)
{
    return {{QStringLiteral("login"), a.login},       {QStringLiteral("display"), a.display},
            {QStringLiteral("role"), Roles::id(a.role)}, {QStringLiteral("role_label"), Roles::label(a.role)},
            {QStringLiteral("agency"), a.agency},     {QStringLiteral("disabled"), a.disabled}};
}

int dbInit(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions, {});
    const QString db = args.require(QStringLiteral("--db"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("db init: ") + args.error());
    const auto location = StoreLocation::parse(db);
    if (!location)
        return fail(ExitBadInput, location.error());
    if (location->isPostgres()) {
        StoreLocation where = location.value();
        if (const auto user = args.value(QStringLiteral("--user")))
            where.user = *user;
        const auto outcome = PostgresJournalStore::initialise({where, {}});
        if (!outcome)
            return fail(ExitFailure, outcome.error());
        printJson({{QStringLiteral("db"), where.display()},
                   {QStringLiteral("schema"), outcome.value()},
                   {QStringLiteral("schema_version"), PostgresJournalStore::SchemaVersion}});
        return ExitOk;
    }
    CliArgs withInit(argv + QStringList{QStringLiteral("--init")}, CommonOptions, CommonFlags);
    auto opened = openSession(withInit, false);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    printJson({{QStringLiteral("db"), std::get<0>(opened)->journal->path()},
               {QStringLiteral("schema"), QStringLiteral("up to date")},
               {QStringLiteral("schema_version"), Journal::SchemaVersion}});
    return ExitOk;
}

int dbCopy(const QStringList &argv)
{
    CliArgs args(argv, {QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--plans"), QStringLiteral("--calendar-dir")}, {});
    const QString from = args.require(QStringLiteral("--from"));
    const QString to = args.require(QStringLiteral("--to"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("db copy: ") + args.error());
    auto source = openSession(CliArgs({QStringLiteral("--db"), from}, CommonOptions, {}), true, true);
    if (auto *code = std::get_if<int>(&source))
        return *code;
    auto &src = *std::get<0>(source);
    // A broken chain is not copied: the copy would look sound and carry the damage along.
    const auto check = src.journal->verify();
    if (!check)
        return fail(ExitFailure, check.error());
    if (!check->intact)
        return fail(ExitTampered, QStringLiteral("db copy: %1 is broken at event %2 (%3); nothing was copied")
                                      .arg(src.journal->path()).arg(check->firstBadSeq).arg(check->problem));
    const auto incidents = src.journal->incidents();
    const auto events = src.journal->eventsAfter(0);
    if (!incidents || !events)
        return fail(ExitFailure, incidents ? events.error() : incidents.error());

    const auto target = StoreLocation::parse(to);
    if (!target)
        return fail(ExitBadInput, target.error());
    if (!target->isPostgres() && QFileInfo::exists(target->path) && QFileInfo(target->path).size() > 0)
        return fail(ExitBadInput, QStringLiteral("db copy: --to %1 exists; a copy goes into a new file").arg(target->path));
    auto destination = openSession(CliArgs({QStringLiteral("--db"), to, QStringLiteral("--init")}, CommonOptions, CommonFlags), false);
    if (auto *code = std::get_if<int>(&destination))
        return *code;
    auto &dst = *std::get<0>(destination);
    JournalStore &store = dst.journal->store();
    // The operators' accounts: an SQLite file's (with their password hashes) go with it into the
    // new file, in the same transaction as the events, or the copy would open to anyone. Between
    // SQLite and PostgreSQL they cannot: the server's accounts are login roles with passwords of
    // their own; they are counted and the owner is told to add them.
    const auto sourceAccounts = src.journal->store().accounts();
    if (!sourceAccounts)
        return fail(ExitFailure, QStringLiteral("db copy: ") + sourceAccounts.error());
    const bool fileToFile = !src.journal->location().isPostgres() && !target->isPostgres();
    QSqlQuery attach(QSqlDatabase::database(store.connectionName()));
    if (fileToFile && !sourceAccounts->isEmpty()) {
        attach.prepare(QStringLiteral("ATTACH DATABASE ? AS copy_source"));
        attach.addBindValue(src.journal->location().path);
        if (!attach.exec())
            return fail(ExitFailure, QStringLiteral("db copy: the source's accounts: ") + attach.lastError().text());
    }
    auto detach = [&] {
        if (fileToFile && !sourceAccounts->isEmpty())
            (void)attach.exec(QStringLiteral("DETACH DATABASE copy_source"));
    };
    if (auto e = store.begin()) {
        detach();
        return fail(ExitFailure, *e);
    }
    std::optional<QString> problem = store.copyIn(incidents.value(), events.value());
    if (!problem && fileToFile && !sourceAccounts->isEmpty()
        && !attach.exec(QStringLiteral("INSERT INTO accounts (login, display, role, agency, disabled, password_hash) "
                                       "SELECT login, display, role, agency, disabled, password_hash FROM copy_source.accounts")))
        problem = QStringLiteral("the source's accounts: ") + attach.lastError().text();
    if (problem) {
        store.rollback();
        detach();
        return fail(ExitFailure, QStringLiteral("db copy: ") + *problem);
    }
    if (auto e = store.commit()) {
        detach();
        return fail(ExitFailure, *e);
    }
    detach();
    const qsizetype accountsLeft = fileToFile ? 0 : sourceAccounts->size();
    if (accountsLeft > 0)
        std::fprintf(stderr, "db copy: %lld accounts of %s were not copied (a password cannot move between SQLite and "
                             "PostgreSQL); add them with `commanddesk-cli user add --db %s`\n",
                     static_cast<long long>(accountsLeft), qPrintable(src.journal->location().display()), qPrintable(target->display()));
    const auto copied = dst.journal->verify();
    if (!copied)
        return fail(ExitFailure, copied.error());
    const bool same = copied->intact && copied->events == check->events && copied->headHash == check->headHash;
    printJson({{QStringLiteral("from"), src.journal->path()},
               {QStringLiteral("to"), dst.journal->path()},
               {QStringLiteral("incidents"), incidents->size()},
               {QStringLiteral("events"), copied->events},
               {QStringLiteral("head"), copied->headHash},
               {QStringLiteral("accounts"), sourceAccounts->size() - accountsLeft},
               {QStringLiteral("accounts_not_copied"), accountsLeft},
               {QStringLiteral("verified"), same}});
    if (!same)
        return fail(ExitTampered, QStringLiteral("db copy: the copy does not verify against the source (%1)").arg(copied->problem));
    return ExitOk;
}

int userCommand(const QString &sub, const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--name"), QStringLiteral("--role"), QStringLiteral("--agency"),
                                                   QStringLiteral("--display")},
                 {QStringLiteral("--password-stdin")});
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("user %1: %2").arg(sub, args.error()));
    QString name;
    if (sub != QLatin1String("list")) {
        name = args.require(QStringLiteral("--name"));
        if (!args.error().isEmpty())
            return fail(ExitBadInput, QStringLiteral("user %1: %2").arg(sub, args.error()));
    }
    std::optional<Role> role;
    if (const auto text = args.value(QStringLiteral("--role"))) {
        role = Roles::fromId(*text);
        if (!role) {
            QStringList ids;
            for (Role r : Roles::all())
                ids << Roles::id(r);
            return fail(ExitBadInput, QStringLiteral("user %1: --role: %2 is not a role (one of %3)").arg(sub, *text, ids.join(QStringLiteral(", "))));
        }
    }
    auto opened = openSession(args, sub == QLatin1String("list"), true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    Journal &journal = *std::get<0>(opened)->journal;
    if (sub == QLatin1String("list")) {
        const auto accounts = journal.accounts();
        if (!accounts)
            return fail(ExitFailure, accounts.error());
        QJsonArray list;
        for (const Account &a : accounts.value())
            list << accountJson(a);
        printJson({{QStringLiteral("accounts"), list}});
        return ExitOk;
    }
    Result<bool> done = true;
    Account account;
    if (sub == QLatin1String("add")) {
        if (!role)
            return fail(ExitBadInput, QStringLiteral("user add: --role: required"));
        account = Account{name, args.value(QStringLiteral("--display")).value_or(name), *role,
                          args.value(QStringLiteral("--agency")).value_or(QString()), false};
        QString password, error;
        if (args.flag(QStringLiteral("--password-stdin")) || !journal.isShared()) {
            const auto typed = readPassword(args.flag(QStringLiteral("--password-stdin")), error);
            if (!typed)
                return fail(ExitBadInput, QStringLiteral("user add: ") + error);
            password = *typed;
        }
        done = journal.addAccount(account, password);
    } else {
        const auto accounts = journal.accounts();
        if (!accounts)
            return fail(ExitFailure, accounts.error());
        const auto it = std::find_if(accounts->begin(), accounts->end(), [&](const Account &a) { return a.login == name; });
        if (it == accounts->end())
            return fail(ExitBadInput, QStringLiteral("user %1: --name: no account %2 in %3").arg(sub, name, journal.path()));
        account = *it;
        if (sub == QLatin1String("disable") || sub == QLatin1String("enable")) {
            account.disabled = sub == QLatin1String("disable");
        } else if (sub == QLatin1String("set-role")) {
            if (!role)
                return fail(ExitBadInput, QStringLiteral("user set-role: --role: required"));
            account.role = *role;
            if (const auto agency = args.value(QStringLiteral("--agency")))
                account.agency = *agency;
            if (const auto display = args.value(QStringLiteral("--display")))
                account.display = *display;
        } else {
            return fail(ExitBadInput, QStringLiteral("user: usage: user add|list|disable|enable|set-role …"));
        }
        done = journal.updateAccount(account);
    }
    if (!done)
        return fail(exitCodeFor(journal, done.error()), QStringLiteral("user %1: %2").arg(sub, done.error()));
    printJson(accountJson(account));
    return ExitOk;
}

} // namespace

int runDb(const QStringList &argv)
{
    const QString sub = argv.value(0);
    if (sub == QLatin1String("init"))
        return dbInit(argv.mid(1));
    if (sub == QLatin1String("copy"))
        return dbCopy(argv.mid(1));
    return fail(ExitBadInput, QStringLiteral("db: usage: db init --db PATH|URL | db copy --from PATH|URL --to PATH|URL"));
}

int runUser(const QStringList &argv)
{
    const QString sub = argv.value(0);
    if (sub.isEmpty() || sub.startsWith(QLatin1String("--")))
        return fail(ExitBadInput, QStringLiteral("user: usage: user add|list|disable|enable|set-role --db DB --name NAME …"));
    return userCommand(sub, argv.mid(1));
}

int runWatch(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--from-seq")}, {});
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("watch: ") + args.error());
    const auto location = StoreLocation::parse(args.value(QStringLiteral("--db")).value_or(CentreSettings::load().centreStore()));
    if (!location)
        return fail(ExitBadInput, location.error());
    JournalWatcher::Options options{location.value(), {}, -1, 250};
    if (const auto user = args.value(QStringLiteral("--user")).value_or(qEnvironmentVariable("COMMANDDESK_USER")); !user.isEmpty() && location->isPostgres())
        options.location.user = user;
    if (const auto from = args.value(QStringLiteral("--from-seq"))) {
        bool ok = false;
        options.afterSeq = from->toLongLong(&ok) - 1;
        if (!ok || options.afterSeq < 0)
            return fail(ExitBadInput, QStringLiteral("watch: --from-seq: must be a sequence number ≥ 1"));
    }
    JournalWatcher watcher(options);
    QObject::connect(&watcher, &JournalWatcher::appended, [](const QList<StoredEvent> &events) {
        for (const StoredEvent &e : events) {
            const QJsonObject line{{QStringLiteral("seq"), e.seq},           {QStringLiteral("incident"), e.incidentId},
                                   {QStringLiteral("kind"), e.kind},         {QStringLiteral("actor"), e.actor},
                                   {QStringLiteral("workstation"), e.workstation}, {QStringLiteral("event_time"), e.eventTimeText},
                                   {QStringLiteral("entry_time"), e.entryTimeText}};
            std::fputs(QJsonDocument(line).toJson(QJsonDocument::Compact).constData(), stdout);
            std::fputc('\n', stdout);
        }
        std::fflush(stdout);
    });
    QObject::connect(&watcher, &JournalWatcher::onlineChanged, [](bool online, const QString &message) {
        std::fprintf(stderr, "commanddesk-cli: watch: %s: %s\n", online ? "online" : "OFFLINE", qPrintable(message));
    });
    if (auto problem = watcher.start())
        return fail(ExitFailure, QStringLiteral("watch: ") + *problem);
    return QCoreApplication::exec();
}

} // namespace cd::cli
