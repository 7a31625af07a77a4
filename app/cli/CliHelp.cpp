#include "cli/CliHelp.h"

#include <QDate>

namespace cd::cli {

using help::Lang;
using help::Text;

namespace {

const QStringList Common = {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--busy-timeout"),
                            QStringLiteral("--plans"), QStringLiteral("--calendar-dir")};

QStringList common(std::initializer_list<const char *> more)
{
    QStringList out = Common;
    for (const char *o : more)
        out << QLatin1String(o);
    return out;
}

QStringList only(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *o : names)
        out << QLatin1String(o);
    return out;
}

} // namespace

const QList<CommandForm> &cliCommands()
{
    static const QList<CommandForm> forms = {
        {"plans", nullptr, nullptr,
         {"List the contingency plans, the accepted causes and the counties.", "列出应急预案、可用的事件起因和县（市、区）。"},
         only({"--plans"})},
        {"grade", nullptr, nullptr,
         {"Grade one set of facts against every plan: level, deciding clause, agencies, reporting windows and their state at --now.",
          "按全部预案对一组事实定级：级别、依据条款、成员单位、报告时限及其在 --now 时的状态。"},
         only({"--facts", "--plans", "--dispatched-at", "--ended-at", "--now", "--calendar-dir"})},
        {"workdays", nullptr, nullptr,
         {"The Nth working day after a date and its 23:59:59 deadline (dates 1970-01-01 to 2099-12-31, N from 1 to 3650).",
          "某日之后第 N 个工作日及其 23:59:59 截止时间（日期 1970-01-01 至 2099-12-31，N 为 1 至 3650）。"},
         only({"--from", "--add", "--calendar-dir"})},
        {"calendar", "show", nullptr,
         {"The years the holiday calendar covers and where it comes from.", "节假日日历覆盖的年份及其来源。"},
         only({"--calendar-dir", "--replace"})},
        {"calendar", "import", "FILE",
         {"Load a newer holiday notice; every year it covers needs its statutory holidays.",
          "导入新的放假通知；其覆盖的每一年都须含法定节假日。"},
         only({"--calendar-dir", "--replace"})},
        {"incident", "new", nullptr,
         {"Record a new incident from its facts; prints its number.", "按事实登记新事件，输出事件编号。"},
         common({"--facts", "--title", "--at", "--init", "--exercise"})},
        {"incident", "event", nullptr,
         {"Append one event (kind and JSON payload) to an incident.", "向事件追加一条记录（类型与 JSON 内容）。"},
         common({"--id", "--kind", "--payload", "--at", "--reason"})},
        {"incident", "show", nullptr,
         {"The state of an incident, at a cursor time if --at is given.", "事件的状态（给出 --at 时为该时刻的状态）。"},
         common({"--id", "--at"})},
        {"incident", "list", nullptr, {"Every incident in the journal.", "列出台账中的全部事件。"}, Common},
        {"import", nullptr, nullptr,
         {"Import another register's incidents from JSON lines (one event per line, as incident show prints them; each "
          "incident opened by a reported line with facts, title, exercise). Everything is checked first; then all in one "
          "transaction, each event marked as imported. Prints incidents, events, first_seq, last_seq.",
          "从 JSON Lines 文件导入其他台账的事件（每行一条记录，格式同 incident show；每个事件以含 facts、title、exercise 的 "
          "reported 行开头）。先全部校验，再在一个事务中写入，每条记录标为“导入”。输出 incidents、events、first_seq、last_seq。"},
         common({"--file", "--init"})},
        {"verify", nullptr, nullptr,
         {"Check the journal's hash chain; exit 4 and the first bad sequence number if it is broken.",
          "校验台账的哈希链；链断裂时退出码为 4 并给出首个异常序号。"},
         common({"--expect-head"})},
        {"report", nullptr, nullptr,
         {"Write a draft of a situation report (首报, 续报, 终报) or the disposal report as PDF, in the official-document layout "
          "and stamped as a draft; report issue signs it off and issues it.",
          "生成情况报告（首报、续报、终报）或处置报告的草稿 PDF（公文格式，标注“草稿”）；正式签发印发用 report issue。"},
         common({"--id", "--kind", "--out", "--at", "--number", "--prepared-by", "--issuer", "--annex", "--force"})},
        {"report", "signoff", nullptr,
         {"Sign off: a shift leader or commander approves the draft as it stands, recorded as report_signed_off with the "
          "draft's SHA-256 and the signer's name; an edit after it needs a new sign-off.",
          "签发：带班领导或指挥长批准当前文稿，记为 report_signed_off（含文稿 SHA-256 和签发人）；此后再修改须重新签发。"},
         common({"--id", "--kind", "--signer", "--followup", "--at", "--prepared-by", "--issuer"})},
        {"report", "issue", nullptr,
         {"Issue the signed-off draft: numbered per year (drills apart; two desks at once never share a number), the "
          "exact PDF and its SHA-256 kept in a report_issued event. Refused if the draft changed after its sign-off. Without a "
          "sign-off, a shift leader or commander with --signer signs off and issues at once (two events); others are refused.",
          "印发已签发的文稿：按年编发文字号（演练单独编号，两台同时印发也不会重号），所发 PDF 原件及其 SHA-256 存入 report_issued "
          "记录。签发后文稿有改动则拒绝。尚未签发时，带班领导或指挥长给出 --signer 即同时签发并印发（两条记录），其他角色被拒绝。"},
         common({"--id", "--kind", "--signer", "--number", "--followup", "--out", "--at", "--prepared-by", "--issuer", "--force"})},
        {"report", "list", nullptr,
         {"The issued reports of an incident (or all): document number, signer, SHA-256 and whether the stored PDF still matches it.",
          "已发报告列表：发文字号、签发人、SHA-256 以及所存 PDF 是否与之相符。"},
         common({"--id"})},
        {"export-cap", nullptr, nullptr, {"Write a CAP 1.2 alert (XML).", "导出 CAP 1.2 预警信息（XML）。"},
         common({"--id", "--out", "--at", "--force"})},
        {"export-csv", nullptr, nullptr, {"Write the timeline as CSV (UTF-8 with BOM).", "导出时间线 CSV（带 BOM 的 UTF-8）。"},
         common({"--id", "--out", "--at", "--force"})},
        {"drill", "list", nullptr, {"The drill scenarios shipped with the program.", "随程序提供的演练脚本。"}, only({"--plans"})},
        {"drill", "run", nullptr,
         {"Play a scenario into the journal and print the after-action JSON; everything is checked first, a refused drill writes nothing.",
          "将演练脚本写入台账并输出演练评估 JSON；事先全部检查，被拒绝的演练不写入任何内容。"},
         common({"--scenario", "--speed", "--responses", "--report", "--force"})},
        {"replay", nullptr, nullptr,
         {"The state of an incident at a cursor, with its SHA-256 digest.", "事件在某一时刻的状态及其 SHA-256 摘要。"},
         common({"--id", "--at"})},
        {"db", "init", nullptr,
         {"Create or migrate a journal (PostgreSQL: schema, roles and functions).", "创建或升级台账（PostgreSQL：模式、角色与函数）。"},
         Common},
        {"db", "copy", nullptr,
         {"Copy a whole journal with the same sequence numbers and hashes, then verify the copy.",
          "完整复制台账（序号与哈希不变），并校验副本。"},
         only({"--from", "--to", "--plans", "--calendar-dir"})},
        {"user", "add", nullptr,
         {"Add an account; the password is asked at the terminal or read from standard input.",
          "添加账号；密码在终端输入或从标准输入读取。"},
         common({"--name", "--role", "--agency", "--display", "--password-stdin"})},
        {"user", "list", nullptr, {"Every account with its role, agency and state.", "列出全部账号及其角色、单位和状态。"},
         common({"--name", "--role", "--agency", "--display", "--password-stdin"})},
        {"user", "disable", nullptr, {"Disable an account (its events stay signed).", "停用账号（其已签名的记录保留）。"},
         common({"--name", "--role", "--agency", "--display", "--password-stdin"})},
        {"user", "enable", nullptr, {"Enable a disabled account again.", "重新启用已停用的账号。"},
         common({"--name", "--role", "--agency", "--display", "--password-stdin"})},
        {"user", "set-role", nullptr, {"Change an account's role (and agency).", "修改账号的角色（及单位）。"},
         common({"--name", "--role", "--agency", "--display", "--password-stdin"})},
        {"watch", nullptr, nullptr,
         {"Print one JSON line per appended event until interrupted.", "每追加一条记录输出一行 JSON，直至被中断。"},
         common({"--from-seq"})},
        {"units", "add", nullptr,
         {"Add a responding unit to the roster (the centre's register; shift leader or commander).",
          "在名册中登记处置力量（中心登记簿；带班领导或指挥长）。"},
         common({"--unit", "--agency", "--kind", "--callsign", "--crew", "--phone", "--leader"})},
        {"units", "change", nullptr, {"Change a unit's entry in the roster.", "修改名册中的处置力量信息。"},
         common({"--unit", "--agency", "--kind", "--callsign", "--crew", "--phone", "--leader", "--no-leader"})},
        {"units", "retire", nullptr, {"Take a unit off the roster (its history stays).", "注销处置力量（历史记录保留）。"},
         common({"--unit"})},
        {"units", "list", nullptr, {"The roster with each unit's task.", "名册及各力量当前任务。"}, common({"--all"})},
        {"units", "import", nullptr,
         {"Import a roster from CSV (or --demo); every line is checked first and nothing is written on any error.",
          "从 CSV（或 --demo）导入名册；先逐行校验，有任何错误则不写入。"},
         common({"--csv", "--demo", "--init"})},
        {"units", "dispatch", nullptr,
         {"Dispatch units to an incident (a dispatched event naming them; a unit on another task is re-tasked).",
          "向事件派出处置力量（dispatched 记录列明力量；执行其他任务的力量被改派）。"},
         common({"--id", "--unit", "--at", "--reason"})},
        {"units", "track", nullptr,
         {"Replay a recorded NMEA log of one unit against incident --id through the position pipeline; records the "
          "geofenced arrival and prints unit, fixes, dropped, arrived_at, eta_s_at_dispatch.",
          "将某力量录制的 NMEA 日志按事件 --id 回放通过定位处理流程；记录电子围栏判定的到场，输出 unit、fixes、dropped、"
          "arrived_at、eta_s_at_dispatch。"},
         common({"--id", "--unit", "--nmea", "--radius"})},
        {"dutylog", nullptr, nullptr,
         {"The daily duty log of a duty day (default: the last one ended, yesterday 08:00 to today 08:00): shifts, incidents, "
          "reports and windows, calls, handovers, drills (marked), notes; as PDF (--out) or JSON (--json).",
          "某一值班日的值班日志（默认：最近结束的一日，即昨日8时至今日8时）：班次、事件、报送与时限、电话联络、交接班、演练（标明）、备注；"
          "输出 PDF（--out）或 JSON（--json）。"},
         common({"--date", "--start-hour", "--out", "--json", "--force"})},
        {"roster", "list", nullptr, {"The duty roster (shifts, operators, shift leader).", "排班表（班次、值班员、带班领导）。"},
         common({"--month"})},
        {"roster", "import", nullptr,
         {"Import shifts from CSV (a month at once); every line is checked first and nothing is written on any error.",
          "从 CSV 导入排班（可一次导入一个月）；先逐行校验，有任何错误则不写入。"},
         common({"--csv"})},
        {"handover", "summary", nullptr,
         {"The handover summary generated from the journal: open incidents with their next window, duties not acknowledged, "
          "reports due, notes for the next shift; as PDF (--out) or JSON (--json).",
          "由台账生成的交接班摘要：在办事件及下一时限、未确认职责、待报送报告、留给下一班的备注；输出 PDF（--out）或 JSON（--json）。"},
         common({"--out", "--json", "--force", "--outgoing", "--remarks"})},
        {"handover", "confirm", nullptr,
         {"The incoming operator (--user) confirms the handover: a handover event in the centre's register.",
          "接班人（--user）确认交接班：在中心登记簿中记录交接班事件。"},
         common({"--outgoing", "--remarks"})},
        {"directory", "list", nullptr,
         {"The member agencies' contact directory, each with its numbers in the order to try, and the plans' agencies missing from it.",
          "成员单位通讯录，各单位号码按拨打顺序列出，并列出预案中尚未登记的单位。"},
         common({})},
        {"directory", "import", nullptr,
         {"Import the directory from CSV (or --demo: fictitious numbers for every member agency of the plans); every line is "
          "checked first and nothing is written on any error.",
          "从 CSV（或 --demo：为预案全部成员单位生成虚构号码）导入通讯录；先逐行校验，有任何错误则不写入。"},
         common({"--csv", "--demo", "--init"})},
        {"directory", "export", nullptr, {"Write the directory as CSV (the columns import reads).", "将通讯录导出为 CSV（与导入的列相同）。"},
         common({"--csv", "--force"})},
        {"call", nullptr, nullptr,
         {"Record a call to a member agency about its duty in incident --id; a reached call also acknowledges the duty, "
          "naming --person.",
          "记录就事件 --id 的职责呼叫成员单位；接通的呼叫同时确认职责，并记下接话人 --person。"},
         common({"--id", "--plan", "--agency", "--outcome", "--person", "--phone", "--at", "--reason"})},
    };
    return forms;
}

