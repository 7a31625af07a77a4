#include "cli/Dispatch.h"

#include "cli/AdminCommands.h"
#include "cli/DirectoryCommands.h"
#include "cli/DrillCommands.h"
#include "cli/DutyCommands.h"
#include "cli/JournalCommands.h"
#include "cli/PlanCommands.h"
#include "cli/ReportCommands.h"
#include "cli/TimeCommands.h"
#include "cli/UnitCommands.h"

namespace cd::cli {

const std::map<QString, Command> &dispatchTable()
{
    static const std::map<QString, Command> commands = {
        {QStringLiteral("plans"), runPlans},
        {QStringLiteral("grade"), runGrade},
        {QStringLiteral("workdays"), runWorkdays},
        {QStringLiteral("calendar"), runCalendar},
        {QStringLiteral("incident"), runIncident},
        {QStringLiteral("verify"), runVerify},
        {QStringLiteral("report"), runReport},
        {QStringLiteral("export-cap"), runExportCap},
        {QStringLiteral("export-csv"), runExportCsv},
        {QStringLiteral("drill"), runDrill},
        {QStringLiteral("replay"), runReplay},
        {QStringLiteral("db"), runDb},
        {QStringLiteral("user"), runUser},
        {QStringLiteral("watch"), runWatch},
        {QStringLiteral("import"), runImport},
        {QStringLiteral("units"), runUnits},
        {QStringLiteral("dutylog"), runDutylog},
        {QStringLiteral("roster"), runRoster},
        {QStringLiteral("handover"), runHandover},
        {QStringLiteral("directory"), runDirectory},
        {QStringLiteral("call"), runCall},
    };
    return commands;
}

} // namespace cd::cli
