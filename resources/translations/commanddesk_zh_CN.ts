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
</context>
<context>
    <name>QObject</name>
    <message><source>CommandDesk</source><translation>应急指挥台</translation></message>
    <message><source>The contingency plans could not be loaded:
%1</source><translation>应急预案无法载入:
%1</translation></message>
</context>
</TS>