const QList<help::Option> &cliOptions()
{
    static const QList<help::Option> options = {
        {"--db", "PATH|URL",
         {"The journal: a SQLite file or postgresql://user@host/db (default: the centre's store, else "
          "~/.local/share/CommandDesk/commanddesk/commanddesk.sqlite).",
          "台账：SQLite 文件或 postgresql://user@host/db（默认：中心配置的存储，否则为 "
          "~/.local/share/CommandDesk/commanddesk/commanddesk.sqlite）。"}},
        {"--user", "LOGIN",
         {"Sign in as this account (also COMMANDDESK_USER); on PostgreSQL the database login.",
          "以该账号签名（也可用 COMMANDDESK_USER）；PostgreSQL 下为数据库登录名。"}},
        {"--busy-timeout", "MS",
         {"How long to wait for a locked SQLite journal, in milliseconds (default 5000).", "SQLite 台账被锁定时的等待毫秒数（默认 5000）。"}},
        {"--plans", "DIR",
         {"Read plan files from DIR, in addition to and overriding the built-in ones.", "另从 DIR 读取预案文件，覆盖内置同名预案。"}},
        {"--calendar-dir", "DIR",
         {"Folder of imported holiday notices (default: the centre's folder, else ~/.local/share/CommandDesk/commanddesk/calendar).",
          "已导入放假通知所在文件夹（默认：中心配置的文件夹，否则为 ~/.local/share/CommandDesk/commanddesk/calendar）。"}},
        {"--init", nullptr, {"The journal file (and its folder) may be created.", "允许新建台账文件（及其文件夹）。"}},
        {"--facts", "FILE|-", {"The facts as JSON, from a file or standard input (-).", "事实 JSON，来自文件或标准输入（-）。"}},
        {"--dispatched-at", "TIME", {"When units were dispatched (ISO 8601 with offset).", "出警（派出）时间（带时区的 ISO 8601）。"}},
        {"--ended-at", "TIME", {"When the response ended (ISO 8601 with offset).", "应急响应结束时间（带时区的 ISO 8601）。"}},
        {"--now", "TIME", {"The time the windows' state is computed at (default: now).", "计算时限状态的时刻（默认：现在）。"}},
        {"--from", "DATE|PATH|URL",
         {"workdays: the start date YYYY-MM-DD; db copy: the journal to copy.", "workdays：起始日期 YYYY-MM-DD；db copy：被复制的台账。"}},
        {"--add", "N", {"How many working days to add (1 to 3650).", "增加的工作日数（1 至 3650）。"}},
        {"--to", "PATH|URL", {"db copy: the new journal (must be empty or new).", "db copy：目标台账（须为空或新建）。"}},
        {"--replace", nullptr,
         {"calendar import: allow the notice to remove holidays of the years it covers.", "calendar import：允许新通知删除所覆盖年份的节假日。"}},
        {"--title", "TEXT", {"The incident's title (default: cause, county and head count).", "事件标题（默认由起因、县区和人数生成）。"}},
        {"--at", "TIME",
         {"An ISO 8601 time with offset: when the event happened (recording), or the cursor (reading, exports).",
          "带时区的 ISO 8601 时间：记录时为事件发生时间，查询与导出时为截止时刻。"}},
        {"--reason", "TEXT",
         {"incident event: why the event is entered late (a late entry); required when --at is more than 5 minutes (the "
          "late-entry tolerance) before now. --at more than 2 minutes after now is refused.",
          "incident event：补录原因；--at 早于当前时间超过 5 分钟（补录容差）时必填。--at 晚于当前时间超过 2 分钟的记录将被拒绝。"}},
        {"--file", "FILE.jsonl", {"import: the events to import, one JSON object per line.", "import：待导入的事件，每行一个 JSON 对象。"}},
        {"--exercise", nullptr, {"The incident is an exercise (演练), never counted with live ones.", "该事件为演练，不计入实战。"}},
        {"--id", "N", {"The incident number.", "事件编号。"}},
        {"--kind", "KIND",
         {"incident event: the event kind (reported, note, report_sent …); report: initial, followup, final or disposal; "
          "units: the unit's kind (patrol_car, ambulance, leader_car …).",
          "incident event：记录类型（reported、note、report_sent 等）；report：initial、followup、final 或 disposal；"
          "units：处置力量类型（patrol_car、ambulance、leader_car 等）。"}},
        {"--payload", "JSON", {"The event's payload, a JSON object; checked before writing.", "记录内容（JSON 对象），写入前校验。"}},
        {"--expect-head", "SEQ:HASH|HASH",
         {"A hash noted elsewhere (a printed report, a backup log; verify prints expect_head): HASH must be the newest "
          "event's, SEQ:HASH event SEQ's; a difference is a broken chain (exit 4).",
          "在别处记下的哈希（如打印的报告、备份记录；verify 会输出 expect_head）：HASH 须为最新记录的哈希，SEQ:HASH 须为第 SEQ "
          "条记录的哈希；不一致即视为链断裂（退出码 4）。"}},
        {"--out", "FILE", {"The file to write (never the journal; an existing file only with --force).", "输出文件（不得为台账；已存在的文件须加 --force）。"}},
        {"--number", "N", {"The follow-up report's number (default: the next one).", "续报期数（默认为下一期）。"}},
        {"--prepared-by", "NAME", {"Who prepared the report (default: $USER).", "报告拟稿人（默认 $USER）。"}},
        {"--issuer", "NAME", {"The issuing body in the header (default: the centre's).", "报头中的发文机关（默认取中心配置）。"}},
        {"--annex", "FILE.pdf",
         {"report: also write the internal record (clauses, duties, windows, events, checksum), never sent with the report.",
          "report：另行输出内部工作记录（所依据条款、职责、时限、事件日志、校验值），不随报告报送。"}},
        {"--signer", "NAME", {"report issue: who signs it off.", "report issue：签发人姓名。"}},
        {"--followup", "N", {"report issue: the follow-up report's number (default: the next).", "report issue：续报期数（默认为下一期）。"}},
        {"--force", nullptr, {"Replace an existing output file.", "允许覆盖已存在的输出文件。"}},
        {"--scenario", "FILE|ID", {"The drill scenario: a shipped id or a file.", "演练脚本：内置编号或文件。"}},
        {"--speed", "max|FACTOR", {"max (default) or a factor from 1 to 3600.", "max（默认）或 1 至 3600 的倍速。"}},
        {"--responses", "FILE", {"The scripted responses of the drill (JSON).", "演练的预设处置动作（JSON）。"}},
        {"--report", "AAR.pdf", {"Also write the after-action report as PDF.", "同时生成演练评估报告 PDF。"}},
        {"--name", "LOGIN", {"The account's login.", "账号登录名。"}},
        {"--role", "ROLE",
         {"duty_operator, shift_leader, commander, liaison, observer or admin.", "duty_operator、shift_leader、commander、liaison、observer 或 admin。"}},
        {"--agency", "AGENCY", {"The member agency the account (or the unit) belongs to; call: the agency called.", "账号（或处置力量）所属成员单位；call：被呼叫的成员单位。"}},
        {"--unit", "ID[,ID…]", {"units: the unit's id in the roster (dispatch: one or more, comma-separated).",
                               "units：处置力量在名册中的编号（dispatch 可用逗号分隔多个）。"}},
        {"--callsign", "NAME", {"units: the call sign said on the radio.", "units：无线电呼号。"}},
        {"--crew", "TEXT", {"units: who is on board.", "units：随车人员。"}},
        {"--phone", "NUMBER", {"units: how to reach the crew; call: the number dialled (default: the first the directory says to try).",
                               "units：联系电话；call：所拨号码（默认为通讯录中的首选号码）。"}},
        {"--leader", nullptr, {"units: the unit carries a responsible leader (its arrival meets 86 3(2)).",
                               "units：该力量载有责任领导（其到场满足86号 3(2)）。"}},
        {"--no-leader", nullptr, {"units change: the unit no longer carries a leader.", "units change：该力量不再载有领导。"}},
        {"--all", nullptr, {"units list: retired units too.", "units list：包括已注销的力量。"}},
        {"--csv", "FILE|-", {"units import: the roster as CSV (unit,callsign,agency,kind,crew,phone,leader); directory import/export: "
                             "the directory as CSV (agency,duty_phone,fax,liaison,liaison_mobile,deputy,deputy_mobile,other_phones,"
                             "call_order,notes,demo); roster import: the shifts (date,shift,start,end,operators,leader).",
                             "units import：CSV 格式的名册（unit,callsign,agency,kind,crew,phone,leader）；directory import/export：CSV 格式的"
                             "通讯录（agency,duty_phone,fax,liaison,liaison_mobile,deputy,deputy_mobile,other_phones,call_order,notes,demo）；"
                             "roster import：排班（date,shift,start,end,operators,leader）。"}},
        {"--demo", nullptr, {"units import: the demo roster for Lishui (marked as demo data).", "units import：丽水演示名册（标为演示数据）。"}},
        {"--date", "YYYY-MM-DD", {"dutylog: the duty day (default: the last one that has ended).", "dutylog：值班日（默认：最近结束的一日）。"}},
        {"--start-hour", "H", {"dutylog: the hour a duty day begins (default: the setting duty/dayStartHour, 8).",
                               "dutylog：值班日的起始时刻（默认取设置 duty/dayStartHour，8 时）。"}},
        {"--json", nullptr, {"Print JSON instead of writing a PDF.", "输出 JSON，而不是写入 PDF。"}},
        {"--month", "YYYY-MM", {"roster list: only the shifts of this month.", "roster list：只列出该月的班次。"}},
        {"--outgoing", "NAME", {"handover: the outgoing operator (default for summary: the account signed in).",
                                "handover：交班人（summary 默认取当前签名账号）。"}},
        {"--remarks", "TEXT", {"handover: the outgoing operator's remarks.", "handover：交班人备注。"}},
        {"--plan", "ID", {"call: the plan whose duty the call is about (needed when the agency has duties under several).",
                          "call：呼叫所涉职责的预案（该单位在多个预案下有职责时必填）。"}},
        {"--outcome", "reached|no_answer|busy|message",
         {"call: how the call went: reached, no answer, busy, message left.", "call：呼叫结果：已接通、无人接听、占线、已留言。"}},
        {"--person", "NAME", {"call: whom the call reached (required with reached), or with whom a message was left.",
                              "call：接话人（已接通时必填）或留言对象。"}},
        {"--nmea", "FILE|-", {"units track: a recorded NMEA 0183 log (RMC/GGA, WGS-84, UTC; $PCDU tags allowed).",
                              "units track：录制的 NMEA 0183 日志（RMC/GGA、WGS-84、UTC；可含 $PCDU 标记）。"}},
        {"--radius", "METRES", {"units track: the geofence radius around the scene (default: the incident's, 300).",
                                "units track：现场判定半径（默认取事件设定，300 米）。"}},
        {"--display", "NAME", {"The name shown on events (姓名).", "记录中显示的姓名。"}},
        {"--password-stdin", nullptr, {"Read the password from one line of standard input.", "从标准输入读取一行作为密码。"}},
        {"--from-seq", "N", {"Start with the event of this sequence number (default: only new ones).", "从该序号的记录开始输出（默认仅输出新记录）。"}},
    };
    return options;
}

