<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<!-- The models speak Chinese (the plans' words, shared with the reports and the CLI): the English desk shows these words in English (ui/DataLanguage). -->
<context>
    <name>cd::DataLanguage</name>
    <message>
        <source>排班</source>
        <translation>Shift scheduled</translation>
    </message>
    <message>
        <source>取消排班</source>
        <translation>Shift cancelled</translation>
    </message>
    <message>
        <source>交接班</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>呼叫成员单位</source>
        <translation>agency called</translation>
    </message>
    <message>
        <source>登记通讯录</source>
        <translation>directory entry added</translation>
    </message>
    <message>
        <source>变更通讯录</source>
        <translation>directory entry changed</translation>
    </message>
    <message>
        <source>职责未确认</source>
        <translation>duty not acknowledged</translation>
    </message>
    <message>
        <source>已接通</source>
        <translation>reached</translation>
    </message>
    <message>
        <source>无人接听</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>占线</source>
        <translation>busy</translation>
    </message>
    <message>
        <source>已留言</source>
        <translation>message left</translation>
    </message>
    <message>
        <source>已分派</source>
        <translation>assigned</translation>
    </message>
    <message>
        <source>已确认</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>done</translation>
    </message>
    <message>
        <source>预案规定</source>
        <translation>required by the plan</translation>
    </message>
    <message>
        <source>指挥部指派</source>
        <translation>assigned by the command</translation>
    </message>
    <message>
        <source>等待起算</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>计时中</source>
        <translation>running</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>due soon</translation>
    </message>
    <message>
        <source>已超时</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>按时完成</source>
        <translation>met on time</translation>
    </message>
    <message>
        <source>逾期完成</source>
        <translation>met late</translation>
    </message>
    <message>
        <source>待完成</source>
        <translation>to do</translation>
    </message>
    <message>
        <source>已排除</source>
        <translation>ruled out</translation>
    </message>
    <message>
        <source>未完成(超时)</source>
        <translation>not done (overdue)</translation>
    </message>
    <message>
        <source>结束时未到期</source>
        <translation>not yet due at the end</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation>not done</translation>
    </message>
    <message>
        <source>立即</source>
        <translation>immediately</translation>
    </message>
    <message>
        <source>及时</source>
        <translation>promptly</translation>
    </message>
    <message>
        <source>须到场</source>
        <translation>on site</translation>
    </message>
    <message>
        <source>未定级</source>
        <translation>no level</translation>
    </message>
    <message>
        <source>已接报</source>
        <translation>reported</translation>
    </message>
    <message>
        <source>已核实</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>响应中</source>
        <translation>responding</translation>
    </message>
    <message>
        <source>响应结束</source>
        <translation>response ended</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>处置报告已提交</source>
        <translation>disposal report submitted</translation>
    </message>
    <message>
        <source>演练已结束</source>
        <translation>drill ended</translation>
    </message>
    <message>
        <source>接报</source>
        <translation>reported</translation>
    </message>
    <message>
        <source>核实</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>事实更新</source>
        <translation>facts updated</translation>
    </message>
    <message>
        <source>宣布响应级别</source>
        <translation>level declared</translation>
    </message>
    <message>
        <source>调整响应级别</source>
        <translation>level changed</translation>
    </message>
    <message>
        <source>启动预案</source>
        <translation>plan activated</translation>
    </message>
    <message>
        <source>分派职责</source>
        <translation>duty assigned</translation>
    </message>
    <message>
        <source>确认职责</source>
        <translation>duty acknowledged</translation>
    </message>
    <message>
        <source>职责完成</source>
        <translation>duty done</translation>
    </message>
    <message>
        <source>作出案情初步判断</source>
        <translation>initial judgment made</translation>
    </message>
    <message>
        <source>报送</source>
        <translation>report sent</translation>
    </message>
    <message>
        <source>发出赶赴现场指令</source>
        <translation>dispatch instruction given</translation>
    </message>
    <message>
        <source>到达现场</source>
        <translation>arrived on site</translation>
    </message>
    <message>
        <source>条件认定</source>
        <translation>ruling on a condition</translation>
    </message>
    <message>
        <source>完成调查核实</source>
        <translation>investigation completed</translation>
    </message>
    <message>
        <source>应急响应结束</source>
        <translation>response ended</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>研判与处置情况</source>
        <translation>assessment</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>note</translation>
    </message>
    <message>
        <source>演练注入</source>
        <translation>drill inject</translation>
    </message>
    <message>
        <source>演练结束</source>
        <translation>drill ended</translation>
    </message>
    <message>
        <source>确认告警</source>
        <translation>alarm acknowledged</translation>
    </message>
    <message>
        <source>告警静音</source>
        <translation>alarms muted</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>铁路</source>
        <translation>railway</translation>
    </message>
    <message>
        <source>国道</source>
        <translation>national road</translation>
    </message>
    <message>
        <source>高速公路</source>
        <translation>expressway</translation>
    </message>
    <message>
        <source>重要交通枢纽</source>
        <translation>major transport hub</translation>
    </message>
    <message>
        <source>城市交通</source>
        <translation>urban traffic</translation>
    </message>
    <message>
        <source>接报(事件信息到达)</source>
        <translation>report received</translation>
    </message>
    <message>
        <source>分管领导到达现场</source>
        <translation>leader in charge on site</translation>
    </message>
    <message>
        <source>单位主要领导到达现场</source>
        <translation>principal leader on site</translation>
    </message>
    <message>
        <source>报告市政府(市应急指挥机构)</source>
        <translation>reported to the city government</translation>
    </message>
    <message>
        <source>报告省政府(省应急指挥机构)</source>
        <translation>reported to the province</translation>
    </message>
    <message>
        <source>报告领导小组</source>
        <translation>reported to the leading group</translation>
    </message>
    <message>
        <source>向市根治欠薪工作领导小组办公室提交处置报告</source>
        <translation>disposal report to the city wage-arrears office</translation>
    </message>
    <message>
        <source>完成欠薪事实及数额调查核实</source>
        <translation>wage arrears investigated</translation>
    </message>
    <message>
        <source>应急响应(处置)结束</source>
        <translation>response (disposal) ended</translation>
    </message>
    <message>
        <source>【演练】</source>
        <translation>[Exercise] </translation>
    </message>
    <message>
        <source>参与人数</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>死亡人数</source>
        <translation>deaths</translation>
    </message>
    <message>
        <source>受伤人数(含重伤)</source>
        <translation>injured (incl. serious)</translation>
    </message>
    <message>
        <source>重伤人数</source>
        <translation>seriously injured</translation>
    </message>
    <message>
        <source>新事件</source>
        <translation>new incident</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>other</translation>
    </message>
    <message>
        <source>欠薪(拖欠劳动报酬)</source>
        <translation>wage arrears (unpaid wages)</translation>
    </message>
    <message>
        <source>拖欠工程款</source>
        <translation>unpaid construction payments</translation>
    </message>
    <message>
        <source>自然资源(不动产)权属争议</source>
        <translation>natural-resource (real-estate) ownership dispute</translation>
    </message>
    <message>
        <source>自然资源征收征用、规划、城市房屋拆迁改造</source>
        <translation>land requisition, planning, urban demolition and redevelopment</translation>
    </message>
    <message>
        <source>监察对象违纪违法</source>
        <translation>misconduct by officials under supervision</translation>
    </message>
    <message>
        <source>机关单位人事改革、人员调配、考核奖惩、农村离任村干部</source>
        <translation>public-body personnel reform, transfers, appraisal; former village cadres</translation>
    </message>
    <message>
        <source>民族、宗教问题</source>
        <translation>ethnic or religious issues</translation>
    </message>
    <message>
        <source>经济体制改革和宏观调控政策出台</source>
        <translation>economic reform and macro-control policies</translation>
    </message>
    <message>
        <source>对内贸易及涉外商务活动</source>
        <translation>domestic trade and foreign business</translation>
    </message>
    <message>
        <source>消防事故、安全生产事故</source>
        <translation>fire or work-safety accident</translation>
    </message>
    <message>
        <source>学生、教职员工或教育系统</source>
        <translation>students, teaching staff or the education system</translation>
    </message>
    <message>
        <source>境外敌对势力、邪教组织策划插手</source>
        <translation>instigated by hostile foreign forces or cults</translation>
    </message>
    <message>
        <source>社会救助、养老服务、社会福利</source>
        <translation>social assistance, elderly care, welfare</translation>
    </message>
    <message>
        <source>财政政策</source>
        <translation>fiscal policy</translation>
    </message>
    <message>
        <source>事业单位人事制度改革、劳动和社会保障</source>
        <translation>public-institution personnel reform, labour and social security</translation>
    </message>
    <message>
        <source>复员退伍军人、军转干部安置待遇</source>
        <translation>resettlement of veterans and transferred officers</translation>
    </message>
    <message>
        <source>公路和水运交通、出租车网约车经营管理</source>
        <translation>road and waterway transport, taxis and ride-hailing</translation>
    </message>
    <message>
        <source>水资源开发利用、旱涝灾害防治、水利设施建设、水事纠纷</source>
        <translation>water resources, flood and drought control, water works, water disputes</translation>
    </message>
    <message>
        <source>耕地、涉农负担、渔业、农牧场使用权属纠纷、农垦经营</source>
        <translation>farmland, rural burdens, fisheries, farm and pasture rights, state farms</translation>
    </message>
    <message>
        <source>文化活动、广播影视、新闻出版、体育活动</source>
        <translation>culture, broadcasting and film, press and publishing, sport</translation>
    </message>
    <message>
        <source>医疗、公共卫生问题</source>
        <translation>medical care or public health</translation>
    </message>
    <message>
        <source>市属国有企业改制、重组</source>
        <translation>restructuring of city-owned state enterprises</translation>
    </message>
    <message>
        <source>环境保护、环境污染、生态破坏</source>
        <translation>environmental protection, pollution, ecological damage</translation>
    </message>
    <message>
        <source>工商行政管理、假冒伪劣食品药品医疗器械、制假造假</source>
        <translation>market regulation; counterfeit food, drugs or medical devices</translation>
    </message>
    <message>
        <source>涉外事项</source>
        <translation>foreign-related matters</translation>
    </message>
    <message>
        <source>信访问题</source>
        <translation>petition matters</translation>
    </message>
    <message>
        <source>通信故障、通信服务、通信管理</source>
        <translation>telecom outage, service or management</translation>
    </message>
    <message>
        <source>金融机构、网贷平台、经济案件、金融投资受损</source>
        <translation>financial institutions, online lending, economic crime, investment losses</translation>
    </message>
    <message>
        <source>综合行政执法、城市管理</source>
        <translation>administrative law enforcement and urban management</translation>
    </message>
    <message>
        <source>出入境检验检疫</source>
        <translation>entry-exit inspection and quarantine</translation>
    </message>
    <message>
        <source>现役军人安置、待遇</source>
        <translation>placement and benefits of serving military personnel</translation>
    </message>
    <message>
        <source>职工权益</source>
        <translation>workers' rights</translation>
    </message>
    <message>
        <source>电力生产、建设、经营</source>
        <translation>electric power generation, construction and supply</translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message>
        <source>Wall board (大屏模式)</source>
        <translation>Wall board</translation>
    </message>
</context>
<context>
    <name>cd::AlarmSettingsDialog</name>
    <message>
        <source>Drill alarms (演练)</source>
        <translation>Drill alarms</translation>
    </message>
</context>
<context>
    <name>cd::WallBoard</name>
    <message>
        <source>演练 EXERCISE — drill windows, not live work, on the drill clock %1</source>
        <translation>EXERCISE — drill windows, not live work, on the drill clock %1</translation>
    </message>
    <message>
        <source>Exercise · </source>
        <translation>Exercise · </translation>
    </message>
    <message>
        <source> (to be ruled on)</source>
        <translation> (to be ruled on)</translation>
    </message>
</context>
<context>
    <name>cd::ReplayWindow</name>
    <message>
        <source>回放 REPLAY · read-only · incident #%1 at %2 (Beijing time) · the dashboard stays live</source>
        <translation>REPLAY · read-only · incident #%1 at %2 (Beijing time) · the dashboard stays live</translation>
    </message>
</context>
<context>
    <name>cd::MilestoneConfirmDialog</name>
    <message>
        <source>Late entry (补录): it happened at the time above and is entered now.</source>
        <translation>Late entry: it happened at the time above and is entered now.</translation>
    </message>
</context>
<context>
    <name>cd::HelpMenu</name>
    <message>
        <source>&lt;h3&gt;Welcome&lt;/h3&gt;&lt;p&gt;The journal has no incident yet.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Enter a report with &lt;b&gt;File → New incident&lt;/b&gt; (Ctrl+N) and the intake form on the left.&lt;/li&gt;&lt;li&gt;Or practise first: &lt;b&gt;Drill → Start drill&lt;/b&gt; plays a scenario whose incidents are marked 演练.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Help → Keyboard shortcuts&lt;/b&gt; (F1) lists every shortcut.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Welcome&lt;/h3&gt;&lt;p&gt;The journal has no incident yet.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Enter a report with &lt;b&gt;File → New incident&lt;/b&gt; (Ctrl+N) and the intake form on the left.&lt;/li&gt;&lt;li&gt;Or practise first: &lt;b&gt;Drill → Start drill&lt;/b&gt; plays a scenario whose incidents are marked as exercises.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Help → Keyboard shortcuts&lt;/b&gt; (F1) lists every shortcut.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>cd::AssessmentDialog</name>
    <message>
        <source>These texts go into the situation reports (首报、续报、终报、处置报告). Leave a field empty when there is nothing to say yet; only changed fields are recorded.</source>
        <translation>These texts go into the situation reports (initial, follow-up, final and disposal). Leave a field empty when there is nothing to say yet; only changed fields are recorded.</translation>
    </message>
</context>
<context>
    <name>cd::IntakeForm</name>
    <message>
        <source>Exercise (演练)</source>
        <translation>Exercise</translation>
    </message>
    <message>
        <source>Group fight or clash (械斗、冲突)</source>
        <translation>Group fight or clash</translation>
    </message>
    <message>
        <source>At a key state site or area (国家重要场所、重点地区)</source>
        <translation>Key state site or area</translation>
    </message>
    <message>
        <source>Participants clearly extreme (明显过激行为)</source>
        <translation>Clearly extreme acts</translation>
    </message>
    <message>
        <source>In the urban area (市区范围)</source>
        <translation>In the urban area</translation>
    </message>
</context>
<context>
    <name>cd::ReportEditorDialog</name>
    <message>
        <source> — one item per line (1.), indent a line for an item under it (（1）)</source>
        <translation> — one item per line (1.), indent a line for an item under it ((1))</translation>
    </message>
    <message>
        <source>签发 Sign off</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <source>印发 Issue…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <source>Enter the 签发人 (signer) first.</source>
        <translation>Enter the signer first.</translation>
    </message>
    <message>
        <source>Signed off by %1 (event %2). 印发 issues exactly this draft; an edit after this needs a new sign-off.</source>
        <translation>Signed off by %1 (event %2). Issue prints exactly this draft; an edit after this needs a new sign-off.</translation>
    </message>
    <message>
        <source>签发人 (signer):</source>
        <translation>Signer:</translation>
    </message>
</context>
<context>
    <name>cd::CallDialog</name>
    <message>
        <source>Reason for the late entry (补录原因)</source>
        <translation>Reason for the late entry</translation>
    </message>
    <message>
        <source>The call is entered late (补录): give the reason.</source>
        <translation>The call is entered late: give the reason.</translation>
    </message>
</context>
<context>
    <name>cd::RosterDialog</name>
    <message>
        <source>e.g. 白班, 夜班</source>
        <translation>e.g. day shift, night shift</translation>
    </message>
    <message>
        <source>names separated by 、 ; or /</source>
        <translation>names separated by ; or /</translation>
    </message>
</context>
<context>
    <name>cd::ReportsMenu</name>
    <message>
        <source>Initial report (首报)</source>
        <translation>Initial report</translation>
    </message>
    <message>
        <source>Follow-up report (续报)</source>
        <translation>Follow-up report</translation>
    </message>
    <message>
        <source>Final report (终报)</source>
        <translation>Final report</translation>
    </message>
    <message>
        <source>Disposal report (处置报告, 86号 5.1(2))</source>
        <translation>Disposal report (86号 5.1(2))</translation>
    </message>
</context>
<context>
    <name>cd::IncidentListPanel</name>
    <message>
        <source>Exercises only (演练)</source>
        <translation>Exercises only</translation>
    </message>
</context>
</TS>
