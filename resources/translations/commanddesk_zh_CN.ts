<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cd::PlanBrowser</name>
    <message><source>Clause</source><translation>条款</translation></message>
    <message><source>Text</source><translation>内容</translation></message>
    <message numerus="yes"><source>Member agencies (%n)</source><translation><numerusform>成员单位(%n)</numerusform></translation></message>
    <message><source>Command structure</source><translation>组织指挥体系</translation></message>
    <message><source>Response</source><translation>应急响应</translation></message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message><source>CommandDesk</source><translation>应急指挥台</translation></message>
    <message numerus="yes"><source>%n plan(s) loaded</source><translation><numerusform>已载入 %n 个预案</numerusform></translation></message>
    <message><source>&amp;File</source><translation>文件(&amp;F)</translation></message>
    <message><source>Import holiday calendar…</source><translation>导入节假日日历…</translation></message>
    <message><source>&amp;Quit</source><translation>退出(&amp;Q)</translation></message>
    <message><source>Import holiday calendar</source><translation>导入节假日日历</translation></message>
    <message><source>Holiday calendar (*.json)</source><translation>节假日日历 (*.json)</translation></message>
    <message><source>The calendar was not imported; nothing was changed.

%1</source><translation>日历未导入,现有数据未作任何改动。

%1</translation></message>
    <message><source>Holiday calendar now covers %1–%2.</source><translation>节假日日历现覆盖 %1–%2 年。</translation></message>
    <message><source>Journal: %1</source><translation>事件日志库:%1</translation></message>
    <message><source>Live</source><translation>实时</translation></message>
    <message><source>Drill</source><translation>演练</translation></message>
    <message><source>Replay</source><translation>回放</translation></message>
    <message><source>Manual</source><translation>手动</translation></message>
    <message><source>%1 · %2 Beijing time</source><translation>%1 · 北京时间 %2</translation></message>
    <message><source>Holiday calendar %1–%2</source><translation>节假日日历 %1–%2 年</translation></message>
    <message><source>Holiday calendar ends with %1: working days after it follow Monday–Friday only. Import the new State Council notice (File menu).</source><translation>节假日日历只覆盖到 %1 年:此后的工作日仅按周一至周五计算。请导入国务院办公厅新的放假通知(文件菜单)。</translation></message>
</context>
<context>
    <name>QObject</name>
    <message><source>CommandDesk</source><translation>应急指挥台</translation></message>
    <message><source>The contingency plans could not be loaded:
%1</source><translation>应急预案无法载入:
%1</translation></message>
    <message><source>The incident journal could not be opened:
%1</source><translation>事件日志库无法打开:
%1</translation></message>
    <message><source>The holiday calendar could not be loaded:
%1</source><translation>节假日日历无法载入:
%1</translation></message>
</context>
</TS>