const QList<help::Option> &cliGlobalOptions()
{
    static const QList<help::Option> options = {
        {"--help", nullptr, {"Print this help and exit.", "显示本帮助并退出。"}},
        {"--version", nullptr, {"Print the version and exit.", "显示版本并退出。"}},
        {"--lang", "zh_CN|en",
         {"Language of the help (default: the user's UI language, View → Language).", "帮助的语言（默认为用户界面语言，视图 → 语言）。"}},
        {"--verbose", nullptr, {"Log debug messages to standard error.", "在标准错误输出调试日志。"}},
        {"--man", nullptr, {"Print the manual page (roff) and exit; used to build the package.", "输出手册页（roff）并退出；打包时使用。"}},
        {"--bash-completion", nullptr,
         {"Print the bash completion script and exit; used to build the package.", "输出 bash 补全脚本并退出；打包时使用。"}},
    };
    return options;
}

const QList<help::Entry> &cliExitCodes()
{
    static const QList<help::Entry> codes = {
        {"0", {"Success; stdout holds exactly one JSON document.", "成功；标准输出恰为一个 JSON 文档。"}},
        {"1", {"Failure: database, I/O, server offline.", "失败：数据库、读写错误或服务器离线。"}},
        {"2", {"Bad input: usage, facts, values, an event payload.", "输入有误：用法、事实、取值或记录内容。"}},
        {"3", {"A plan file is broken.", "预案文件有误。"}},
        {"4", {"The journal's hash chain is broken (verify, db copy).", "台账哈希链断裂（verify、db copy）。"}},
        {"5", {"Refused: the account's role may not do this; nothing was written.", "被拒绝：该账号的角色无此权限；未写入任何内容。"}},
    };
    return codes;
}

