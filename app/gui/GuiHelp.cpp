#include "gui/GuiHelp.h"

#include <QCommandLineParser>

namespace cd::gui {

const QList<help::Option> &guiOptions()
{
    static const QList<help::Option> options = {
        {"--lang", "zh_CN|en",
         {"User interface language: zh_CN (default) or en; View → Language keeps the choice.",
          "界面语言：zh_CN（默认）或 en；在“视图 → 语言”中可保存选择。"}},
        {"--db", "FILE|URL",
         {"Journal: a file, or postgresql://user@host/db for a shared command room (default: the last one used, else the "
          "centre's store, else a file in the user's data folder).",
          "台账：文件，或多席位共用的 postgresql://user@host/db（默认：上次使用的台账，否则为中心配置的存储，否则为用户数据文件夹中的文件）。"}},
        {"--demo", nullptr, {"Fill an empty journal with exercise incidents (演练).", "向空台账写入演练示例事件。"}},
        {"--screenshot", "FILE", {"Render the main window to FILE.png after loading and exit.", "加载后将主窗口绘制为 FILE.png 并退出。"}},
        {"--size", "WxH", {"Window size WxH for --screenshot (default 1920x1080).", "--screenshot 的窗口尺寸 WxH（默认 1920x1080）。"}},
        {"--drill", "SCENARIO", {"Start a shipped drill scenario (by id) at launch.", "启动时开始一个内置演练脚本（按编号）。"}},
        {"--wallboard", nullptr,
         {"Show the wall board (大屏模式) full screen instead of the desk.", "以全屏大屏模式代替值班台界面。"}},
        {"--dark", nullptr, {"Use the dark control-room theme.", "使用深色指挥室主题。"}},
        {"--verbose", nullptr, {"Log debug messages to the console.", "在控制台输出调试日志。"}},
        {"--man", nullptr, {"Print the manual page (roff) and exit; used to build the package.", "输出手册页（roff）并退出；打包时使用。"}},
    };
    return options;
}

void addOptions(QCommandLineParser &parser, help::Lang lang)
{
    parser.addHelpOption();
    parser.addVersionOption();
    for (const help::Option &o : guiOptions()) {
        const QString name = QString::fromLatin1(o.name).mid(2);
        if (o.arg)
            parser.addOption(QCommandLineOption(name, o.text.in(lang), QString::fromLatin1(o.arg)));
        else
            parser.addOption(QCommandLineOption(name, o.text.in(lang)));
    }
}

QString guiManPage(help::Lang lang, const QString &version)
{
    const bool en = lang == help::Lang::En;
    help::ManPage page;
    page.name = QStringLiteral("commanddesk");
    page.summary = en ? QStringLiteral("the emergency command desk for municipal command centres")
                      : QStringLiteral("市级应急指挥中心值班台");
    page.synopsis << QStringLiteral("[--lang zh_CN|en] [--db FILE|URL] [--wallboard] [--dark] [--drill SCENARIO]")
                  << QStringLiteral("--screenshot FILE.png [--size WxH] [--demo]") << QStringLiteral("--help | --version");
    page.description =
        en ? QStringLiteral("CommandDesk (应急指挥台) carries the city's contingency plans as data, grades an event from the facts "
                            "an operator enters, cites the clause that decided the level, lists the member agencies with their "
                            "duties, counts the reporting windows down, and keeps every action in a tamper-evident journal. "
                            "File → Settings shows the user's settings and those fixed by the centre.")
           : QStringLiteral("应急指挥台以数据形式承载本市应急预案，根据值班员录入的事实定级并引用决定级别的条款，列出成员单位及其职责，"
                            "对报告时限倒计时，并把每项操作记入可防篡改的台账。“文件 → 设置”显示用户设置及中心统一规定的设置。");
    help::ManSection options{{"OPTIONS", "选项"}, {}, {}};
    options.items.append({QStringLiteral("--help"), en ? QStringLiteral("Print the options and exit.") : QStringLiteral("显示选项并退出。")});
    options.items.append({QStringLiteral("--version"), en ? QStringLiteral("Print the version and exit.") : QStringLiteral("显示版本并退出。")});
    for (const help::Option &o : guiOptions())
        options.items.append({help::term(o), o.text.in(lang)});
    page.sections << options;
    help::ManSection env{{"ENVIRONMENT", "环境变量"}, {}, {}};
    env.items.append({QStringLiteral("COMMANDDESK_CENTRE_CONF"),
                      en ? QStringLiteral("The centre settings file instead of /etc/commanddesk/commanddesk.conf.")
                         : QStringLiteral("代替 /etc/commanddesk/commanddesk.conf 的中心配置文件。")});
    env.items.append({QStringLiteral("QT_QPA_PLATFORM"), en ? QStringLiteral("offscreen renders --screenshot without a display.")
                                                            : QStringLiteral("设为 offscreen 时无需显示器即可 --screenshot。")});
    page.sections << env;
    help::ManSection files{{"FILES", "文件"}, {}, {}};
    files.items.append({QStringLiteral("/etc/commanddesk/commanddesk.conf"),
                        en ? QStringLiteral("Centre settings (INI), read before the user's own; every key is documented there with its default.")
                           : QStringLiteral("中心配置（INI），先于用户设置读取；文件中逐项注明了默认值。")});
    files.items.append({QStringLiteral("~/.config/CommandDesk/commanddesk.conf"), en ? QStringLiteral("The user's own settings.") : QStringLiteral("用户自己的设置。")});
    files.items.append({QStringLiteral("~/.local/share/CommandDesk/commanddesk/"),
                        en ? QStringLiteral("The default journal (commanddesk.sqlite), logs/ and imported holiday notices (calendar/).")
                           : QStringLiteral("默认台账（commanddesk.sqlite）、日志（logs/）及导入的放假通知（calendar/）。")});
    page.sections << files;
    page.sections << help::ManSection{{"SEE ALSO", "参见"}, {}, QStringLiteral("commanddesk-cli(1)")};
    return help::toRoff(page, lang, version, QStringLiteral(CD_MAN_DATE));
}

} // namespace cd::gui