const QList<help::Entry> &cliEnvironment()
{
    static const QList<help::Entry> env = {
        {"COMMANDDESK_USER", {"The account to sign in as when --user is not given.", "未给出 --user 时签名所用的账号。"}},
        {"COMMANDDESK_CENTRE_CONF",
         {"The centre settings file instead of /etc/commanddesk/commanddesk.conf.", "代替 /etc/commanddesk/commanddesk.conf 的中心配置文件。"}},
        {"PGPASSFILE", {"libpq's password file for a PostgreSQL journal (default ~/.pgpass).", "PostgreSQL 台账的 libpq 密码文件（默认 ~/.pgpass）。"}},
        {"QT_QPA_PLATFORM", {"report and drill run --report paint offscreen unless this is set.", "report 与 drill run --report 默认在 offscreen 平台绘制。"}},
    };
    return env;
}

const QList<help::Entry> &cliFiles()
{
    static const QList<help::Entry> files = {
        {"/etc/commanddesk/commanddesk.conf",
         {"Centre settings: issuing body, default store, holiday-notice folder …, read before the user's own.",
          "中心配置：发文机关、默认存储、放假通知文件夹等，先于用户设置读取。"}},
        {"~/.local/share/CommandDesk/commanddesk/commanddesk.sqlite", {"The default journal.", "默认台账。"}},
        {"~/.local/share/CommandDesk/commanddesk/logs/", {"Log files of commands that change something.", "会修改数据的命令的日志。"}},
        {"~/.config/CommandDesk/commanddesk.conf", {"The user's own settings (shared with the desktop program).", "用户自己的设置（与桌面程序共用）。"}},
    };
    return files;
}

QStringList cliCommandNames()
{
    QStringList names;
    for (const CommandForm &f : cliCommands())
        if (!names.contains(QLatin1String(f.command)))
            names << QLatin1String(f.command);
    return names;
}

namespace {

const help::Option *findOption(const QString &name)
{
    for (const help::Option &o : cliOptions())
        if (name == QLatin1String(o.name))
            return &o;
    return nullptr;
}

QString optionSynopsis(const QString &name)
{
    const help::Option *o = findOption(name);
    return o && o->arg ? name + QLatin1Char(' ') + QLatin1String(o->arg) : name;
}

QString formName(const CommandForm &f)
{
    QString s = QLatin1String(f.command);
    if (f.sub)
        s += QLatin1Char(' ') + QLatin1String(f.sub);
    if (f.positional)
        s += QLatin1Char(' ') + QLatin1String(f.positional);
    return s;
}

QString header(Lang lang, const char *en, const char *zh)
{
    return QString::fromUtf8(lang == Lang::En ? en : zh) + QLatin1Char('\n');
}

QString entryList(const QList<help::Entry> &entries, Lang lang)
{
    QString out;
    for (const help::Entry &e : entries)
        out += QStringLiteral("  ") + QLatin1String(e.name) + QLatin1Char('\n') + help::wrap(e.text.in(lang), 6);
    return out;
}

} // namespace

QString cliUsage(Lang lang)
{
    QString out = header(lang, "usage: commanddesk-cli [--lang zh_CN|en] COMMAND [options]",
                         "用法 (usage): commanddesk-cli [--lang zh_CN|en] 命令 [选项]");
    out += QLatin1Char('\n') + header(lang, "commands:", "命令：");
    for (const CommandForm &f : cliCommands())
        out += QStringLiteral("  ") + formName(f) + QLatin1Char('\n') + help::wrap(f.summary.in(lang), 6);
    out += QLatin1Char('\n') + header(lang, "global options:", "全局选项：");
    for (const help::Option &o : cliGlobalOptions())
        out += QStringLiteral("  ") + help::term(o) + QLatin1Char('\n') + help::wrap(o.text.in(lang), 6);
    out += QLatin1Char('\n') + header(lang, "exit codes:", "退出码：") + entryList(cliExitCodes(), lang);
    out += QLatin1Char('\n') + header(lang, "environment:", "环境变量：") + entryList(cliEnvironment(), lang);
    out += QLatin1Char('\n') + header(lang, "Every option of a command: commanddesk-cli help COMMAND",
                                      "某一命令的全部选项：commanddesk-cli help 命令");
    return out;
}

QString cliCommandHelp(const QString &command, Lang lang)
{
    QString out;
    for (const CommandForm &f : cliCommands()) {
        if (command != QLatin1String(f.command))
            continue;
        out += (out.isEmpty() ? QString() : QStringLiteral("\n")) + QStringLiteral("commanddesk-cli ") + formName(f) + QLatin1Char('\n');
        out += help::wrap(f.summary.in(lang), 4);
        for (const QString &name : f.options)
            if (const help::Option *o = findOption(name))
                out += QStringLiteral("  ") + optionSynopsis(name) + QLatin1Char('\n') + help::wrap(o->text.in(lang), 6);
    }
    if (out.isEmpty())
        return out;
    out += QLatin1Char('\n') + header(lang, "exit codes:", "退出码：") + entryList(cliExitCodes(), lang);
    return out;
}

QString cliManPage(Lang lang, const QString &version)
{
    const bool en = lang == Lang::En;
    help::ManPage page;
    page.name = QStringLiteral("commanddesk-cli");
    page.summary = en ? QStringLiteral("headless command line of CommandDesk, the emergency command desk")
                      : QStringLiteral("应急指挥台（CommandDesk）的命令行");
    page.synopsis << QStringLiteral("[--lang zh_CN|en] [--verbose] COMMAND [options]")
                  << QStringLiteral("help COMMAND") << QStringLiteral("--help | --version");
    page.description =
        en ? QStringLiteral("commanddesk-cli grades facts against the contingency plans, keeps the incident journal, writes "
                            "reports and exports, runs drills and administers accounts. On success it prints exactly one "
                            "JSON document on standard output; messages go to standard error.")
           : QStringLiteral("commanddesk-cli 按应急预案对事实定级，维护事件台账，生成报告与导出文件，运行演练并管理账号。"
                            "成功时标准输出恰为一个 JSON 文档；提示信息输出到标准错误。");
    help::ManSection commands{{"COMMANDS", "命令"}, {}, {}};
    for (const CommandForm &f : cliCommands()) {
        QString definition = f.summary.in(lang);
        if (!f.options.isEmpty()) {
            QStringList opts;
            for (const QString &o : f.options)
                opts << optionSynopsis(o);
            definition += (en ? QStringLiteral("\nOptions: ") : QStringLiteral("\n选项：")) + opts.join(QStringLiteral(", "));
        }
        commands.items.append({formName(f), definition});
    }
    page.sections << commands;
    help::ManSection options{{"OPTIONS", "选项"}, {}, {}};
    for (const help::Option &o : cliGlobalOptions() + cliOptions())
        options.items.append({help::term(o), o.text.in(lang)});
    page.sections << options;
    auto entries = [lang](Text title, const QList<help::Entry> &list) {
        help::ManSection s{title, {}, {}};
        for (const help::Entry &e : list)
            s.items.append({QLatin1String(e.name), e.text.in(lang)});
        return s;
    };
    page.sections << entries({"EXIT STATUS", "退出码"}, cliExitCodes());
    page.sections << entries({"ENVIRONMENT", "环境变量"}, cliEnvironment());
    page.sections << entries({"FILES", "文件"}, cliFiles());
    page.sections << help::ManSection{{"SEE ALSO", "参见"}, {}, QStringLiteral("commanddesk(1)")};
    return help::toRoff(page, lang, version, QStringLiteral(CD_MAN_DATE));
}

QString cliBashCompletion()
{
    QString script = QStringLiteral(
        "# bash completion for commanddesk-cli. Generated by \"commanddesk-cli --bash-completion\"\n"
        "# from the program's own help table; do not edit.\n"
        "_commanddesk_cli()\n{\n"
        "    local cur prev words cword\n"
        "    _init_completion || return\n"
        "    local cmd=\"\" sub=\"\" i\n"
        "    for ((i = 1; i < cword; i++)); do\n"
        "        case ${words[i]} in\n"
        "            --lang) ((i++)) ;;\n"
        "            -*) ;;\n"
        "            *) if [[ -z $cmd ]]; then cmd=${words[i]}; elif [[ -z $sub ]]; then sub=${words[i]}; fi ;;\n"
        "        esac\n"
        "    done\n"
        "    case $prev in\n"
        "        --lang) COMPREPLY=($(compgen -W 'zh_CN en' -- \"$cur\")); return ;;\n"
        "        --role) COMPREPLY=($(compgen -W 'duty_operator shift_leader commander liaison observer admin' -- \"$cur\")); return ;;\n"
        "        --kind) COMPREPLY=($(compgen -W 'initial followup final disposal' -- \"$cur\")); return ;;\n"
        "        --speed) COMPREPLY=($(compgen -W 'max 1 10 60' -- \"$cur\")); return ;;\n"
        "        --db|--from|--to|--facts|--out|--report|--responses|--scenario) _filedir; return ;;\n"
        "        --plans|--calendar-dir) _filedir -d; return ;;\n"
        "    esac\n");
    QStringList names = cliCommandNames();
    QStringList globals;
    for (const help::Option &o : cliGlobalOptions())
        globals << QLatin1String(o.name);
    script += QStringLiteral("    if [[ -z $cmd ]]; then\n        COMPREPLY=($(compgen -W '%1 help %2' -- \"$cur\"))\n        return\n    fi\n")
                  .arg(names.join(QLatin1Char(' ')), globals.join(QLatin1Char(' ')));
    script += QStringLiteral("    case $cmd in\n        help) [[ -z $sub ]] && COMPREPLY=($(compgen -W '%1' -- \"$cur\")) ;;\n")
                  .arg(names.join(QLatin1Char(' ')));
    for (const QString &name : names) {
        QStringList subs;
        QString cases;
        QStringList plain;
        for (const CommandForm &f : cliCommands()) {
            if (name != QLatin1String(f.command))
                continue;
            if (f.sub) {
                subs << QLatin1String(f.sub);
                cases += QStringLiteral("                %1) COMPREPLY=($(compgen -W '%2' -- \"$cur\")) ;;\n")
                             .arg(QLatin1String(f.sub), f.options.join(QLatin1Char(' ')) + QStringLiteral(" --help"));
            } else {
                plain = f.options;
            }
        }
        if (subs.isEmpty()) {
            script += QStringLiteral("        %1) COMPREPLY=($(compgen -W '%2' -- \"$cur\")) ;;\n")
                          .arg(name, plain.join(QLatin1Char(' ')) + QStringLiteral(" --help"));
        } else {
            script += QStringLiteral("        %1)\n            if [[ -z $sub ]]; then\n"
                                     "                COMPREPLY=($(compgen -W '%2' -- \"$cur\"))\n                return\n            fi\n"
                                     "            case $sub in\n%3            esac ;;\n")
                          .arg(name, subs.join(QLatin1Char(' ')), cases);
        }
    }
    script += QStringLiteral("    esac\n} &&\n    complete -F _commanddesk_cli commanddesk-cli\n");
    return script;
}

} // namespace cd::cli
